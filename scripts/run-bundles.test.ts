import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundle } from './run-bundles.ts';

describe('checkBundle', () => {
  it('accepts the committed freeze-guard bundle', async () => {
    const result = await checkBundle(join(import.meta.dirname, '..', 'dist', 'freeze-guard', 'index.js'));
    expect(result, result.detail).toMatchObject({ ok: true, code: 1 });
  });

  it('rejects a bundle that cannot load its modules (what a CommonJS build produces)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'broken-bundle-'));
    try {
      // The shape ncc emits for a CommonJS package: the toolkit left as an unresolved require.
      await writeFile(join(dir, 'index.js'), "require('@actions/core');\n");
      await writeFile(join(dir, 'package.json'), '{}\n');
      const result = await checkBundle(join(dir, 'index.js'));
      expect(result.ok).toBe(false);
      expect(result.detail).toContain('Cannot find module');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
