// Hostile input corpus (CI): malformed and hostile policy files, inputs, versions, branch names, labels,
// titles, bodies and comments, each run through the bundled action on a fresh, deterministic scenario.
// Every case must end in a clear error (exit 1, every `::error::` one line, no stack trace, not the
// "internal error" path) or a correct result, and never write outside what its scenario allows: REST
// writes only on the scenario's routes, refs created or moved only in the scenario's namespace, and
// nothing ever executed (shell payloads try to create a marker file).
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult } from '../sandbox/harness.ts';
import { describeRequest, errorsOf, outcomeOf } from './matrix.ts';
import {
  backportCommentScenario,
  backportSquashScenario,
  bundleExists,
  freezeAllowed,
  freezeBlocked,
  logged,
  milestoneReport,
  pool,
  promoteFirstRc,
  releaseFirst,
  startSandbox,
  type Prepared,
  type Scenario,
  type Variant,
} from './scenarios.ts';

const MARK_DIR = path.join(tmpdir(), `portal-release-hostile-${process.pid}`);
const MARK = path.join(MARK_DIR, 'pwned');
/** Shell payloads without spaces (valid in ref names too). */
const SUB = `$(touch\${IFS}${MARK})`;
const TICK = `\`touch\${IFS}${MARK}\``;
const SHELL = `x; touch ${MARK}; $(touch ${MARK}) \`touch ${MARK}\` | touch ${MARK} && touch ${MARK}`;
const OPTION = `--upload-pack=touch\${IFS}${MARK}`;
const KIB64 = 65_536;
const BIG_BODY = `${'$(id) `id` ; | && <script>alert(1)</script> 🚀 ‮ \u0000 '.repeat(1300)}`.slice(0, KIB64);
/** A body that carries the hidden marker of a pull request the suite opens (a contributor can type it). */
const FORGED_BODY = `<!-- portal-release:backport pr=1 target=dev -->\n${BIG_BODY}`.slice(0, KIB64);
const UNICODE = 'ünïcödé 修正 🐛 ‮txt.exe Ω';

type Expect = 'error' | 'result';

interface HostileCase {
  name: string;
  scenario: Scenario;
  variant: Variant;
  /** 'error': must end in a clear error and write nothing; 'result': a clear error or a result, writes within the scenario. */
  expect: Expect;
  /** Extra checks of a correct result. */
  check?: (r: ActionResult, p: Prepared) => Promise<void> | void;
  /** The error must say this. */
  error?: RegExp;
  /** A known bug, reported to the lead: the case is listed but skipped until it is fixed. */
  knownBug?: string;
}

const policy = (text: string): Variant => ({ policy: text });

