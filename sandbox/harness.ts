/**
 * Runner harness: runs a bundled JavaScript action (`dist/<name>/index.js`) as a child process
 * with the same contract GitHub's runner gives it — INPUT_* variables (with the runner's name
 * mangling and the action.yml defaults applied), GITHUB_* variables, an event file, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files — in a
 * clean environment, then parses what the action reported (outputs, summary, annotations, masks).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { staleDist } from '../scripts/dist-stamp.ts';

/** Repository root, resolved from this file's location (sandbox/harness.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Roots whose dist/ was found fresh in this process. */
const freshRoots = new Set<string>();

/**
 * Refuses to run a bundle older than its sources: a bundle test that passes on a stale dist/ proves
 * nothing about the source under review. Checked once per process (sources do not change mid-run).
 */
export function assertDistFresh(root = REPO_ROOT): void {
  if (freshRoots.has(root)) return;
  const stale = staleDist(root);
  if (stale) throw new Error(`harness: ${stale}`);
  freshRoots.add(root);
}

/**
 * The write pacing of runs against the stand-in: none, since there the pauses between writes are only waiting
 * (shared/github/client.ts, tuningFromEnv); the bench keeps GitHub's (bench/run.sh sets
 * PORTAL_RELEASE_WRITE_PACING=github) so that its wall times are real.
 */
export function standInPacing(): string {
  return process.env.PORTAL_RELEASE_WRITE_PACING ?? 'off';
}

export interface RunActionOptions {
  /** Action name: 'freeze-guard' -> `<root>/dist/freeze-guard/index.js`, inputs from `<root>/actions/freeze-guard/action.yml`. */
  action: string;
  /** Inputs as a workflow's `with:` would give them; `undefined` means "not given". */
  inputs?: Record<string, string | boolean | number | undefined>;
  /** Extra defaults applied (like action.yml defaults) to inputs that are not given explicitly; they override action.yml defaults. */
  defaults?: Record<string, string>;
  eventName: string;
  event: unknown;
  /** owner/name */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  /** Default: `${apiUrl}/graphql`. */
  graphqlUrl?: string;
  token?: string;
  /** Default: derived from the event (push `after`, pull_request head sha, …), else 40 zeros. */
  sha?: string;
  /** Default: derived from the event (push `ref`, `refs/pull/<n>/merge`, dispatch `ref`, …), else refs/heads/main. */
  ref?: string;
  actor?: string;
  runId?: number;
  workflow?: string;
  job?: string;
  runAttempt?: number;
  /** Extra environment variables (applied last). */
  env?: Record<string, string>;
  /** '24' (default: scripts/node24.sh), '20' (this process if it is v20, else `node` on PATH), or a path to a node binary. */
  node?: '24' | '20' | string;
  /** Kill the process (group) after this many ms. Default 60 000. */
  timeoutMs?: number;
  /** Repository layout root holding `actions/` and `dist/`. Default: this repository. */
  root?: string;
  /** Existing directory to use as GITHUB_WORKSPACE and cwd (e.g. a clone). Default: a fresh empty temp dir. */
  workspace?: string;
  /** Keep the temp directory (its path is returned in `tempDir`). Default false. */
  keepTemp?: boolean;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice' | 'debug';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionResult {
  exitCode: number;
  /** Set when the process was killed (by the timeout or otherwise). */
  signal?: string;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** From the GITHUB_OUTPUT file (`name<<DELIM` heredocs and `name=value`), plus legacy `::set-output`. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY content. */
  summary: string;
  /** GITHUB_ENV file parsed. */
  env: Record<string, string>;
  /** GITHUB_STATE file parsed, plus legacy `::save-state`. */
  state: Record<string, string>;
  /** GITHUB_PATH file lines. */
  path: string[];
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  secretsMasked: string[];
  durationMs: number;
  /** The environment the action ran with (INPUT_*, GITHUB_*, …). */
  processEnv: Record<string, string>;
  /** Temp directory (deleted unless keepTemp). */
  tempDir: string;
}

let node24Promise: Promise<string> | undefined;

