// backport-cherry-pick: the definition — its inputs, and which mode (backport a merged pull request, audit the drift) a run carries out.
import type { ActionDefinition, ActionEnvironment, ActionOutcome } from '../../shared/entry.ts';
import { escapeHtml } from '../../shared/text.ts';
import { withFailureAlert, type AlertSubject } from '../../shared/alerts.ts';
import { loadRunPolicy, type LoadedPolicy } from '../../shared/config.ts';
import type { RunContext } from '../../shared/context.ts';
import { inputError, quote } from '../../shared/errors.ts';
import type { InputReader } from '../../shared/inputs.ts';
import { runAudit } from './steps/audit.ts';
import { isSafeBranchName } from './rules.ts';
import { summarize } from './render.ts';
import { backport } from './steps/backport.ts';

export interface BackportInputs {
  config?: string;
  configRef?: string;
  mode: 'backport' | 'audit';
  pr?: number;
  targets: string[];
  conflict?: 'fail' | 'draft';
  copyLabels: string[];
  conflictLabel: string;
  driftLabel: string;
  statusContext: string;
  committer: { name: string; email: string };
  dryRun: boolean;
}

export function parseInputs(reader: InputReader): BackportInputs {
  const targets = reader.list('targets');
  for (const t of targets) if (!isSafeBranchName(t)) throw inputError('targets', `${quote(t)} is not a branch name.`);
  const conflict = reader.enumeration('conflict', ['', 'fail', 'draft'], '');
  const email = reader.string('committer-email', { default: '41898282+github-actions[bot]@users.noreply.github.com' });
  if (!/^[^\s<>]+@[^\s<>]+$/.test(email)) throw inputError('committer-email', `"${email}" is not an e-mail address.`);
  const name = reader.string('committer-name', { default: 'github-actions[bot]' });
  if (/[<>\n]/.test(name)) throw inputError('committer-name', 'must not contain <, > or line breaks.');
  return {
    config: reader.optional('config'),
    configRef: reader.optional('config-ref'),
    mode: reader.enumeration('mode', ['backport', 'audit'], 'backport'),
    pr: reader.integer('pr', { min: 1 }),
    targets,
    ...(conflict ? { conflict } : {}),
    copyLabels: reader.list('copy-labels'),
    conflictLabel: reader.string('conflict-label', { default: 'needs-manual-backport' }),
    driftLabel: reader.string('drift-label', { default: 'backport-drift' }),
    statusContext: reader.string('status-context', { default: 'portal-release/backport' }),
    committer: { name, email },
    dryRun: reader.boolean('dry-run', false),
  };
}

export async function run(inputs: BackportInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const { github, logger } = env;
  const loaded = await loadRunPolicy(env, inputs);
  const policy = loaded.policy;
  if (inputs.mode === 'audit') {
    const audit = await logger.group('Drift ledger', () => runAudit(inputs, env, policy));
    return {
      outputs: { drift: audit.items.length, 'drift-commits': audit.items, results: {}, 'created-pull-numbers': '' },
      summary: `## 🧭 backport-cherry-pick: drift ledger\n\n${audit.summary}\n\n${env.plan.dryRun ? '**Dry run: nothing written.** ' : ''}${github.requestCount} API request(s).\n`,
    };
  }
  return withFailureAlert(env, policy, backportSubject(inputs, env), () => backportOutcome(inputs, env, loaded));
}

/**
 * The merged pull request whose backports this run does (the subject of a failure alert), or null
 * when the event names none. On the first run of a pull request's merge no earlier run can have
 * failed for it, so its success costs no request.
 */
function backportSubject(inputs: BackportInputs, env: ActionEnvironment): AlertSubject | null {
  const { context } = env;
  const event = context.trigger;
  const number =
    inputs.pr ??
    (event.kind === 'pull_request' ? event.pull.number : event.kind === 'issue_comment' && event.issue?.isPullRequest ? event.issue.number : undefined);
  if (!number) return null;
  const firstMergeRun =
    /^pull_request(_target)?$/.test(context.eventName) &&
    event.kind === 'pull_request' &&
    event.action === 'closed' &&
    context.runAttempt === '1' &&
    !inputs.pr;
  return { kind: 'backport', key: `pr-${number}`, label: `#${number}`, priorFailurePossible: !firstMergeRun };
}

async function backportOutcome(inputs: BackportInputs, env: ActionEnvironment, loaded: LoadedPolicy): Promise<{ outcome: ActionOutcome; succeeded: boolean }> {
  const { github, logger } = env;
  const policy = loaded.policy;
  const { results, prNumber } = await logger.group('Backport', () => backport(inputs, env, policy));
  const created = Object.values(results)
    .filter((r) => r.pr && (r.state === 'created' || (r.state === 'conflict' && r.url)))
    .map((r) => r.pr!);
  const failed = Object.entries(results).filter(([, r]) => r.state === 'failed' || (r.state === 'conflict' && !r.pr));
  // Targets can come from a comment: show bounded names.
  const shown = (target: string): string => (target.length > 100 ? quote(target) : target);
  for (const [target, r] of failed) {
    logger.error(`Backport to ${shown(target)}: ${r.reason}`, { title: `Backport to ${shown(target)} ${r.state}` });
  }
  const header = prNumber ? ` of #${prNumber}` : '';
  const lines = [`Policy: ${escapeHtml(loaded.source)}.`];
  if (Object.keys(results).length === 0) lines.push('', 'Nothing to backport.');
  const outcome = {
    outputs: { results, 'created-pull-numbers': created.join(' ') },
    summary: summarize(header, lines, results, env.plan.dryRun, github.requestCount),
    failure: failed.length
      ? `Backport${header} did not complete for ${failed.map(([t, r]) => `${shown(t)} (${r.state}: ${r.reason})`).join('; ')}. The other targets were attempted.`
      : undefined,
  };
  // Resolves a tracked failure only when every target is done (a draft conflict backport is not).
  const states = Object.values(results).map((r) => r.state);
  return { outcome, succeeded: states.length > 0 && states.every((s) => s !== 'failed' && s !== 'conflict') };
}

export const backportCherryPick: ActionDefinition<BackportInputs> = {
  name: 'backport-cherry-pick',
  parseInputs: (reader: InputReader, _context: RunContext) => parseInputs(reader),
  isDryRun: (inputs) => inputs.dryRun,
  run,
};
