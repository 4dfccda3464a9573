import { boundBody, escapeHtml, inline, MAX_BODY } from '../../shared/text.ts';
import type { Milestone } from '../../shared/github/index.ts';
import { withMarker } from '../../shared/markers.ts';
import { RELEASE_PR_KIND } from '../../shared/release-pull-request.ts';
import type { RangeChanges } from './rules.ts';
import type { IgnoredMarkers } from '../../shared/ownership.ts';
import type { GateResult } from './steps/gate.ts';
import type { PromotionResult } from './steps/promote.ts';
import type { PromoteRcInputs } from './main.ts';

/** Managed PR kinds; freeze-guard exempts pull requests carrying them. */
export const RC_KIND = 'promotion';
export const RELEASE_KIND = RELEASE_PR_KIND;

/** GitHub refuses bodies over 65,536 characters; lists are cut well before that. */
const MAX_LIST = 200;

/** The description within GitHub's 65,536 characters (room left for the marker); the closing note is kept. */
function fit(lines: string[]): string {
  return boundBody(lines.slice(0, -1), lines.slice(-1), MAX_BODY - 400);
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}

export interface MilestoneLink {
  title: string;
  milestone: Milestone | null;
  /** Open and past its due date as of the run's clock (the `now` input in a rehearsal). */
  pastDue?: boolean;
}

function milestoneLine(m: MilestoneLink): string {
  if (!m.milestone) return `**Milestone:** none titled \`${inline(m.title)}\` yet — create it so milestone-check can hold the must-have items of this release.`;
  const due = m.milestone.dueOn
    ? ` Due ${m.milestone.dueOn.slice(0, 10)}${m.pastDue ? ' — **past due**: finish its open items or move the date before the release' : ''}.`
    : '';
  return `**Milestone:** [${inline(m.title)}](${m.milestone.htmlUrl}) — ${m.milestone.closedIssues} closed, ${m.milestone.openIssues} open.${due}`;
}

function changeList(changes: RangeChanges, since: string | null): string[] {
  const lines = [`### Changes${since ? ` since ${inline(since)}` : ''}`, ''];
  if (changes.pulls.length === 0 && changes.orphanCommits.length === 0) lines.push('_No changes found in this range._');
  for (const p of changes.pulls.slice(0, MAX_LIST)) lines.push(`- #${p.number} ${inline(p.title)}${p.author ? ` (${inline(p.author)})` : ''}`);
  if (changes.pulls.length > MAX_LIST) lines.push(`- … and ${changes.pulls.length - MAX_LIST} more pull request(s)`);
  if (changes.orphanCommits.length) {
    lines.push('', `<details><summary>${changes.orphanCommits.length} commit(s) without a pull request</summary>`, '');
    for (const c of changes.orphanCommits.slice(0, MAX_LIST)) lines.push(`- ${short(c.sha)} ${inline(c.message.split('\n')[0] ?? '')}`);
    lines.push('', '</details>');
  }
  if (changes.issues.length) {
    lines.push('', '**Issues closed by these pull requests:**', '');
    for (const i of changes.issues.slice(0, MAX_LIST)) lines.push(`- #${i.number} (via #${i.via})`);
  }
  return lines;
}

export const UAT_CHECKLIST = [
  'Release candidate deployed to staging',
  'Users told which features and fixes to test',
  'UAT done for every change listed above',
  'Stakeholder change requests handled (classified major or minor)',
  'UAT passed — otherwise fix on dev and promote another release candidate',
];

export interface RcBody {
  tag: string;
  version: string;
  sha: string;
  development: string;
  staging: string;
  headBranch: string;
  previousTag: string | null;
  changes: RangeChanges;
  milestone: MilestoneLink;
  serverUrl: string;
  repository: string;
}

export function rcTitle(tag: string): string {
  return `Release candidate ${tag}`;
}

export function renderRcBody(b: RcBody): string {
  const compare = b.previousTag ? `${b.serverUrl}/${b.repository}/compare/${b.previousTag}...${b.tag}` : null;
  const lines = [
    `## Release candidate ${b.tag}`,
    '',
    `Promotes \`${b.development}\` at \`${short(b.sha)}\` to \`${b.staging}\` for UAT. The head branch \`${b.headBranch}\` is pinned to exactly this commit, tagged \`${b.tag}\`: work merged to \`${b.development}\` later goes into the next release candidate (run the promotion again).`,
    '',
    milestoneLine(b.milestone),
    ...(compare ? ['', `**Full diff:** [${b.previousTag}...${b.tag}](${compare})`] : []),
    '',
    ...changeList(b.changes, b.previousTag),
    '',
    '### UAT checklist',
    '',
    ...UAT_CHECKLIST.map((t) => `- [ ] ${t}`),
    '',
    '<sub>Managed by portal-release promote-rc: a new promotion updates this pull request (title, description, head) instead of opening another.</sub>',
  ];
  return withMarker(fit(lines), RC_KIND, { stage: 'rc', base: b.staging, tag: b.tag, version: b.version, sha: b.sha });
}

