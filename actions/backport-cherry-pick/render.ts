import { boundBody, inline, MAX_BODY } from '../../shared/text.ts';
import type { MarkerKind } from '../../shared/markers.ts';
import type { MergeMethod } from './steps/picker.ts';
import type { TargetKind } from './rules.ts';
import type { TargetResult } from './steps/backport.ts';

/** Hidden marker kinds: the managed PR body, and the managed comments on the original PR. */
export const MARKER = {
  backport: 'backport',
  mergeBack: 'merge-back',
  deferred: 'backport-deferred',
  conflict: 'backport-conflict',
  answer: 'backport-answer',
  ledger: 'drift-ledger',
} as const satisfies Record<string, MarkerKind>;

export function markerKind(kind: TargetKind): 'backport' | 'merge-back' {
  return kind === 'merge-back' ? MARKER.mergeBack : MARKER.backport;
}

export { inline };

export interface Provenance {
  pr: number;
  title: string;
  author: string;
  baseRef: string;
  mergeCommit: string;
  method: MergeMethod;
  /** Commits picked with their subjects, oldest first. */
  commits: { sha: string; subject: string }[];
}

export function pullRequestBody(
  p: Provenance,
  target: string,
  kind: TargetKind,
  why: string,
  conflicts: { at: string; files: string[] }[],
  branch: string,
): string {
  const lines = [
    kind === 'merge-back'
      ? `Merge-back of hotfix #${p.pr} from \`${p.baseRef}\` to \`${target}\`.`
      : `Backport of #${p.pr} from \`${p.baseRef}\` to \`${target}\`.`,
    '',
    `- Original: #${p.pr} ${inline(p.title)} (by ${inline(p.author)})`,
    `- Merged as \`${p.mergeCommit}\` (${p.method === 'merge' ? 'merge commit' : p.method === 'rebase' ? 'rebase merge' : 'squash merge'})`,
    `- Why: ${inline(why)}`,
    '',
    'Original commits, picked with `git cherry-pick -x`:',
    '',
    ...p.commits.map((c) => `- ${c.sha} ${inline(c.subject)}`),
  ];
  if (conflicts.length) {
    lines.push(
      '',
      '### ⚠️ Unresolved conflicts: do not merge as is',
      '',
      'The conflicting commits were committed **with their conflict markers** so that a person can resolve them here:',
      '',
      ...conflicts.map((c) => `- \`${c.at}\`: ${c.files.map((f) => `\`${inline(f)}\``).join(', ')}`),
      '',
      'Resolve them on this branch:',
      '',
      '```sh',
      `git fetch origin refs/heads/${branch}:refs/remotes/origin/${branch}`,
      `git switch --create ${branch} origin/${branch}`,
      '# edit the files above: remove every <<<<<<< ======= >>>>>>> block, then',
      'git commit --all --message "Resolve backport conflicts"',
      'git push origin HEAD',
      '```',
      '',
      'This pull request is a draft and carries a failing status until then; mark it ready for review once resolved.',
    );
  }
  return boundBody(lines, [], MAX_BODY - 400);
}

/** The one answer to a `/backport` comment that was refused or could not be carried out. */
export function commandAnswer(login: string, problems: string[]): string {
  return [`### ⚠️ \`/backport\` by ${inline(login)} was not carried out`, '', ...problems.map((p) => `- ${inline(p)}`)].join('\n');
}

export function deferredComment(pr: number, target: string, rule: string, reason: string): string {
  return [
    `### ⏸️ Backport of #${pr} to \`${target}\`: deferred to the next iteration`,
    '',
    `Not backported because ${inline(reason)} (rule: \`${rule}\`).`,
    '',
    'The backport policy (`backport:` in the policy file): security fixes (`always-labels`) are backported at any time;',
    'other fixes only within `window-days` after a major release; features (`never-types`) never.',
    `This change is **deferred to the next iteration**: it reaches \`${target}\` with the next release promoted through the normal branches.`,
  ].join('\n');
}

export function conflictComment(
  pr: number,
  target: string,
  branch: string,
  title: string,
  commits: string[],
  conflicts: { at: string; files: string[] }[],
  label: string,
): string {
  const c = conflicts[0]!;
  return [
    `### ❌ Backport of #${pr} to \`${target}\` needs a person`,
    '',
    `\`git cherry-pick -x\` stopped on a conflict at \`${c.at}\` in ${c.files.map((f) => `\`${inline(f)}\``).join(', ')}. Nothing was pushed.`,
    '',
    'Backport it by hand in a clone of this repository:',
    '',
    '```sh',
    `git fetch origin refs/heads/${target}:refs/remotes/origin/${target} ${commits.join(' ')}`,
    `git switch --create ${branch} origin/${target}`,
    `git cherry-pick -x ${commits.join(' ')}`,
    '# resolve the conflicts, `git add` the files, then: git cherry-pick --continue',
    `git push --set-upstream origin ${branch}`,
    '```',
    '',
    `Then open a pull request from \`${branch}\` into \`${target}\` titled \`${inline(title)}\`; this action recognises it by its branch.`,
    `The label \`${inline(label)}\` marks this pull request until then.`,
  ].join('\n');
}

export interface DriftItem {
  sha: string;
  subject: string;
  date: string;
  ageDays: number;
  missingOn: string[];
  mergeBack: { number: number; url: string }[];
}

export function ledgerBody(production: string, items: DriftItem[]): string {
  if (items.length === 0) {
    return [`### ✅ No drift: every change on \`${production}\` is on the other branches`, '', 'This issue reopens when drift appears.'].join('\n');
  }
  return boundBody(
    [
      `### 🧭 Drift ledger: ${items.length} change(s) on \`${production}\` are missing elsewhere`,
      '',
      'Changes applied to production outside the normal flow (hotfixes, cherry-picks) are tracked here until they reach every branch.',
      'Presence is tested by ancestry, `(cherry picked from commit …)` trailer, patch-id and squash-merged suite promotions. This issue closes itself when drift reaches zero.',
      '',
      '| Commit | Subject | Age (days) | Missing on | Merge-back PR |',
      '|---|---|---|---|---|',
      ...items.map(
        (i) =>
          `| ${i.sha.slice(0, 12)} | ${inline(i.subject)} | ${i.ageDays} | ${i.missingOn.map((b) => `\`${b}\``).join(', ')} | ${
            i.mergeBack.length ? i.mergeBack.map((m) => `#${m.number}`).join(', ') : '—'
          } |`,
      ),
    ],
    [],
    MAX_BODY - 400,
  );
}

/** The job summary of a backport run: one row per target. */
export function summarize(title: string, lines: string[], results: Record<string, TargetResult>, dryRun: boolean, requests: number): string {
  const out = [`## 🍒 backport-cherry-pick${title}`, '', ...lines];
  const entries = Object.entries(results);
  if (entries.length) {
    out.push('', '| Target | Kind | State | Pull request | Reason |', '|---|---|---|---|---|');
    for (const [target, r] of entries) out.push(`| \`${inline(target)}\` | ${r.kind} | ${r.state} | ${r.pr ? `#${r.pr}` : '—'} | ${inline(r.reason)} |`);
  }
  out.push('', `${dryRun ? '**Dry run: nothing written.** ' : ''}${requests} API request(s).`);
  return `${out.join('\n')}\n`;
}
