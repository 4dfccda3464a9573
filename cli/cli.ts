// The CLI: `portal-release <action> …` runs an action's own ActionDefinition (parseInputs + run)
// with the same library code as the bundled action: an InputReader over the flags with the
// action.yml defaults, a RunContext from --repo and the GITHUB_* variables, the GitHub port
// (read-only in dry run), and a Logger that speaks on stderr.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedClock, systemClock } from '../shared/clock.ts';
import { contextFromEnv, parseRepo, type RunContext } from '../shared/context.ts';
import type { ActionOutcome, OutputValue } from '../shared/entry.ts';
import { UserError, errorMessage, isUserError } from '../shared/errors.ts';
import { createOctokit, explainApiError, GitHub, tuningFromEnv, type Octokit } from '../shared/github/index.ts';
import { InputReader, mapInputSource } from '../shared/inputs.ts';
import { MemoryLogger, type LogLine } from '../shared/logger.ts';
import { Plan, withPlan, type PlanEntry } from '../shared/plan.ts';
import { commandName, parseCommandLine, type CommandLine } from './args.ts';
import { COMMANDS, findCommand } from './commands.ts';
import { commandHelp, toolHelp } from './help.ts';
import { findSuiteRoot, readActionMeta, type ActionMeta } from './metadata.ts';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory to search upwards for actions/*\/action.yml (default: this module's directory). */
  root?: string;
}

export interface JsonResult {
  outputs: Record<string, OutputValue>;
  summary: string;
  failure: string | null;
}

/** Markdown job summary → terminal text: tables and lists stay, HTML comments, tags and emphasis go. */
export function readableSummary(markdown: string): string {
  return markdown
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(sub|sup|details|summary|b|i|code|p|div)[^>]*>/gi, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^#{1,6}\s+(.*)$/gm, (_m, title: string) => `${title}\n${'─'.repeat(Math.min(title.length, 80))}`)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function formatValue(value: OutputValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

async function pullRequestPayload(octokit: Octokit, repo: RunContext['repo'], number: number): Promise<Record<string, unknown>> {
  try {
    const [pr, repository] = await Promise.all([
      octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: repo.owner, repo: repo.repo, pull_number: number }),
      octokit.request('GET /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.repo }),
    ]);
    return { action: 'synchronize', number, pull_request: pr.data, repository: repository.data, sender: pr.data.user };
  } catch (error) {
    throw explainApiError(error, `Reading pull request #${number} of ${repo.owner}/${repo.repo}`, 'pull-requests: read', 'cli-environment');
  }
}

interface Prepared {
  line: CommandLine;
  meta: ActionMeta;
}

function prepare(argv: readonly string[], io: CliIo): Prepared | { help: string } | { version: string } {
  const name = commandName(argv);
  if (name === undefined || name === 'help') {
    const topic = name === 'help' ? argv[argv.indexOf('help') + 1] : undefined;
    if (topic && findCommand(topic)) return { help: commandHelp(readActionMeta(findSuiteRoot(io.root ?? defaultRoot()), topic)) };
    const line = parseCommandLine(argv.filter((a) => a !== 'help'));
    if (line.version) return { version: suiteVersion(findSuiteRoot(io.root ?? defaultRoot())) };
    if (line.help || name === 'help') return { help: toolHelp() };
    throw new UserError('input', 'Name a command: portal-release <command> [--input value …] (portal-release --help lists them).');
  }
  const command = findCommand(name);
  if (!command) throw new UserError('input', `Unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')}.`);
  const meta = readActionMeta(findSuiteRoot(io.root ?? defaultRoot()), command.name);
  const line = parseCommandLine(argv, meta);
  if (line.help) return { help: commandHelp(meta) };
  return { line, meta };
}

