import { main } from '../../shared/entry.ts';
import { milestoneCheck } from './main.ts';

main(milestoneCheck);
