// README shows every consumer caller of docs/examples/ verbatim: the files CI checks (GitHub's
// parser against the reusable workflows' inputs, actionlint) are exactly the ones people copy.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function examples(): Promise<string[]> {
  return (await readdir(path.join(ROOT, 'docs', 'examples'))).filter((f) => f.endsWith('.yml')).sort();
}

describe('consumer examples', () => {
  it('README shows each docs/examples/*.yml verbatim between its example markers, and nothing else', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const section = /<!-- portal-release:examples -->\n([^]*?)<!-- \/portal-release:examples -->/.exec(readme)?.[1];
    expect(section, 'README has no <!-- portal-release:examples --> section').toBeDefined();
    const shown = [...section!.matchAll(/<summary><code>docs\/examples\/([\w.-]+)<\/code><\/summary>\n\n```yaml\n([^]*?)```/g)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    const files = await examples();
    expect(shown.map(([name]) => name).sort()).toEqual(files);
    for (const [name, text] of shown)
      expect(text, `README copy of docs/examples/${name}`).toBe(await readFile(path.join(ROOT, 'docs', 'examples', name), 'utf8'));
  });

  it('each caller calls one reusable workflow of this repository at @v1, with permissions, and the reusable workflow exists', async () => {
    for (const name of await examples()) {
      const doc = parseYaml(await readFile(path.join(ROOT, 'docs', 'examples', name), 'utf8')) as {
        permissions?: unknown;
        jobs: Record<string, { uses?: string }>;
      };
      expect(doc.permissions, name).toBeTypeOf('object');
      const uses = Object.values(doc.jobs).map((j) => j.uses);
      expect(uses, name).toHaveLength(1);
      const m = /^org\/portal-release\/\.github\/workflows\/([\w.-]+\.yml)@v1$/.exec(uses[0] ?? '');
      expect(m, `${name}: ${uses[0]}`).not.toBeNull();
      const called = parseYaml(await readFile(path.join(ROOT, '.github', 'workflows', m![1]!), 'utf8')) as { on: Record<string, unknown> };
      expect(Object.keys(called.on), m![1]).toEqual(['workflow_call']);
    }
  });
});