const CASES: HostileCase[] = [
  // ---- freeze-guard: policy files --------------------------------------------------------------
  {
    name: 'freeze: policy is not YAML',
    scenario: freezeBlocked,
    variant: policy('freeze: [unclosed\n  allow: {\n'),
    expect: 'error',
    error: /portal-release\.yml/,
  },
  { name: 'freeze: policy is a YAML list', scenario: freezeBlocked, variant: policy('- a\n- b\n'), expect: 'error', error: /portal-release\.yml/ },
  {
    name: 'freeze: wrong type',
    scenario: freezeBlocked,
    variant: policy('freeze:\n  after-major-days: "thirty"\n'),
    expect: 'error',
    error: /after-major-days/,
  },
  { name: 'freeze: unknown key', scenario: freezeBlocked, variant: policy('freeze:\n  alow:\n    types: [fix]\n'), expect: 'error', error: /alow/ },
  {
    name: 'freeze: YAML alias bomb',
    scenario: freezeBlocked,
    variant: policy(
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
    ),
    expect: 'error',
    error: /portal-release\.yml/,
  },
  { name: 'freeze: YAML language tag', scenario: freezeBlocked, variant: policy('freeze: !!js/function "function(){ return 1 }"\n'), expect: 'error' },
  {
    name: 'freeze: 64 KiB policy of comments',
    scenario: freezeAllowed,
    variant: policy(`# ${'x'.repeat(KIB64)}\nfreeze:\n  after-major-days: 30\n`),
    expect: 'result',
  },
  {
    name: 'freeze: option-like development branch',
    scenario: freezeBlocked,
    variant: policy(`branches:\n  development: "${OPTION}"\n`),
    expect: 'result',
  },
  { name: 'freeze: development branch with ..', scenario: freezeBlocked, variant: policy('branches:\n  development: "dev/../main"\n'), expect: 'result' },
  { name: 'freeze: after-major-days negative', scenario: freezeBlocked, variant: policy('freeze:\n  after-major-days: -5\n'), expect: 'error' },
  // ---- freeze-guard: inputs --------------------------------------------------------------------
  {
    name: 'freeze: mode with shell payload',
    scenario: freezeBlocked,
    variant: { inputs: { mode: `check; touch ${MARK}` } },
    expect: 'error',
    error: /Valid values are/,
  },
  { name: 'freeze: now is not an instant', scenario: freezeBlocked, variant: { inputs: { now: 'yesterday; rm -rf /' } }, expect: 'error', error: /now/ },
  { name: 'freeze: dry-run is not a boolean', scenario: freezeBlocked, variant: { inputs: { 'dry-run': 'maybe' } }, expect: 'error', error: /dry-run/ },
  { name: 'freeze: branches input with payloads', scenario: freezeBlocked, variant: { inputs: { branches: `${SUB},${OPTION},..` } }, expect: 'result' },
  { name: 'freeze: config path traversal', scenario: freezeBlocked, variant: { inputs: { config: '../../../etc/passwd' } }, expect: 'result' },
  { name: 'freeze: config-ref option-like', scenario: freezeBlocked, variant: { inputs: { 'config-ref': OPTION } }, expect: 'result' },
  // ---- freeze-guard: pull request fields -------------------------------------------------------
  {
    name: 'freeze: feat title with shell payloads is blocked',
    scenario: freezeBlocked,
    variant: { title: `feat: ${SHELL}` },
    expect: 'result',
    check: (r) => expect(r.outputs.decision).toBe('blocked'),
  },
  {
    name: 'freeze: fix title in unicode is allowed',
    scenario: freezeAllowed,
    variant: { title: `fix: ${UNICODE}` },
    expect: 'result',
    check: (r) => expect(r.outputs.decision).toBe('allowed'),
  },
  { name: 'freeze: head branch with command substitution', scenario: freezeBlocked, variant: { branch: `topic/${SUB}` }, expect: 'result' },
  { name: 'freeze: option-like head branch', scenario: freezeBlocked, variant: { branch: OPTION }, expect: 'result' },
  {
    name: 'freeze: 64 KiB body',
    scenario: freezeBlocked,
    variant: { body: BIG_BODY },
    expect: 'result',
    check: (r) => expect(r.outputs.decision).toBe('blocked'),
  },
  {
    name: 'freeze: forged suite marker in the body of a feat PR',
    scenario: freezeBlocked,
    variant: { body: FORGED_BODY },
    expect: 'result',
    check: (r) => expect(r.outputs.decision).toBe('blocked'),
  },
  {
    name: 'freeze: hostile labels',
    scenario: freezeBlocked,
    variant: { labels: [`freeze-exception; touch ${MARK}`, UNICODE, '--force'] },
    expect: 'result',
    check: (r) => expect(r.outputs.decision).toBe('blocked'),
  },
  // ---- milestone-check -------------------------------------------------------------------------
  { name: 'milestone: version 1.2', scenario: milestoneReport, variant: { inputs: { version: '1.2' } }, expect: 'error', error: /version/ },
  { name: 'milestone: version with shell payload', scenario: milestoneReport, variant: { inputs: { version: `1.2.0; touch ${MARK}` } }, expect: 'error' },
  { name: 'milestone: version with ..', scenario: milestoneReport, variant: { inputs: { version: '../../1.2.0' } }, expect: 'error' },
  {
    name: 'milestone: version of 64 KiB',
    scenario: milestoneReport,
    variant: { inputs: { version: '9'.repeat(KIB64) } },
    expect: 'error',
  },
  { name: 'milestone: repos with shell payload', scenario: milestoneReport, variant: { inputs: { repos: `acme/web; touch ${MARK}` } }, expect: 'error' },
  { name: 'milestone: repos with traversal', scenario: milestoneReport, variant: { inputs: { repos: '../../etc/passwd' } }, expect: 'error' },
  { name: 'milestone: option-like repository name', scenario: milestoneReport, variant: { inputs: { repos: 'acme/--upload-pack=x' } }, expect: 'error' },
  { name: 'milestone: option-like target branch', scenario: milestoneReport, variant: { inputs: { 'target-branch': OPTION } }, expect: 'error' },
  { name: 'milestone: target branch with ..', scenario: milestoneReport, variant: { inputs: { 'target-branch': 'main..dev' } }, expect: 'error' },
  { name: 'milestone: target branch with @{', scenario: milestoneReport, variant: { inputs: { 'target-branch': 'main@{1}' } }, expect: 'error' },
  { name: 'milestone: comment-on is not a number', scenario: milestoneReport, variant: { inputs: { 'comment-on': '1 OR 1=1' } }, expect: 'error' },
  { name: 'milestone: comment-on negative', scenario: milestoneReport, variant: { inputs: { 'comment-on': '-5' } }, expect: 'error' },
  { name: 'milestone: milestone title with payloads', scenario: milestoneReport, variant: { inputs: { milestone: `v1.2.0 ${SHELL}` } }, expect: 'result' },
  {
    name: 'milestone: policy title template with payload',
    scenario: milestoneReport,
    variant: policy(`milestone:\n  title: "v{version}${SUB}"\n`),
    expect: 'result',
  },
  {
    name: 'milestone: markdown and HTML in a fix title',
    scenario: milestoneReport,
    variant: { title: 'fix: <img src=x onerror=alert(1)> | col | `$(id)` [link](javascript:alert(1))' },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.missing ?? '[]')).toHaveLength(1),
  },
  {
    name: 'milestone: option-like branch of the fix',
    scenario: milestoneReport,
    variant: { branch: OPTION },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.missing ?? '[]')).toHaveLength(1),
  },
  // ---- backport-cherry-pick: labels, inputs, fields ------------------------------------------
  { name: 'backport: option-like target from a label', scenario: backportSquashScenario, variant: { labels: [`backport ${OPTION}`] }, expect: 'result' },
  { name: 'backport: target with .. from a label', scenario: backportSquashScenario, variant: { labels: ['backport ../../main'] }, expect: 'result' },
  { name: 'backport: target range from a label', scenario: backportSquashScenario, variant: { labels: ['backport main..stg'] }, expect: 'result' },
  { name: 'backport: command substitution in a label', scenario: backportSquashScenario, variant: { labels: [`backport ${SUB}`] }, expect: 'result' },
  { name: 'backport: shell list in a label', scenario: backportSquashScenario, variant: { labels: [`backport stg; touch ${MARK}`] }, expect: 'result' },
  { name: 'backport: refspec in a label', scenario: backportSquashScenario, variant: { labels: ['backport stg:refs/heads/main'] }, expect: 'result' },
  { name: 'backport: targets input option-like', scenario: backportSquashScenario, variant: { inputs: { targets: 'stg,--force' } }, expect: 'result' },
  {
    name: 'backport: targets input refspec',
    scenario: backportSquashScenario,
    variant: { inputs: { targets: '+refs/heads/stg:refs/heads/main' } },
    expect: 'result',
  },
  {
    name: 'backport: conflict input unknown',
    scenario: backportSquashScenario,
    variant: { inputs: { conflict: 'explode' } },
    expect: 'error',
    error: /Valid values are/,
  },
  { name: 'backport: pr input with payload', scenario: backportSquashScenario, variant: { inputs: { pr: `1; touch ${MARK}` } }, expect: 'error' },
  { name: 'backport: now input impossible date', scenario: backportSquashScenario, variant: { inputs: { now: '2026-13-45T99:00:00Z' } }, expect: 'error' },
  { name: 'backport: committer name option-like', scenario: backportSquashScenario, variant: { inputs: { 'committer-name': OPTION } }, expect: 'result' },
  {
    name: 'backport: committer e-mail with a newline',
    scenario: backportSquashScenario,
    variant: { inputs: { 'committer-email': 'a@b.c\nInjected: yes' } },
    expect: 'result',
  },
  { name: 'backport: copy-labels with payload', scenario: backportSquashScenario, variant: { inputs: { 'copy-labels': `bug, ${SUB}` } }, expect: 'result' },
  {
    name: 'backport: title with shell payloads',
    scenario: backportSquashScenario,
    variant: { title: `fix: ${SHELL}` },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.results ?? '{}').stg?.state).toBe('created'),
  },
  {
    name: 'backport: unicode title',
    scenario: backportSquashScenario,
    variant: { title: `fix: ${UNICODE}` },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.results ?? '{}').stg?.state).toBe('created'),
  },
  {
    name: 'backport: 64 KiB body with a forged marker',
    scenario: backportSquashScenario,
    variant: { body: BIG_BODY },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.results ?? '{}').stg?.state).toBe('created'),
  },
  {
    name: 'backport: head branch with command substitution',
    scenario: backportSquashScenario,
    variant: { branch: `fix/${SUB}` },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.results ?? '{}').stg?.state).toBe('created'),
  },
  {
    name: 'backport: option-like head branch',
    scenario: backportSquashScenario,
    variant: { branch: OPTION },
    expect: 'result',
    check: (r) => expect(JSON.parse(r.outputs.results ?? '{}').stg?.state).toBe('created'),
  },
  { name: 'backport: policy window negative', scenario: backportSquashScenario, variant: policy('backport:\n  window-days: -1\n'), expect: 'error' },
  { name: 'backport: comment with option-like target', scenario: backportCommentScenario, variant: { comment: `/backport ${OPTION}` }, expect: 'result' },
  { name: 'backport: comment with a shell list', scenario: backportCommentScenario, variant: { comment: `/backport stg && touch ${MARK}` }, expect: 'result' },
  {
    name: 'backport: comment of 64 KiB',
    scenario: backportCommentScenario,
    variant: { comment: `/backport stg ${'x'.repeat(KIB64)}` },
    expect: 'result',
  },
  // ---- promote-rc ------------------------------------------------------------------------------
  { name: 'promote: version with payload', scenario: promoteFirstRc, variant: { inputs: { version: `1.3.0; touch ${MARK}` } }, expect: 'error' },
  { name: 'promote: version with traversal', scenario: promoteFirstRc, variant: { inputs: { version: '1.3.0-../../x' } }, expect: 'error' },
  { name: 'promote: bump unknown', scenario: promoteFirstRc, variant: { inputs: { bump: 'huge' } }, expect: 'error', error: /Valid values are/ },
  {
    name: 'promote: stage with payload',
    scenario: promoteFirstRc,
    variant: { inputs: { stage: `rc;touch ${MARK}` } },
    expect: 'error',
    error: /Valid values are/,
  },
  { name: 'promote: labels with payloads', scenario: promoteFirstRc, variant: { inputs: { labels: `release, ${SUB}, ${UNICODE}` } }, expect: 'result' },
  { name: 'promote: reviewers option-like', scenario: promoteFirstRc, variant: { inputs: { reviewers: `${OPTION}, ../../admin` } }, expect: 'result' },
  { name: 'promote: staging branch with ..', scenario: promoteFirstRc, variant: policy('branches:\n  staging: "stg..main"\n'), expect: 'error' },
  { name: 'promote: feature title with payloads', scenario: promoteFirstRc, variant: { title: `feat: ${SHELL} ${TICK}` }, expect: 'result' },
  { name: 'promote: 64 KiB body of the feature', scenario: promoteFirstRc, variant: { body: BIG_BODY }, expect: 'result' },
  // ---- tag-and-release -------------------------------------------------------------------------
  { name: 'release: sha HEAD', scenario: releaseFirst, variant: { inputs: { sha: 'HEAD' } }, expect: 'error' },
  { name: 'release: sha option-like', scenario: releaseFirst, variant: { inputs: { sha: OPTION } }, expect: 'error' },
  // A well-formed SHA that names no commit: GitHub refuses it (422), a failed release that opens the release tracking issue.
  { name: 'release: sha of zeros', scenario: releaseFirst, variant: { inputs: { sha: '0'.repeat(40) } }, expect: 'result' },
  { name: 'release: version with a newline', scenario: releaseFirst, variant: { inputs: { version: '1.0.0\nrm -rf /' } }, expect: 'error' },
  { name: 'release: version with payload', scenario: releaseFirst, variant: { inputs: { version: `v1.0.0;touch ${MARK}` } }, expect: 'error' },
  { name: 'release: smoke workflow traversal', scenario: releaseFirst, variant: { inputs: { 'smoke-workflow': '../../etc/passwd' } }, expect: 'error' },
  { name: 'release: repos with payload', scenario: releaseFirst, variant: { inputs: { repos: `acme/app,acme/${SUB}` } }, expect: 'error' },
  { name: 'release: tag prefix with payload', scenario: releaseFirst, variant: policy(`tag-prefix: "${SUB}"\n`), expect: 'error' },
  { name: 'release: feature title with payloads in the notes', scenario: releaseFirst, variant: { title: `feat: ${SHELL}` }, expect: 'result' },
];

