import { boundBody, inline, MAX_BODY } from '../../shared/text.ts';
import type { Blocker } from '../../shared/milestone.ts';
import type { PresenceMethod } from '../../shared/presence.ts';

export interface MissingChange {
  repo: string;
  number: number;
  title: string;
  url: string;
  mergeCommit: string;
  commits: string[];
  /** The exact command to run on the target branch. */
  command: string;
  reason: string;
  /** The closed milestone issues this pull request is the change of (when it came from an issue). */
  issues?: number[];
}

/** A change found on the release branch and the proof that placed it there. */
export interface PlacedChange {
  repo: string;
  number: number;
  title: string;
  url: string;
  proof: PresenceMethod;
  evidence: string;
  issues?: number[];
}

/** A closed milestone issue with no merged pull request linked to it. */
export interface UnlinkedIssue {
  repo: string;
  number: number;
  title: string;
  url: string;
  reason: string;
}

export type MilestoneStatus = 'found' | 'created' | 'would-create' | 'missing';

export interface RepoReport {
  repo: string;
  repoUrl: string;
  targetBranch: string;
  milestone: {
    title: string;
    number: number | null;
    url: string;
    state: 'open' | 'closed' | null;
    status: MilestoneStatus;
    dueOn: string | null;
    /** Still open after its due date (as of the run's clock: input `now` in rehearsals). */
    pastDue: boolean;
  };
  /** `changes`: merged pull requests checked (the milestone's and those of its closed issues). */
  counts: { issues: number; pulls: number; open: number; merged: number; changes: number };
  present: Partial<Record<PresenceMethod, number>>;
  placed: PlacedChange[];
  blockers: Blocker[];
  missing: MissingChange[];
  unlinked: UnlinkedIssue[];
}

const METHOD_LABEL: Record<PresenceMethod, string> = {
  ancestry: 'merged',
  'cherry-pick-trailer': 'cherry-picked (-x)',
  'patch-id': 'same patch',
  'patch-id-whole': 'same whole patch',
  'squash-promotion': 'squash-merged promotion',
  'backport-reference': 'backport PR',
};

function presentText(r: RepoReport): string {
  const parts = (Object.keys(METHOD_LABEL) as PresenceMethod[]).filter((m) => r.present[m]).map((m) => `${r.present[m]} ${METHOD_LABEL[m]}`);
  const total = Object.values(r.present).reduce((a, b) => a + (b ?? 0), 0);
  return total ? `${total}/${r.counts.changes} (${parts.join(', ')})` : `0/${r.counts.changes}`;
}

function milestoneCell(r: RepoReport): string {
  const m = r.milestone;
  const name = m.url ? `[${inline(m.title)}](${m.url})` : inline(m.title);
  switch (m.status) {
    case 'missing':
      return `${inline(m.title)} — **missing**`;
    case 'would-create':
      return `${inline(m.title)} — would be created`;
    // The report describes state, not this run's actions, so a re-run renders the same text;
    // the creation itself is logged and noted in the job summary.
    case 'created':
    default:
      if (m.state === 'closed') return `${name} (closed)`;
      // The date, not a count of days: the report stays the same text from one day to the next.
      return m.dueOn ? `${name} (due ${m.dueOn.slice(0, 10)}${m.pastDue ? ', **past due**' : ''})` : name;
  }
}

/** The report (job summary and the comment on the release PR). Deterministic: a re-run renders the same text. */
export function renderReport(title: string, reports: RepoReport[], ready: boolean, options: { dryRun: boolean }): string {
  const blockers = reports.reduce((n, r) => n + r.blockers.length, 0);
  const missing = reports.reduce((n, r) => n + r.missing.length, 0);
  const lines = [`## ${ready ? '✅' : '❌'} Release milestone ${inline(title)}: ${ready ? 'ready' : 'not ready'}`, ''];
  lines.push(
    ready
      ? `Every must-have item is done and every merged change is on the release branch, in ${reports.length} repositor${reports.length === 1 ? 'y' : 'ies'}.`
      : `${blockers} blocker(s) and ${missing} change(s) missing from the release branch.`,
    ...(reports.some((r) => r.unlinked.length) ? [`${reports.reduce((n, r) => n + r.unlinked.length, 0)} closed issue(s) have no linked change.`] : []),
  );
  if (options.dryRun) lines.push('', '**Dry run**: nothing was written.');
  lines.push('', '| Repository | Milestone | Branch | Items | Open | On branch | Blockers | Missing |', '|---|---|---|---|---|---|---|---|');
  for (const r of reports) {
    lines.push(
      `| [${inline(r.repo)}](${r.repoUrl}) | ${milestoneCell(r)} | \`${inline(r.targetBranch)}\` | ${r.counts.issues + r.counts.pulls} | ${r.counts.open} | ${presentText(r)} | ${r.blockers.length} | ${r.missing.length} |`,
    );
  }
  for (const r of reports) {
    if (!r.blockers.length && !r.missing.length && !r.unlinked.length) continue;
    lines.push('', `### ${inline(r.repo)}`);
    if (r.blockers.length) {
      lines.push('', '**Blockers**', '', '| Item | Title | Why |', '|---|---|---|');
      for (const b of r.blockers) lines.push(`| ${b.number === null ? '—' : `[#${b.number}](${b.url})`} | ${inline(b.title)} | ${inline(b.reason)} |`);
    }
    if (r.missing.length) {
      lines.push('', `**Merged but not on \`${inline(r.targetBranch)}\`**`, '', '| Pull request | Title | Why |', '|---|---|---|');
      for (const m of r.missing) {
        const of = m.issues?.length ? ` (fixes ${m.issues.map((n) => `#${n}`).join(', ')})` : '';
        lines.push(`| [#${m.number}](${m.url}) | ${inline(m.title)}${of} | ${inline(m.reason)} |`);
      }
      const picks = r.missing.filter((m) => m.commits.length);
      if (picks.length) {
        lines.push('', `To pick them onto \`${inline(r.targetBranch)}\` (in a clone of ${inline(r.repo)}, oldest first):`, '', '```sh');
        lines.push(`git switch ${r.targetBranch}`);
        for (const m of picks) lines.push(`${m.command}   # #${m.number}`);
        lines.push('```');
      }
    }
    if (r.unlinked.length) {
      lines.push(
        '',
        '**Closed without a linked change** (warning; `milestone.closed-without-change: block` makes these blockers)',
        '',
        '| Issue | Title |',
        '|---|---|',
      );
      for (const u of r.unlinked) lines.push(`| [#${u.number}](${u.url}) | ${inline(u.title)} |`);
    }
  }
  const placed = reports.flatMap((r) => r.placed);
  if (placed.length) {
    lines.push('', `<details><summary>How each change was found on the release branch (${placed.length})</summary>`, '');
    lines.push('| Repository | Pull request | Proof | Evidence |', '|---|---|---|---|');
    for (const p of placed) {
      const of = p.issues?.length ? ` (fixes ${p.issues.map((n) => `#${n}`).join(', ')})` : '';
      lines.push(`| ${inline(p.repo)} | [#${p.number}](${p.url})${of} | ${METHOD_LABEL[p.proof]} | ${inline(p.evidence)} |`);
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The report as a comment body: within GitHub's 65,536 characters together with the suite's marker
 * (a long report is cut at a whole line, saying how many lines were left out).
 */
export function reportComment(report: string): string {
  return boundBody(report.split('\n'), [], MAX_BODY - 200);
}
