import type { ActionEnvironment } from '../../../shared/entry.ts';
import { DAY_MS } from '../../../shared/clock.ts';
import type { Policy } from '../../../shared/config.ts';
import { UserError } from '../../../shared/errors.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import { hasMarker, withMarker } from '../../../shared/markers.ts';
import { IgnoredMarkers, judgeMarkedPullRequest } from '../../../shared/ownership.ts';
import { remoteRef, Workspace } from './picker.ts';
import type { SquashPromotion } from '../../../shared/presence.ts';
import { inline, ledgerBody, MARKER, type DriftItem } from '../render.ts';

export interface AuditInputs {
  driftLabel: string;
  committer: { name: string; email: string };
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
  const placedBy = new Map<string, Map<string, number>>();
  try {
    const branches = [production, staging, development];
    const existing = await workspace.existingBranches(branches);
    const missing = branches.filter((b) => !existing.has(b));
    if (missing.length)
      throw new UserError('config', `Branch(es) ${missing.join(', ')} of the policy file do not exist in ${context.repo.owner}/${context.repo.repo}.`);
    await workspace.fetch(branches, []);
    const promotions = new Map<string, SquashPromotion>();
    const asked = new Set<string>();
    for (const branch of [staging, development]) {
      const candidates = await workspace.commitsMissingFrom(remoteRef(production), remoteRef(branch));
      const present = await workspace.findPresent(remoteRef(branch), candidates, [], { outsideTarget: true });
      let drift = candidates.filter((c) => !present.has(c));
      const proofs = new Map<string, number>();
      for (const p of present.values()) proofs.set(p.proof, (proofs.get(p.proof) ?? 0) + 1);
      if (drift.length) {
        // A suite promotion squash-merged into staging or production is one commit made of the
        // source its marker pins: it is on a branch that has that source (or every commit the
        // source brought). Judged by identity; a marker alone proves nothing.
        const lookUp = async (shas: string[]): Promise<void> => {
          const fresh = shas.filter((c) => !asked.has(c));
          for (const c of fresh) asked.add(c);
          if (fresh.length)
            for (const [k, v] of await squashPromotions(env, policy, identity, ignored, workspace, fresh, [staging, production])) promotions.set(k, v);
        };
        const placed = await placedByPromotion(workspace, remoteRef(branch), drift, promotions, lookUp);
        if (placed.size) proofs.set('squash-promotion', (proofs.get('squash-promotion') ?? 0) + placed.size);
        drift = drift.filter((c) => !placed.has(c));
      }
      placedBy.set(branch, proofs);
      logger.info(
        `${branch}: ${candidates.length} production commit(s) outside its history, ${drift.length} missing after the presence proofs${
          proofs.size ? ` (placed: ${[...proofs].map(([k, v]) => `${v} ${k}`).join(', ')})` : ''
        }.`,
      );
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
  const { plan } = env;
  // What the summary says of the ledger: a step it takes is phrased "would …" in a dry run.
  let action: string;
  const step = (what: string): string => (plan.dryRun ? `would ${what}` : what);
  if (list.length === 0) {
    if (ledger?.state === 'open') {
      action = step(`close #${ledger.number}`);
      await plan.write(`close the drift ledger #${ledger.number}: nothing is missing any more`, () =>
        github.updateIssue(context.repo, ledger.number, { body, state: 'closed' }),
      );
    } else action = 'nothing to track';
  } else if (!ledger) {
    action = step('open the ledger issue');
    const created = await plan.write(`open the drift ledger issue (${list.length} change(s) missing)`, () =>
      github.createIssue(context.repo, { title: LEDGER_TITLE, body, labels: [inputs.driftLabel] }),
    );
    if (created) action = `opened #${created.number}`;
  } else if (ledger.state !== 'open' || ledger.body.trim() !== body.trim()) {
    const verb = ledger.state === 'open' ? 'update' : 'reopen';
    action = step(`${verb} #${ledger.number}`);
    await plan.write(`${verb} the drift ledger #${ledger.number} (${list.length} change(s) missing)`, () =>
      github.updateIssue(context.repo, ledger.number, { body, state: 'open' }),
    );
  } else {
    action = `#${ledger.number} is up to date`;
    plan.keep(`the drift ledger #${ledger.number} is up to date`);
  }
  logger.info(`Drift: ${list.length} change(s); ledger: ${action}.`);
  const summary = [
    `**${list.length}** change(s) on \`${production}\` missing from \`${staging}\` or \`${development}\`; ledger: ${action}.`,
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
    ...[...placedBy]
      .filter(([, proofs]) => proofs.size)
      .map(
        ([branch, proofs]) =>
          `\nProduction commits outside the history of \`${branch}\` found on it by: ${[...proofs].map(([k, v]) => `${k} ${v}`).join(', ')}.`,
      ),
    ...(ignored.size ? ['', ...ignored.summary()] : []),
  ].join('\n');
  for (const s of ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  return { items: list, summary };
}

/**
 * The suite's promotion pull requests whose squash commit is among `drift`, by merge commit, with
 * their pinned source fetched. A squash commit's subject ends with "(#N)" (GitHub's default): that
 * number only says which pull request to read; the proof is its merge commit being this commit and
 * its ownership (identity, head branch, base, pinned head). One request per such commit, none when
 * no drift commit looks like a squash.
 */
async function squashPromotions(
  env: ActionEnvironment,
  policy: Policy,
  identity: SuiteIdentity,
  ignored: IgnoredMarkers,
  workspace: Workspace,
  drift: string[],
  bases: string[],
): Promise<Map<string, SquashPromotion>> {
  const out = new Map<string, SquashPromotion>();
  const described = await workspace.describe(drift);
  for (const sha of drift) {
    const m = /\(#(\d{1,9})\)\s*$/.exec(described.get(sha)?.subject ?? '');
    if (!m) continue;
    const pr = await env.github.getPullRequest(env.context.repo, Number(m[1])).catch(() => null);
    if (!pr?.merged || pr.mergeCommitSha !== sha || !bases.includes(pr.baseRef)) continue;
    const judged = await judgeMarkedPullRequest(pr, policy, { repo: env.context.repo, identity });
    if (!judged || (judged.kind !== 'promotion' && judged.kind !== 'release-pr')) continue;
    if (judged.ownership.verdict !== 'suite') {
      ignored.notePull(pr, judged.kind, judged.ownership);
      continue;
    }
    out.set(sha, { number: pr.number, url: pr.htmlUrl, mergeCommit: sha, source: pr.headSha });
  }
  const sources = [...new Set([...out.values()].map((p) => p.source))];
  const missing: string[] = [];
  for (const sha of sources) if ((await workspace.git.exec(['cat-file', '-e', `${sha}^{commit}`])).code !== 0) missing.push(sha);
  if (missing.length) await workspace.fetch([], missing).catch(() => undefined);
  return out;
}

/**
 * Which of `drift` are squash-merged suite promotions whose content is on `target`: the pinned
 * source is in its history, or every commit the source brought (not in the promotion's base) is
 * itself on `target` (a squash-merged release over a squash-merged release candidate).
 */
async function placedByPromotion(
  workspace: Workspace,
  target: string,
  drift: string[],
  promotions: Map<string, SquashPromotion>,
  lookUp: (shas: string[]) => Promise<void>,
  depth = 0,
): Promise<Set<string>> {
  const placed = new Set<string>();
  const git = workspace.git;
  await lookUp(drift);
  for (const sha of drift) {
    const promo = promotions.get(sha);
    if (!promo || (await git.exec(['cat-file', '-e', `${promo.source}^{commit}`])).code !== 0) continue;
    if (await git.isAncestor(promo.source, target)) {
      placed.add(sha);
      continue;
    }
    if (depth >= 2) continue;
    const brought = (await git.run(['rev-list', '--no-merges', '--end-of-options', promo.source, `^${sha}^1`, `^${target}`])).split('\n').filter(Boolean);
    if (!brought.length) continue;
    const present = await workspace.findPresent(target, brought);
    const rest = brought.filter((c) => !present.has(c));
    const viaPromotion = rest.length ? await placedByPromotion(workspace, target, rest, promotions, lookUp, depth + 1) : new Set<string>();
    if (rest.every((c) => viaPromotion.has(c))) placed.add(sha);
  }
  return placed;
}