afterAll(async () => {
  const pwned = existsSync(MARK);
  await rm(MARK_DIR, { recursive: true, force: true });
  expect(pwned, 'a shell payload was executed').toBe(false);
});

type Refs = Record<string, Record<string, string>>;

function refsOf(snapshot: unknown): Refs {
  const repos = (snapshot as { repos: Record<string, { refs: Record<string, string> }> }).repos;
  return Object.fromEntries(Object.entries(repos).map(([name, r]) => [name, r.refs]));
}

/** Refs created, moved or deleted between two snapshots, as `repo ref`. */
function refChanges(before: Refs, after: Refs): { changed: string[]; deleted: string[] } {
  const changed: string[] = [];
  const deleted: string[] = [];
  for (const [repo, refs] of Object.entries(after)) {
    for (const [ref, sha] of Object.entries(refs)) if (before[repo]?.[ref] !== sha) changed.push(`${repo} ${ref}`);
    for (const ref of Object.keys(before[repo] ?? {})) if (!(ref in refs)) deleted.push(`${repo} ${ref}`);
  }
  return { changed, deleted };
}

interface Observed {
  result: ActionResult;
  prepared: Prepared;
  writes: string[];
  pushes: number;
  changed: string[];
  deleted: string[];
  violations: string[];
  pwned: boolean;
}

