// freeze-guard: the definition — its inputs, and which mode (check, sweep, discipline) a run carries out.
import { type ActionDefinition, type ActionEnvironment, type ActionOutcome } from '../../shared/entry.ts';
import { addDays } from '../../shared/clock.ts';
import { loadRunPolicy } from '../../shared/config.ts';
import { type RunContext } from '../../shared/context.ts';
import { inputError } from '../../shared/errors.ts';
import { SuiteIdentity } from '../../shared/identity.ts';
import { IgnoredMarkers } from '../../shared/ownership.ts';
import { type InputReader } from '../../shared/inputs.ts';
import { freezeState, type Verdict } from './rules.ts';
import { summarize } from './render.ts';
import type { FreezeDeps } from './steps/check.ts';
import { checkMergeGroup, checkPullRequest, sweep } from './steps/check.ts';
import { runDiscipline } from './steps/discipline.ts';

export interface FreezeGuardInputs {
  config?: string;
  configRef?: string;
  mode: 'check' | 'sweep' | 'discipline';
  branches: string[];
  failOnBlock: boolean;
  dryRun: boolean;
}

const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;

export function parseInputs(reader: InputReader): FreezeGuardInputs {
  const branches = reader.list('branches');
  for (const b of branches) if (!BRANCH.test(b)) throw inputError('branches', `"${b}" is not a branch name.`);
  return {
    config: reader.optional('config'),
    configRef: reader.optional('config-ref'),
    mode: reader.enumeration('mode', ['check', 'sweep', 'discipline'], 'check'),
    branches,
    failOnBlock: reader.boolean('fail-on-block', true),
    dryRun: reader.boolean('dry-run', false),
  };
}

export async function run(inputs: FreezeGuardInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const { github, context, logger, clock } = env;
  const now = clock();
  const loaded = await loadRunPolicy(env, inputs);
  const policy = loaded.policy;
  if (inputs.mode === 'discipline') return runDiscipline(inputs, env, policy, loaded.source);
  const freeze = await logger.group('Freeze', async () => {
    const releases = policy.freeze.afterMajorDays > 0 ? await github.listReleasesSince(context.repo, addDays(now, -policy.freeze.afterMajorDays - 1)) : [];
    const state = freezeState(policy, releases, now);
    logger.info(state.frozen ? `Frozen until ${state.ends!.toISOString()}: ${state.active.map((w) => w.reason).join('; ')}` : 'Not frozen.');
    return state;
  });
  const d: FreezeDeps = {
    inputs,
    env,
    policy,
    freeze,
    guarded: inputs.branches.length ? inputs.branches : [policy.branches.development],
    permissions: new Map(),
    identity: new SuiteIdentity(github, policy.trustedLogins),
    ignored: new IgnoredMarkers(),
  };
  const sweeping = inputs.mode === 'sweep';
  const result = await logger.group(sweeping ? 'Sweep open pull requests' : 'Judge', () =>
    sweeping ? sweep(d) : context.eventName === 'merge_group' ? checkMergeGroup(d) : checkPullRequest(d),
  );
  let decision: Verdict['decision'];
  if (!freeze.frozen) decision = 'not-frozen';
  else if (result.blocked) decision = 'blocked';
  else if (!sweeping && result.evaluations.length === 1 && result.evaluations[0]!.decision === 'exempt') decision = 'exempt';
  else decision = 'allowed';
  const reason = sweeping
    ? `${result.evaluations.length} open pull request(s) evaluated; ${result.evaluations.filter((e) => e.decision === 'blocked').length} blocked.`
    : result.evaluations.length === 1
      ? result.evaluations[0]!.reason
      : result.evaluations.map((e) => `#${e.number}: ${e.reason}`).join(' ');
  for (const s of d.ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  for (const e of result.evaluations) {
    if (e.decision === 'blocked') logger.warning(`#${e.number} ${e.title}: ${e.reason}`, { title: 'Code freeze' });
  }
  return {
    outputs: {
      frozen: freeze.frozen,
      decision,
      reason,
      'freeze-ends': freeze.ends ? freeze.ends.toISOString() : '',
      evaluated: result.evaluations.map((e) => ({ number: e.number, decision: e.decision, rule: e.rule, reason: e.reason, status: e.status })),
    },
    summary: summarize(d, loaded.source, result, decision) + d.ignored.summary().join('\n'),
    failure: !sweeping && result.blocked && inputs.failOnBlock ? `Blocked by the code freeze: ${reason}` : undefined,
  };
}

export const freezeGuard: ActionDefinition<FreezeGuardInputs> = {
  name: 'freeze-guard',
  parseInputs: (reader: InputReader, _context: RunContext) => parseInputs(reader),
  isDryRun: (inputs) => inputs.dryRun,
  run,
};
