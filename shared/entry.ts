import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextFromEnv, type RunContext } from './context.ts';
import { errorMessage, isUserError } from './errors.ts';
import { createOctokit, GitHub, tuningFromEnv } from './github/index.ts';
import { envInputSource, InputReader } from './inputs.ts';
import { actionsLogger, type Logger } from './logger.ts';
import { fixedClock, systemClock, type Clock } from './clock.ts';
import * as runner from './runner.ts';
import { escapeHtml } from './text.ts';
import { Plan, withPlan } from './plan.ts';

/** Everything an action's logic may touch, built once by the entry and injected. */
export interface ActionEnvironment {
  context: RunContext;
  github: GitHub;
  logger: Logger;
  clock: Clock;
  token: string;
  /** A private scratch directory (RUNNER_TEMP on a runner). */
  tempDir: string;
  /** Every write goes through `plan.write` (it skips the write in a dry run); `plan.keep` records what is already right. */
  plan: Plan;
}

export type OutputValue = string | number | boolean | null | undefined | object;

export interface ActionOutcome {
  outputs: Record<string, OutputValue>;
  /** Markdown written once to the job summary. */
  summary?: string;
  /** When set, the job fails with this sentence after outputs and summary are written. */
  failure?: string;
}

export interface ActionDefinition<I> {
  name: string;
  /** Parses every input once into a typed object; throws a UserError naming the bad input. */
  parseInputs(reader: InputReader, context: RunContext): I;
  isDryRun(inputs: I): boolean;
  run(inputs: I, env: ActionEnvironment): Promise<ActionOutcome>;
}

export function formatOutput(value: OutputValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The one entry path of every action: inputs parsed once, the real world built and injected,
 * one error path (a user mistake is one actionable sentence; anything else is reported as a bug
 * with its stack in the debug log), outputs and the job summary written once.
 * Returns the process exit code.
 */
export async function runAction<I>(definition: ActionDefinition<I>, processEnv: NodeJS.ProcessEnv = process.env): Promise<number> {
  const logger = actionsLogger();
  let plan: Plan | undefined;
  try {
    const reader = new InputReader(envInputSource(processEnv));
    const token = reader.string('token', { required: true });
    runner.setSecret(token);
    const context = contextFromEnv(processEnv);
    const inputs = definition.parseInputs(reader, context);
    const now = reader.instant('now');
    const clock = now ? fixedClock(now) : systemClock;
    const dryRun = definition.isDryRun(inputs);
    const octokit = createOctokit({ token, apiUrl: context.apiUrl, logger, env: processEnv, ...tuningFromEnv(processEnv) });
    const github = new GitHub(octokit, logger, { readOnly: dryRun });
    const tempDir = await mkdtemp(join(processEnv.RUNNER_TEMP || tmpdir(), `portal-release-${definition.name}-`));
    if (dryRun) logger.notice(`${definition.name}: dry run — the plan is computed and printed; nothing is written.`);
    plan = new Plan({ dryRun, logger });
    const outcome = withPlan(await definition.run(inputs, { context, github, logger, clock, token, tempDir, plan }), plan);
    for (const [name, value] of Object.entries(outcome.outputs)) runner.setOutput(name, formatOutput(value));
    logger.debug(`${definition.name}: ${github.requestCount} API requests`);
    if (outcome.summary) runner.appendSummary(outcome.summary);
    if (outcome.failure) {
      runner.setFailed(outcome.failure);
      return 1;
    }
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      runner.setFailed(error.message);
    } else {
      runner.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
      runner.setFailed(
        `portal-release ${definition.name} hit an internal error: ${errorMessage(error)}. This is a bug in portal-release; please report it with the debug log (re-run with "Enable debug logging").`,
      );
    }
    try {
      const steps = plan ? `\n${plan.summary()}` : '';
      runner.appendSummary(`### ❌ ${definition.name} failed\n\n${escapeHtml(errorMessage(error))}\n${steps}`);
    } catch {
      // No summary file outside a runner: the failure message above is enough.
    }
    return 1;
  }
}

/** Entry point for a bundle: run, then exit explicitly so dangling handles cannot hang the job. */
export function main<I>(definition: ActionDefinition<I>): void {
  runAction(definition).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}
