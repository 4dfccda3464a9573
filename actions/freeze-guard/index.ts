import { main } from '../../shared/entry.ts';
import { freezeGuard } from './main.ts';

main(freezeGuard);
