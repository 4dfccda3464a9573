/**
 * The fault and re-run matrices: shared by the CI tests (bench/*.test.ts) and `npm run bench`.
 *
 * Fault matrix, for one scenario: an undisturbed run in a twin sandbox gives the reference state
 * and the request sequence; then for every request index i, a fresh sandbox is seeded identically,
 * request i is made to fail (kinds rotate per index), the action runs, and a second, undisturbed run
 * must leave exactly the reference state.
 */
import type { Fault, RequestLogEntry } from '../sandbox/index.ts';
import type { ActionResult } from '../sandbox/harness.ts';
import { errorsOf } from '../sandbox/testing.ts';

export { errorsOf };
import {
  countRequests,
  logged,
  startSandbox,
  stateOf,
  type BenchSandbox,
  type Counts,
  type Prepared,
  type RunOptions,
  type Scenario,
  type Variant,
} from './scenarios.ts';

export type FaultKind = 'status' | 'secondary-rate-limit' | 'reset' | 'lost-502' | 'lost-reset';
/** The kinds that rotate over every request of a run. */
export const FAULT_KINDS: FaultKind[] = ['status', 'secondary-rate-limit', 'reset'];
/**
 * "Performed, then lost" (the write happens, its answer is a 502 or a reset): applied to every write of a
 * run, the answer alternating per write. It only means something for a write: a lost read changed nothing.
 */
export const LOST_KINDS: FaultKind[] = ['lost-502', 'lost-reset'];

/** Attempts of one request under shared/github/index.ts's retry plugin (1 + 3 retries): a 5xx on all of them persists past the retries. */
const ATTEMPTS = 4;

/**
 * `retry-after` of the injected secondary rate limits, in seconds. Not 0: @octokit/plugin-throttling
 * reads `retry-after: 0` as "absent" and falls back to 60 s (times its own retryAfterBaseValue, which
 * PORTAL_RELEASE_RETRY_BASE_MS does not shorten), so each such case would wait a minute.
 */
export const SECONDARY_RETRY_AFTER_S = 1;

export interface Reference {
  state: unknown;
  log: RequestLogEntry[];
  result: ActionResult;
}

/** Seeds the scenario in a fresh sandbox and runs it once, undisturbed. */
export async function reference(scenario: Scenario, variant?: Variant): Promise<Reference> {
  const sb = await startSandbox();
  try {
    const p = await scenario.seed(sb, variant);
    const { result, log } = await logged(sb, () => p.run());
    sb.assertNoViolations();
    return { state: await stateOf(sb), log, result };
  } finally {
    await sb.close();
  }
}

export function describeRequest(e: RequestLogEntry): string {
  return e.route === 'git'
    ? `git ${e.method} ${e.path.replace(/^\/[^/]+\/[^/]+\.git/, '')}`
    : e.route === 'graphql'
      ? `GraphQL ${e.graphqlOperation ?? ''}`.trim()
      : `${e.method} ${e.route}`;
}

/** The fault that hits request `i` of `log` (and, for a 5xx, its retries): matched by route and method, counted from the start of the run. */
export function faultAt(log: RequestLogEntry[], i: number, kind: FaultKind): Fault {
  const e = log[i]!;
  const nth = log.slice(0, i).filter((x) => x.route === e.route && x.method === e.method).length;
  const match = { route: e.route, method: e.method, index: nth };
  switch (kind) {
    case 'status':
      return { ...match, kind: 'status', status: 502, times: ATTEMPTS };
    case 'secondary-rate-limit':
      return { ...match, kind: 'secondary-rate-limit', retryAfter: SECONDARY_RETRY_AFTER_S };
    case 'reset':
      return { ...match, kind: 'reset' };
    case 'lost-502':
      return { ...match, kind: 'lost', answer: 'status' };
    case 'lost-reset':
      return { ...match, kind: 'lost', answer: 'reset' };
  }
}

export type Outcome = 'success' | 'clear-error' | 'internal-error' | 'crash';

