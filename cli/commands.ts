// Every command of the CLI is one action of the suite, run through its exported ActionDefinition:
// the same parseInputs and run the bundled action uses on a runner.
import type { ActionDefinition } from '../shared/entry.ts';
import { backportCherryPick } from '../actions/backport-cherry-pick/main.ts';
import { freezeGuard } from '../actions/freeze-guard/main.ts';
import { milestoneCheck } from '../actions/milestone-check/main.ts';
import { promoteRcAction } from '../actions/promote-rc/main.ts';
import { tagAndRelease } from '../actions/tag-and-release/main.ts';

export interface Command {
  name: string;
  /** When the runbook uses it, for the tool's --help. */
  when: string;
  definition: ActionDefinition<unknown>;
}

function command<I>(name: string, when: string, definition: ActionDefinition<I>): Command {
  return { name, when, definition: definition as unknown as ActionDefinition<unknown> };
}

export const COMMANDS: readonly Command[] = [
  command('freeze-guard', 'judge a pull request into dev against the code freeze, or sweep all open ones', freezeGuard),
  command('milestone-check', 'prove the release milestone is complete and every merged change is on the release branch', milestoneCheck),
  command('promote-rc', 'promote dev → stg as the next release candidate, open the release PR, or judge its gate', promoteRcAction),
  command('tag-and-release', 'tag and release the deployed SHA after a green native-install smoke run', tagAndRelease),
  command('backport-cherry-pick', 'backport a merged fix by pull request, or audit the drift between branches', backportCherryPick),
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
