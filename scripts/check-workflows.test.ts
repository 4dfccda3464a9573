import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkflows, defaultFiles, formatProblem, placeholderExpressions } from './check-workflows.ts';
import type { Problem } from './check-workflows.ts';
import { node24Path } from '../sandbox/harness.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Creates a temp repo with the given files (path -> content). */
async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'check-workflows-test-'));
  dirs.push(root);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
  return root;
}

const GOOD = `name: CI
on:
  pull_request:
    branches: [dev]
  schedule:
    - cron: '17 3 * * 1-5'
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - name: Show title safely
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          printf 'title: %s\\n' "$TITLE"
          echo "sha: \${{ github.sha }}"
  test:
    needs: build
    runs-on: ubuntu-24.04
    steps:
      - run: npm test
`;

const ACTION = (name: string, using = 'node24'): string => `name: ${name}
description: test action
inputs:
  dry-run:
    description: plan only
    default: 'false'
runs:
  using: ${using}
  main: ../../dist/${name}/index.js
`;

const messages = (ps: Problem[], source?: Problem['source']): string[] => ps.filter((p) => !source || p.source === source).map(formatProblem);

describe('checkWorkflows', () => {
  it('passes a good workflow and good actions', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': GOOD,
      'actions/freeze-guard/action.yml': ACTION('freeze-guard'),
      'dist/freeze-guard/index.js': '',
      'actions/promote-rc/action.yml': ACTION('promote-rc'),
      'dist/promote-rc/index.js': '',
      'docs/examples/portal-release.yml': 'branches:\n  production: main\n', // a policy file, not a workflow
      'docs/examples/consumer/release.yml': `on:
  workflow_dispatch:
jobs:
  promote:
    uses: acme/portal-release/.github/workflows/promote.yml@v1
    with:
      edge: dev-stg
  other:
    uses: someone/else/.github/workflows/x.yml@v2
`,
      '.github/workflows/promote.yml': `on:
  workflow_call:
    inputs:
      edge:
        type: string
        required: true
jobs:
  promote:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "edge=\${{ inputs.edge }}"
`,
    });
    expect(await defaultFiles(root)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/promote.yml',
      'docs/examples/consumer/release.yml',
      'actions/freeze-guard/action.yml',
      'actions/promote-rc/action.yml',
    ]);
    expect(messages(await checkWorkflows({ root }))).toEqual([]);
  });

  it('fails a bad cron and an unknown needs via the parser', async () => {
    const root = await repo({
      '.github/workflows/bad.yml': GOOD.replace("'17 3 * * 1-5'", "'61 3 * * *'").replace('needs: build', 'needs: [build, nope]'),
    });
    const ps = await checkWorkflows({ root });
    const parser = messages(ps, 'parser');
    expect(parser).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:6: Invalid cron expression/),
        expect.stringMatching(/^\.github\/workflows\/bad\.yml:21: .*depends on unknown job 'nope'/),
      ]),
    );
  });

  it('fails a caller passing an undeclared input to a local reusable workflow', async () => {
    const root = await repo({
      '.github/workflows/callee.yml': `on:
  workflow_call:
    inputs:
      branch:
        type: string
        required: true
jobs:
  x:
    runs-on: ubuntu-24.04
    steps:
      - run: echo ok
`,
      '.github/workflows/caller.yml': `on: push
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    with:
      branch: main
      colour: blue
`,
    });
    const ps = await checkWorkflows({ root, files: ['.github/workflows/caller.yml'] });
    expect(messages(ps)).toEqual(['.github/workflows/caller.yml:7: Invalid input, colour is not defined in the referenced workflow. (parser)']);
  });

  it('flags untrusted input interpolated into run: (actionlint and the explicit check)', async () => {
    const root = await repo({
      '.github/workflows/inject.yml': `on: pull_request_target
jobs:
  greet:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          echo "checking"
          echo "title: \${{ github.event.pull_request.title }}"
      - run: echo "\${{ github.head_ref }}"
`,
    });
    const ps = await checkWorkflows({ root });
    const al = ps.filter((p) => p.source === 'actionlint');
    // actionlint (wasm) reports a block scalar's expression at the block's start line; the explicit check is precise.
    expect(al.some((p) => p.line >= 6 && p.line <= 8 && /github\.event\.pull_request\.title" is potentially untrusted/.test(p.message))).toBe(true);
    expect(al.some((p) => p.line === 9 && /github\.head_ref" is potentially untrusted/.test(p.message))).toBe(true);
    expect(messages(ps, 'untrusted')).toEqual([
      expect.stringMatching(/^\.github\/workflows\/inject\.yml:8: untrusted input \$\{\{ github\.event\.pull_request\.title \}\}/),
      expect.stringMatching(/^\.github\/workflows\/inject\.yml:9: untrusted input \$\{\{ github\.head_ref \}\}/),
    ]);
  });

  it('reports shellcheck findings at the workflow line (SC2086)', async () => {
    const root = await repo({
      '.github/workflows/sh.yml': `on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          x="a b"
          echo $x
      - shell: pwsh
        run: echo $x
      - shell: python
        run: print("$x")
`,
    });
    const ps = await checkWorkflows({ root });
    expect(messages(ps, 'shellcheck')).toEqual([expect.stringMatching(/^\.github\/workflows\/sh\.yml:8: SC2086 \(info\): Double quote to prevent globbing/)]);
  });

  it('checks the action.yml runtime contract', async () => {
    const root = await repo({
      'actions/freeze-guard/action.yml': ACTION('freeze-guard', 'node20'),
      'dist/freeze-guard/index.js': '',
      'actions/promote-rc/action.yml': ACTION('promote-rc').replace('../../dist/promote-rc/index.js', 'dist/index.js'),
      'actions/tag-and-release/action.yml': ACTION('tag-and-release'),
    });
    const out = messages(await checkWorkflows({ root }), 'action');
    expect(out).toEqual(
      expect.arrayContaining([
        "actions/freeze-guard/action.yml:8: runs.using is 'node20'; every action must declare 'node24' (2 of 2 other action(s) do) (action)",
        "actions/promote-rc/action.yml:9: runs.main is 'dist/index.js'; expected '../../dist/promote-rc/index.js' (action)",
        'actions/promote-rc/action.yml:9: bundle dist/promote-rc/index.js does not exist (build it and commit dist/) (action)',
        'actions/tag-and-release/action.yml:9: bundle dist/tag-and-release/index.js does not exist (build it and commit dist/) (action)',
      ]),
    );
    expect(out).toHaveLength(4);
  });

  it("checks with: of steps using the suite's own actions against their action.yml inputs", async () => {
    const root = await repo({
      'actions/freeze-guard/action.yml': ACTION('freeze-guard').replace('inputs:\n', 'inputs:\n  token:\n    description: t\n    required: true\n'),
      'dist/freeze-guard/index.js': '',
      '.github/workflows/use.yml': `on: pull_request
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: ./actions/freeze-guard
        with:
          token: x
          dryrun: true
      - uses: acme/portal-release/actions/freeze-guard@v1
        with:
          dry-run: true
      - uses: acme/portal-release/actions/nope@v1
`,
    });
    expect(messages(await checkWorkflows({ root }), 'action')).toEqual([
      ".github/workflows/use.yml:9: uses: ./actions/freeze-guard: 'dryrun' is not an input of actions/freeze-guard/action.yml (inputs: token, dry-run) (action)",
      ".github/workflows/use.yml:10: uses: acme/portal-release/actions/freeze-guard@v1: required input 'token' is not given (action)",
      '.github/workflows/use.yml:13: uses: acme/portal-release/actions/nope@v1: actions/nope/action.yml not found (action)',
    ]);
  });

  it('flags untrusted input and shellcheck findings in composite action steps too', async () => {
    const root = await repo({
      'docs/examples/composite/action.yml': `name: c
description: composite
runs:
  using: composite
  steps:
    - shell: bash
      run: echo \${{ github.event.comment.body }} $1
`,
    });
    const ps = await checkWorkflows({ root, files: ['docs/examples/composite/action.yml'] });
    expect(ps.map((p) => `${p.line}:${p.source}`)).toEqual(expect.arrayContaining(['7:untrusted', '7:shellcheck']));
  });

  it('fails clearly when shellcheck is missing', async () => {
    const root = await repo({ '.github/workflows/ci.yml': GOOD });
    await expect(checkWorkflows({ root, shellcheck: 'shellcheck-does-not-exist' })).rejects.toThrow(/not found on PATH.*apt-get install -y shellcheck/);
  });

  it('replaces expressions with a placeholder variable', () => {
    expect(placeholderExpressions('echo "${{ inputs.a }}" ${{ x }}y')).toBe('echo "${GHA_EXPR}" ${GHA_EXPR}y');
  });
});

describe('CLI', () => {
  it('prints file:line problems and exits 1; exits 0 with a count line when clean', async () => {
    const root = await repo({ 'bad.yml': GOOD.replace('needs: build', 'needs: nope'), 'good.yml': GOOD });
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-workflows.ts');
    const node = await node24Path(); // runs the .ts file natively (type stripping)
    const runCli = (file: string): Promise<{ code: number; stdout: string }> =>
      new Promise((resolve) => {
        execFile(node, [script, path.join(root, file)], { env: { ...process.env, GITHUB_ACTIONS: '' } }, (err, stdout) => {
          resolve({ code: err ? Number(err.code) : 0, stdout });
        });
      });
    const bad = await runCli('bad.yml');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/bad\.yml:21: .*unknown job 'nope'/);
    const good = await runCli('good.yml');
    expect(good.stdout).toMatch(/check-workflows: OK — 1 workflow\(s\), 0 action\(s\), 2 run block\(s\) checked, 0 problems/);
    expect(good.code).toBe(0);
  });
});
