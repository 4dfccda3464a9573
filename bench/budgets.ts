/**
 * Request budgets: one entry per scenario, with the numbers each action's README states.
 *
 * `api` counts REST + GraphQL requests (what GITHUB_TOKEN's 1,000 requests per hour per repository
 * are spent on), `writes` the REST requests other than GET, `git` the git smart-HTTP requests (a
 * fetch or a push is two: the ref advertisement and the pack). A measured count above its budget fails
 * `bench/budgets.test.ts`. Counts are deterministic: the scenarios are seeded the same way every time.
 */
import {
  backportAuditScenario,
  backportCommentScenario,
  backportHotfixScenario,
  backportSignedScenario,
  backportSquashScenario,
  freezeAllowed,
  freezeBlocked,
  milestoneCreateMissing,
  milestoneReport,
  promoteFirstRc,
  promoteGate,
  promoteRelease,
  releaseFirst,
  releaseRefused,
  type ActionName,
  type Scenario,
} from './scenarios.ts';

export interface Budget {
  /** Unique id: `<action>/<scenario>`. */
  id: string;
  action: ActionName;
  /** The README's row (or sentence) the numbers come from. */
  readme: string;
  scenario: Scenario;
  /**
   * Which run of the scenario is measured: 'first' (default), 'second' (a re-run of the same event), or
   * 'dry-run' (with `dry-run: true`, on the freshly seeded state, before the first real run).
   */
  phase?: 'first' | 'second' | 'dry-run';
  api: number;
  writes?: number;
  git?: number;
  /** Known excess, reported to the lead: the dimension is measured and shown but not enforced until fixed. */
  known?: { dimension: 'api' | 'writes' | 'git'; note: string };
}

