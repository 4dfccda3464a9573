// What freeze-guard writes for people: the guidance comment and the job summary.
import { isoDate } from '../../shared/clock.ts';
import type { Policy } from '../../shared/config.ts';
import { escapeHtml, inline } from '../../shared/text.ts';
import type { FreezeState, Verdict } from './rules.ts';
import type { Evaluation, FreezeDeps } from './steps/check.ts';

export function guidance(policy: Policy, freeze: FreezeState, verdict: Verdict): string {
  const rules = policy.freeze;
  const windows = freeze.active.map((w) => `- ${w.reason} (${isoDate(w.from)} → ${isoDate(w.until)})`).join('\n');
  return [
    '### ❄️ Code freeze: this pull request waits',
    '',
    inline(verdict.reason),
    '',
    `The \`${policy.branches.development}\` branch is frozen until **${freeze.ends ? isoDate(freeze.ends) : '?'}**:`,
    windows,
    '',
    'During the freeze these may merge:',
    `- titles of type ${rules.allow.types.map((t) => `\`${t}:\``).join(', ')} (not breaking \`!\` changes)`,
    `- pull requests labelled ${rules.allow.labels.map((l) => `\`${l}\``).join(', ')}`,
    ...(rules.allow.paths.length ? [`- pull requests that only touch ${rules.allow.paths.map((p) => `\`${p}\``).join(', ')}`] : []),
    '',
    `To fast-track it anyway, a maintainer (maintain or admin permission, not the author) adds the label \`${rules.exceptionLabel}\`.`,
    'Otherwise keep it on its branch and merge after the freeze; this check turns green by itself when the freeze ends.',
  ].join('\n');
}

export const RESOLVED = '### ✅ Code freeze: this pull request may merge now\n\n';

export function summarize(d: FreezeDeps, policySource: string, result: { evaluations: Evaluation[] }, decision: string): string {
  const lines = ['## ❄️ freeze-guard', ''];
  if (d.freeze.frozen) {
    lines.push(`**Frozen** until **${d.freeze.ends!.toISOString()}** on ${d.guarded.map((b) => `\`${b}\``).join(', ')}.`, '');
    lines.push('| Source | From | Until | Why |', '|---|---|---|---|');
    for (const w of d.freeze.active) {
      lines.push(`| ${w.source} | ${w.from.toISOString()} | ${w.until.toISOString()} | ${escapeHtml(w.reason)}${w.link ? ` ([release](${w.link}))` : ''} |`);
    }
  } else {
    lines.push(`**Not frozen**: no freeze window and no major release within ${d.policy.freeze.afterMajorDays} days.`);
  }
  lines.push('', `Decision: **${decision}** · policy: ${escapeHtml(policySource)}${d.env.plan.dryRun ? ' · **dry run: nothing written**' : ''}`, '');
  if (result.evaluations.length) {
    lines.push('| PR | Title | Decision | Rule | Reason | Status |', '|---|---|---|---|---|---|');
    for (const e of result.evaluations) {
      lines.push(`| #${e.number} | ${inline(e.title)} | ${e.decision} | ${e.rule} | ${inline(e.reason)} | ${e.status} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The job summary of branch discipline: the decision and one row per pull request judged. */
export function renderDiscipline(
  guarded: string[],
  entries: readonly { number: number; title: string; decision: string; rule: string; reason: string; status: string }[],
  decision: string,
  policySource: string,
  dryRun: boolean,
): string {
  const lines = [
    '## 🚦 Branch discipline',
    '',
    `Only the release flow's own pull requests enter ${guarded.map((b) => `\`${b}\``).join(', ')}. Decision: **${decision}** · policy: ${escapeHtml(policySource)}${
      dryRun ? ' · **dry run: nothing written**' : ''
    }`,
    '',
  ];
  if (entries.length) {
    lines.push('| PR | Title | Decision | Rule | Reason | Status |', '|---|---|---|---|---|---|');
    for (const e of entries) lines.push(`| #${e.number} | ${inline(e.title)} | ${e.decision} | ${e.rule} | ${inline(e.reason)} | ${e.status} |`);
  }
  return lines.join('\n');
}
