// The CLI's knowledge of each action's inputs and outputs comes from its action.yml, the same file
// the runner reads: defaults are applied as the runner applies them, and --help is generated from it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { UserError } from '../shared/errors.ts';

export interface InputMeta {
  name: string;
  description: string;
  /** The action.yml default; '' when none or when it is an expression such as `${{ github.token }}`. */
  default: string;
  required: boolean;
  /** Inputs whose default is 'true' or 'false' accept `--name`, `--no-name` and `--name true|false`. */
  boolean: boolean;
}

export interface OutputMeta {
  name: string;
  description: string;
}

export interface ActionMeta {
  name: string;
  description: string;
  inputs: InputMeta[];
  outputs: OutputMeta[];
}

/** The directory holding `actions/<name>/action.yml`, searched upwards from `from` (cli/ in source, dist/cli/ in the bundle). */
export function findSuiteRoot(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'actions', 'freeze-guard', 'action.yml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new UserError('state', `Cannot find the suite's actions/*/action.yml above ${from}: run the CLI from a checkout of portal-release.`);
    dir = parent;
  }
}

interface RawAction {
  description?: unknown;
  inputs?: Record<string, { description?: unknown; default?: unknown; required?: unknown } | null>;
  outputs?: Record<string, { description?: unknown } | null>;
}

export function readActionMeta(root: string, name: string): ActionMeta {
  const file = path.join(root, 'actions', name, 'action.yml');
  let raw: RawAction;
  try {
    raw = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as RawAction;
  } catch (error) {
    throw new UserError('state', `Cannot read actions/${name}/action.yml: ${(error as Error).message}`);
  }
  const inputs = Object.entries(raw.inputs ?? {}).map(([inputName, spec]): InputMeta => {
    const value = spec?.default === undefined || spec?.default === null ? '' : String(spec.default);
    const fallback = value.includes('${{') ? '' : value;
    return {
      name: inputName,
      description: String(spec?.description ?? '').trim(),
      default: fallback,
      required: spec?.required === true,
      boolean: fallback === 'true' || fallback === 'false',
    };
  });
  const outputs = Object.entries(raw.outputs ?? {}).map(([outputName, spec]) => ({ name: outputName, description: String(spec?.description ?? '').trim() }));
  return { name, description: String(raw.description ?? '').trim(), inputs, outputs };
}