/** Lines of stdout/stderr that are not workflow commands (a stack trace would show there). */
function plainOutput(r: ActionResult): string {
  return (r.stdout + '\n' + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::'))
    .join('\n');
}

/**
 * How a run ended: success (exit 0), a clear error (exit 1, `::error::` annotations without a stack
 * trace, nothing printed that looks like one), an internal error (the suite's "this is a bug" path), or a
 * crash (anything else: another exit code, a time-out, no error annotation, a stack trace).
 */
export function outcomeOf(r: ActionResult): Outcome {
  if (r.timedOut || (r.exitCode !== 0 && r.exitCode !== 1)) return 'crash';
  if (/^\s+at /m.test(plainOutput(r))) return 'crash';
  const errors = errorsOf(r);
  // A message may span lines only when it quotes an input that does (the runner escapes them: no command injection).
  if (errors.some((m) => /^\s+at /m.test(m))) return 'crash';
  if (r.exitCode === 0) return 'success';
  if (errors.length === 0) return 'crash';
  return errors.some((m) => /hit an internal error/.test(m)) ? 'internal-error' : 'clear-error';
}

export interface FaultCaseResult {
  index: number;
  kind: FaultKind;
  request: string;
  /** How the faulted run ended. */
  faulted: Outcome;
  faultedError: string | undefined;
  /** Exit code of the second, undisturbed run. */
  recoveryExit: number;
  /** The state after the faulted run alone equals the reference (the fault was absorbed by a retry). */
  absorbed: boolean;
  /** The state after the second run equals the reference. */
  converged: boolean;
  /** First differing lines (JSON) when not converged. */
  diff: string[];
  violations: string[];
}

/** A compact line diff of two JSON-able states (the first `max` differing lines). */
export function stateDiff(a: unknown, b: unknown, max = 12): string[] {
  const x = JSON.stringify(a, null, 1).split('\n');
  const y = JSON.stringify(b, null, 1).split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < max; i++) {
    if (x[i] !== y[i]) out.push(`line ${i}: expected ${(x[i] ?? '∅').trim().slice(0, 200)} | got ${(y[i] ?? '∅').trim().slice(0, 200)}`);
  }
  return out;
}

/** One cell of the fault matrix: seed, fail request `index` with `kind`, run, run again undisturbed, compare. */
export async function faultCase(scenario: Scenario, ref: Reference, index: number, kind: FaultKind, variant?: Variant): Promise<FaultCaseResult> {
  const sb = await startSandbox();
  try {
    const p = await scenario.seed(sb, variant);
    sb.clearViolations();
    sb.injectFault(faultAt(ref.log, index, kind));
    const faulted = await p.run();
    sb.clearFaults();
    const afterFault = await stateOf(sb);
    const recovery = await p.run();
    const state = await stateOf(sb);
    const same = JSON.stringify(state) === JSON.stringify(ref.state);
    return {
      index,
      kind,
      request: describeRequest(ref.log[index]!),
      faulted: outcomeOf(faulted),
      faultedError: errorsOf(faulted)[0],
      recoveryExit: recovery.exitCode,
      absorbed: JSON.stringify(afterFault) === JSON.stringify(ref.state),
      converged: same,
      diff: same ? [] : stateDiff(ref.state, state),
      violations: sb.violations().map((v) => `${v.kind} ${v.method} ${v.route}: ${v.message}`.slice(0, 300)),
    };
  } finally {
    await sb.close();
  }
}

/** Counts and states of one scenario run up to four times on one seeded sandbox (see scenarioRuns). */
export interface ScenarioRuns {
  /** The dry run (only when asked), on the freshly seeded state. */
  dryRun?: Measured;
  /** The three real runs on the same event. */
  runs: Measured[];
  /** The state after the first and after the third run are identical. */
  same: boolean;
  diff: string[];
  /** Writes (REST non-GET, git pushes) of runs 2 and 3. */
  laterWrites: string[];
  violations: string[];
}

export interface Measured {
  counts: Counts;
  exitCode: number;
  wallMs: number;
  requests: string[];
}

/** A request that changes state: a REST request other than GET/HEAD, or a git push. */
export function isWrite(e: RequestLogEntry): boolean {
  return e.route === 'git' ? e.method === 'POST' && e.path.endsWith('/git-receive-pack') : e.route !== 'graphql' && e.method !== 'GET' && e.method !== 'HEAD';
}

async function measuredRun(sb: BenchSandbox, p: Prepared, options: RunOptions = {}): Promise<{ m: Measured; log: RequestLogEntry[] }> {
  const started = performance.now();
  const { result, log } = await logged(sb, () => p.run(options));
  return { m: { counts: countRequests(log), exitCode: result.exitCode, wallMs: performance.now() - started, requests: log.map(describeRequest) }, log };
}

/**
 * Seeds the scenario once and runs its action: optionally a dry run first, then three times on the same event.
 * Gives the request counts of each run (the budgets) and compares the state after run 1 with the state after
 * run 3 (the re-run matrix).
 */
export async function scenarioRuns(scenario: Scenario, options: { dryRun?: boolean } = {}): Promise<ScenarioRuns> {
  const sb = await startSandbox();
  try {
    const p = await scenario.seed(sb);
    const dryRun = options.dryRun ? (await measuredRun(sb, p, { inputs: { 'dry-run': true } })).m : undefined;
    const first = await measuredRun(sb, p);
    const once = await stateOf(sb);
    const second = await measuredRun(sb, p);
    const third = await measuredRun(sb, p);
    const thrice = await stateOf(sb);
    const same = JSON.stringify(once) === JSON.stringify(thrice);
    return {
      ...(dryRun ? { dryRun } : {}),
      runs: [first.m, second.m, third.m],
      same,
      diff: same ? [] : stateDiff(once, thrice),
      laterWrites: [...second.log, ...third.log].filter(isWrite).map(describeRequest),
      violations: sb.violations().map((v) => `${v.kind} ${v.method} ${v.route}: ${v.message}`.slice(0, 300)),
    };
  } finally {
    await sb.close();
  }
}
