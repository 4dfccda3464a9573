import { main } from '../../shared/entry.ts';
import { backportCherryPick } from './main.ts';

main(backportCherryPick);
