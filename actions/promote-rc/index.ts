import { main } from '../../shared/entry.ts';
import { promoteRcAction } from './main.ts';

main(promoteRcAction);