/** Path of the Node 24 binary (runs scripts/node24.sh once, installing it if missing; cached). */
export function node24Path(): Promise<string> {
  node24Promise ??= new Promise<string>((resolve, reject) => {
    execFile('bash', [path.join(REPO_ROOT, 'scripts', 'node24.sh')], { cwd: REPO_ROOT, timeout: 300_000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`scripts/node24.sh failed: ${err.message}\n${stderr}`));
        return;
      }
      const bin = stdout.trim().split('\n').pop() ?? '';
      if (!bin) reject(new Error('scripts/node24.sh printed no path'));
      else resolve(bin);
    });
  });
  node24Promise.catch(() => {
    node24Promise = undefined;
  });
  return node24Promise;
}

async function resolveNode(node: string | undefined): Promise<string> {
  const want = node ?? '24';
  if (want === '24') return node24Path();
  if (want === '20') return process.version.startsWith('v20.') ? process.execPath : 'node';
  return want;
}

/** The runner's input-name mangling: spaces become underscores, upper-cased; hyphens are kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function inputValue(v: string | boolean | number): string {
  return typeof v === 'string' ? v : String(v);
}

interface ActionYmlInput {
  default?: unknown;
}

async function readActionDefaults(actionYmlPath: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(actionYmlPath, 'utf8');
  } catch {
    return {};
  }
  const doc = parseYaml(text) as { inputs?: Record<string, ActionYmlInput | null> } | null;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    if (spec && spec.default !== undefined && spec.default !== null) out[name] = String(spec.default);
  }
  return out;
}

/** Evaluates the few `${{ github.* }}` expressions action.yml defaults use. */
function evaluateDefault(value: string, github: Record<string, string>, inputName: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
    const m = /^github\.([a-z_]+)$/.exec(expr);
    const key = m?.[1];
    if (key !== undefined && key in github) return github[key] ?? '';
    throw new Error(`harness: unsupported expression \${{ ${expr} }} in the default of input '${inputName}'`);
  });
}

