// --help text, generated from the actions' action.yml files.
import { CLI_OPTIONS } from './args.ts';
import { COMMANDS } from './commands.ts';
import type { ActionMeta } from './metadata.ts';

const WIDTH = 100;

function wrap(text: string, indent: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && indent + current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

const ENVIRONMENT = [
  'Environment:',
  '  GITHUB_TOKEN        token for the API and git (required; never printed, never taken from a flag)',
  '  GITHUB_API_URL      REST API (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3)',
  '  GITHUB_SERVER_URL   web and git server (default https://github.com)',
  '  GITHUB_GRAPHQL_URL  GraphQL endpoint (default $GITHUB_API_URL/graphql)',
  '  GITHUB_REPOSITORY   default for --repo',
];

function options(): string[] {
  return CLI_OPTIONS.map((o) => {
    const head = `  --${o.name}${o.value ? ` <${o.value}>` : ''}`;
    return `${head}\n${wrap(o.help, 6)}`;
  });
}

export function toolHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'portal-release — the release runbook (dev → stg → main) as commands, the same code as the GitHub Actions.',
    '',
    'Usage: portal-release <command> [--input value …] [--repo owner/name] [--dry-run] [--json]',
    '                      [--pull-request n | --event-file path [--event-name name]]',
    '       portal-release <command> --help',
    '',
    'Commands (one per action; inputs are the action.yml inputs):',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.when}`),
    '',
    'Options:',
    ...options(),
    '',
    ...ENVIRONMENT,
    '',
    'Examples:',
    '  GITHUB_TOKEN=… portal-release promote-rc --repo acme/backend --stage rc --dry-run',
    '  GITHUB_TOKEN=… portal-release freeze-guard --repo acme/backend --pull-request 42 --json',
    '  GITHUB_TOKEN=… portal-release milestone-check --repo acme/backend --version 3.2.0 --repos acme/frontend',
    '',
    'Exit status: 0 when the action succeeds, 1 when it fails or refuses (the reason is printed as one sentence).',
    '',
  ].join('\n');
}

export function commandHelp(meta: ActionMeta): string {
  const inputs = meta.inputs.filter((i) => i.name !== 'token');
  const lines = [
    `portal-release ${meta.name} — ${meta.description}`,
    '',
    `Usage: portal-release ${meta.name} [options]`,
    '',
    `Inputs (actions/${meta.name}/action.yml):`,
  ];
  for (const input of inputs) {
    const value = input.boolean ? ' [true|false]' : ' <value>';
    const fallback = input.default === '' ? '' : ` (default: ${input.default})`;
    lines.push(`  --${input.name}${value}`, wrap(`${input.description}${fallback}`, 6));
  }
  lines.push('', 'Outputs (printed at the end; all of them with --json):');
  for (const output of meta.outputs) lines.push(`  ${output.name}`, wrap(output.description, 6));
  lines.push('', 'Options:', ...options().filter((o) => !o.startsWith('  --help')), '', ...ENVIRONMENT, '');
  return lines.join('\n');
}
