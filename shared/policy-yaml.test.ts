import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, LineCounter, parse as parseWithYaml, parseDocument, type Node as YamlNode } from 'yaml';
import { readmePolicy } from '../sandbox/testing.ts';
import { UserError } from './errors.ts';
import { MAX_EXPANDED_VALUES, parseYaml, type ValuePath } from './policy-yaml.ts';

async function refusal(text: string, file = 'p.yml'): Promise<string> {
  try {
    await parseYaml(text, file);
  } catch (error) {
    if (error instanceof UserError && error.kind === 'config') return error.message;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

/** Every path of a value, keys included: [path, key?] pairs as parsePolicy asks for them. */
function pathsOf(value: unknown, path: (string | number)[] = []): { path: ValuePath; key?: string }[] {
  const out: { path: ValuePath; key?: string }[] = [{ path }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push({ path, key: k }, ...pathsOf(v, [...path, k]));
  return out;
}

/** The line `yaml` (the parser the suite used before) gives the same node or key. */
function yamlLine(text: string, path: ValuePath, key?: string): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  let node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (key !== undefined) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    node = pair && isPair(pair) ? pair.key : undefined;
  }
  const range = (node as YamlNode | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

// Tricky but valid YAML a policy file might hold: block and flow styles, quoting, escapes, block scalars, comments,
// document markers, anchors used once, explicit core tags, nulls and numbers in every core spelling.
const CORPUS = [
  'branches:\n  development: develop\n  staging: "uat"\n  production: \'prod\'\n',
  '---\ntag-prefix: release-\n...\n',
  'freeze:\n  allow:\n    paths: ["docs/**", \'**/*.md\', plain/*.txt]\n    types:\n      - fix\n      - docs # a comment\n',
  'backport:\n  title: "{title} (backport #{number})"\n  reference-patterns: ["ported from #{number}\\\\b", "\\u00e9t\\u00e9"]\n',
  'promotion:\n  checklist: |\n    - [ ] smoke\n    - [ ] sign-off\n  rc-identifier: >-\n    rc\n',
  'freeze:\n  windows:\n    - {from: 2026-12-20, until: 2027-01-04, reason: holidays}\n    - from: 2027-06-01\n      until: 2027-06-02\n',
  'a: ~\nb: null\nc:\nd: Null\ne: true\nf: False\ng: yes\nh: on\ni: 0o17\nj: 0x1F\nk: -0x1F\nl: 1_000\nm: 0b11\nn: 012\no: 1e3\np: .inf\nq: -.INF\nr: +12\ns: 1.5\nt: "1"\n',
  'x: !!str 12\ny: !!int "7"\nz: !!null ""\n',
  'shared: &labels [bug, hotfix]\nfreeze:\n  allow:\n    labels: *labels\n',
  '"quoted key": 1\n? explicit\n: 2\nkey with spaces: 3\n',
];

describe('parseYaml (js-yaml 5, YAML 1.2 core)', () => {
  it('reads the README example and a corpus of tricky valid YAML exactly as `yaml` (the parser used before) reads it', async () => {
    for (const text of [await readmePolicy(), ...CORPUS]) {
      const { value } = await parseYaml(text, 'p.yml');
      expect(value, text).toEqual(parseWithYaml(text));
    }
  });

  it('names the line of every key and value of the README example, as `yaml` does', async () => {
    const text = await readmePolicy();
    const parsed = await parseYaml(text, 'p.yml');
    const paths = pathsOf(parsed.value);
    expect(paths.length).toBeGreaterThan(100);
    for (const { path, key } of paths) expect(parsed.lineOf(path, key), JSON.stringify({ path, key })).toBe(yamlLine(text, path, key));
  });

  it('names lines in flow collections, nested sequences and after block scalars', async () => {
    const text = 'promotion:\n  checklist: |\n    one\n    two\nfreeze:\n  windows:\n    - {from: 2026-12-20,\n       until: 2027-01-04}\n    - [a, [b, c]]\n';
    const parsed = await parseYaml(text, 'p.yml');
    expect(parsed.lineOf(['freeze'], 'windows')).toBe(6);
    expect(parsed.lineOf(['freeze', 'windows', 0], 'until')).toBe(8);
    expect(parsed.lineOf(['freeze', 'windows', 0, 'until'])).toBe(8);
    expect(parsed.lineOf(['freeze', 'windows', 1, 1, 0])).toBe(9);
    expect(parsed.lineOf([], 'freeze')).toBe(5);
    expect(parsed.lineOf(['nowhere'])).toBeUndefined();
    expect(parsed.lineOf(['freeze'], 'nowhere')).toBeUndefined();
  });

  it('reads an empty file or one of only comments as no document', async () => {
    expect((await parseYaml('', 'p.yml')).value).toBeUndefined();
    expect((await parseYaml('# nothing here\n', 'p.yml')).value).toBeUndefined();
    expect((await parseYaml('---\n', 'p.yml')).value).toBeNull();
  });

  it('refuses malformed YAML, duplicate keys, unknown and language tags with the file and line', async () => {
    expect(await refusal('branches:\n  development: dev\n   staging: [oops\n')).toMatch(/^p\.yml:3: invalid YAML: /);
    expect(await refusal('tag-prefix: v\nrepos: []\ntag-prefix: w\n')).toBe('p.yml:3: invalid YAML: duplicated mapping key');
    expect(await refusal('a: !foo x\n')).toMatch(/^p\.yml:1: invalid YAML: unknown scalar tag/);
    expect(await refusal('a: 1\nb: !!js/function "function () { return 1 }"\n')).toMatch(/^p\.yml:2: invalid YAML: unknown scalar tag/);
    expect(await refusal('a: 1\nb: !!binary aGk=\n')).toMatch(/^p\.yml:2: invalid YAML: unknown scalar tag/);
  });

  it('keeps `<<` as an ordinary key (no merge in the core schema), so the validator refuses it by name', async () => {
    expect((await parseYaml('base: &b {x: 1}\nfreeze:\n  <<: *b\n', 'p.yml')).value).toEqual({ base: { x: 1 }, freeze: { '<<': { x: 1 } } });
  });

  it('refuses a second document, naming its line', async () => {
    expect(await refusal('tag-prefix: v\n---\ntag-prefix: w\n')).toBe(
      'p.yml:3: invalid YAML: the file holds more than one document (`---`); a policy file is one',
    );
  });

  it('refuses an alias bomb, a collection containing itself and nesting past the parser depth, before anything walks them', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, k] of ['b', 'c', 'd', 'e'].entries()) levels.push(`${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(',')}]`);
    levels.push(`f: [${Array(9).fill('*e').join(',')}]`);
    expect(await refusal(levels.join('\n'))).toBe(
      `p.yml: invalid YAML: aliases expand the file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values; write the values out instead`,
    );
    expect(await refusal('a: &a [1, *a]\n')).toBe('p.yml: invalid YAML: an alias refers to the collection that contains it');
    expect(await refusal('a: &a {b: *a}\n')).toBe('p.yml: invalid YAML: an alias refers to the collection that contains it');
    expect(await refusal(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`)).toMatch(/^p\.yml:1: invalid YAML: nesting exceeded maxDepth/);
  });

  it('accepts aliases that stay within the bound, shared as the same values', async () => {
    const text = `list: &l [${Array.from({ length: 100 }, (_, i) => `v${i}`).join(', ')}]\n${Array.from({ length: 90 }, (_, i) => `k${i}: *l`).join('\n')}\n`;
    const { value } = await parseYaml(text, 'p.yml');
    expect((value as Record<string, string[]>).k89).toHaveLength(100);
    const tooMany = `${text}${Array.from({ length: 10 }, (_, i) => `k${90 + i}: *l`).join('\n')}\n`;
    expect(await refusal(tooMany)).toMatch(/aliases expand the file to more than/);
  });

  it('makes `__proto__` an own key, never the prototype of the parsed value', async () => {
    const { value } = await parseYaml('__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n', 'p.yml');
    expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives numbers, booleans and nulls only in their YAML 1.2 core spellings (yes, on, 1_000, 0b11 and dates stay text)', async () => {
    const { value } = await parseYaml('a: yes\nb: on\nc: 1_000\nd: 0b11\ne: 2026-12-20\nf: 0o17\ng: TRUE\nh: ~\n', 'p.yml');
    expect(value).toEqual({ a: 'yes', b: 'on', c: '1_000', d: '0b11', e: '2026-12-20', f: 15, g: true, h: null });
  });
});