/** Parses a runner file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE). */
export function parseFileCommands(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name = '', delim = ''] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        const l = lines[i] ?? '';
        if (l === delim) {
          closed = true;
          break;
        }
        value.push(l);
      }
      if (!closed) throw new Error(`harness: unterminated heredoc for '${name}' (delimiter ${delim})`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`harness: invalid file-command line: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses one `::command k=v,k=v::message` line (null when the line is not a command). */
export function parseWorkflowCommand(line: string): WorkflowCommand | null {
  const m = /^::([A-Za-z0-9_-]+)(?: ([^]*?))?::([^]*)$/.exec(line.trimStart());
  if (!m) return null;
  const [, command = '', props, message = ''] = m;
  const properties: Record<string, string> = {};
  if (props) {
    for (const pair of props.split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(message) };
}

interface StdoutParse {
  annotations: Annotation[];
  secretsMasked: string[];
  outputs: Record<string, string>;
  state: Record<string, string>;
}

/** Parses workflow commands from an action's stdout the way the runner does (incl. stop-commands). */
export function parseStdoutCommands(stdout: string): StdoutParse {
  const res: StdoutParse = { annotations: [], secretsMasked: [], outputs: {}, state: {} };
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (raw.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const cmd = parseWorkflowCommand(raw);
    if (!cmd) continue;
    const { command, properties, message } = cmd;
    switch (command) {
      case 'error':
      case 'warning':
      case 'notice':
      case 'debug': {
        const a: Annotation = { level: command, message };
        if (properties.file !== undefined) a.file = properties.file;
        const num = (k: string): number | undefined => {
          const v = properties[k];
          return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
        };
        const line = num('line');
        if (line !== undefined) a.line = line;
        const endLine = num('endLine');
        if (endLine !== undefined) a.endLine = endLine;
        const col = num('col');
        if (col !== undefined) a.col = col;
        const endColumn = num('endColumn');
        if (endColumn !== undefined) a.endColumn = endColumn;
        if (properties.title !== undefined) a.title = properties.title;
        res.annotations.push(a);
        break;
      }
      case 'add-mask':
        if (message !== '') res.secretsMasked.push(message);
        break;
      case 'set-output':
        if (properties.name) res.outputs[properties.name] = message;
        break;
      case 'save-state':
        if (properties.name) res.state[properties.name] = message;
        break;
      case 'stop-commands':
        if (message !== '') stopToken = message;
        break;
      default:
        break;
    }
  }
  return res;
}

function deriveRef(eventName: string, event: Record<string, unknown>): string {
  const pr = event.pull_request as { number?: number } | undefined;
  const mg = event.merge_group as { head_ref?: string } | undefined;
  if ((eventName === 'pull_request' || eventName === 'pull_request_review') && pr?.number !== undefined) {
    return `refs/pull/${pr.number}/merge`;
  }
  if (eventName === 'merge_group' && mg?.head_ref) return mg.head_ref;
  if (typeof event.ref === 'string' && event.ref.startsWith('refs/')) return event.ref;
  return 'refs/heads/main';
}

function deriveSha(eventName: string, event: Record<string, unknown>): string {
  const pr = event.pull_request as { head?: { sha?: string }; merge_commit_sha?: string | null } | undefined;
  const mg = event.merge_group as { head_sha?: string } | undefined;
  if (typeof event.after === 'string') return event.after;
  if (eventName === 'merge_group' && mg?.head_sha) return mg.head_sha;
  if (pr?.merge_commit_sha) return pr.merge_commit_sha;
  if (pr?.head?.sha) return pr.head.sha;
  return '0'.repeat(40);
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** Runs a bundled action as GitHub's runner would and returns what it reported. */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  if (!/^[A-Za-z0-9._-]+$/.test(opts.action)) throw new Error(`harness: invalid action name ${JSON.stringify(opts.action)}`);
  const [owner = '', repoName = ''] = opts.repository.split('/');
  if (!owner || !repoName) throw new Error(`harness: repository must be owner/name, got ${JSON.stringify(opts.repository)}`);

  const root = opts.root ?? REPO_ROOT;
  const entry = path.join(root, 'dist', opts.action, 'index.js');
  if (!(await exists(entry))) throw new Error(`harness: bundle not found: dist/${opts.action}/index.js (run the build first)`);
  if (root === REPO_ROOT) assertDistFresh();
  const nodeBin = await resolveNode(opts.node);

  const tempDir = await mkdtemp(path.join(tmpdir(), 'portal-release-run-'));
  try {
    const home = path.join(tempDir, 'home');
    const runnerTemp = path.join(tempDir, 'runner-temp');
    const fileCmds = path.join(tempDir, 'file-commands');
    const workspace = opts.workspace ?? path.join(tempDir, 'workspace');
    await Promise.all([home, runnerTemp, fileCmds, workspace].map((d) => mkdir(d, { recursive: true })));

    const files = {
      GITHUB_OUTPUT: path.join(fileCmds, 'set_output'),
      GITHUB_STEP_SUMMARY: path.join(fileCmds, 'step_summary'),
      GITHUB_ENV: path.join(fileCmds, 'set_env'),
      GITHUB_STATE: path.join(fileCmds, 'save_state'),
      GITHUB_PATH: path.join(fileCmds, 'add_path'),
    };
    await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
    const eventPath = path.join(tempDir, 'event.json');
    await writeFile(eventPath, JSON.stringify(opts.event ?? {}, null, 2));

    const event = (opts.event && typeof opts.event === 'object' ? opts.event : {}) as Record<string, unknown>;
    const ref = opts.ref ?? deriveRef(opts.eventName, event);
    const sha = opts.sha ?? deriveSha(opts.eventName, event);
    const token = opts.token ?? '';
    const actor = opts.actor ?? 'octocat';
    const runId = String(opts.runId ?? 1);
    const graphqlUrl = opts.graphqlUrl ?? `${opts.apiUrl.replace(/\/$/, '')}/graphql`;
    const workflow = opts.workflow ?? 'CI';
    const job = opts.job ?? 'build';
    const refName = ref.replace(/^refs\/(heads|tags)\//, '');

    const env: Record<string, string> = {
      PATH: [path.isAbsolute(nodeBin) ? path.dirname(nodeBin) : undefined, process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin']
        .filter(Boolean)
        .join(path.delimiter),
      HOME: home,
      LANG: 'C.UTF-8',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: path.join(tempDir, 'tool-cache'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'portal-release-sandbox',
      RUNNER_ENVIRONMENT: 'github-hosted',
      PORTAL_RELEASE_WRITE_PACING: standInPacing(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: opts.eventName,
      GITHUB_REPOSITORY: opts.repository,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_API_URL: opts.apiUrl,
      GITHUB_SERVER_URL: opts.serverUrl,
      GITHUB_GRAPHQL_URL: graphqlUrl,
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: refName,
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_ACTOR: actor,
      GITHUB_TRIGGERING_ACTOR: actor,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_NUMBER: runId,
      GITHUB_RUN_ATTEMPT: String(opts.runAttempt ?? 1),
      GITHUB_WORKFLOW: workflow,
      GITHUB_JOB: job,
      GITHUB_ACTION: `__portal-release_${opts.action}`,
      GITHUB_ACTION_REPOSITORY: '',
      GITHUB_ACTION_REF: '',
      GITHUB_RETENTION_DAYS: '90',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      ...files,
    };
    const pr = event.pull_request as { base?: { ref?: string }; head?: { ref?: string } } | undefined;
    if (opts.eventName.startsWith('pull_request') && pr) {
      env.GITHUB_BASE_REF = pr.base?.ref ?? '';
      env.GITHUB_HEAD_REF = pr.head?.ref ?? '';
    }
    const repoObj = event.repository as { id?: number; owner?: { id?: number } } | undefined;
    if (repoObj?.id !== undefined) env.GITHUB_REPOSITORY_ID = String(repoObj.id);
    if (repoObj?.owner?.id !== undefined) env.GITHUB_REPOSITORY_OWNER_ID = String(repoObj.owner.id);

    // Inputs: action.yml defaults < opts.defaults < explicit inputs (undefined = not given).
    const githubCtx: Record<string, string> = {
      token,
      repository: opts.repository,
      repository_owner: owner,
      ref,
      ref_name: refName,
      sha,
      actor,
      event_name: opts.eventName,
      server_url: opts.serverUrl,
      api_url: opts.apiUrl,
      graphql_url: graphqlUrl,
      workflow,
      job,
      run_id: runId,
      workspace,
    };
    const defaults = { ...(await readActionDefaults(path.join(root, 'actions', opts.action, 'action.yml'))), ...opts.defaults };
    const given = new Set<string>();
    for (const [name, value] of Object.entries(opts.inputs ?? {})) {
      if (value === undefined) continue;
      env[inputEnvName(name)] = inputValue(value);
      given.add(inputEnvName(name));
    }
    for (const [name, value] of Object.entries(defaults)) {
      if (given.has(inputEnvName(name))) continue;
      env[inputEnvName(name)] = evaluateDefault(value, githubCtx, name);
    }
    // A proxy of this machine must not reach the stand-in; one the test gives (env) is kept.
    for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) delete env[k];
    for (const [k, v] of Object.entries(opts.env ?? {})) env[k] = v;

    const started = performance.now();
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const { exitCode, signal, timedOut, stdout, stderr } = await new Promise<{
      exitCode: number;
      signal: string | undefined;
      timedOut: boolean;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(nodeBin, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      let timedOut = false;
      const killGroup = (): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`harness: cannot start ${nodeBin}: ${e.message}`));
      });
      child.on('close', (code, sig) => {
        clearTimeout(timer);
        // Leave no stray grandchildren behind (e.g. git processes of a killed action).
        if (timedOut) killGroup();
        resolve({
          exitCode: code ?? 128 + (sig === 'SIGKILL' ? 9 : sig === 'SIGTERM' ? 15 : 0),
          signal: sig ?? undefined,
          timedOut,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        });
      });
    });
    const durationMs = performance.now() - started;

    const [outputFile, summary, envFile, stateFile, pathFile] = await Promise.all(
      [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_ENV, files.GITHUB_STATE, files.GITHUB_PATH].map((f) => readFile(f, 'utf8')),
    );
    const fromStdout = parseStdoutCommands(stdout);
    const result: ActionResult = {
      exitCode,
      timedOut,
      stdout,
      stderr,
      outputs: { ...fromStdout.outputs, ...parseFileCommands(outputFile ?? '') },
      summary: summary ?? '',
      env: parseFileCommands(envFile ?? ''),
      state: { ...fromStdout.state, ...parseFileCommands(stateFile ?? '') },
      path: (pathFile ?? '').split(/\r?\n/).filter((l) => l !== ''),
      annotations: fromStdout.annotations,
      secretsMasked: fromStdout.secretsMasked,
      durationMs,
      processEnv: env,
      tempDir,
    };
    if (signal !== undefined) result.signal = signal;
    return result;
  } finally {
    if (!opts.keepTemp) await rm(tempDir, { recursive: true, force: true });
  }
}
