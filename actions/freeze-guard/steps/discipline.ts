// Branch discipline's side effects: judging each pull request into staging and production and
// marking it with a commit status.
import { type ActionEnvironment, type ActionOutcome } from '../../../shared/entry.ts';
import type { Policy } from '../../../shared/config.ts';
import { type IssueEvent, type Permission, type PullRequest } from '../../../shared/github/index.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import { IgnoredMarkers, judgeMarkedPullRequest } from '../../../shared/ownership.ts';
import { setCommitStatus } from '../../../shared/statuses.ts';
import { judgeEntry, type DisciplineFacts, type DisciplineVerdict } from '../rules.ts';
import type { Evaluation } from './check.ts';
import { pullFacts } from './check.ts';
import type { FreezeGuardInputs } from '../main.ts';
import { renderDiscipline } from '../render.ts';
import { sweepOpenPullRequests } from './check.ts';

export interface DisciplineDeps {
  inputs: FreezeGuardInputs;
  env: ActionEnvironment;
  policy: Policy;
  guarded: string[];
  permissions: Map<string, Permission>;
  identity: SuiteIdentity;
  ignored: IgnoredMarkers;
}

export interface Entry extends DisciplineVerdict {
  number: number;
  title: string;
  status: Evaluation['status'];
}

export function disciplineFacts(d: DisciplineDeps, pr: PullRequest): DisciplineFacts {
  const { github, context } = d.env;
  let events: Promise<IssueEvent[]> | undefined;
  return {
    labelEvents: () => (events ??= github.listIssueEvents(context.repo, pr.number)),
    permission: async (user) => {
      if (!d.permissions.has(user)) d.permissions.set(user, await github.getPermission(context.repo, user));
      return d.permissions.get(user)!;
    },
    suitePullRequest: async () => {
      const judged = await judgeMarkedPullRequest(pr, d.policy, { repo: context.repo, identity: d.identity });
      if (!judged) return null;
      const { kind, ownership } = judged;
      if (ownership.verdict === 'suite') return { owned: true, moved: false, kind, reason: '' };
      if (ownership.verdict === 'foreign') d.ignored.note(`#${pr.number}`, `carries a \`${kind}\` marker, but ${ownership.reason}: not a flow pull request`);
      return { owned: false, moved: ownership.verdict === 'suite-moved', kind, reason: ownership.reason };
    },
  };
}

export async function judgeAndMark(d: DisciplineDeps, pr: PullRequest, current: { state: string; description: string } | null | undefined): Promise<Entry> {
  const verdict = await judgeEntry(pullFacts(pr), d.policy, d.guarded, disciplineFacts(d, pr));
  if (verdict.rule === 'not-guarded') return { number: pr.number, title: pr.title, ...verdict, status: 'none' };
  const description = verdict.short.length > 140 ? `${verdict.short.slice(0, 139)}…` : verdict.short;
  const { outcome } = await setCommitStatus(
    d.env.github,
    d.env.context.repo,
    pr.headSha,
    { state: verdict.decision === 'blocked' ? 'failure' : 'success', description, context: d.policy.discipline.statusContext, targetUrl: d.env.context.runUrl },
    { plan: d.env.plan, ...(current !== undefined ? { current } : {}) },
  );
  return { number: pr.number, title: pr.title, ...verdict, status: outcome === 'updated' ? 'created' : outcome };
}

/**
 * mode: discipline. On a pull request event, judges that pull request; on any other event (schedule,
 * dispatch), every open pull request into the guarded branches (one paged query per branch).
 */
export async function runDiscipline(inputs: FreezeGuardInputs, env: ActionEnvironment, policy: Policy, policySource: string): Promise<ActionOutcome> {
  const { github, context, logger } = env;
  const d: DisciplineDeps = {
    inputs,
    env,
    policy,
    guarded: inputs.branches.length ? inputs.branches : [policy.branches.staging, policy.branches.production],
    permissions: new Map(),
    identity: new SuiteIdentity(github, policy.trustedLogins),
    ignored: new IgnoredMarkers(),
  };
  const payloadPr = context.trigger.kind === 'pull_request' ? context.trigger.pull : undefined;
  const entries: Entry[] = [];
  if (payloadPr) {
    await logger.group('Judge', async () => {
      entries.push(await judgeAndMark(d, payloadPr, undefined));
    });
  } else {
    await logger.group('Sweep open pull requests', () =>
      sweepOpenPullRequests(env, d.guarded, { context: policy.discipline.statusContext, withPaths: false }, async ({ pr, current }) => {
        // A head with no status of the discipline's context yet is known to be unmarked (null).
        entries.push(await judgeAndMark(d, pr, current ?? null));
      }),
    );
  }
  const blocked = entries.filter((e) => e.decision === 'blocked');
  const decision = blocked.length ? 'blocked' : entries.length === 1 && entries[0]!.decision === 'exempt' ? 'exempt' : 'allowed';
  const reason =
    payloadPr && entries.length === 1
      ? entries[0]!.reason
      : `${entries.length} open pull request(s) into ${d.guarded.join(', ')} evaluated; ${blocked.length} blocked.`;
  for (const s of d.ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  for (const e of blocked) logger.warning(`#${e.number} ${e.title}: ${e.reason}`, { title: 'Branch discipline' });
  return {
    outputs: {
      frozen: '',
      decision,
      reason,
      'freeze-ends': '',
      evaluated: entries.map((e) => ({ number: e.number, decision: e.decision, rule: e.rule, reason: e.reason, status: e.status })),
    },
    summary: `${renderDiscipline(d.guarded, entries, decision, policySource, env.plan.dryRun)}\n${d.ignored.summary().join('\n')}`,
    failure: payloadPr && blocked.length && inputs.failOnBlock ? `Branch discipline: ${reason}` : undefined,
  };
}