/**
 * Seeds the cases' scenario in a fresh sandbox and runs the action once per case, in turn, recording what each
 * run did. A group holds one case, or several that differ only by inputs and must fail before writing anything
 * (they share one seeded sandbox: seeding is most of a case's cost).
 */
async function observeGroup(group: HostileCase[]): Promise<Observed[]> {
  const sb = await startSandbox();
  try {
    const prepared = await group[0]!.scenario.seed(sb, group.length === 1 ? group[0]!.variant : {});
    const out: Observed[] = [];
    for (const c of group) {
      sb.clearViolations();
      const before = refsOf(sb.snapshot());
      const { result, log } = await logged(sb, () => prepared.run(group.length === 1 ? {} : { inputs: c.variant.inputs }));
      const { changed, deleted } = refChanges(before, refsOf(sb.snapshot()));
      out.push({
        result,
        prepared,
        writes: log.filter((e) => e.route !== 'git' && e.route !== 'graphql' && e.method !== 'GET' && e.method !== 'HEAD').map(describeRequest),
        pushes: log.filter((e) => e.route === 'git' && e.method === 'POST' && e.path.endsWith('/git-receive-pack')).length,
        changed,
        deleted,
        violations: sb.violations().map((v) => `${v.kind} ${v.method} ${v.path}: ${v.message}`.slice(0, 400)),
        pwned: existsSync(MARK),
      });
    }
    return out;
  } finally {
    await sb.close();
  }
}

