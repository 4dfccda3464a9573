import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, loadPolicy, parsePolicy, POLICY_SCHEMA, POLICY_VALIDATOR_OPTIONS, type ContentReader } from './config.ts';
import { UserError } from './errors.ts';

async function errorOf(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parsePolicy', () => {
  it('alerts: a tracking issue by default; the labels, which find the issue, cannot be emptied or hold a comma', async () => {
    expect(defaultPolicy().alerts).toEqual({ trackingIssue: true, labels: ['release-alert'], assignees: [] });
    const policy = await parsePolicy('alerts:\n  tracking-issue: false\n  labels: [ops-alert, release]\n  assignees: [alice]\n');
    expect(policy.alerts).toEqual({ trackingIssue: false, labels: ['ops-alert', 'release'], assignees: ['alice'] });
    expect((await errorOf(() => parsePolicy('alerts:\n  labels: []\n', 'p.yml'))).message).toMatch(/p\.yml:2: alerts\.labels/);
    expect((await errorOf(() => parsePolicy('alerts:\n  labels: ["a,b"]\n', 'p.yml'))).message).toMatch(/alerts\.labels\.0 has an invalid format/);
    expect((await errorOf(() => parsePolicy('alerts:\n  tracking_issue: true\n', 'p.yml'))).message).toMatch(/unknown key "tracking_issue"/);
  });

  it('gives every default for an empty file', async () => {
    expect(await parsePolicy('')).toEqual(defaultPolicy());
    expect(await parsePolicy('# only a comment\n')).toEqual(defaultPolicy());
  });

  it('applies given keys and keeps defaults for the rest', async () => {
    const policy = await parsePolicy(
      [
        'branches:',
        '  development: develop',
        'tag-prefix: release-',
        'freeze:',
        '  after-major-days: 45',
        '  windows:',
        '    - {from: 2026-12-20, until: 2027-01-04, reason: holidays}',
        '  allow:',
        '    paths: ["docs/**", "**/*.md"]',
        'backport:',
        '  conflict: draft',
        'release:',
        '  smoke-workflow: ""',
      ].join('\n'),
    );
    expect(policy.branches).toEqual({ development: 'develop', staging: 'stg', production: 'main' });
    expect(policy.tagPrefix).toBe('release-');
    expect(policy.freeze.afterMajorDays).toBe(45);
    expect(policy.freeze.windows).toEqual([{ from: '2026-12-20', until: '2027-01-04', reason: 'holidays' }]);
    expect(policy.freeze.allow.paths).toEqual(['docs/**', '**/*.md']);
    expect(policy.freeze.allow.types).toEqual(defaultPolicy().freeze.allow.types);
    expect(policy.backport.conflict).toBe('draft');
    expect(policy.release.smokeWorkflow).toBe('');
    expect(policy.release.floatingMajorTag).toBe(true);
  });

  it('rejects an unknown key with file, line and key', async () => {
    const error = await errorOf(() => parsePolicy('freeze:\n  after-major-days: 10\n  alow:\n    types: [fix]\n', '.github/portal-release.yml'));
    expect(error.kind).toBe('config');
    expect(error.message).toContain('.github/portal-release.yml:3: freeze.alow unknown key "alow"');
  });

  it('names the line and key of a value of the wrong type', async () => {
    const error = await errorOf(() => parsePolicy('backport:\n  window-days: soon\n'));
    expect(error.message).toContain(':2: backport.window-days must be a whole number');
  });

  it('lists valid values for an enumeration', async () => {
    const error = await errorOf(() => parsePolicy('backport:\n  conflict: merge\n'));
    expect(error.message).toMatch(/:2: backport\.conflict must be one of: fail, draft/);
  });

  it('reports malformed YAML with its line', async () => {
    const error = await errorOf(() => parsePolicy('branches:\n  development: dev\n   staging: [oops\n'));
    expect(error.message).toMatch(/^Invalid policy file|portal-release\.yml:\d+: invalid YAML/);
    expect(error.message).toMatch(/:\d+:/);
  });

  it('rejects option-like and traversal branch names', async () => {
    expect((await errorOf(() => parsePolicy('branches:\n  staging: --upload-pack=x\n'))).message).toContain(':2: branches.staging has an invalid format');
    expect((await errorOf(() => parsePolicy('branches:\n  staging: a..b\n'))).message).toContain('branches.staging');
  });

  it('rejects a window that ends before it starts and identical branches', async () => {
    expect((await errorOf(() => parsePolicy('freeze:\n  windows:\n    - {from: 2027-01-04, until: 2026-12-20}\n'))).message).toContain('ends before it starts');
    expect((await errorOf(() => parsePolicy('branches:\n  staging: dev\n'))).message).toContain('three different branches');
  });

  it('refuses a YAML alias bomb as an invalid file, not a crash', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const error = await errorOf(() => parsePolicy(bomb, 'p.yml'));
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(/^p\.yml: invalid YAML: /);
  });

  it('rejects a top-level value that is not a map', async () => {
    expect((await errorOf(() => parsePolicy('- a\n- b\n'))).message).toContain('(top level) must be of type object');
  });
});