export const BUDGETS: Budget[] = [
  // freeze-guard (README "API budget": REST + GraphQL)
  { id: 'freeze-guard/check-allowed', action: 'freeze-guard', readme: '`check`, allowed or not frozen: 4', scenario: freezeAllowed, api: 4, writes: 1, git: 0 },
  {
    id: 'freeze-guard/check-rerun',
    action: 'freeze-guard',
    readme: '`check`, re-run with nothing changed: 3',
    scenario: freezeAllowed,
    phase: 'second',
    api: 3,
    writes: 0,
    git: 0,
  },
  { id: 'freeze-guard/check-blocked', action: 'freeze-guard', readme: '`check`, blocked (first time): 5', scenario: freezeBlocked, api: 5, writes: 2, git: 0 },

  // milestone-check (README "API request budget": per repository 1 GraphQL query for the milestone, 1 per 100 items;
  // per repository with merged changes 1 divergence count (compare) and one bounded fetch (2 git requests) + 1 for the
  // blobs the patch-ids need; merged PRs listed only for unplaced changes; report comment found + written; milestone
  // created where missing).
  {
    id: 'milestone-check/train-report',
    action: 'milestone-check',
    readme:
      'per-repository formula: policy 1 + 2 repos × (milestone 1 + items 1) + divergence count of the repository with merged changes 1 + merged PRs listed for the unplaced one 1 + report comment (find, create) 2 = 9; git: one fetch 2 + the blobs for patch-ids 1',
    scenario: milestoneReport,
    api: 9,
    writes: 1,
    git: 3,
  },
  {
    id: 'milestone-check/create-missing',
    action: 'milestone-check',
    readme: 'the same + the milestone created in the repository that lacks it 1 = 10',
    scenario: milestoneCreateMissing,
    api: 10,
    writes: 2,
    git: 3,
  },

  // backport-cherry-pick (README "API request budget (measured)": API requests (writes) | git HTTP requests)
  {
    id: 'backport-cherry-pick/squash-1-target',
    action: 'backport-cherry-pick',
    readme: 'squash PR, 1 target created: 9 (3) | 11',
    scenario: backportSquashScenario,
    api: 9,
    writes: 3,
    git: 11,
  },
  {
    id: 'backport-cherry-pick/rerun',
    action: 'backport-cherry-pick',
    readme: 're-run after success (`exists`): 3 (0) | 0',
    scenario: backportSquashScenario,
    phase: 'second',
    api: 3,
    writes: 0,
    git: 0,
  },
  {
    id: 'backport-cherry-pick/dry-run',
    action: 'backport-cherry-pick',
    readme: 'dry run, 1 target: 6 (0) | 9',
    scenario: backportSquashScenario,
    phase: 'dry-run',
    api: 6,
    writes: 0,
    git: 9,
  },
  {
    id: 'backport-cherry-pick/comment-1-target',
    action: 'backport-cherry-pick',
    readme: '`/backport` comment, 1 target created: 11 (3) | 9',
    scenario: backportCommentScenario,
    api: 11,
    writes: 3,
    git: 9,
  },
  {
    id: 'backport-cherry-pick/hotfix-merge-back',
    action: 'backport-cherry-pick',
    readme: 'hotfix merge-back, 2 targets created: 13 (6) | 11',
    scenario: backportHotfixScenario,
    api: 13,
    writes: 6,
    git: 11,
  },
  {
    id: 'backport-cherry-pick/signed-squash-1-target',
    action: 'backport-cherry-pick',
    readme: 'signed commits, squash PR with 1 text file changed, 1 target created: 13 (6) | 9',
    scenario: backportSignedScenario,
    api: 13,
    writes: 6,
    git: 9,
  },
  {
    id: 'backport-cherry-pick/audit-open-ledger',
    action: 'backport-cherry-pick',
    readme: 'audit: open or update the ledger: 4 (1) | 5',
    scenario: backportAuditScenario,
    api: 4,
    writes: 1,
    git: 5,
  },

  // promote-rc (README "API request budget": REST requests | writes; no git traffic)
  {
    id: 'promote-rc/rc-first',
    action: 'promote-rc',
    readme: 'rc: first promotion (tag, branch, PR): 15 | 4',
    scenario: promoteFirstRc,
    api: 15,
    writes: 4,
    git: 0,
  },
  {
    id: 'promote-rc/rc-rerun',
    action: 'promote-rc',
    readme: 'rc: re-run, nothing changed: 13 | 0',
    scenario: promoteFirstRc,
    phase: 'second',
    api: 13,
    writes: 0,
    git: 0,
  },
  {
    id: 'promote-rc/rc-dry-run',
    action: 'promote-rc',
    readme: 'rc: dry run: 11 | 0',
    scenario: promoteFirstRc,
    phase: 'dry-run',
    api: 11,
    writes: 0,
    git: 0,
  },
  { id: 'promote-rc/release-open', action: 'promote-rc', readme: 'release: open the release PR: 18 | 2', scenario: promoteRelease, api: 18, writes: 2, git: 0 },
  {
    id: 'promote-rc/release-rerun',
    action: 'promote-rc',
    readme: 'release: re-run, nothing changed: 16 | 0',
    scenario: promoteRelease,
    phase: 'second',
    api: 16,
    writes: 0,
    git: 0,
  },
  { id: 'promote-rc/gate', action: 'promote-rc', readme: 'gate: judge and set the status: 8 | 1', scenario: promoteGate, api: 8, writes: 1, git: 0 },
  {
    id: 'promote-rc/gate-rerun',
    action: 'promote-rc',
    readme: 'gate: re-run, status already right: 7 | 0',
    scenario: promoteGate,
    phase: 'second',
    api: 7,
    writes: 0,
    git: 0,
  },

  // tag-and-release (README "API budget": Requests | Writes; no git traffic)
  {
    id: 'tag-and-release/refused-no-smoke',
    action: 'tag-and-release',
    readme: 'refused: no smoke run (opens the release tracking issue): 8 | 1',
    scenario: releaseRefused,
    api: 8,
    writes: 1,
    git: 0,
  },
  {
    id: 'tag-and-release/dry-run',
    action: 'tag-and-release',
    readme: 'dry run (plan only): 8 | 0',
    scenario: releaseFirst,
    phase: 'dry-run',
    api: 8,
    writes: 0,
    git: 0,
  },
  {
    id: 'tag-and-release/first-release',
    action: 'tag-and-release',
    readme: 'first release, chained or push (tag object + ref, notes, draft release, publication, `v3`): 14 | 6',
    scenario: releaseFirst,
    api: 14,
    writes: 6,
    git: 0,
  },
  {
    id: 'tag-and-release/rerun',
    action: 'tag-and-release',
    readme: 're-run with nothing to do: 10 | 0',
    scenario: releaseFirst,
    phase: 'second',
    api: 10,
    writes: 0,
    git: 0,
  },
];

/** milestone-check at scale (bench only: seeding 300 items takes a minute): "300 items over 3 repositories costs 21 requests … the budget is fewer than 30" (REST + GraphQL + git). */
export const MILESTONE_300_BUDGET = {
  total: 29,
  readme: 'a milestone of 300 items over 3 repositories costs 21 requests (REST, GraphQL and git); the budget is fewer than 30',
};
