// Keeps the inputs/outputs tables of every actions/<name>/README.md in sync with its action.yml.
// `node scripts/action-docs.ts` rewrites them; `--check` fails when one is stale.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface ActionYaml {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function inputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined || input.default === '' ? (input.required ? '*required*' : '') : `\`${cell(String(input.default))}\``;
    return `| \`${name}\` | ${fallback} | ${cell(input.description ?? '')} |`;
  });
  return ['| Input | Default | Description |', '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(action: ActionYaml): string {
  const rows = Object.entries(action.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}

export function replaceSection(text: string, name: string, content: string, file: string): string {
  const open = `<!-- portal-release:${name} -->`;
  const close = `<!-- /portal-release:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file}: missing the ${open} … ${close} lines`);
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`;
}

export function syncReadme(readme: string, action: ActionYaml, file: string): string {
  return replaceSection(replaceSection(readme, 'inputs', inputsTable(action), file), 'outputs', outputsTable(action), file);
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of readdirSync(join(root, 'actions'))) {
    const yml = join(root, 'actions', name, 'action.yml');
    const md = join(root, 'actions', name, 'README.md');
    if (!existsSync(yml)) continue;
    if (!existsSync(md)) {
      console.error(`actions/${name}/README.md is missing`);
      stale += 1;
      continue;
    }
    const current = readFileSync(md, 'utf8');
    const next = syncReadme(current, parse(readFileSync(yml, 'utf8')) as ActionYaml, `actions/${name}/README.md`);
    if (next === current) continue;
    if (check) {
      console.error(`actions/${name}/README.md: inputs/outputs tables differ from action.yml (run: node scripts/action-docs.ts)`);
      stale += 1;
    } else {
      writeFileSync(md, next);
      console.log(`updated actions/${name}/README.md`);
    }
  }
  if (stale) process.exit(1);
  console.log('action READMEs are in sync with action.yml');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
