// Command-line parsing: `portal-release <action> [--input value …] [options]`. Flags are checked
// against the action's action.yml inputs, so a typo is an error that lists the valid ones.
import { UserError } from '../shared/errors.ts';
import type { ActionMeta } from './metadata.ts';

export interface CommandLine {
  command?: string;
  help: boolean;
  version: boolean;
  json: boolean;
  debug: boolean;
  repo?: string;
  eventFile?: string;
  eventName?: string;
  pullRequest?: number;
  /** Action inputs given as flags (not yet merged with the action.yml defaults). */
  inputs: Record<string, string>;
}

/** Options of the CLI itself (not action inputs). */
export const CLI_OPTIONS: { name: string; value?: string; help: string }[] = [
  { name: 'repo', value: 'owner/name', help: 'Repository to act on (default: $GITHUB_REPOSITORY).' },
  { name: 'pull-request', value: 'number', help: 'Act on this pull request as a pull_request event (read from the API).' },
  { name: 'event-file', value: 'path', help: 'Webhook payload to act on, as a runner gives it in GITHUB_EVENT_PATH.' },
  {
    name: 'event-name',
    value: 'name',
    help: 'Event name of that payload (default: guessed from it — pull_request, merge_group, issue_comment, workflow_run, push — else workflow_dispatch).',
  },
  { name: 'json', help: 'Print {outputs, summary, failure} as JSON on stdout; only warnings and errors go to stderr.' },
  { name: 'debug', help: 'Also print debug lines, and the stack trace of an internal error.' },
  { name: 'help', help: 'Show help, for the tool or for one command.' },
];

const takesValue = (name: string): boolean => CLI_OPTIONS.some((o) => o.name === name && o.value !== undefined);
const BOOLEAN_WORDS = ['true', 'false', 'True', 'False', 'TRUE', 'FALSE'];

/** The command is the first word that is neither an option nor the value of one of the CLI's own options. */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) return arg;
    if (arg.startsWith('--') && !arg.includes('=') && takesValue(arg.slice(2))) i += 1;
  }
  return undefined;
}

/**
 * Parses the whole command line once the action (if any) is known. Action inputs: `--name value`
 * or `--name=value`; boolean inputs (default 'true'/'false' in action.yml) also `--name` and
 * `--no-name`; a repeated input is joined with newlines, as list inputs expect.
 */
export function parseCommandLine(argv: readonly string[], meta?: ActionMeta): CommandLine {
  const line: CommandLine = { help: false, version: false, json: false, debug: false, inputs: {} };
  const inputs = new Map((meta?.inputs ?? []).map((i) => [i.name, i]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      line.help = true;
      continue;
    }
    if (arg === '--version' && line.command === undefined) {
      line.version = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (line.command === undefined && !arg.startsWith('-')) {
        line.command = arg;
        continue;
      }
      throw new UserError('input', `Unexpected argument "${arg}": give inputs as --name value.`);
    }
    const eq = arg.indexOf('=');
    let name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const next = argv[i + 1];
    const nextIsValue = next !== undefined && !next.startsWith('--');
    const value = (): string => {
      if (inline !== undefined) return inline;
      if (!nextIsValue) throw new UserError('input', `Option --${name} needs a value.`);
      i += 1;
      return next;
    };
    switch (name) {
      case 'json':
      case 'debug':
        if (inline !== undefined) throw new UserError('input', `Option --${name} takes no value.`);
        line[name] = true;
        continue;
      case 'repo':
        line.repo = value();
        continue;
      case 'event-file':
        line.eventFile = value();
        continue;
      case 'event-name':
        line.eventName = value();
        continue;
      case 'pull-request': {
        const v = value();
        if (!/^[1-9]\d*$/.test(v)) throw new UserError('input', `Option --pull-request: "${v}" is not a pull request number.`);
        line.pullRequest = Number(v);
        continue;
      }
      case 'token':
        throw new UserError('input', 'The token is never taken from the command line, where other users can read it: export it as GITHUB_TOKEN.');
    }
    let negated = false;
    if (!inputs.has(name) && name.startsWith('no-') && inputs.get(name.slice(3))?.boolean) {
      name = name.slice(3);
      negated = true;
    }
    const input = inputs.get(name);
    if (!input) {
      if (!meta) throw new UserError('input', `Unknown option ${arg.split('=')[0]}: name a command first (portal-release --help lists them).`);
      const valid = meta.inputs.filter((x) => x.name !== 'token').map((x) => `--${x.name}`);
      throw new UserError('input', `Unknown option --${name} for ${meta.name}; its inputs are ${valid.join(', ')} (see portal-release ${meta.name} --help).`);
    }
    let given: string;
    if (input.boolean) {
      if (negated) {
        if (inline !== undefined) throw new UserError('input', `Option --no-${name} takes no value.`);
        given = 'false';
      } else if (inline !== undefined) {
        given = inline;
      } else if (nextIsValue && BOOLEAN_WORDS.includes(next)) {
        given = next;
        i += 1;
      } else {
        given = 'true';
      }
    } else {
      given = value();
    }
    line.inputs[name] = name in line.inputs && !input.boolean ? `${line.inputs[name]}\n${given}` : given;
  }
  return line;
}
