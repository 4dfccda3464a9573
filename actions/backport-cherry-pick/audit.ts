import type { ActionEnvironment } from '../../shared/entry.ts';
import { DAY_MS } from '../../shared/clock.ts';
import type { Policy } from '../../shared/config.ts';
import { UserError } from '../../shared/errors.ts';
import { SuiteIdentity } from '../../shared/identity.ts';
import { hasMarker, withMarker } from '../../shared/markers.ts';
import { IgnoredMarkers, judgeMarkedPullRequest } from '../../shared/ownership.ts';
import { remoteRef, Workspace } from './picker.ts';
import { inline, ledgerBody, MARKER, type DriftItem } from './render.ts';

export interface AuditInputs {
  driftLabel: string;
  committer: { name: string; email: string };
  dryRun: boolean;
}

const LEDGER_TITLE = 'Drift ledger: production changes missing from the other branches';

/**
 * Every change on production that staging or development lacks (same presence test as a
 * backport: ancestry, trailer, patch-id), each with its age and the open merge-back/backport PR
 * that carries it, kept in one tracking issue found by its marker.
 */
export async function runAudit(inputs: AuditInputs, env: ActionEnvironment, policy: Policy): Promise<{ items: DriftItem[]; summary: string }> {
  const { github, context, logger, clock } = env;
  const identity = new SuiteIdentity(github, policy.trustedLogins);
  const ignored = new IgnoredMarkers();
  const { production, staging, development } = policy.branches;
  const workspace = await Workspace.forRun(env, inputs.committer);
  const items = new Map<string, DriftItem>();
  try {
    const branches = [production, staging, development];
    const existing = await workspace.existingBranches(branches);
    const missing = branches.filter((b) => !existing.has(b));
    if (missing.length)
      throw new UserError('config', `Branch(es) ${missing.join(', ')} of the policy file do not exist in ${context.repo.owner}/${context.repo.repo}.`);
    await workspace.fetch(branches, []);
    for (const branch of [staging, development]) {
      const candidates = await workspace.commitsMissingFrom(remoteRef(production), remoteRef(branch));
      const present = await workspace.findPresent(remoteRef(branch), candidates, [], { outsideTarget: true });
      const drift = candidates.filter((c) => !present.has(c));
      logger.info(`${branch}: ${candidates.length} production commit(s) outside its history, ${drift.length} missing after the trailer and patch-id tests.`);
      for (const sha of drift) {
        const item = items.get(sha) ?? { sha, subject: '', date: '', ageDays: 0, missingOn: [], mergeBack: [] };
        item.missingOn.push(branch);
        items.set(sha, item);
      }
    }
    const described = await workspace.describe([...items.keys()]);
    const now = clock().getTime();
    for (const item of items.values()) {
      const d = described.get(item.sha);
      item.subject = d?.subject ?? '';
      item.date = d?.date ?? '';
      item.ageDays = d?.date ? Math.max(0, Math.floor((now - Date.parse(d.date)) / DAY_MS)) : 0;
    }
  } finally {
    await workspace.dispose();
  }
  const list = [...items.values()];
  if (list.length) {
    // Open merge-back/backport PRs the suite opened list the original commits they carry; a person's
    // pull request that carries a copied marker is no merge-back.
    const open = await github.listPullRequests(context.repo, { state: 'open' });
    for (const pr of open) {
      if (!hasMarker(pr.body, MARKER.mergeBack) && !hasMarker(pr.body, MARKER.backport)) continue;
      const judged = await judgeMarkedPullRequest(pr, policy, { repo: context.repo, identity });
      if (judged?.ownership.verdict !== 'suite') {
        if (judged) ignored.notePull(pr, judged.kind, judged.ownership);
        continue;
      }
      for (const item of list) {
        if (pr.body.includes(item.sha) && item.missingOn.includes(pr.baseRef)) item.mergeBack.push({ number: pr.number, url: pr.htmlUrl });
      }
    }
  }
  const body = withMarker(ledgerBody(production, list), MARKER.ledger, {});
  const issues = await github.listIssues(context.repo, { state: 'all', labels: [inputs.driftLabel] });
  // The suite's own ledger only: an issue a person opened quoting the marker is never edited.
  const mine = [];
  for (const i of issues.filter((x) => !x.isPullRequest && hasMarker(x.body, MARKER.ledger))) {
    if (await identity.isSuite(i.author)) mine.push(i);
    else ignored.note(`#${i.number}`, `carries the \`${MARKER.ledger}\` marker, but it was opened by ${inline(i.author)}, not by the suite: left alone`);
  }
  const ledger = mine.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1))[0];
  let action: string;
  if (list.length === 0) {
    if (ledger?.state === 'open') {
      action = `close #${ledger.number}`;
      if (!inputs.dryRun) await github.updateIssue(context.repo, ledger.number, { body, state: 'closed' });
    } else action = 'nothing to track';
  } else if (!ledger) {
    action = 'open the ledger issue';
    if (!inputs.dryRun) {
      const created = await github.createIssue(context.repo, { title: LEDGER_TITLE, body, labels: [inputs.driftLabel] });
      action = `opened #${created.number}`;
    }
  } else if (ledger.state !== 'open' || ledger.body.trim() !== body.trim()) {
    action = `${ledger.state === 'open' ? 'update' : 'reopen'} #${ledger.number}`;
    if (!inputs.dryRun) await github.updateIssue(context.repo, ledger.number, { body, state: 'open' });
  } else action = `#${ledger.number} is up to date`;
  logger.info(`Drift: ${list.length} change(s); ledger: ${inputs.dryRun ? `[dry-run] would ${action}` : action}.`);
  const summary = [
    `**${list.length}** change(s) on \`${production}\` missing from \`${staging}\` or \`${development}\`; ledger: ${inputs.dryRun ? `would ${action}` : action}.`,
    ...(list.length
      ? [
          '',
          '| Commit | Subject | Age (days) | Missing on | Merge-back |',
          '|---|---|---|---|---|',
          ...list.map(
            (i) =>
              `| ${i.sha.slice(0, 12)} | ${inline(i.subject)} | ${i.ageDays} | ${i.missingOn.join(', ')} | ${i.mergeBack.map((m) => `#${m.number}`).join(', ') || '—'} |`,
          ),
        ]
      : []),
    ...(ignored.size ? ['', ...ignored.summary()] : []),
  ].join('\n');
  for (const s of ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  return { items: list, summary };
}
