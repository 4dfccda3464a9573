/**
 * Rules of GitHub's platform that the parser and actionlint do not know, checked on every workflow
 * (reusable workflows and consumer callers alike). Each rule exists because breaking it fails only
 * on real GitHub:
 *
 * - required-check: a required check never comes from a job that can be skipped (a job skipped by
 *   `if:` reports success under its check name), and every required commit status is produced on
 *   every pull request into its branch (a required status that is never reported blocks the pull
 *   request for ever). The required statuses are declared once, in docs/required-checks.yml; the
 *   README's required-checks section must list exactly those.
 * - app-token: an App installation token names exactly what the job needs (`permission-*`), and
 *   never `owner` without `repositories` (that is every repository of the installation).
 * - privileged-checkout: jobs started by pull_request_target or issue_comment (write token,
 *   secrets) never check out the pull request's code.
 * - pinned: third-party actions are pinned by full commit SHA with a version comment.
 * - concurrency: GitHub keeps at most one pending run per concurrency group and cancels the older
 *   pending one, so only a run that handles the whole state may share a group: never a run that
 *   handles only the event's label, and a comment's command has a group of its own.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { isMap, isScalar, isSeq, parse as parseYaml } from 'yaml';
import type { Document, LineCounter, Node as YamlNode, YAMLMap } from 'yaml';

export interface RuleProblem {
  file: string;
  line: number;
  message: string;
  source: 'rule';
}

export interface WorkflowFile {
  rel: string;
  doc: Document;
  lc: LineCounter;
  content: string;
}

export interface RequiredCheck {
  /** Commit status context (kind status) or check name (kind check). */
  context: string;
  kind: 'status' | 'check';
  /** Protected branch of the consumer's repository. */
  branch: string;
  /** The consumer caller (docs/examples/…) whose triggers must cover every pull request into the branch. */
  caller: string;
  /** The reusable workflow and job that produce it. */
  workflow: string;
  job: string;
}

export const REQUIRED_CHECKS_FILE = 'docs/required-checks.yml';

function get(node: unknown, key: string): unknown {
  return isMap(node) ? (node as YAMLMap).get(key, true) : undefined;
}

function str(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function lineOf(lc: LineCounter, node: unknown): number {
  const range = (node as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]).line : 1;
}

function toJs(node: unknown): unknown {
  return (node as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? undefined;
}

interface Job {
  id: string;
  node: unknown;
  steps: unknown[];
}

function jobsOf(w: WorkflowFile): Job[] {
  const jobs = get(w.doc.contents, 'jobs');
  if (!isMap(jobs)) return [];
  return jobs.items.map((pair) => {
    const steps = get(pair.value, 'steps');
    return { id: str(pair.key) ?? '?', node: pair.value, steps: isSeq(steps) ? steps.items : [] };
  });
}

/** The `on:` of a workflow as plain data: event name → its filter object (or null). */
function triggers(w: WorkflowFile): Map<string, Record<string, unknown> | null> {
  const on = toJs(get(w.doc.contents, 'on') ?? (w.doc.contents as YAMLMap | null)?.get(true, true));
  const out = new Map<string, Record<string, unknown> | null>();
  if (typeof on === 'string') out.set(on, null);
  else if (Array.isArray(on)) for (const e of on) out.set(String(e), null);
  else if (on && typeof on === 'object') for (const [k, v] of Object.entries(on)) out.set(k, (v as Record<string, unknown> | null) ?? null);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Expressions: a job's `if:` evaluated by GitHub's own expression library.

function toData(value: unknown): data.ExpressionData {
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) {
    const a = new data.Array();
    for (const v of value) a.add(toData(v));
    return a;
  }
  const d = new data.Dictionary();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) d.add(k, toData(v));
  return d;
}

function truthy(d: data.ExpressionData): boolean {
  if (d instanceof data.Null) return false;
  if (d instanceof data.BooleanData) return d.value;
  if (d instanceof data.NumberData) return d.value !== 0 && !Number.isNaN(d.value);
  if (d instanceof data.StringData) return d.value.length > 0;
  return true;
}

/** Evaluates a job condition (with or without `${{ }}`) in `context`; throws on what it cannot evaluate. */
export function evaluateCondition(condition: string, context: Record<string, unknown>): boolean {
  const text = condition.trim().replace(/^\$\{\{([^]*)\}\}$/, '$1');
  const lexed = new Lexer(text).lex();
  const expr = new Parser(lexed.tokens, Object.keys(context), []).parse();
  return truthy(new Evaluator(expr, toData(context) as data.Dictionary).evaluate());
}