/** BENCH_KNOWN_BUGS=1 runs the known-bug cases too (to check whether a fix landed). */
const runKnown = process.env.BENCH_KNOWN_BUGS === '1';
const active = CASES.filter((c) => bundleExists(c.scenario.action) && (runKnown || !c.knownBug));
/** Input-only cases that must fail before writing share a sandbox per scenario; every other case gets its own. */
const inputOnly = (c: HostileCase): boolean => c.expect === 'error' && Object.keys(c.variant).every((k) => k === 'inputs');
const groups: HostileCase[][] = [
  ...[...new Set(active.filter(inputOnly).map((c) => c.scenario))].map((sc) => active.filter((c) => inputOnly(c) && c.scenario === sc)),
  ...active.filter((c) => !inputOnly(c)).map((c) => [c]),
];
const observed = new Map<string, Observed>();

beforeAll(async () => {
  await mkdir(MARK_DIR, { recursive: true });
  // The shared groups are the longest: start them first.
  const out = await pool(groups, 8, observeGroup);
  groups.forEach((g, i) => g.forEach((c, k) => observed.set(c.name, out[i]![k]!)));
  const lines = active.map((c) => {
    const r = observed.get(c.name)!.result;
    return `  ${c.name}: exit ${r.exitCode}${errorsOf(r)[0] ? ` — ${errorsOf(r)[0]!.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`;
  });
  process.stdout.write(`\nhostile input corpus (how each case ended):\n${lines.join('\n')}\n`);
}, 600_000);

describe('hostile input corpus', () => {
  it('has at least 50 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    // A known bug (reported to the lead) keeps its case listed but skipped: delete `knownBug` once fixed.
    const test = c.knownBug && !runKnown ? it.skip : it.skipIf(!bundleExists(c.scenario.action));
    test(c.knownBug ? `${c.name} — known bug: ${c.knownBug}` : c.name, async () => {
      const o = observed.get(c.name)!;
      const { result } = o;
      const errors = errorsOf(result);
      const why = `exit ${result.exitCode}; errors: ${errors.join(' | ').slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`;
      const outcome = outcomeOf(result);
      expect(['success', 'clear-error'], why).toContain(outcome);
      for (const e of errors) expect(e.length, `error annotation too long: ${e.slice(0, 300)}…`).toBeLessThanOrEqual(2000);
      if (c.expect === 'error') {
        expect(outcome, why).toBe('clear-error');
        if (c.error) expect(errors.join('\n'), why).toMatch(c.error);
        expect(o.writes, 'an input or policy error writes nothing').toEqual([]);
        expect(o.pushes, 'an input or policy error pushes nothing').toBe(0);
      } else {
        for (const w of o.writes) expect(c.scenario.allowedWrites, `write outside the scenario: ${w}`).toContain(w);
      }
      expect(o.deleted, 'no ref is ever deleted').toEqual([]);
      for (const r of o.changed) expect(r.split(' ')[1], `ref created or moved outside the scenario: ${r}`).toMatch(c.scenario.allowedRefs);
      expect(o.violations).toEqual([]);
      expect(o.pwned, 'a shell payload was executed').toBe(false);
      if (c.check) await c.check(result, o.prepared);
    });
  }
});
