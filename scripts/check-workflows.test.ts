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
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
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
    uses: someone/else/.github/workflows/x.yml@0123456789abcdef0123456789abcdef01234567 # v2.0.0
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

// The platform rules (scripts/workflow-rules.ts): each fixture breaks exactly one rule.
describe('platform rules', () => {
  const rules = async (files: Record<string, string>): Promise<string[]> =>
    (await checkWorkflows({ root: await repo(files) })).filter((p) => p.source === 'rule').map(formatProblem);
  const PIN = 'actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2';

  // A consumer caller and a reusable workflow producing one required status, as the suite ships them.
  const REUSABLE = (gateIf = '', needs = '') => `on:
  workflow_call:
    inputs:
      app-id:
        type: string
        default: ''
permissions: {}
jobs:
  prepare:
    runs-on: ubuntu-24.04
    steps:
      - run: echo ready
  gate:
${gateIf ? `    if: ${gateIf}\n` : ''}${needs ? `    needs: ${needs}\n` : ''}    runs-on: ubuntu-24.04
    permissions:
      statuses: write
    steps:
      - uses: acme/portal-release/actions/promote-rc@v1
        with:
          stage: gate
`;
  const CALLER = (trigger = 'pull_request_target:\n    branches: [main]\n    types: [opened, edited, synchronize, reopened]') => `on:
  ${trigger}
permissions:
  statuses: write
jobs:
  checks:
    uses: acme/portal-release/.github/workflows/checks.yml@v1
`;
  const REQUIRED = (kind = 'status') => `- context: portal-release/release-gate
  kind: ${kind}
  branch: main
  caller: docs/examples/checks.yml
  workflow: .github/workflows/checks.yml
  job: gate
`;
  const README = '<!-- portal-release:required-checks -->\n| `main` | `portal-release/release-gate` |\n<!-- /portal-release:required-checks -->\n';
  const setup = (o: { reusable?: string; caller?: string; required?: string; readme?: string } = {}): Record<string, string> => ({
    '.github/workflows/checks.yml': o.reusable ?? REUSABLE(),
    'docs/examples/checks.yml': o.caller ?? CALLER(),
    'docs/required-checks.yml': o.required ?? REQUIRED(),
    'README.md': o.readme ?? README,
    'actions/promote-rc/action.yml': ACTION('promote-rc').replace('inputs:', 'inputs:\n  stage:\n    description: s'),
    'dist/promote-rc/index.js': '',
  });

  it('passes a required status produced on every pull request into its branch', async () => {
    expect(await rules(setup())).toEqual([]);
    // An if: that only keeps out other events is fine: every pull request still gets the status.
    expect(await rules(setup({ reusable: REUSABLE("github.event_name != 'pull_request_review'") }))).toEqual([]);
  });

  it('required-check: a status from a job that is skipped on some pull requests (the old gate) is refused', async () => {
    const problems = await rules(setup({ reusable: REUSABLE("startsWith(github.event.pull_request.head.ref, 'portal-release/release-')") }));
    expect(problems).toEqual([
      expect.stringMatching(
        /checks\.yml:\d+: required status "portal-release\/release-gate" of main: job "gate" is skipped on pull_request_target\.opened from acme\/backend:hotfix\/crash/,
      ),
    ]);
  });

  it('required-check: a status from a job that needs another job, or a required job check with an if:, is refused', async () => {
    expect(await rules(setup({ reusable: REUSABLE('', 'prepare') }))).toEqual([expect.stringMatching(/job "gate", which needs other jobs: .*never reported/)]);
    expect(await rules(setup({ reusable: REUSABLE("github.event_name == 'pull_request_target'"), required: REQUIRED('check') }))).toEqual([
      expect.stringMatching(/required check "portal-release\/release-gate" comes from job "gate", which has an if:/),
    ]);
  });

  it('required-check: a caller that does not start the workflow on every pull request into the branch is refused', async () => {
    const noSync = await rules(setup({ caller: CALLER('pull_request:\n    branches: [main]\n    types: [opened, edited]') }));
    expect(noSync).toEqual([
      expect.stringMatching(/docs\/examples\/checks\.yml:1: .*no pull_request or pull_request_target trigger covers every pull request into main/),
    ]);
    const otherBranch = await rules(setup({ caller: CALLER('pull_request_target:\n    branches: [dev]') }));
    expect(otherBranch).toHaveLength(1);
    // pull_request covers every pull request, but a fork's gets a read-only token: the status could never be set.
    expect(await rules(setup({ caller: CALLER('pull_request:\n    branches: [main]') }))).toEqual([
      expect.stringMatching(/a fork's pull request gets a read-only token and never receives the status; trigger on pull_request_target/),
    ]);
  });

  it('required-check: the README names exactly the declared statuses', async () => {
    expect(await rules(setup({ readme: '# nothing here\n' }))).toEqual([
      expect.stringMatching(/README\.md:1: the README's required-checks section does not name `portal-release\/release-gate`/),
      expect.stringMatching(/README\.md:1: no <!-- portal-release:required-checks --> section/),
    ]);
    const extra = `${README.replace('<!-- /', '| `main` | `portal-release/other` |\n<!-- /')}`;
    expect(await rules(setup({ readme: extra }))).toEqual([
      expect.stringMatching(/names `portal-release\/other`, which docs\/required-checks\.yml does not declare/),
    ]);
  });

  const job = (steps: string, extra = '') => `on:
  workflow_dispatch:
permissions: {}
jobs:
  work:
    runs-on: ubuntu-24.04${extra}
    steps:
${steps}`;

  it('app-token: an App token without permission-*, or with owner but no repositories, is refused', async () => {
    const token = (w: string) => `      - uses: ${PIN}\n        with:\n          app-id: \${{ vars.APP_ID }}\n          private-key: \${{ secrets.KEY }}\n${w}`;
    expect(await rules({ '.github/workflows/a.yml': job(token('          permission-contents: read\n')) })).toEqual([]);
    expect(await rules({ '.github/workflows/a.yml': job(token('')) })).toEqual([expect.stringMatching(/App token without permission-\* inputs/)]);
    expect(await rules({ '.github/workflows/a.yml': job(token('          owner: acme\n          permission-contents: read\n')) })).toEqual([
      expect.stringMatching(/App token with owner but no repositories/),
    ]);
  });

  it('pinned: a third-party action at a tag, or at a SHA without a version comment, is refused', async () => {
    expect(
      await rules({ '.github/workflows/a.yml': job('      - uses: actions/create-github-app-token@v2\n        with:\n          permission-contents: read\n') }),
    ).toEqual([expect.stringMatching(/"actions\/create-github-app-token@v2" is not pinned by full commit SHA/)]);
    expect(await rules({ '.github/workflows/a.yml': job('      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n') })).toHaveLength(1);
    expect(await rules({ '.github/workflows/a.yml': job('      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n') })).toEqual([]);
  });

  it('privileged-checkout: pull_request_target or issue_comment jobs never check out the pull request, also through a reusable workflow', async () => {
    const direct = `on:
  pull_request_target:
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
`;
    expect(await rules({ '.github/workflows/a.yml': direct })).toEqual([
      expect.stringMatching(/job "build" runs on pull_request_target or issue_comment .* checks out the pull request's code/),
    ]);
    expect(await rules({ '.github/workflows/a.yml': direct.replace('pull_request_target', 'pull_request') })).toEqual([]);
    const reusable = `on:
  workflow_call:
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: git fetch origin "refs/pull/$PR/head"
        env:
          PR: \${{ github.event.issue.number }}
`;
    const caller = `on:
  issue_comment:
    types: [created]
permissions: {}
jobs:
  call:
    uses: acme/portal-release/.github/workflows/r.yml@v1
`;
    expect(await rules({ '.github/workflows/r.yml': reusable, 'docs/examples/c.yml': caller })).toEqual([
      expect.stringMatching(/r\.yml:\d+: job "build" runs on pull_request_target or issue_comment and fetches the pull request's code/),
    ]);
  });

  it("concurrency: a run handling only the event's label, or a comment command outside its own group, is refused", async () => {
    const labelOnly = job(
      '      - run: echo "$LABEL"\n        env:\n          LABEL: ${{ github.event.label.name }}\n',
      '\n    concurrency:\n      group: backport-${{ github.event.pull_request.number }}',
    );
    expect(await rules({ '.github/workflows/a.yml': labelOnly })).toEqual([
      expect.stringMatching(/handles only the event's label but shares a concurrency group/),
    ]);
    const comment = (group: string) =>
      job('      - run: echo command\n', `\n    if: contains(github.event.comment.body, '/backport')\n    concurrency:\n      group: ${group}`);
    expect(await rules({ '.github/workflows/a.yml': comment('backport-${{ github.event.issue.number }}') })).toEqual([
      expect.stringMatching(/runs comment commands in a concurrency group not keyed by github\.event\.comment\.id/),
    ]);
    expect(await rules({ '.github/workflows/a.yml': comment('backport-${{ github.event.issue.number }}-${{ github.event.comment.id }}') })).toEqual([]);
  });
});