/** The pull request events a required status must be reported on: every opening and every new head, same repository or fork. */
function pullRequestContexts(event: string, branch: string, inputs: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const action of ['opened', 'synchronize', 'reopened'])
    for (const head of ['hotfix/crash', 'portal-release/release-3.2.0', 'revert-42'])
      for (const repo of ['acme/backend', 'someone/backend-fork']) {
        const pr = { number: 42, head: { ref: head, repo: { full_name: repo } }, base: { ref: branch, repo: { full_name: 'acme/backend' } }, draft: false };
        out.push({
          github: {
            event_name: event,
            event: { action, pull_request: pr, repository: { name: 'backend' } },
            repository: 'acme/backend',
            ref: `refs/pull/42/merge`,
          },
          inputs,
          vars: {},
          needs: {},
        });
      }
  return out;
}

function callInputDefaults(w: WorkflowFile): Record<string, unknown> {
  const inputs = toJs(get(get(get(w.doc.contents, 'on'), 'workflow_call'), 'inputs')) as Record<string, { default?: unknown }> | undefined;
  return Object.fromEntries(Object.entries(inputs ?? {}).map(([k, v]) => [k, v?.default ?? '']));
}

// ---------------------------------------------------------------------------------------------
// Rules

export async function readRequiredChecks(root: string): Promise<{ checks: RequiredCheck[]; problems: RuleProblem[] } | null> {
  let text: string;
  try {
    text = await readFile(path.join(root, REQUIRED_CHECKS_FILE), 'utf8');
  } catch {
    return null;
  }
  const raw = parseYaml(text) as unknown;
  const problems: RuleProblem[] = [];
  const checks: RequiredCheck[] = [];
  if (!Array.isArray(raw)) {
    return { checks, problems: [{ file: REQUIRED_CHECKS_FILE, line: 1, message: 'must be a list of required checks', source: 'rule' }] };
  }
  for (const [i, e] of raw.entries()) {
    const entry = e as Partial<RequiredCheck>;
    const missing = (['context', 'branch', 'caller', 'workflow', 'job'] as const).filter((k) => typeof entry[k] !== 'string' || !entry[k]);
    if (missing.length || (entry.kind !== undefined && entry.kind !== 'status' && entry.kind !== 'check')) {
      problems.push({
        file: REQUIRED_CHECKS_FILE,
        line: 1,
        message: `entry ${i + 1}: needs context, branch, caller, workflow, job (and kind status|check)`,
        source: 'rule',
      });
      continue;
    }
    checks.push({ ...(entry as RequiredCheck), kind: entry.kind ?? 'status' });
  }
  return { checks, problems };
}

function requiredCheckProblems(check: RequiredCheck, files: Map<string, WorkflowFile>, readme: string | null): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = (file: string, line: number, message: string): void => void problems.push({ file, line, message: `${message} [required-check]`, source: 'rule' });
  const workflow = files.get(check.workflow);
  const caller = files.get(check.caller);
  if (!workflow || !caller) {
    at(REQUIRED_CHECKS_FILE, 1, `${check.context}: ${!workflow ? check.workflow : check.caller} is not among the checked workflows`);
    return problems;
  }
  const jobs = jobsOf(workflow);
  const job = jobs.find((j) => j.id === check.job);
  if (!job) {
    at(check.workflow, 1, `${check.context}: job "${check.job}" does not exist`);
    return problems;
  }
  const line = lineOf(workflow.lc, job.node);
  const needs = toJs(get(job.node, 'needs'));
  const condition = str(get(job.node, 'if'));
  if (check.kind === 'check') {
    // A skipped job's check run concludes "skipped", which satisfies a required check.
    if (condition !== undefined)
      at(check.workflow, line, `required check "${check.context}" comes from job "${job.id}", which has an if: — a skipped job passes a required check`);
    if (needs !== undefined)
      at(
        check.workflow,
        line,
        `required check "${check.context}" comes from job "${job.id}", which needs other jobs — it is skipped (and passes) when they fail or are skipped`,
      );
  } else if (needs !== undefined) {
    at(
      check.workflow,
      line,
      `required status "${check.context}" is set by job "${job.id}", which needs other jobs: when they fail or are skipped it never runs and the status is never reported`,
    );
  }

  // The caller must start the workflow for every pull request into the branch.
  const on = triggers(caller);
  const prEvents = ['pull_request_target', 'pull_request'].filter((e) => on.has(e));
  const covering = prEvents.filter((e) => {
    const filter = on.get(e) ?? {};
    const branches = filter.branches as string[] | undefined;
    const types = filter.types as string[] | undefined;
    return (!branches || branches.includes(check.branch)) && (!types || ['opened', 'synchronize', 'reopened'].every((t) => types.includes(t)));
  });
  if (covering.length === 0) {
    at(
      check.caller,
      1,
      `required status "${check.context}" of ${check.branch}: no pull_request or pull_request_target trigger covers every pull request into ${check.branch} (types opened, synchronize, reopened)`,
    );
  }
  if (covering.length > 0 && !covering.includes('pull_request_target')) {
    at(
      check.caller,
      1,
      `required status "${check.context}" of ${check.branch}: under pull_request a fork's pull request gets a read-only token and never receives the status; trigger on pull_request_target (nothing of the pull request is run)`,
    );
  }
  // The job must run on every such pull request, whatever its head.
  if (condition !== undefined) {
    const inputs = callInputDefaults(workflow);
    for (const event of covering) {
      let skipped: string | null = null;
      try {
        for (const ctx of pullRequestContexts(event, check.branch, inputs)) {
          if (!evaluateCondition(condition, ctx)) {
            const ev = (ctx.github as { event: { action: string; pull_request: { head: { ref: string; repo: { full_name: string } } } } }).event;
            skipped = `${event}.${ev.action} from ${ev.pull_request.head.repo.full_name}:${ev.pull_request.head.ref}`;
            break;
          }
        }
      } catch (error) {
        skipped = `(cannot evaluate the if: ${(error as Error).message})`;
      }
      if (skipped) {
        at(
          check.workflow,
          lineOf(workflow.lc, get(job.node, 'if')),
          `required status "${check.context}" of ${check.branch}: job "${job.id}" is skipped on ${skipped}, so that pull request never gets the status`,
        );
      }
    }
  }
  if (readme !== null && !readme.includes(`\`${check.context}\``))
    at('README.md', 1, `the README's required-checks section does not name \`${check.context}\``);
  return problems;
}