function defaultRoot(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

function suiteVersion(root: string): string {
  try {
    return String((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/** One step of the plan as the text output prints it: its status in a column, then the sentence. */
function planLine(e: PlanEntry): string {
  return `  ${e.status.padEnd(7)}  ${e.step}`;
}

/** Runs the CLI; returns the exit code (0 success, 1 failure or refusal). Never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let json = argv.includes('--json');
  const debug = argv.includes('--debug') || io.env.RUNNER_DEBUG === '1';
  const token = io.env.GITHUB_TOKEN ?? '';
  const redact = (text: string): string => (token.length >= 4 ? text.split(token).join('***') : text);
  // Created once the inputs are parsed; a run that fails midway still shows what it did up to the failure.
  let plan: Plan | undefined;
  const planSteps = (): PlanEntry[] => (plan?.entries ?? []).map((e) => ({ step: redact(e.step), status: e.status }));
  const fail = (message: string): number => {
    if (json)
      io.stdout(`${redact(JSON.stringify({ outputs: plan ? { plan: planSteps() } : {}, summary: '', failure: message } satisfies JsonResult, null, 2))}\n`);
    else if (plan?.entries.length) io.stdout(`Plan (up to the failure):\n${planSteps().map(planLine).join('\n')}\n`);
    io.stderr(`portal-release: ${redact(message)}\n`);
    return 1;
  };
  let tempDir: string | undefined;
  let actionName = 'portal-release';
  try {
    const prepared = prepare(argv, io);
    if ('help' in prepared) {
      io.stdout(prepared.help);
      return 0;
    }
    if ('version' in prepared) {
      io.stdout(`${prepared.version}\n`);
      return 0;
    }
    const { line, meta } = prepared;
    json = line.json;
    actionName = meta.name;
    const command = { definition: await findCommand(meta.name)!.load() };
    if (!token) throw new UserError('input', 'GITHUB_TOKEN is not set: export a token that may read (and, unless --dry-run, write) the repository.');
    const repository = line.repo ?? io.env.GITHUB_REPOSITORY ?? '';
    if (!repository) throw new UserError('input', 'Name the repository with --repo owner/name (or set GITHUB_REPOSITORY).');
    const repo = parseRepo(repository, 'Option --repo');
    if (line.pullRequest !== undefined && line.eventFile) throw new UserError('input', 'Give either --pull-request or --event-file, not both.');

    const echo = (l: LogLine): void => {
      if (l.level === 'debug' && !debug) return;
      if (json && (l.level === 'info' || l.level === 'notice' || l.level === 'debug')) return;
      const prefix = l.level === 'info' ? '' : `${l.level}: `;
      io.stderr(`${prefix}${redact(l.message)}\n`);
    };
    const logger = new MemoryLogger(echo);
    const apiUrl = (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const octokit = createOctokit({ token, apiUrl, logger, env: io.env, ...tuningFromEnv(io.env) });

    // The run context comes from the same reader as on a runner, fed with what the flags say.
    const runnerEnv: NodeJS.ProcessEnv = {
      GITHUB_REPOSITORY: `${repo.owner}/${repo.repo}`,
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: io.env.GITHUB_SERVER_URL,
      GITHUB_GRAPHQL_URL: io.env.GITHUB_GRAPHQL_URL,
      GITHUB_ACTOR: io.env.GITHUB_ACTOR,
      GITHUB_SHA: io.env.GITHUB_SHA,
      GITHUB_REF: io.env.GITHUB_REF,
      GITHUB_WORKFLOW: 'portal-release CLI',
    };
    tempDir = await mkdtemp(path.join(io.env.RUNNER_TEMP || tmpdir(), `portal-release-${meta.name}-`));
    if (line.pullRequest !== undefined) {
      const eventPath = path.join(tempDir, 'event.json');
      await writeFile(eventPath, JSON.stringify(await pullRequestPayload(octokit, repo, line.pullRequest)));
      runnerEnv.GITHUB_EVENT_PATH = eventPath;
      runnerEnv.GITHUB_EVENT_NAME = 'pull_request';
    } else if (line.eventFile) {
      runnerEnv.GITHUB_EVENT_PATH = path.resolve(line.eventFile);
    }
    // `--event` names the event; else the event file's shape says it (contextFromEnv guesses).
    if (line.eventName) runnerEnv.GITHUB_EVENT_NAME = line.eventName;
    const context = contextFromEnv(runnerEnv);

    // Inputs: the action.yml defaults, as the runner applies them, overridden by the flags.
    const values: Record<string, string> = {};
    for (const input of meta.inputs) if (input.name !== 'token') values[input.name] = input.default;
    Object.assign(values, line.inputs);
    const reader = new InputReader(mapInputSource(values));
    const inputs = command.definition.parseInputs(reader, context);
    const now = reader.instant('now');
    const dryRun = command.definition.isDryRun(inputs);
    const github = new GitHub(octokit, logger, { readOnly: dryRun, tokenSource: 'cli-environment' });
    if (dryRun) logger.notice(`${meta.name}: dry run — the plan is computed and printed; nothing is written.`);
    plan = new Plan({ dryRun, logger });
    const outcome: ActionOutcome = await command.definition.run(inputs, {
      context,
      github,
      logger,
      clock: now ? fixedClock(now) : systemClock,
      token,
      tempDir,
      plan,
    });
    logger.debug(`${meta.name}: ${github.requestCount} API requests`);
    const failure = outcome.failure ? redact(outcome.failure) : null;
    if (json) {
      // The same outputs and summary as on a runner, the `plan` output included.
      const planned = withPlan(outcome, plan);
      const result: JsonResult = { outputs: { ...planned.outputs, plan: planSteps() }, summary: planned.summary ?? '', failure };
      // Masked as a whole, outputs included (a token is letters, digits and _, never escaped in JSON).
      io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
    } else {
      const steps = planSteps().map(planLine);
      const out: string[] = [
        dryRun ? 'Plan (dry run — nothing was written):' : 'Plan:',
        ...(steps.length ? steps : [dryRun ? '  nothing to write' : '  nothing written']),
        '',
      ];
      if (outcome.summary) out.push(readableSummary(outcome.summary), '');
      out.push('Outputs:', ...Object.entries(outcome.outputs).map(([k, v]) => `  ${k}: ${formatValue(v)}`), '');
      io.stdout(`${redact(out.join('\n'))}\n`);
    }
    if (failure) {
      io.stderr(`portal-release ${meta.name}: ${failure}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (isUserError(error)) return fail(error.message);
    if (debug && error instanceof Error && error.stack) io.stderr(`${redact(error.stack)}\n`);
    return fail(`${actionName} hit an internal error: ${errorMessage(error)}. This is a bug in portal-release; please report it with the output of --debug.`);
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
