import type { Logger } from './logger.ts';
import { inline } from './text.ts';

/**
 * What became of one step: `planned` (a dry run: it would be written), `done` (written), `kept`
 * (found already in place and left as it is) or `failed` (the write threw; the error goes on).
 */
export type PlanStatus = 'planned' | 'done' | 'kept' | 'failed';

/** One step of the plan, as the `plan` output lists it. */
export interface PlanEntry {
  /** One readable sentence: "create the annotated tag v1.2.0 at abc1234". */
  step: string;
  status: PlanStatus;
}

/** The most steps the job summary lists; the `plan` output always has them all. */
const SUMMARY_STEPS = 100;

/**
 * The one home of dry-run: every write of every action goes through `write`, which records the step
 * and runs it only when this is not a dry run. Created once per run by the entry path (and the CLI);
 * the GitHub port's read-only mode stays underneath as the safety net.
 */
export class Plan {
  readonly dryRun: boolean;
  private readonly logger: Logger;
  private readonly recorded: PlanEntry[];
  private readonly subject: string;

  constructor(options: { dryRun: boolean; logger: Logger }, shared?: { recorded: PlanEntry[]; subject: string }) {
    this.dryRun = options.dryRun;
    this.logger = options.logger;
    this.recorded = shared?.recorded ?? [];
    this.subject = shared?.subject ?? '';
  }

  /** Every step recorded so far, in order (including those recorded through `about`). */
  get entries(): readonly PlanEntry[] {
    return this.recorded;
  }

  /**
   * The same plan, each step prefixed with `subject` (the repository, when an action works across
   * several): "acme/app: create the annotated tag v1.2.0 at abc1234".
   */
  about(subject: string): Plan {
    return new Plan({ dryRun: this.dryRun, logger: this.logger }, { recorded: this.recorded, subject: `${this.subject}${subject}: ` });
  }

  /**
   * Records the step `what` and, unless this is a dry run, runs `fn`. Returns fn's result, or
   * undefined in a dry run: a caller that needs the result must say what a dry run does instead.
   * When `fn` throws, the step is recorded as failed and the error goes on.
   */
  async write<T>(what: string, fn: () => Promise<T> | T): Promise<T | undefined> {
    const step = `${this.subject}${what}`;
    if (this.dryRun) {
      this.recorded.push({ step, status: 'planned' });
      this.logger.info(`[dry-run] would ${step}`);
      return undefined;
    }
    this.logger.info(step);
    try {
      const result = await fn();
      this.recorded.push({ step, status: 'done' });
      return result;
    } catch (error) {
      this.recorded.push({ step, status: 'failed' });
      throw error;
    }
  }

  /** Records something found already in place and kept (a re-run: "pull request #12 is already open"). */
  keep(what: string): void {
    const step = `${this.subject}${what}`;
    this.recorded.push({ step, status: 'kept' });
    this.logger.info(step);
  }

  /** True when some step was written in this run (not planned, not kept). */
  get wrote(): boolean {
    return this.recorded.some((e) => e.status === 'done');
  }

  /** The "Plan" section of the job summary, the same for every action. */
  summary(): string {
    const lines = ['### Plan', ''];
    if (this.dryRun) lines.push('Dry run: nothing was written; `planned` steps are what a run would do.', '');
    if (this.recorded.length === 0) {
      lines.push(this.dryRun ? 'Nothing to write.' : 'Nothing was written.');
    } else {
      lines.push('| Step | Status |', '|---|---|');
      for (const e of this.recorded.slice(0, SUMMARY_STEPS)) lines.push(`| ${inline(e.step)} | ${e.status} |`);
      if (this.recorded.length > SUMMARY_STEPS) lines.push('', `… and ${this.recorded.length - SUMMARY_STEPS} more step(s) in the \`plan\` output.`);
    }
    return `${lines.join('\n')}\n`;
  }
}

/** An action's outcome with its plan added: the `plan` output and the "Plan" section of the summary. */
export function withPlan<O extends { outputs: Record<string, unknown>; summary?: string }>(
  outcome: O,
  plan: Plan,
): O & { outputs: O['outputs'] & { plan: PlanEntry[] }; summary: string } {
  const before = outcome.summary ? `${outcome.summary.replace(/\n*$/, '')}\n\n` : '';
  return { ...outcome, outputs: { ...outcome.outputs, plan: plan.entries.map((e) => ({ ...e })) }, summary: `${before}${plan.summary()}` };
}