/** Built-in validation checklist, from the runbook's ValidationSOP. */
export const VALIDATION_CHECKLIST = [
  '**UAT sign-off**: every stakeholder signed off the features and fixes of this release',
  '**Validation runs on staging** (Release Validation Protocol) performed and recorded in the release directory',
  '**Change approval** obtained from the change advisory board / stakeholders',
  '**Release notes** reviewed',
  '**Rollback plan** written and reviewed',
].map((t) => `- [ ] ${t}`);

export interface ReleaseBody {
  tag: string;
  version: string;
  rcTag: string;
  sha: string;
  staging: string;
  production: string;
  headBranch: string;
  previousTag: string | null;
  changes: RangeChanges;
  candidates: { number: number; title: string }[];
  milestone: MilestoneLink;
  checklist: string;
  checklistSource: string;
  requiredApprovals: number;
  gateContext: string;
}

export function releaseTitle(tag: string): string {
  return `Release ${tag}`;
}

export function renderChecklistTemplate(template: string, values: { tag: string; version: string; rc: string }): string {
  return template.replace(/\{(tag|version|rc)\}/g, (_m, key: 'tag' | 'version' | 'rc') => values[key]).trim();
}

export function renderReleaseBody(b: ReleaseBody): string {
  const lines = [
    `## Release ${b.tag}`,
    '',
    `Merging this pull request releases \`${b.staging}\` at \`${short(b.sha)}\` — release candidate \`${b.rcTag}\`, as tested in UAT — to \`${b.production}\`; CD deploys it. The head branch \`${b.headBranch}\` is pinned to that commit: if it moves, the \`${b.gateContext}\` check turns red.`,
    '',
    milestoneLine(b.milestone),
    '',
    ...changeList(b.changes, b.previousTag),
    '',
    ...(b.candidates.length ? ['**Release candidates promoted to staging:**', '', ...b.candidates.map((c) => `- #${c.number} ${inline(c.title)}`), ''] : []),
    '### Validation checklist',
    '',
    `<sub>From ${inline(b.checklistSource)}. Tick every box when done; the check \`${b.gateContext}\` stays red until all are ticked.</sub>`,
    '',
    b.checklist,
    '',
    '### Sign-off',
    '',
    `Change approval is given by **approving this pull request**: ${b.requiredApprovals} approval(s) from people with write access, given on the current head commit \`${short(b.sha)}\`. An approval given before a newer push does not count; changes requested block until resolved.`,
    '',
    '<sub>Managed by portal-release promote-rc: re-running keeps this description (and its ticks) until staging moves to a new release candidate.</sub>',
  ];
  return withMarker(fit(lines), RELEASE_KIND, { stage: 'release', base: b.production, tag: b.tag, version: b.version, rc: b.rcTag, sha: b.sha });
}

export function summarize(
  inputs: PromoteRcInputs,
  policySource: string,
  result: PromotionResult | GateResult,
  requests: number,
  ignored: IgnoredMarkers,
): string {
  const title = inputs.stage === 'rc' ? 'release candidate' : inputs.stage === 'release' ? 'release pull request' : 'release gate';
  const lines = [`## 🚀 promote-rc: ${title}`, ''];
  lines.push(`${escapeHtml(result.reason)}`, '');
  const facts: [string, string][] = [
    ['Operation', result.operation],
    ['Pull request', result.pr ? `[#${result.pr.number}](${result.pr.htmlUrl})` : '—'],
    ['Tag', result.tag || '—'],
    ['Version', result.version || '—'],
  ];
  if ('previousTag' in result) facts.push(['Previous tag', result.previousTag || '—']);
  facts.push(['Commit', result.sha ? `\`${result.sha}\`` : '—']);
  if ('verdict' in result && result.verdict) facts.push(['Gate', result.verdict.state === 'success' ? '🟢 success' : '🔴 failure']);
  lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
  if ('verdict' in result && result.verdict && result.verdict.missing.length) {
    lines.push('**Missing before this release may merge:**', '', ...result.verdict.missing.map((m) => `- ${escapeHtml(m)}`), '');
  }
  lines.push(...ignored.summary());
  lines.push(`<sub>Policy: ${escapeHtml(policySource)} · ${requests} API request(s)${inputs.dryRun ? ' · **dry run: nothing written**' : ''}</sub>`);
  return `${lines.join('\n')}\n`;
}
