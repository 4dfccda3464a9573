import { main } from '../../shared/entry.ts';
import { tagAndRelease } from './main.ts';

main(tagAndRelease);
