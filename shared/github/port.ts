// The port: every GitHub read and write the actions make, each explained when it fails. One class for the
// actions to receive, assembled by resource (port/base.ts → repository.ts → git.ts → pulls.ts → issues.ts →
// releases.ts, each extending the one before); a method lives in the file of the resource it reads or writes.
import { ReleasesPort } from './port/releases.ts';

export class GitHub extends ReleasesPort {}
