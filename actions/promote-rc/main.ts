// promote-rc: the definition — its inputs, and which stage (rc, release, gate) a run carries out.
import type { ActionDefinition, ActionEnvironment, ActionOutcome } from '../../shared/entry.ts';
import { withFailureAlert, type AlertSubject } from '../../shared/alerts.ts';
import { loadRunPolicy, type LoadedPolicy } from '../../shared/config.ts';
import type { RunContext } from '../../shared/context.ts';
import type { Bump } from '../../shared/conventional.ts';
import { inputError } from '../../shared/errors.ts';
import type { InputReader } from '../../shared/inputs.ts';
import { IgnoredMarkers } from '../../shared/ownership.ts';
import { parseStableVersion } from '../../shared/versions.ts';
import { releaseGate } from './steps/gate.ts';
import { promoteRc, promoteRelease, type PromoteOptions } from './steps/promote.ts';
import { summarize } from './render.ts';

export const STAGES = ['rc', 'release', 'gate'] as const;

export const BUMPS = ['auto', 'patch', 'minor', 'major'] as const;

export interface PromoteRcInputs {
  config?: string;
  configRef?: string;
  stage: (typeof STAGES)[number];
  bump: Bump | 'auto';
  /** Raw `version` input; validated against the policy's tag prefix once the policy is loaded. */
  version?: string;
  labels: string[];
  reviewers: string[];
  draft: boolean;
  gateContext: string;
  dryRun: boolean;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;

export function parseInputs(reader: InputReader): PromoteRcInputs {
  const stage = reader.enumeration('stage', STAGES, 'rc');
  const bump = reader.enumeration('bump', BUMPS, 'auto');
  const version = reader.optional('version');
  if (version && stage !== 'rc') throw inputError('version', `only applies to stage: rc (the release version is the release candidate's on staging).`);
  if (version && bump !== 'auto') throw inputError('version', `give either "version" or "bump", not both.`);
  const reviewers = reader.list('reviewers');
  for (const r of reviewers) if (!LOGIN.test(r)) throw inputError('reviewers', `"${r}" is not a user login or an org/team slug.`);
  const labels = reader.list('labels');
  for (const l of labels) if (l.length > 50) throw inputError('labels', `"${l.slice(0, 20)}…" is longer than GitHub's 50-character label limit.`);
  const gateContext = reader.string('gate-context', { default: 'portal-release/release-gate' });
  if (gateContext.length > 255) throw inputError('gate-context', 'is longer than 255 characters.');
  return {
    config: reader.optional('config'),
    configRef: reader.optional('config-ref'),
    stage,
    bump,
    version,
    labels,
    reviewers,
    draft: reader.boolean('draft', false),
    gateContext,
    dryRun: reader.boolean('dry-run', false),
  };
}

export async function run(inputs: PromoteRcInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const loaded = await loadRunPolicy(env, inputs);
  const policy = loaded.policy;
  const options: PromoteOptions = {
    bump: inputs.bump,
    version: inputs.version ? parseStableVersion(inputs.version, policy.tagPrefix) : undefined,
    labels: inputs.labels,
    reviewers: inputs.reviewers,
    draft: inputs.draft,
    gateContext: inputs.gateContext,
    configRef: inputs.configRef,
    ignored: new IgnoredMarkers(),
  };
  // The gate judges an open pull request (its red status is the answer); the two promotions are alerted.
  const subject: AlertSubject | null =
    inputs.stage === 'gate'
      ? null
      : inputs.stage === 'rc'
        ? { kind: 'promotion', key: 'rc', label: 'the release candidate promotion', priorFailurePossible: true }
        : { kind: 'promotion', key: 'release-pr', label: 'the release pull request promotion', priorFailurePossible: true };
  return withFailureAlert(env, policy, subject, async () => ({ outcome: await promote(inputs, env, loaded, options), succeeded: true }));
}

async function promote(inputs: PromoteRcInputs, env: ActionEnvironment, loaded: LoadedPolicy, options: PromoteOptions): Promise<ActionOutcome> {
  const { github, logger } = env;
  const policy = loaded.policy;
  const result =
    inputs.stage === 'gate'
      ? await releaseGate(env, policy, options)
      : inputs.stage === 'release'
        ? await promoteRelease(env, policy, options)
        : await promoteRc(env, policy, options);
  logger.info(result.reason);
  for (const s of options.ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  const verdict = 'verdict' in result ? result.verdict : null;
  return {
    outputs: {
      operation: result.operation,
      'pr-number': result.pr?.number ?? '',
      'pr-url': result.pr?.htmlUrl ?? '',
      tag: result.tag,
      version: result.version,
      'previous-tag': 'previousTag' in result ? result.previousTag : '',
      sha: result.sha,
      'gate-state': verdict?.state ?? '',
      missing: verdict ? verdict.missing : [],
    },
    summary: summarize(inputs, loaded.source, result, github.requestCount, options.ignored),
  };
}

export const promoteRcAction: ActionDefinition<PromoteRcInputs> = {
  name: 'promote-rc',
  parseInputs: (reader: InputReader, _context: RunContext) => parseInputs(reader),
  isDryRun: (inputs) => inputs.dryRun,
  run,
};