/** The README's required-checks section names exactly the declared checks. */
function readmeSection(readme: string, checks: RequiredCheck[]): RuleProblem[] {
  const m = /<!-- portal-release:required-checks -->([^]*?)<!-- \/portal-release:required-checks -->/.exec(readme);
  if (!m)
    return [
      {
        file: 'README.md',
        line: 1,
        message: `no <!-- portal-release:required-checks --> section listing ${REQUIRED_CHECKS_FILE} [required-check]`,
        source: 'rule',
      },
    ];
  const named = new Set([...m[1]!.matchAll(/`(portal-release\/[\w./-]+)`/g)].map((x) => x[1]!));
  const declared = new Set(checks.map((c) => c.context));
  return [...named]
    .filter((c) => !declared.has(c))
    .map((c) => ({
      file: 'README.md',
      line: 1,
      message: `the required-checks section names \`${c}\`, which ${REQUIRED_CHECKS_FILE} does not declare [required-check]`,
      source: 'rule' as const,
    }));
}

const CHECKOUT = /^actions\/checkout@/;
const PR_CODE = /github\.event\.pull_request\.head|github\.head_ref|refs\/pull\/|github\.event\.issue\.pull_request|github\.event\.comment/;

function isPrivileged(w: WorkflowFile, calledFromPrivileged: Set<string>): boolean {
  const on = triggers(w);
  return on.has('pull_request_target') || on.has('issue_comment') || calledFromPrivileged.has(w.rel);
}

