// Every command of the CLI is one action of the suite, run through its exported ActionDefinition:
// the same parseInputs and run the bundled action uses on a runner.
import type { ActionDefinition } from '../shared/entry.ts';

export interface Command {
  name: string;
  /** When the runbook uses it, for the tool's --help. */
  when: string;
  /** The action's definition, loaded when the command runs: one command's code, not all five, at start-up. */
  load(): Promise<ActionDefinition<unknown>>;
}

const definition = <I>(d: ActionDefinition<I>): ActionDefinition<unknown> => d as unknown as ActionDefinition<unknown>;

export const COMMANDS: readonly Command[] = [
  {
    name: 'freeze-guard',
    when: 'judge a pull request into dev against the code freeze, or sweep all open ones',
    load: async () => definition((await import('../actions/freeze-guard/main.ts')).freezeGuard),
  },
  {
    name: 'milestone-check',
    when: 'prove the release milestone is complete and every merged change is on the release branch',
    load: async () => definition((await import('../actions/milestone-check/main.ts')).milestoneCheck),
  },
  {
    name: 'promote-rc',
    when: 'promote dev → stg as the next release candidate, open the release PR, or judge its gate',
    load: async () => definition((await import('../actions/promote-rc/main.ts')).promoteRcAction),
  },
  {
    name: 'tag-and-release',
    when: 'tag and release the deployed SHA after a green native-install smoke run',
    load: async () => definition((await import('../actions/tag-and-release/main.ts')).tagAndRelease),
  },
  {
    name: 'backport-cherry-pick',
    when: 'backport a merged fix by pull request, or audit the drift between branches',
    load: async () => definition((await import('../actions/backport-cherry-pick/main.ts')).backportCherryPick),
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