describe('loadPolicy', () => {
  const repo = { owner: 'acme', repo: 'backend' };
  function reader(files: Record<string, string>): ContentReader & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      async getFileContent(_r, path, ref) {
        calls.push(`${path}@${ref}`);
        return files[`${path}@${ref}`] ?? null;
      },
    };
  }

  it('reads from the default branch, not the pull request', async () => {
    const r = reader({ '.github/portal-release.yml@main': 'tag-prefix: rel-\n' });
    const loaded = await loadPolicy(r, repo, { defaultBranch: 'main' });
    expect(loaded.policy.tagPrefix).toBe('rel-');
    expect(r.calls).toEqual(['.github/portal-release.yml@main']);
  });

  it('uses defaults when the default file is absent, but fails when an explicit file is absent', async () => {
    const r = reader({});
    expect((await loadPolicy(r, repo, { defaultBranch: 'main' })).policy).toEqual(defaultPolicy());
    await expect(loadPolicy(r, repo, { path: 'ops/policy.yml', defaultBranch: 'main' })).rejects.toThrow(/input "config".*not found/);
  });
});

describe('the policy validator generated at build time', () => {
  it('is POLICY_SCHEMA compiled by Ajv now: the committed file equals a fresh generation (`npm run build` regenerates it)', async () => {
    const { GENERATED_VALIDATOR, policyValidatorSource } = await import('../scripts/policy-validator.ts');
    expect(await readFile(GENERATED_VALIDATOR, 'utf8')).toBe(policyValidatorSource());
  });

  it('reports exactly what Ajv compiled at run time reports, error for error', async () => {
    const { Ajv } = await import('ajv');
    const { default: generated } = await import('./policy-validator.generated.ts');
    const runtime = new Ajv({ ...POLICY_VALIDATOR_OPTIONS }).compile(POLICY_SCHEMA);
    const documents: unknown[] = [
      { freeze: { alow: {}, 'after-major-days': -1, windows: [{ from: 'soon' }] } },
      { branches: { staging: '--upload-pack=x', development: '' }, 'tag-prefix': 'a b', repos: ['x'] },
      { backport: { conflict: 'merge', 'window-days': 1.5, 'label-pattern': 'backport' }, release: { 'docs-issue': 'yes' } },
      { milestone: { title: 'x'.repeat(201), 'blocker-labels': ['😀'.repeat(200)] }, promotion: { 'rc-identifier': 'RC' } },
      ['a'],
    ];
    for (const document of documents) {
      const ok = (generated as (d: unknown) => boolean)(document);
      expect(ok).toBe(runtime(document));
      expect((generated as { errors?: unknown }).errors).toEqual(runtime.errors);
    }
  });
});