/** Local reusable workflows called by `w` (as `./.github/workflows/x.yml` or `<owner>/portal-release/.github/workflows/x.yml@ref`). */
function calledWorkflows(w: WorkflowFile, selfRepository: RegExp): string[] {
  const out: string[] = [];
  for (const job of jobsOf(w)) {
    const uses = str(get(job.node, 'uses'));
    if (!uses) continue;
    const local = /^\.\/(\.github\/workflows\/[^@]+)$/.exec(uses);
    const remote = /^([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+)@.+$/.exec(uses);
    if (local) out.push(local[1]!);
    else if (remote && selfRepository.test(remote[1]!)) out.push(remote[2]!);
  }
  return out;
}

function stepProblems(w: WorkflowFile, job: Job, privileged: boolean, selfRepository: RegExp): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const lines = w.content.split('\n');
  const at = (node: unknown, message: string): void => void problems.push({ file: w.rel, line: lineOf(w.lc, node), message, source: 'rule' });
  const usesNodes: unknown[] = [get(job.node, 'uses'), ...job.steps.map((s) => get(s, 'uses'))].filter(Boolean);
  for (const node of usesNodes) {
    const uses = str(node) ?? '';
    if (uses.startsWith('./') || uses.startsWith('docker://') || uses.startsWith('$/')) continue;
    const owner = /^([^/@]+\/[^/@]+)/.exec(uses)?.[1] ?? '';
    if (selfRepository.test(owner)) continue;
    const text = lines[lineOf(w.lc, node) - 1] ?? '';
    if (!/@[0-9a-f]{40}$/.test(uses) || !/#\s*v?\d+(\.\d+)*/.test(text)) {
      at(node, `third-party action "${uses}" is not pinned by full commit SHA with a version comment (uses: owner/repo@<40-hex sha> # vX.Y.Z) [pinned]`);
    }
  }
  for (const step of job.steps) {
    const uses = str(get(step, 'uses')) ?? '';
    const withNode = get(step, 'with');
    if (/^actions\/create-github-app-token@/.test(uses)) {
      const keys = isMap(withNode) ? withNode.items.map((p) => str(p.key) ?? '') : [];
      if (!keys.some((k) => k.startsWith('permission-'))) {
        at(
          get(step, 'uses'),
          `App token without permission-* inputs: it carries every permission of the installation; request exactly what the job needs [app-token]`,
        );
      }
      if (keys.includes('owner') && !keys.includes('repositories')) {
        at(
          get(step, 'uses'),
          `App token with owner but no repositories: it covers every repository of the installation; name the repositories (the train) [app-token]`,
        );
      }
    }
    if (privileged && CHECKOUT.test(uses)) {
      const ref = `${str(get(withNode, 'ref')) ?? ''} ${str(get(withNode, 'repository')) ?? ''}`;
      if (PR_CODE.test(ref)) {
        at(
          get(step, 'uses'),
          `job "${job.id}" runs on pull_request_target or issue_comment (write token, secrets) and checks out the pull request's code [privileged-checkout]`,
        );
      }
    }
    const run = str(get(step, 'run')) ?? '';
    if (privileged && /refs\/pull\/|gh pr checkout|git fetch[^\n]*pull\//.test(run)) {
      at(
        get(step, 'run'),
        `job "${job.id}" runs on pull_request_target or issue_comment and fetches the pull request's code in a script [privileged-checkout]`,
      );
    }
  }
  // Concurrency: a newer pending run cancels the older pending one of its group.
  const concurrency = get(job.node, 'concurrency') ?? get(w.doc.contents, 'concurrency');
  if (concurrency) {
    const group = isMap(concurrency) ? (str(get(concurrency, 'group')) ?? '') : (str(concurrency) ?? '');
    const jobText = JSON.stringify(toJs(job.node));
    if (/github\.event\.label\b/.test(jobText)) {
      at(
        concurrency,
        `job "${job.id}" handles only the event's label but shares a concurrency group: a newer pending run cancels it and that label is never handled; handle every label, or drop the group [concurrency]`,
      );
    }
    if (/github\.event\.comment\b/.test(jobText) && !/github\.event\.comment\.id/.test(group)) {
      at(
        concurrency,
        `job "${job.id}" runs comment commands in a concurrency group not keyed by github.event.comment.id: a newer pending run cancels a command [concurrency]`,
      );
    }
  }
  return problems;
}

/**
 * Every rule over the given workflow files (paths relative to root). The required-check rules
 * need the whole set (callers, reusable workflows, README): `wholeRepository` false skips them.
 */
export async function checkWorkflowRules(root: string, workflows: WorkflowFile[], selfRepository: RegExp, wholeRepository = true): Promise<RuleProblem[]> {
  const problems: RuleProblem[] = [];
  const byPath = new Map(workflows.map((w) => [w.rel.split(path.sep).join('/'), w]));
  const calledFromPrivileged = new Set<string>();
  for (const w of workflows) {
    const on = triggers(w);
    if (on.has('pull_request_target') || on.has('issue_comment')) for (const c of calledWorkflows(w, selfRepository)) calledFromPrivileged.add(c);
  }
  for (const w of workflows) {
    const privileged = isPrivileged(w, calledFromPrivileged);
    for (const job of jobsOf(w)) problems.push(...stepProblems(w, job, privileged, selfRepository));
  }
  const required = wholeRepository ? await readRequiredChecks(root) : null;
  if (required) {
    problems.push(...required.problems);
    let readme: string | null = null;
    try {
      readme = await readFile(path.join(root, 'README.md'), 'utf8');
    } catch {
      readme = null;
    }
    for (const check of required.checks) problems.push(...requiredCheckProblems(check, byPath, readme));
    if (readme !== null) problems.push(...readmeSection(readme, required.checks));
  }
  return problems;
}
