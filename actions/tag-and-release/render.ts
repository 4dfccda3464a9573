// What tag-and-release writes for people: the job summary and the failure sentence.
import { inline } from '../../shared/text.ts';
import type { ReleaseTag } from '../../shared/versions.ts';
import type { RepoResult } from './steps/release.ts';

export function summarize(tag: ReleaseTag, results: RepoResult[], policySource: string, dryRun: boolean): string {
  const icon: Record<RepoResult['status'], string> = { released: '✅', unchanged: '✅', planned: '📝', waiting: '⏳', refused: '⛔', failed: '❌' };
  const lines = [`## 🏷️ tag-and-release ${tag.tag}`, ''];
  lines.push(`Policy: ${inline(policySource)}${dryRun ? ' · **dry run: nothing written**' : ''}`, '');
  lines.push('| Repository | Commit | Why this commit | Result | Release | Notes from | Major tag | Milestone |', '|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const release = r.releaseUrl ? `[${r.tag}](${r.releaseUrl})` : r.releaseAction || '—';
    lines.push(
      `| ${inline(r.repo)} | ${r.sha ? `\`${r.sha.slice(0, 12)}\`` : '—'} | ${inline(r.commitFrom || '—')} | ${icon[r.status]} ${r.status} | ${release} | ${r.previousTag || '—'} | ${inline(r.majorTag || '—')} | ${inline(r.milestone || '—')} |`,
    );
  }
  for (const r of results) {
    const body: string[] = [];
    if (r.waitingFor)
      body.push(
        `- ⏳ not tagged yet: waits for ${inline(r.waitingFor)}; a later run (a re-run of this job, or the release of that repository) completes the train`,
      );
    for (const g of r.gates) body.push(`- ${g.ok ? '✅' : '⛔'} **${g.gate}**: ${inline(g.detail)}${g.url ? ` ([run](${g.url}))` : ''}`);
    for (const a of r.actions) body.push(`- ${dryRun ? 'would ' : ''}${inline(a)}`);
    for (const n of r.notes) body.push(`- ℹ️ ${inline(n)}`);
    if (r.error && r.gates.every((g) => g.ok)) body.push(`- ❌ ${inline(r.error)}`);
    if (r.docsIssue && r.docsIssue !== 'off') body.push(`- documentation follow-up: ${inline(r.docsIssue)}`);
    if (r.releasedIn && r.releasedIn !== 'off') body.push(`- released in ${r.tag}: ${inline(r.releasedIn)}`);
    if (r.freezeUntil) body.push(`- ❄️ major release: freeze-guard enforces the code freeze until **${r.freezeUntil}**`);
    if (body.length) lines.push('', `### ${inline(r.repo)}`, '', ...body);
  }
  return `${lines.join('\n')}\n`;
}

export function failureSentence(tag: ReleaseTag, results: RepoResult[], notReleased: RepoResult[]): string {
  const names = notReleased.map((r) => r.repo).join(', ');
  const reasons = notReleased.map((r) => (results.length > 1 ? `${r.repo}: ${r.error ?? r.status}` : (r.error ?? r.status))).join(' ');
  const done = results.filter((r) => r.status === 'released' || r.status === 'unchanged' || r.status === 'planned').length;
  const others =
    done > 0
      ? ` ${done === results.length - notReleased.length ? 'The other repositories are' : 'Others are'} released; a re-run completes the rest once that is fixed.`
      : '';
  return `${tag.tag} was not released in ${names}. ${reasons}${others}`;
}
