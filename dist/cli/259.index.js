export const id = 259;
export const ids = [259,690];
export const modules = {

/***/ 3259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backportCherryPick: () => (/* binding */ backportCherryPick),
  parseInputs: () => (/* binding */ parseInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
// EXTERNAL MODULE: ./shared/alerts.ts
var alerts = __webpack_require__(1595);
// EXTERNAL MODULE: ./shared/config.ts + 1 modules
var config = __webpack_require__(1558);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/clock.ts
var shared_clock = __webpack_require__(7128);
// EXTERNAL MODULE: ./shared/identity.ts
var shared_identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
// EXTERNAL MODULE: ./shared/ownership.ts
var ownership = __webpack_require__(9451);
// EXTERNAL MODULE: ./shared/git.ts
var shared_git = __webpack_require__(7366);
// EXTERNAL MODULE: ./shared/presence.ts
var presence = __webpack_require__(6945);
;// CONCATENATED MODULE: ./actions/backport-cherry-pick/steps/picker.ts



const REMOTE = 'origin';
/** Picks changing more paths than this are checked out whole (see Workspace.pick). */
const MAX_SPARSE_PATHS = 300;
function remoteRef(branch) {
    return `refs/remotes/${REMOTE}/${branch}`;
}
/**
 * A scratch repository that fetches only what a backport needs from the server: the target
 * branches and the merged commit, blob-less (`--filter=blob:none`: commits and trees now, file
 * contents only when a pick or a patch-id needs them). Every name reaching git was validated by
 * the caller; SHAs are checked here.
 */
class Workspace {
    git;
    logger;
    /** The last `fetch`, deepened when a proof needs more of the history. */
    history;
    constructor(git, logger) {
        this.git = git;
        this.logger = logger;
    }
    /** The run's repository, over the runner's server and token, in the action's scratch directory. */
    static forRun(env, identity) {
        return Workspace.open({ parent: env.tempDir, logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, repo: env.context.repo, identity });
    }
    static async open(options) {
        const git = await shared_git/* Git */.TU.scratch({
            parent: options.parent,
            logger: options.logger,
            serverUrl: options.serverUrl,
            token: options.token,
            identity: options.identity,
        });
        await git.addRemote(REMOTE, options.url ?? git.remoteUrl(options.serverUrl, options.repo));
        return new Workspace(git, options.logger);
    }
    dispose() {
        return this.git.dispose();
    }
    /** Which of `branches` exist on the server (one `ls-remote` round trip). */
    async existingBranches(branches) {
        if (branches.length === 0)
            return new Set();
        const out = await this.git.run(['ls-remote', '--heads', '--end-of-options', REMOTE, ...branches.map((b) => `refs/heads/${b}`)]);
        const found = new Set();
        for (const line of out.split('\n')) {
            const ref = line.split('\t')[1];
            if (ref?.startsWith('refs/heads/'))
                found.add(ref.slice('refs/heads/'.length));
        }
        return new Set(branches.filter((b) => found.has(b)));
    }
    /**
     * Fetches the branches (as `refs/remotes/origin/<b>`) and the commits, without file contents: `depth` deep
     * (`depthToMergeBase`; deepened later when a proof needs more), or their whole history.
     */
    async fetch(branches, shas, options = {}) {
        for (const sha of shas)
            if (!(0,shared_git/* isSha */.HH)(sha))
                throw new errors/* UserError */.yo('state', `"${sha}" is not a commit SHA.`);
        const refspecs = [...branches.map((b) => `+refs/heads/${b}:${remoteRef(b)}`), ...shas.map((sha, i) => `+${sha}:refs/portal-release/source/${i}`)];
        if (refspecs.length === 0)
            return;
        const history = new shared_git/* BoundedHistory */.e3(this.git, REMOTE, refspecs, options.depth);
        await history.fetch();
        this.history = options.depth ? history : undefined;
    }
    /** Fetches made to deepen a bounded history (0 when the first fetch was enough). */
    get deepenings() {
        return this.history?.extraFetches ?? 0;
    }
    async parents(sha) {
        const out = await this.git.run(['rev-list', '--parents', '--max-count=1', '--end-of-options', sha]);
        return out.trim().split(/\s+/).slice(1);
    }
    /**
     * What to pick for a merged PR: a merge commit → the PR's own commits (`M^1..M^2`, merges
     * left out); a rebase merge → the last N first-parent commits up to M (their subjects match the
     * PR's commits); a squash merge (or a single commit) → M itself.
     */
    async planPicks(mergeCommit, headSha, prCommits) {
        if (!(0,shared_git/* isSha */.HH)(mergeCommit))
            throw new errors/* UserError */.yo('state', `The merge commit "${mergeCommit}" is not a commit SHA.`);
        const parents = await this.parents(mergeCommit);
        if (parents.length > 1) {
            // What the merge brought, walked whole (a bounded history is deepened until it is).
            if (this.history)
                while (!(await this.history.covers([[parents[1], `^${parents[0]}`]])))
                    continue;
            const commits = await this.git.revList([`${mergeCommit}^1..${mergeCommit}^2`], { noMerges: true });
            return { method: 'merge', commits };
        }
        const n = prCommits.length;
        if (n <= 1)
            return { method: mergeCommit === headSha ? 'rebase' : 'squash', commits: [mergeCommit] };
        const chain = async () => (await this.git.run(['rev-list', '--first-parent', `--max-count=${n}`, '--end-of-options', mergeCommit])).split('\n').filter(Boolean).reverse();
        let lastN = await chain();
        // A chain cut by a shallow boundary (or ending on one, whose diff would be wrong) is read from the whole history.
        const boundary = this.history ? await this.git.shallowCommits() : new Set();
        if (this.history && boundary.size && (lastN.length < n || lastN.some((c) => boundary.has(c)))) {
            await this.history.unshallow();
            lastN = await chain();
        }
        if (mergeCommit === headSha)
            return { method: 'rebase', commits: lastN };
        if (lastN.length === n) {
            const described = await this.describe(lastN);
            const subject = (m) => (m ?? '').trim().split('\n')[0].trim();
            const same = lastN.every((sha, i) => subject(described.get(sha)?.subject) === subject(prCommits[i].message));
            if (same)
                return { method: 'rebase', commits: lastN };
        }
        return { method: 'squash', commits: [mergeCommit] };
    }
    async mergeBase(a, b) {
        const result = await this.git.exec(['merge-base', '--end-of-options', a, b]);
        return result.code === 0 ? result.stdout.trim() || null : null;
    }
    /** Which of `picks` the target already has, and the proof (the shared presence engine). */
    findPresent(targetRef, picks, related = [], options = {}) {
        return (0,presence/* placeCommits */.AW)(this.git, targetRef, picks, related, { ...options, remote: REMOTE, history: this.history });
    }
    /**
     * Creates `branch` at the target and cherry-picks (`-x`) the commits. On a conflict: `abort`
     * leaves nothing behind; `commit` commits the conflicted files, markers included (a draft for a
     * person to resolve), and goes on with the remaining commits.
     */
    async pick(branch, targetRef, commits, onConflict) {
        // A pick diffs a commit against its parent: one kept without parents at a shallow boundary (a commit the
        // target already has, outside the walks the proofs made) is picked from the whole history.
        if (this.history) {
            const boundary = await this.git.shallowCommits();
            if (commits.some((c) => boundary.has(c)))
                await this.history.unshallow();
        }
        // Only the files the picks change are written to the working tree (a sparse checkout): the rest of the
        // target's tree is never read, which in a blob-less clone of a large repository is most of a fetch and
        // of the checkout's time. Too many paths make git's pattern matching the slower part: then all of it.
        const paths = await this.git.changedPaths(commits);
        await this.git.limitWorktree(paths.size <= MAX_SPARSE_PATHS ? paths : null);
        await this.git.checkoutNew(branch, targetRef);
        const conflicts = [];
        let changed = false;
        let remaining = commits;
        while (remaining.length > 0) {
            const result = await this.git.cherryPick(remaining);
            if (result.picked.length > 0)
                changed = true;
            if (result.outcome !== 'conflict')
                break;
            const at = result.conflictAt;
            if (result.conflictedFiles.length === 0) {
                await this.git.abortCherryPick();
                throw new errors/* UserError */.yo('state', `git cherry-pick of ${at.slice(0, 12)} failed without a conflict: ${result.stderr.trim().split('\n').slice(-2).join(' / ')}`);
            }
            conflicts.push({ at, files: result.conflictedFiles });
            if (onConflict === 'abort') {
                await this.git.abortCherryPick();
                return { outcome: 'conflict', head: null, conflicts };
            }
            this.logger.info(`Conflict picking ${at.slice(0, 12)} (${result.conflictedFiles.join(', ')}): committed with its markers for manual resolution.`);
            await this.git.run(['add', '--all']);
            await this.git.run(['commit', '--quiet', '--no-verify', '--no-edit', '--allow-empty']);
            changed = true;
            remaining = remaining.slice(remaining.indexOf(at) + 1);
        }
        if (!changed)
            return { outcome: 'empty', head: null, conflicts };
        const head = await this.git.revParse('HEAD');
        return { outcome: conflicts.length ? 'conflict' : 'picked', head, conflicts };
    }
    /** Pushes the local branch to the same name on the server (the backport branch is owned by this action). */
    async push(branch) {
        await this.git.push(REMOTE, [`refs/heads/${branch}:refs/heads/${branch}`], { force: true });
    }
    /** Non-merge commits of `ref` that `other` does not reach, oldest first. */
    async commitsMissingFrom(ref, other) {
        return this.git.revList([ref, `^${other}`], { noMerges: true });
    }
    /** Subject and committer date of commits. */
    async describe(shas) {
        const map = new Map();
        if (shas.length === 0)
            return map;
        const out = await this.git.run(['log', '--no-walk=unsorted', '--format=%H%x00%cI%x00%s', '--end-of-options', ...shas, '--']);
        for (const line of out.split('\n')) {
            const [sha, date, subject] = line.split('\0');
            if (sha && date !== undefined)
                map.set(sha, { subject: subject ?? '', date });
        }
        return map;
    }
}

;// CONCATENATED MODULE: ./actions/backport-cherry-pick/render.ts

/** Hidden marker kinds: the managed PR body, and the managed comments on the original PR. */
const MARKER = {
    backport: 'backport',
    mergeBack: 'merge-back',
    deferred: 'backport-deferred',
    conflict: 'backport-conflict',
    answer: 'backport-answer',
    ledger: 'drift-ledger',
};
function markerKind(kind) {
    return kind === 'merge-back' ? MARKER.mergeBack : MARKER.backport;
}

function pullRequestBody(p, target, kind, why, conflicts, branch) {
    const lines = [
        kind === 'merge-back'
            ? `Merge-back of hotfix #${p.pr} from \`${p.baseRef}\` to \`${target}\`.`
            : `Backport of #${p.pr} from \`${p.baseRef}\` to \`${target}\`.`,
        '',
        `- Original: #${p.pr} ${(0,shared_text/* inline */.mG)(p.title)} (by ${(0,shared_text/* inline */.mG)(p.author)})`,
        `- Merged as \`${p.mergeCommit}\` (${p.method === 'merge' ? 'merge commit' : p.method === 'rebase' ? 'rebase merge' : 'squash merge'})`,
        `- Why: ${(0,shared_text/* inline */.mG)(why)}`,
        '',
        'Original commits, picked with `git cherry-pick -x`:',
        '',
        ...p.commits.map((c) => `- ${c.sha} ${(0,shared_text/* inline */.mG)(c.subject)}`),
    ];
    if (conflicts.length) {
        lines.push('', '### ⚠️ Unresolved conflicts: do not merge as is', '', 'The conflicting commits were committed **with their conflict markers** so that a person can resolve them here:', '', ...conflicts.map((c) => `- \`${c.at}\`: ${c.files.map((f) => `\`${(0,shared_text/* inline */.mG)(f)}\``).join(', ')}`), '', 'Resolve them on this branch:', '', '```sh', `git fetch origin refs/heads/${branch}:refs/remotes/origin/${branch}`, `git switch --create ${branch} origin/${branch}`, '# edit the files above: remove every <<<<<<< ======= >>>>>>> block, then', 'git commit --all --message "Resolve backport conflicts"', 'git push origin HEAD', '```', '', 'This pull request is a draft and carries a failing status until then; mark it ready for review once resolved.');
    }
    return (0,shared_text/* boundBody */.B9)(lines, [], shared_text/* MAX_BODY */._D - 400);
}
/** The one answer to a `/backport` comment that was refused or could not be carried out. */
function commandAnswer(login, problems) {
    return [`### ⚠️ \`/backport\` by ${(0,shared_text/* inline */.mG)(login)} was not carried out`, '', ...problems.map((p) => `- ${(0,shared_text/* inline */.mG)(p)}`)].join('\n');
}
function deferredComment(pr, target, rule, reason) {
    return [
        `### ⏸️ Backport of #${pr} to \`${target}\`: deferred to the next iteration`,
        '',
        `Not backported because ${(0,shared_text/* inline */.mG)(reason)} (rule: \`${rule}\`).`,
        '',
        'The backport policy (`backport:` in the policy file): security fixes (`always-labels`) are backported at any time;',
        'other fixes only within `window-days` after a major release; features (`never-types`) never.',
        `This change is **deferred to the next iteration**: it reaches \`${target}\` with the next release promoted through the normal branches.`,
    ].join('\n');
}
function conflictComment(pr, target, branch, title, commits, conflicts, label) {
    const c = conflicts[0];
    return [
        `### ❌ Backport of #${pr} to \`${target}\` needs a person`,
        '',
        `\`git cherry-pick -x\` stopped on a conflict at \`${c.at}\` in ${c.files.map((f) => `\`${(0,shared_text/* inline */.mG)(f)}\``).join(', ')}. Nothing was pushed.`,
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
        `Then open a pull request from \`${branch}\` into \`${target}\` titled \`${(0,shared_text/* inline */.mG)(title)}\`; this action recognises it by its branch.`,
        `The label \`${(0,shared_text/* inline */.mG)(label)}\` marks this pull request until then.`,
    ].join('\n');
}
function ledgerBody(production, items) {
    if (items.length === 0) {
        return [`### ✅ No drift: every change on \`${production}\` is on the other branches`, '', 'This issue reopens when drift appears.'].join('\n');
    }
    return (0,shared_text/* boundBody */.B9)([
        `### 🧭 Drift ledger: ${items.length} change(s) on \`${production}\` are missing elsewhere`,
        '',
        'Changes applied to production outside the normal flow (hotfixes, cherry-picks) are tracked here until they reach every branch.',
        'Presence is tested by ancestry, `(cherry picked from commit …)` trailer, patch-id and squash-merged suite promotions. This issue closes itself when drift reaches zero.',
        '',
        '| Commit | Subject | Age (days) | Missing on | Merge-back PR |',
        '|---|---|---|---|---|',
        ...items.map((i) => `| ${i.sha.slice(0, 12)} | ${(0,shared_text/* inline */.mG)(i.subject)} | ${i.ageDays} | ${i.missingOn.map((b) => `\`${b}\``).join(', ')} | ${i.mergeBack.length ? i.mergeBack.map((m) => `#${m.number}`).join(', ') : '—'} |`),
    ], [], shared_text/* MAX_BODY */._D - 400);
}
/** The job summary of a backport run: one row per target. */
function summarize(title, lines, results, dryRun, requests) {
    const out = [`## 🍒 backport-cherry-pick${title}`, '', ...lines];
    const entries = Object.entries(results);
    if (entries.length) {
        out.push('', '| Target | Kind | State | Pull request | Reason |', '|---|---|---|---|---|');
        for (const [target, r] of entries)
            out.push(`| \`${(0,shared_text/* inline */.mG)(target)}\` | ${r.kind} | ${r.state} | ${r.pr ? `#${r.pr}` : '—'} | ${(0,shared_text/* inline */.mG)(r.reason)} |`);
    }
    out.push('', `${dryRun ? '**Dry run: nothing written.** ' : ''}${requests} API request(s).`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/backport-cherry-pick/steps/audit.ts







const LEDGER_TITLE = 'Drift ledger: production changes missing from the other branches';
/**
 * Every change on production that staging or development lacks (same presence test as a
 * backport: ancestry, trailer, patch-id), each with its age and the open merge-back/backport PR
 * that carries it, kept in one tracking issue found by its marker.
 */
async function runAudit(inputs, env, policy) {
    const { github, context, logger, clock } = env;
    const identity = new shared_identity/* SuiteIdentity */.HR(github, policy.trustedLogins);
    const ignored = new ownership/* IgnoredMarkers */.U5();
    const { production, staging, development } = policy.branches;
    const workspace = await Workspace.forRun(env, inputs.committer);
    const items = new Map();
    const placedBy = new Map();
    try {
        const branches = [production, staging, development];
        const existing = await workspace.existingBranches(branches);
        const missing = branches.filter((b) => !existing.has(b));
        if (missing.length)
            throw new errors/* UserError */.yo('config', `Branch(es) ${missing.join(', ')} of the policy file do not exist in ${context.repo.owner}/${context.repo.repo}.`);
        await workspace.fetch(branches, []);
        const promotions = new Map();
        const asked = new Set();
        for (const branch of [staging, development]) {
            const candidates = await workspace.commitsMissingFrom(remoteRef(production), remoteRef(branch));
            const present = await workspace.findPresent(remoteRef(branch), candidates, [], { outsideTarget: true });
            let drift = candidates.filter((c) => !present.has(c));
            const proofs = new Map();
            for (const p of present.values())
                proofs.set(p.proof, (proofs.get(p.proof) ?? 0) + 1);
            if (drift.length) {
                // A suite promotion squash-merged into staging or production is one commit made of the
                // source its marker pins: it is on a branch that has that source (or every commit the
                // source brought). Judged by identity; a marker alone proves nothing.
                const lookUp = async (shas) => {
                    const fresh = shas.filter((c) => !asked.has(c));
                    for (const c of fresh)
                        asked.add(c);
                    if (fresh.length)
                        for (const [k, v] of await squashPromotions(env, policy, identity, ignored, workspace, fresh, [staging, production]))
                            promotions.set(k, v);
                };
                const placed = await placedByPromotion(workspace, remoteRef(branch), drift, promotions, lookUp);
                if (placed.size)
                    proofs.set('squash-promotion', (proofs.get('squash-promotion') ?? 0) + placed.size);
                drift = drift.filter((c) => !placed.has(c));
            }
            placedBy.set(branch, proofs);
            logger.info(`${branch}: ${candidates.length} production commit(s) outside its history, ${drift.length} missing after the presence proofs${proofs.size ? ` (placed: ${[...proofs].map(([k, v]) => `${v} ${k}`).join(', ')})` : ''}.`);
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
            item.ageDays = d?.date ? Math.max(0, Math.floor((now - Date.parse(d.date)) / shared_clock/* DAY_MS */.sO)) : 0;
        }
    }
    finally {
        await workspace.dispose();
    }
    const list = [...items.values()];
    if (list.length) {
        // Open merge-back/backport PRs the suite opened list the original commits they carry; a person's
        // pull request that carries a copied marker is no merge-back.
        const open = await github.listPullRequests(context.repo, { state: 'open' });
        for (const pr of open) {
            if (!(0,markers/* hasMarker */.xY)(pr.body, MARKER.mergeBack) && !(0,markers/* hasMarker */.xY)(pr.body, MARKER.backport))
                continue;
            const judged = await (0,ownership/* judgeMarkedPullRequest */.S)(pr, policy, { repo: context.repo, identity });
            if (judged?.ownership.verdict !== 'suite') {
                if (judged)
                    ignored.notePull(pr, judged.kind, judged.ownership);
                continue;
            }
            for (const item of list) {
                if (pr.body.includes(item.sha) && item.missingOn.includes(pr.baseRef))
                    item.mergeBack.push({ number: pr.number, url: pr.htmlUrl });
            }
        }
    }
    const body = (0,markers/* withMarker */.Pe)(ledgerBody(production, list), MARKER.ledger, {});
    const issues = await github.listIssues(context.repo, { state: 'all', labels: [inputs.driftLabel] });
    // The suite's own ledger only: an issue a person opened quoting the marker is never edited.
    const mine = [];
    for (const i of issues.filter((x) => !x.isPullRequest && (0,markers/* hasMarker */.xY)(x.body, MARKER.ledger))) {
        if (await identity.isSuite(i.author))
            mine.push(i);
        else
            ignored.note(`#${i.number}`, `carries the \`${MARKER.ledger}\` marker, but it was opened by ${(0,shared_text/* inline */.mG)(i.author)}, not by the suite: left alone`);
    }
    const ledger = mine.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1))[0];
    const { plan } = env;
    // What the summary says of the ledger: a step it takes is phrased "would …" in a dry run.
    let action;
    const step = (what) => (plan.dryRun ? `would ${what}` : what);
    if (list.length === 0) {
        if (ledger?.state === 'open') {
            action = step(`close #${ledger.number}`);
            await plan.write(`close the drift ledger #${ledger.number}: nothing is missing any more`, () => github.updateIssue(context.repo, ledger.number, { body, state: 'closed' }));
        }
        else
            action = 'nothing to track';
    }
    else if (!ledger) {
        action = step('open the ledger issue');
        const created = await plan.write(`open the drift ledger issue (${list.length} change(s) missing)`, () => github.createIssue(context.repo, { title: LEDGER_TITLE, body, labels: [inputs.driftLabel] }));
        if (created)
            action = `opened #${created.number}`;
    }
    else if (ledger.state !== 'open' || ledger.body.trim() !== body.trim()) {
        const verb = ledger.state === 'open' ? 'update' : 'reopen';
        action = step(`${verb} #${ledger.number}`);
        await plan.write(`${verb} the drift ledger #${ledger.number} (${list.length} change(s) missing)`, () => github.updateIssue(context.repo, ledger.number, { body, state: 'open' }));
    }
    else {
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
                ...list.map((i) => `| ${i.sha.slice(0, 12)} | ${(0,shared_text/* inline */.mG)(i.subject)} | ${i.ageDays} | ${i.missingOn.join(', ')} | ${i.mergeBack.map((m) => `#${m.number}`).join(', ') || '—'} |`),
            ]
            : []),
        ...[...placedBy]
            .filter(([, proofs]) => proofs.size)
            .map(([branch, proofs]) => `\nProduction commits outside the history of \`${branch}\` found on it by: ${[...proofs].map(([k, v]) => `${k} ${v}`).join(', ')}.`),
        ...(ignored.size ? ['', ...ignored.summary()] : []),
    ].join('\n');
    for (const s of ignored.sentences())
        logger.warning(s, { title: 'Marker ignored' });
    return { items: list, summary };
}
/**
 * The suite's promotion pull requests whose squash commit is among `drift`, by merge commit, with
 * their pinned source fetched. A squash commit's subject ends with "(#N)" (GitHub's default): that
 * number only says which pull request to read; the proof is its merge commit being this commit and
 * its ownership (identity, head branch, base, pinned head). One request per such commit, none when
 * no drift commit looks like a squash.
 */
async function squashPromotions(env, policy, identity, ignored, workspace, drift, bases) {
    const out = new Map();
    const described = await workspace.describe(drift);
    for (const sha of drift) {
        const m = /\(#(\d{1,9})\)\s*$/.exec(described.get(sha)?.subject ?? '');
        if (!m)
            continue;
        const pr = await env.github.getPullRequest(env.context.repo, Number(m[1])).catch(() => null);
        if (!pr?.merged || pr.mergeCommitSha !== sha || !bases.includes(pr.baseRef))
            continue;
        const judged = await (0,ownership/* judgeMarkedPullRequest */.S)(pr, policy, { repo: env.context.repo, identity });
        if (!judged || (judged.kind !== 'promotion' && judged.kind !== 'release-pr'))
            continue;
        if (judged.ownership.verdict !== 'suite') {
            ignored.notePull(pr, judged.kind, judged.ownership);
            continue;
        }
        out.set(sha, { number: pr.number, url: pr.htmlUrl, mergeCommit: sha, source: pr.headSha });
    }
    const sources = [...new Set([...out.values()].map((p) => p.source))];
    const missing = [];
    for (const sha of sources)
        if ((await workspace.git.exec(['cat-file', '-e', `${sha}^{commit}`])).code !== 0)
            missing.push(sha);
    if (missing.length)
        await workspace.fetch([], missing).catch(() => undefined);
    return out;
}
/**
 * Which of `drift` are squash-merged suite promotions whose content is on `target`: the pinned
 * source is in its history, or every commit the source brought (not in the promotion's base) is
 * itself on `target` (a squash-merged release over a squash-merged release candidate).
 */
async function placedByPromotion(workspace, target, drift, promotions, lookUp, depth = 0) {
    const placed = new Set();
    const git = workspace.git;
    await lookUp(drift);
    for (const sha of drift) {
        const promo = promotions.get(sha);
        if (!promo || (await git.exec(['cat-file', '-e', `${promo.source}^{commit}`])).code !== 0)
            continue;
        if (await git.isAncestor(promo.source, target)) {
            placed.add(sha);
            continue;
        }
        if (depth >= 2)
            continue;
        const brought = (await git.run(['rev-list', '--no-merges', '--end-of-options', promo.source, `^${sha}^1`, `^${target}`])).split('\n').filter(Boolean);
        if (!brought.length)
            continue;
        const present = await workspace.findPresent(target, brought);
        const rest = brought.filter((c) => !present.has(c));
        const viaPromotion = rest.length ? await placedByPromotion(workspace, target, rest, promotions, lookUp, depth + 1) : new Set();
        if (rest.every((c) => viaPromotion.has(c)))
            placed.add(sha);
    }
    return placed;
}

// EXTERNAL MODULE: ./shared/conventional.ts
var conventional = __webpack_require__(3690);
// EXTERNAL MODULE: ./shared/releases.ts
var shared_releases = __webpack_require__(9802);
;// CONCATENATED MODULE: ./actions/backport-cherry-pick/rules.ts





/**
 * Branch names this action accepts as targets: the policy file's branch-name shape. Stricter than
 * `git check-ref-format` on purpose — no `$`, backtick, quote or `;` — because target names also
 * appear in the copy-paste commands posted for a manual backport.
 */
const SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]{1,200}$/;
function isSafeBranchName(name) {
    return SAFE_BRANCH.test(name) && !name.endsWith('/') && !name.endsWith('.') && !name.endsWith('.lock') && !name.startsWith('/');
}
/** `backport {branch}` → a matcher returning the branch of a label such as `backport stg`, or null. */
function labelMatcher(pattern) {
    const [before = '', after = ''] = pattern.split('{branch}');
    const regex = new RegExp(`^${(0,shared_text/* escapeRegExp */.Nt)(before)}(.+?)${(0,shared_text/* escapeRegExp */.Nt)(after)}$`);
    return (label) => {
        const m = regex.exec(label);
        return m ? m[1] : null;
    };
}
/** A PR merged into production with a hotfix label, or from a `hotfix/` branch. */
function isHotfix(pr, policy) {
    if (pr.baseRef !== policy.branches.production)
        return false;
    return pr.headRef.startsWith('hotfix/') || pr.labels.some((l) => policy.backport.hotfixLabels.includes(l));
}
function mergeBackTargets(policy, via) {
    return [policy.branches.staging, policy.branches.development].map((branch) => ({ branch, kind: 'merge-back', via }));
}
function add(list, request) {
    if (!list.some((t) => t.branch === request.branch))
        list.push(request);
}
/** Every target a merged PR asks for: `backport <branch>` labels plus, for a hotfix, the merge-back branches. */
function targetsOfPull(pr, policy) {
    const out = [];
    if (isHotfix(pr, policy))
        for (const t of mergeBackTargets(policy, 'hotfix merged into production'))
            add(out, t);
    const match = labelMatcher(policy.backport.labelPattern);
    for (const label of pr.labels) {
        const branch = match(label);
        if (branch !== null)
            add(out, { branch, kind: 'backport', via: `label "${label}"` });
    }
    return out.filter((t) => t.branch !== pr.baseRef);
}
/** Explicit targets (a `/backport` comment or the `targets` input); merge-back when it is a hotfix going back to stg/dev. */
function explicitTargets(pr, branches, policy, via) {
    const hotfix = isHotfix(pr, policy);
    const mergeBack = new Set([policy.branches.staging, policy.branches.development]);
    const out = [];
    for (const branch of branches)
        add(out, { branch, kind: hotfix && mergeBack.has(branch) ? 'merge-back' : 'backport', via });
    return out;
}
/** `/backport stg main` (first line of a comment) → ['stg', 'main']; null when the comment is not a command. */
function parseBackportCommand(body) {
    const first = (body.replace(/\r\n/g, '\n').trim().split('\n')[0] ?? '').trim();
    const m = /^\/backport(?:\s+(.*))?$/.exec(first);
    if (!m)
        return null;
    return (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The backport's title from `backport.title` (`{title}`, `{number}`, `{branch}`). The default,
 * `{title} (backport #{number})`, keeps a Conventional Commits title intact (a `[Backport x]` prefix
 * breaks title-based tools, the freeze's classification included) and is the wording other tools
 * read as a backport reference. Decorations a backport of a backport carries — `[Backport x]`
 * prefixes, ` (backport #N)` suffixes — are stripped first, so they never nest.
 */
function backportTitle(template, target, original) {
    const bare = original.title
        .replace(/^(?:\s*\[backport [^\]]*\])+\s*/i, '')
        .replace(/(?:\s*\(backport #\d+(?: to [^)]*)?\))+\s*$/i, '')
        .trim();
    const title = template.replace(/\{(title|number|branch)\}/g, (_, key) => key === 'title' ? bare : key === 'number' ? String(original.number) : target);
    // GitHub refuses titles over 256 characters: a long original title is cut, with an ellipsis.
    return (0,shared_text/* boundTitle */.P0)(title);
}
/**
 * Labels carried from the original pull request: those in `copy` — `*` meaning every label — never a
 * backport label (it would ask for a backport of the backport) nor the conflict label.
 */
function carriedLabels(labels, copy, policy, conflictLabel) {
    const isBackportLabel = labelMatcher(policy.backport.labelPattern);
    const all = copy.includes('*');
    return labels.filter((l) => (all || copy.includes(l)) && isBackportLabel(l) === null && l !== conflictLabel);
}

/** Rules that need no release data: decided from the PR alone. Null means "the window decides". */
function judgeWithoutWindow(pr, kind, policy) {
    if (kind === 'merge-back') {
        return { allowed: true, rule: 'hotfix', reason: `hotfix #${pr.number} is in production and must be merged back to every branch` };
    }
    const always = pr.labels.find((l) => policy.backport.alwaysLabels.includes(l));
    if (always)
        return { allowed: true, rule: 'always-label', reason: `label "${always}" is backported at any time (backport.always-labels)` };
    const type = (0,conventional.parseConventional)(pr.title).type;
    if (type && policy.backport.neverTypes.includes(type)) {
        return {
            allowed: false,
            rule: 'never-type',
            reason: `"${type}" changes are never backported (backport.never-types); features wait for the next iteration`,
        };
    }
    return null;
}
/** The backport policy for one target: hotfix merge-backs and always-labels any time; never-types never; the rest within the window. */
function judgeBackport(pr, kind, policy, major, now) {
    const early = judgeWithoutWindow(pr, kind, policy);
    if (early)
        return early;
    const days = policy.backport.windowDays;
    if (major?.publishedAt) {
        const published = new Date(major.publishedAt);
        const ends = new Date(published.getTime() + days * shared_clock/* DAY_MS */.sO);
        if (now.getTime() >= published.getTime() && now.getTime() < ends.getTime()) {
            return { allowed: true, rule: 'window', reason: `within the ${days}-day backport window after major release ${major.tagName} (until ${(0,shared_clock/* isoDate */._$)(ends)})` };
        }
        return {
            allowed: false,
            rule: 'outside-window',
            reason: `the ${days}-day backport window after major release ${major.tagName} ended on ${(0,shared_clock/* isoDate */._$)(ends)}; only ${listOf(policy.backport.alwaysLabels)} changes are backported now`,
        };
    }
    return {
        allowed: false,
        rule: 'outside-window',
        reason: `no major release was published in the last ${days} days (backport.window-days); only ${listOf(policy.backport.alwaysLabels)} changes are backported now`,
    };
}
function listOf(labels) {
    return labels.length ? labels.map((l) => `"${l}"`).join(', ') : '(no always-labels configured)';
}

// EXTERNAL MODULE: ./shared/github/index.ts + 27 modules
var shared_github = __webpack_require__(7316);
;// CONCATENATED MODULE: ./actions/backport-cherry-pick/steps/signed.ts

/** Text up to this size goes inline in the tree request (`content`), saving a blob request per file. */
const INLINE_LIMIT = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function typeOf(mode) {
    return mode === '160000' ? 'commit' : mode === '040000' ? 'tree' : 'blob';
}
/** `git diff-tree -r -z --raw` records: ":old-mode new-mode old-sha new-sha status\0path\0". */
async function changes(git, parent, commit) {
    const out = await git.run(['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', '--raw', '--end-of-options', parent, commit]);
    const parts = out.split('\0');
    const list = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i];
        if (!meta.startsWith(':'))
            break;
        const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(' ');
        list.push({ oldMode: oldMode, newMode: newMode, oldSha: oldSha, newSha: newSha, status: status, path: parts[i + 1] });
    }
    return list;
}
async function describe(git, shas) {
    const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%B%x1e', '--end-of-options', ...shas, '--']);
    return out
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter(Boolean)
        .map((r) => {
        const [sha, tree, parents, authorName, authorEmail, ...message] = r.split('\0');
        return {
            sha: sha,
            tree: tree,
            parents: parents.split(' ').filter(Boolean),
            authorName: authorName,
            authorEmail: authorEmail,
            message: message.join('\0'),
        };
    });
}
/**
 * The message with the original author as co-author: appended to the last paragraph, which `-x`
 * made a trailer block, so GitHub shows both people. An author GitHub could not attribute (no
 * usable e-mail) or one already named gets no line.
 */
function withCoAuthor(message, author) {
    const text = message.replace(/\s+$/, '');
    const name = author.name.replace(/[<>\s]+/g, ' ').trim();
    if (!name || !/^[^\s<>]+@[^\s<>]+$/.test(author.email))
        return `${text}\n`;
    const line = `Co-authored-by: ${name} <${author.email}>`;
    if (text.split('\n').some((l) => l.trim().toLowerCase() === line.toLowerCase()))
        return `${text}\n`;
    const lastParagraph = text.slice(text.lastIndexOf('\n\n') + 2);
    const trailerBlock = lastParagraph.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l) || /^\(cherry picked from commit [0-9a-f]+\)$/.test(l));
    return `${text}${trailerBlock && text.includes('\n\n') ? '\n' : '\n\n'}${line}\n`;
}
function inlineText(bytes) {
    if (bytes.length > INLINE_LIMIT || bytes.includes(0))
        return null;
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return null;
    }
}
/**
 * Makes `branch` on GitHub hold the commits of the local `branch` above `baseRef` (the target as
 * fetched, which GitHub has): created through the API, or left as it is when it already holds
 * commits with the same trees and messages on the same base (a re-run after a lost answer).
 */
async function publishThroughApi(options) {
    const { github, repo, git, branch, logger } = options;
    const base = await git.revParse(options.baseRef);
    const localHead = await git.revParse(`refs/heads/${branch}`);
    if (!base || !localHead)
        throw new Error(`the local branch ${branch} or its base ${options.baseRef} is missing`);
    const shas = await git.revList([`${base}..${localHead}`]);
    const local = await describe(git, shas);
    // The picks are a straight line on the target: each commit's only parent is the one before it.
    local.forEach((c, i) => {
        if (c.parents.length !== 1 || c.parents[0] !== (i === 0 ? base : local[i - 1].sha)) {
            throw new Error(`the picked commits of ${branch} are not a straight line on ${options.baseRef} (at ${c.sha.slice(0, 12)})`);
        }
    });
    const messages = local.map((c) => withCoAuthor(c.message, { name: c.authorName, email: c.authorEmail }));
    const existing = await github.getRef(repo, `heads/${branch}`);
    if (existing && (await holdsSame(github, repo, base, existing.sha, local, messages))) {
        logger.info(`${branch} already holds these ${local.length} commit(s) on GitHub: nothing to create.`);
        return { head: existing.sha, created: 0, blobs: 0, verified: true };
    }
    const perCommit = await Promise.all(local.map((c) => changes(git, c.parents[0], c.sha)));
    const wanted = new Set();
    for (const list of perCommit) {
        for (const ch of list)
            if (ch.status !== 'D' && typeOf(ch.newMode) === 'blob' && ch.newSha !== ch.oldSha)
                wanted.add(ch.newSha);
    }
    const contents = await git.readBlobs([...wanted]);
    const uploaded = new Set();
    const upload = async (sha) => {
        if (uploaded.has(sha))
            return;
        const made = await github.createBlob(repo, contents.get(sha));
        if (made !== sha)
            throw new Error(`GitHub stored blob ${sha.slice(0, 12)} as ${made.slice(0, 12)}`);
        uploaded.add(sha);
    };
    let parent = base;
    let parentTree = (await git.run(['rev-parse', '--verify', '--end-of-options', `${base}^{tree}`])).trim();
    let verified = true;
    let reason = '';
    for (const [i, commit] of local.entries()) {
        const entries = async (inline) => {
            const out = [];
            for (const ch of perCommit[i]) {
                if (ch.status === 'D') {
                    out.push({ path: ch.path, mode: ch.oldMode, type: typeOf(ch.oldMode), sha: null });
                    continue;
                }
                const mode = ch.newMode;
                const type = typeOf(ch.newMode);
                // A submodule's commit and an unchanged blob (a mode change) are referenced; new content is sent.
                if (type === 'blob' && ch.newSha !== ch.oldSha && !uploaded.has(ch.newSha)) {
                    const text = inline ? inlineText(contents.get(ch.newSha)) : null;
                    if (text !== null) {
                        out.push({ path: ch.path, mode, type, content: text });
                        continue;
                    }
                    await upload(ch.newSha);
                }
                out.push({ path: ch.path, mode, type, sha: ch.newSha });
            }
            return out;
        };
        let tree = await github.createTree(repo, parentTree, await entries(true));
        if (tree !== commit.tree) {
            // Text sent inline came back different (GitHub re-encoded it): send every changed file as a blob.
            logger.debug(`tree of ${commit.sha.slice(0, 12)} came back as ${tree.slice(0, 12)}; sending blobs`);
            tree = await github.createTree(repo, parentTree, await entries(false));
        }
        if (tree !== commit.tree) {
            throw new errors/* UserError */.yo('state', `GitHub built tree ${tree.slice(0, 12)} for the pick ${commit.sha.slice(0, 12)}, not ${commit.tree.slice(0, 12)} as git did: nothing was published to ${branch}. Set backport.signed-commits to false to push the picks instead, and report this.`);
        }
        const made = await github.createCommit(repo, { message: messages[i], tree, parents: [parent] });
        if (!made.verified) {
            verified = false;
            reason = made.reason;
        }
        parent = made.sha;
        parentTree = tree;
    }
    if (!existing)
        await github.createRef(repo, `refs/heads/${branch}`, parent);
    else if (existing.sha !== parent)
        await github.updateRef(repo, `heads/${branch}`, parent, true);
    if (!verified) {
        logger.warning(`GitHub did not sign the commits of ${branch} (verification: ${reason}). It signs commits created through its API only for a GitHub App installation token (the job's GITHUB_TOKEN or an App's token); with a personal access token they are unsigned, and a branch that requires signed commits refuses them.`, { title: 'Backport commits not signed' });
    }
    logger.info(`${branch}: ${local.length} commit(s) created through the API (${uploaded.size} blob(s) uploaded)${verified ? ', signed by GitHub' : ''}.`);
    return { head: parent, created: local.length, blobs: uploaded.size, verified };
}
/** The branch on GitHub already holds commits with these trees and messages, one per pick, right on `base`. */
async function holdsSame(github, repo, base, head, local, messages) {
    const comparison = await github.compare(repo, base, head);
    if (comparison.behindBy !== 0 || comparison.mergeBaseSha !== base || comparison.totalCommits !== local.length)
        return false;
    if (comparison.commits.length !== local.length)
        return false;
    return comparison.commits.every((c, i) => c.tree === local[i].tree && c.message.trim() === messages[i].trim() && c.parents.length === 1);
}

;// CONCATENATED MODULE: ./actions/backport-cherry-pick/steps/backport.ts










/**
 * Answers a `/backport` comment once (found again by the comment's id on a re-run). Only comments
 * written by a bot are candidates for the update, so a person's comment is never edited, whatever
 * marker they typed into it.
 */
async function answerCommand(env, identity, pr, command, problems) {
    const { github, context, logger, plan } = env;
    for (const p of problems)
        logger.warning(`/backport by ${command.login}: ${p}`, { title: '/backport not carried out' });
    // upsertComment finds the answer among the suite's own comments only (by author and marker).
    await (0,markers/* upsertComment */.lB)(github, context.repo, pr, identity, MARKER.answer, commandAnswer(command.login, problems), {
        attrs: { comment: command.commentId },
        plan,
        what: `the answer to the /backport comment ${command.commentId}`,
    });
}
/** What the event asks for; null (with a logged reason) when there is nothing to do. */
async function resolveRequest(inputs, env, identity) {
    const { context, logger, github } = env;
    const event = context.trigger;
    const explicit = (via) => (pr, policy) => explicitTargets(pr, inputs.targets, policy, via);
    if (inputs.pr) {
        return { number: inputs.pr, targets: inputs.targets.length ? explicit('input "targets"') : targetsOfPull };
    }
    if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
        if (event.kind !== 'pull_request')
            throw new errors/* UserError */.yo('input', `The ${context.eventName} event payload has no pull_request.`);
        const { action, pull: pr } = event;
        if (action === 'closed' || action === 'labeled') {
            // A `labeled` payload's merge state is re-read from the API below; a `closed` one is final.
            if (action === 'closed' && !pr.merged) {
                logger.info(`#${pr.number} is not merged: backports start when it merges.`);
                return null;
            }
            if (inputs.targets.length)
                return { number: pr.number, targets: explicit('input "targets"') };
            // Every backport label of the pull request, not only the one just added: labeled runs of one
            // pull request share a concurrency group, where a newer pending run cancels the older one,
            // so each run must do the work of any run it replaces (targets already done are left alone).
            return { number: pr.number, targets: targetsOfPull };
        }
        logger.info(`Nothing to do for ${context.eventName}.${action}: backports run on "closed" (merged) and "labeled".`);
        return null;
    }
    if (event.kind === 'issue_comment') {
        const { issue, comment } = event;
        if (event.action !== 'created' || !issue?.isPullRequest || !comment) {
            logger.info('Not a new comment on a pull request: nothing to do.');
            return null;
        }
        const branches = parseBackportCommand(comment.body);
        if (branches === null) {
            logger.info('The comment is not a /backport command: nothing to do.');
            return null;
        }
        const login = comment.login;
        const command = { commentId: comment.id, login };
        // Identity, not text: the workflow's author_association filter is a first line; the
        // permission read here is what decides.
        const permission = await github.getPermission(context.repo, login);
        if (!['admin', 'maintain', 'write'].includes(permission)) {
            await answerCommand(env, identity, issue.number, command, [
                `It needs write access to this repository (${login} has "${permission}"); ask a maintainer to comment /backport or add a backport label.`,
            ]);
            return null;
        }
        if (branches.length === 0)
            return { number: issue.number, targets: targetsOfPull, command };
        return {
            number: issue.number,
            targets: (pr, policy) => explicitTargets(pr, branches, policy, `/backport by ${login}`),
            command,
        };
    }
    throw new errors/* UserError */.yo('input', `Event "${context.eventName}" names no pull request: set the "pr" input (or use mode: audit for schedule).`);
}
async function originalComments(run) {
    run.comments ??= await run.env.github.listComments(run.env.context.repo, run.pr.number);
    return run.comments;
}
/**
 * The backport PR of this target: one from the suite's fixed branch of this repository (never a
 * fork) into the target. The suite opens it; a person who backported by hand after a conflict opens
 * it from the same branch, as the conflict comment says, and it counts too. A marker elsewhere (a
 * fork, another branch) never does.
 */
async function findExisting(run, target, branch) {
    const { github, context } = run.env;
    const prs = await github.listPullRequests(context.repo, { state: 'all', head: `${context.repo.owner}:${branch}` });
    const here = `${context.repo.owner}/${context.repo.repo}`.toLowerCase();
    return prs.find((p) => p.headRef === branch && p.headRepo?.toLowerCase() === here && p.baseRef === target.branch) ?? null;
}
/** What a backport pull request takes from the original: the copied labels, its milestone, its people. */
function backportMetadata(run) {
    return {
        labels: carriedLabels(run.pr.labels, run.inputs.copyLabels, run.policy, run.inputs.conflictLabel),
        milestone: run.pr.milestone?.number,
        assignees: [...new Set([...run.pr.assignees, run.pr.author])].filter((a) => a && !a.endsWith('[bot]')),
    };
}
/**
 * Completes the suite's own backport pull request that a run opened but could not finish (its answer
 * was lost, or the run stopped before the labels, milestone and assignees were set): only when it is
 * open, bare (none of the three) and nobody ever removed any of them — a person's choice stays.
 */
async function completeExisting(run, existing) {
    const { github, context, plan } = run.env;
    const wanted = backportMetadata(run);
    const bare = existing.labels.length === 0 && !existing.milestone && existing.assignees.length === 0;
    if (existing.state !== 'open' || !bare || (!wanted.labels.length && !wanted.milestone && !wanted.assignees.length))
        return;
    if (!(await run.identity.isSuite(existing.author)))
        return;
    const events = await github.listIssueEvents(context.repo, existing.number);
    if (events.some((e) => ['unlabeled', 'demilestoned', 'unassigned'].includes(e.event)))
        return;
    await plan.write(`set the labels, milestone and assignees of #${existing.number} (an earlier run stopped before it)`, async () => {
        await github.setIssueMetadata(context.repo, existing.number, wanted);
        await requestReview(run, existing);
    });
}
/** With `backport.request-review`: asks the original author (a person, not the suite) to review the backport. */
async function requestReview(run, backportPr) {
    const { github, context, logger } = run.env;
    const author = run.pr.author;
    if (!run.policy.backport.requestReview || !author || author.endsWith('[bot]') || author === backportPr.author)
        return;
    // GitHub answers 422 when the login is not a collaborator (e.g. a fork contributor): the
    // backport stands without the request, and the run says so.
    await github.requestReviewers(context.repo, backportPr.number, [author]).catch((error) => {
        if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 422))
            throw error;
        logger.warning(`Could not ask ${author} to review #${backportPr.number}: ${error.message}`, { title: 'Review not requested' });
    });
}
async function commentDeferred(run, target, rule, reason) {
    const { github, context, plan } = run.env;
    const body = deferredComment(run.pr.number, target, rule, reason);
    const existing = await originalComments(run);
    await (0,markers/* upsertComment */.lB)(github, context.repo, run.pr.number, run.identity, MARKER.deferred, body, {
        attrs: { target },
        existing,
        plan,
        what: `the "deferred" comment for ${target}`,
    });
}
async function reportConflict(run, target, branch, commits, conflicts) {
    const { github, context, plan } = run.env;
    const body = conflictComment(run.pr.number, target, branch, backportTitle(run.policy.backport.title, target, run.pr), commits, conflicts, run.inputs.conflictLabel);
    const existing = await originalComments(run);
    await (0,markers/* upsertComment */.lB)(github, context.repo, run.pr.number, run.identity, MARKER.conflict, body, {
        attrs: { target },
        existing,
        plan,
        what: `the conflict comment for ${target}`,
    });
    const label = run.inputs.conflictLabel;
    if (!run.pr.labels.includes(label)) {
        await plan.write(`label #${run.pr.number} "${label}"`, () => github.addLabels(context.repo, run.pr.number, [label]));
        run.pr.labels.push(label);
    }
}
async function openPullRequest(run, target, branch, provenance, why, conflicts, head) {
    const { github, context, logger } = run.env;
    const kind = markerKind(target.kind);
    const body = (0,markers/* withMarker */.Pe)(pullRequestBody(provenance, target.branch, target.kind, why, conflicts, branch), kind, { pr: run.pr.number, target: target.branch });
    const created = await github.createPullRequest(context.repo, {
        title: backportTitle(run.policy.backport.title, target.branch, run.pr),
        head: branch,
        base: target.branch,
        body,
        draft: conflicts.length > 0,
    });
    const labels = backportMetadata(run).labels;
    if (conflicts.length)
        labels.push(run.inputs.conflictLabel);
    // The milestone too: milestone-check then sees the backport in the release it belongs to.
    await github.setIssueMetadata(context.repo, created.number, { ...backportMetadata(run), labels });
    await requestReview(run, created);
    if (conflicts.length) {
        await github.createStatus(context.repo, head, {
            state: 'failure',
            context: run.inputs.statusContext,
            description: 'Cherry-pick conflict markers are committed: resolve them before merging.',
            targetUrl: context.runUrl,
        });
    }
    if (!run.warnedToken && created.author === 'github-actions[bot]') {
        run.warnedToken = true;
        logger.warning('The backport pull requests were created with the default GITHUB_TOKEN, so they will not start workflows (no CI on them). Pass a GitHub App token or a PAT as "token" (see the README).', { title: 'Backports will not trigger CI' });
    }
    return created;
}
async function subjects(workspace, shas) {
    const described = await workspace.describe(shas);
    return shas.map((sha) => ({ sha, subject: described.get(sha)?.subject ?? '' }));
}
async function backportOne(run, target, why, workspace, plan, related, provenance) {
    const { logger } = run.env;
    const branch = (0,ownership/* backportBranch */.rX)(run.pr.number, target.branch);
    const base = { kind: target.kind, branch };
    const ref = remoteRef(target.branch);
    const present = await workspace.findPresent(ref, plan.commits, related);
    if (plan.commits.every((c) => present.has(c))) {
        const first = present.get(plan.commits[0]);
        const how = first.proof === 'ancestry'
            ? `already in the history of ${target.branch}`
            : first.proof === 'cherry-pick-trailer'
                ? `already picked to ${target.branch} as ${first.on.slice(0, 12)} ("cherry picked from commit" trailer)`
                : `the same change is already on ${target.branch} as ${first.on.slice(0, 12)} (patch-id)`;
        return { ...base, state: 'skipped', reason: how };
    }
    const mode = run.inputs.conflict ?? run.policy.backport.conflict;
    const picked = await workspace.pick(branch, ref, plan.commits, mode === 'fail' ? 'abort' : 'commit');
    if (picked.outcome === 'empty')
        return { ...base, state: 'skipped', reason: `empty pick: every change is already on ${target.branch}` };
    const files = picked.conflicts.flatMap((c) => c.files);
    if (picked.outcome === 'conflict' && mode === 'fail') {
        const reason = `conflict in ${files.join(', ')}; commented on #${run.pr.number} with the commands to backport by hand`;
        await reportConflict(run, target.branch, branch, plan.commits, picked.conflicts);
        return { ...base, state: 'conflict', reason };
    }
    const signed = run.policy.backport.signedCommits;
    const how = signed ? `create the commits of ${branch} through the API (signed)` : `push ${branch}`;
    const opened = `open "${backportTitle(run.policy.backport.title, target.branch, run.pr)}" into ${target.branch}${picked.outcome === 'conflict' ? ' as a draft' : ''}`;
    const created = await run.env.plan.write(`${how} and ${opened}`, async () => {
        // The branch's head on GitHub: the local picks pushed, or the same changes made again through the API (signed).
        let head = picked.head;
        if (signed) {
            head = (await publishThroughApi({ github: run.env.github, repo: run.env.context.repo, git: workspace.git, branch, baseRef: ref, logger })).head;
        }
        else
            await workspace.push(branch);
        return openPullRequest(run, target, branch, provenance, why, picked.conflicts, head);
    });
    if (!created) {
        return {
            ...base,
            state: 'planned',
            reason: picked.outcome === 'conflict' ? `draft with conflicts in ${files.join(', ')}` : `${plan.commits.length} commit(s) pick cleanly`,
        };
    }
    if (picked.outcome === 'conflict') {
        logger.warning(`Backport to ${target.branch} has conflicts in ${files.join(', ')}: draft #${created.number} needs a person.`, {
            title: 'Backport conflict',
        });
        return {
            ...base,
            state: 'conflict',
            reason: `draft #${created.number} with conflict markers in ${files.join(', ')}`,
            pr: created.number,
            url: created.htmlUrl,
        };
    }
    const autoMerge = run.policy.backport.autoMerge ? await enableAutoMerge(run, created, target.branch, run.policy.backport.autoMerge) : undefined;
    return {
        ...base,
        state: 'created',
        reason: `${plan.commits.length} commit(s) picked`,
        pr: created.number,
        url: created.htmlUrl,
        ...(autoMerge ? { autoMerge } : {}),
    };
}
/**
 * Opt-in auto-merge of a clean backport or merge-back (never a draft or a conflict: those return
 * earlier). GitHub's auto-merge waits for the branch's required checks and reviews; a branch that
 * requires no check would merge the pick unverified, so it is refused there. GitHub itself refuses
 * when the repository does not allow auto-merge, or when the pull request is already mergeable
 * ("clean status") — both are said as warnings: the backport stands and waits for a person.
 */
async function enableAutoMerge(run, created, branch, method) {
    const { github, context, logger } = run.env;
    const checks = await github.requiredChecks(context.repo, branch);
    if (checks.length === 0) {
        logger.warning(`Auto-merge of #${created.number} refused: ${branch} requires no status check, so nothing would verify the pick before it merges. Make a check required on ${branch} (branch protection or a ruleset), or set backport.auto-merge to false.`, { title: 'Auto-merge refused' });
        return 'refused';
    }
    const nodeId = created.nodeId;
    if (!nodeId)
        throw new Error(`pull request #${created.number} came back without its node id`);
    try {
        await run.env.plan.write(`enable auto-merge (${method}) on #${created.number}`, () => github.enableAutoMerge(context.repo, created.number, nodeId, method));
        logger.info(`Auto-merge (${method}) enabled on #${created.number}: it merges once ${checks.join(', ')} pass.`);
        return 'enabled';
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const advice = /not allowed for this repository/i.test(error.message)
            ? ' Enable "Allow auto-merge" in the repository Settings → General, or set backport.auto-merge to false.'
            : '';
        logger.warning(`Auto-merge of #${created.number} not enabled: ${error.message}${advice}`, { title: 'Auto-merge not enabled' });
        return 'failed';
    }
}
async function backport(inputs, env, policy) {
    const { github, context, logger, clock } = env;
    const identity = new shared_identity/* SuiteIdentity */.HR(github, policy.trustedLogins);
    const request = await resolveRequest(inputs, env, identity);
    if (!request)
        return { results: {} };
    const pr = await github.getPullRequest(context.repo, request.number);
    const answer = async (problems) => {
        if (request.command && problems.length)
            await answerCommand(env, identity, pr.number, request.command, problems);
    };
    if (!pr.merged || !pr.mergeCommitSha) {
        logger.info(`#${pr.number} is not merged: only merged pull requests are backported.`);
        await answer([`#${pr.number} is not merged: only merged pull requests are backported. Add backport labels (or comment /backport) once it is merged.`]);
        return { results: {}, prNumber: pr.number };
    }
    const facts = { number: pr.number, title: pr.title, labels: pr.labels, baseRef: pr.baseRef, headRef: pr.headRef };
    const requested = request.targets(facts, policy);
    const run = { inputs, env, policy, pr, facts, warnedToken: false, identity };
    const results = {};
    if (requested.length === 0) {
        logger.info(`#${pr.number} asks for no backport (no label matching "${policy.backport.labelPattern}", not a hotfix).`);
        await answer([`No target branch: name it (/backport stg) or add a label matching "${policy.backport.labelPattern}".`]);
        return { results, prNumber: pr.number };
    }
    logger.info(`#${pr.number} → ${requested.map((t) => `${t.branch} (${t.kind}, ${t.via})`).join(', ')}`);
    const workspace = await Workspace.forRun(env, inputs.committer);
    try {
        const toPick = [];
        let releases;
        for (const target of requested) {
            const kind = target.kind;
            try {
                if (!isSafeBranchName(target.branch)) {
                    results[target.branch] = { state: 'failed', kind, reason: `${(0,errors/* quote */.hD)(target.branch)} is not a valid branch name (${target.via})` };
                    continue;
                }
                const branch = (0,ownership/* backportBranch */.rX)(pr.number, target.branch);
                await workspace.git.checkRefFormat(target.branch, 'target branch');
                await workspace.git.checkRefFormat(branch, 'backport branch');
                const existing = await findExisting(run, target, branch);
                if (existing) {
                    await completeExisting(run, existing);
                    const state = existing.merged ? 'merged' : existing.state;
                    env.plan.keep(`the ${kind} of #${pr.number} into ${target.branch} is already #${existing.number} (${state})`);
                    results[target.branch] = { state: 'exists', kind, branch, reason: `#${existing.number} (${state})`, pr: existing.number, url: existing.htmlUrl };
                    continue;
                }
                let verdict = judgeWithoutWindow(facts, kind, policy);
                if (!verdict) {
                    releases ??= await github.listReleasesSince(context.repo, (0,shared_clock/* addDays */.fi)(clock(), -policy.backport.windowDays - 1));
                    verdict = judgeBackport(facts, kind, policy, (0,shared_releases/* latestMajorRelease */.C)(releases, policy), clock());
                }
                if (!verdict.allowed) {
                    await commentDeferred(run, target.branch, verdict.rule, verdict.reason);
                    results[target.branch] = { state: 'deferred', kind, reason: verdict.reason };
                    continue;
                }
                toPick.push({ target, why: verdict.reason });
            }
            catch (error) {
                results[target.branch] = { state: 'failed', kind, reason: (0,errors/* reportedFailure */.G0)(error, logger) };
            }
        }
        if (toPick.length > 0) {
            const exists = await workspace.existingBranches(toPick.map((t) => t.target.branch));
            for (const { target } of toPick.filter((t) => !exists.has(t.target.branch))) {
                results[target.branch] = { state: 'failed', kind: target.kind, reason: `branch "${target.branch}" does not exist` };
            }
            const ready = toPick.filter((t) => exists.has(t.target.branch));
            if (ready.length > 0) {
                // allSettled: when one fails, the other (git writing into the scratch directory) must
                // finish before `finally` removes that directory, or its removal hides the real error.
                const mergeCommit = pr.mergeCommitSha;
                const branches = ready.map((t) => t.target.branch);
                const [listed, fetched] = await Promise.allSettled([
                    github.listPullRequestCommits(context.repo, pr.number),
                    (async () => {
                        // Only the history down to each target's merge base with the merged commit (GitHub's counts),
                        // deepened when a proof needs more: a small part of a clone on a long-lived repository.
                        const depth = await (0,presence/* depthForPresence */.kT)(github, context.repo, branches, mergeCommit, logger);
                        await workspace.fetch(branches, [mergeCommit], { depth });
                    })(),
                ]);
                if (listed.status === 'rejected')
                    throw listed.reason;
                if (fetched.status === 'rejected')
                    throw fetched.reason;
                const prCommits = listed.value;
                const plan = await workspace.planPicks(pr.mergeCommitSha, pr.headSha, prCommits);
                logger.info(`${plan.method} merge: picking ${plan.commits.map((c) => c.slice(0, 12)).join(', ')}`);
                const related = [pr.mergeCommitSha, ...prCommits.map((c) => c.sha)].filter((s) => !plan.commits.includes(s));
                const provenance = {
                    pr: pr.number,
                    title: pr.title,
                    author: pr.author,
                    baseRef: pr.baseRef,
                    mergeCommit: pr.mergeCommitSha,
                    method: plan.method,
                    commits: await subjects(workspace, plan.commits),
                };
                for (const { target, why } of ready) {
                    try {
                        results[target.branch] = await logger.group(`Backport to ${target.branch}`, () => backportOne(run, target, why, workspace, plan, related, provenance));
                    }
                    catch (error) {
                        results[target.branch] = { state: 'failed', kind: target.kind, reason: (0,errors/* reportedFailure */.G0)(error, logger) };
                    }
                }
            }
        }
    }
    finally {
        await workspace.dispose();
    }
    // Keep the requested order in the output.
    const ordered = {};
    for (const t of requested)
        if (results[t.branch])
            ordered[t.branch] = results[t.branch];
    // Deferred targets and conflicts already have their own comment; failures get the answer.
    await answer(Object.entries(ordered)
        .filter(([, r]) => r.state === 'failed')
        .map(([target, r]) => `${target.length > 100 ? (0,errors/* quote */.hD)(target) : target}: ${r.reason}`));
    return { results: ordered, prNumber: pr.number };
}

;// CONCATENATED MODULE: ./actions/backport-cherry-pick/main.ts








function parseInputs(reader) {
    const targets = reader.list('targets');
    for (const t of targets)
        if (!isSafeBranchName(t))
            throw (0,errors/* inputError */.Xu)('targets', `${(0,errors/* quote */.hD)(t)} is not a branch name.`);
    const conflict = reader.enumeration('conflict', ['', 'fail', 'draft'], '');
    const email = reader.string('committer-email', { default: '41898282+github-actions[bot]@users.noreply.github.com' });
    if (!/^[^\s<>]+@[^\s<>]+$/.test(email))
        throw (0,errors/* inputError */.Xu)('committer-email', `"${email}" is not an e-mail address.`);
    const name = reader.string('committer-name', { default: 'github-actions[bot]' });
    if (/[<>\n]/.test(name))
        throw (0,errors/* inputError */.Xu)('committer-name', 'must not contain <, > or line breaks.');
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        mode: reader.enumeration('mode', ['backport', 'audit'], 'backport'),
        pr: reader.integer('pr', { min: 1 }),
        targets,
        ...(conflict ? { conflict } : {}),
        copyLabels: reader.list('copy-labels'),
        conflictLabel: reader.string('conflict-label', { default: 'needs-manual-backport' }),
        driftLabel: reader.string('drift-label', { default: 'backport-drift' }),
        statusContext: reader.string('status-context', { default: 'portal-release/backport' }),
        committer: { name, email },
        dryRun: reader.boolean('dry-run', false),
    };
}
async function run(inputs, env) {
    const { github, logger } = env;
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    const policy = loaded.policy;
    if (inputs.mode === 'audit') {
        const audit = await logger.group('Drift ledger', () => runAudit(inputs, env, policy));
        return {
            outputs: { drift: audit.items.length, 'drift-commits': audit.items, results: {}, 'created-pull-numbers': '' },
            summary: `## 🧭 backport-cherry-pick: drift ledger\n\n${audit.summary}\n\n${env.plan.dryRun ? '**Dry run: nothing written.** ' : ''}${github.requestCount} API request(s).\n`,
        };
    }
    return (0,alerts/* withFailureAlert */.fn)(env, policy, backportSubject(inputs, env), () => backportOutcome(inputs, env, loaded));
}
/**
 * The merged pull request whose backports this run does (the subject of a failure alert), or null
 * when the event names none. On the first run of a pull request's merge no earlier run can have
 * failed for it, so its success costs no request.
 */
function backportSubject(inputs, env) {
    const { context } = env;
    const event = context.trigger;
    const number = inputs.pr ??
        (event.kind === 'pull_request' ? event.pull.number : event.kind === 'issue_comment' && event.issue?.isPullRequest ? event.issue.number : undefined);
    if (!number)
        return null;
    const firstMergeRun = /^pull_request(_target)?$/.test(context.eventName) &&
        event.kind === 'pull_request' &&
        event.action === 'closed' &&
        context.runAttempt === '1' &&
        !inputs.pr;
    return { kind: 'backport', key: `pr-${number}`, label: `#${number}`, priorFailurePossible: !firstMergeRun };
}
async function backportOutcome(inputs, env, loaded) {
    const { github, logger } = env;
    const policy = loaded.policy;
    const { results, prNumber } = await logger.group('Backport', () => backport(inputs, env, policy));
    const created = Object.values(results)
        .filter((r) => r.pr && (r.state === 'created' || (r.state === 'conflict' && r.url)))
        .map((r) => r.pr);
    const failed = Object.entries(results).filter(([, r]) => r.state === 'failed' || (r.state === 'conflict' && !r.pr));
    // Targets can come from a comment: show bounded names.
    const shown = (target) => (target.length > 100 ? (0,errors/* quote */.hD)(target) : target);
    for (const [target, r] of failed) {
        logger.error(`Backport to ${shown(target)}: ${r.reason}`, { title: `Backport to ${shown(target)} ${r.state}` });
    }
    const header = prNumber ? ` of #${prNumber}` : '';
    const lines = [`Policy: ${(0,shared_text/* escapeHtml */.ZD)(loaded.source)}.`];
    if (Object.keys(results).length === 0)
        lines.push('', 'Nothing to backport.');
    const outcome = {
        outputs: { results, 'created-pull-numbers': created.join(' ') },
        summary: summarize(header, lines, results, env.plan.dryRun, github.requestCount),
        failure: failed.length
            ? `Backport${header} did not complete for ${failed.map(([t, r]) => `${shown(t)} (${r.state}: ${r.reason})`).join('; ')}. The other targets were attempted.`
            : undefined,
    };
    // Resolves a tracked failure only when every target is done (a draft conflict backport is not).
    const states = Object.values(results).map((r) => r.state);
    return { outcome, succeeded: states.length > 0 && states.every((s) => s !== 'failed' && s !== 'conflict') };
}
const backportCherryPick = {
    name: 'backport-cherry-pick',
    parseInputs: (reader, _context) => parseInputs(reader),
    isDryRun: (inputs) => inputs.dryRun,
    run,
};


/***/ }),

/***/ 1595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fn: () => (/* binding */ withFailureAlert)
/* harmony export */ });
/* unused harmony exports FAILURE_KINDS, alertOutputs, trackOutcome */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7987);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7316);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2294);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9985);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9451);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2763);







/**
 * Failure alerts outside the pull request (decision record "failure alerts"): when a backport or
 * merge-back, a release or a promotion fails after its pull request was merged (or on a dispatch or
 * schedule run), the suite keeps ONE tracking issue per failure kind per repository. It lists the open
 * failures (one entry per failing thing: a backported pull request, the release, a promotion stage),
 * gets a comment per new failure, and is closed with a comment once every listed failure succeeded.
 *
 * - Found by its label (one request: `GET /issues?labels=…&state=open`), owned by identity: its
 *   `failure-alert` marker AND its author being the suite. Anyone else's issue with the same marker is
 *   never edited or closed; nobody's comments are ever touched.
 * - Idempotent: an entry records the workflow run that last saw it fail, so a re-run of the same run
 *   adds nothing; the body is written before the comment, so a comment whose answer was lost is not
 *   posted again.
 * - Concurrent runs that each opened an issue converge: the oldest of the suite's open issues of a
 *   kind is kept, the others' entries move into it and they are closed as duplicates.
 * - Secondary to the action: a token without `issues: write` (or any failure here) is a warning; the
 *   action's own result is never changed by its alert.
 */
const FAILURE_KINDS = (/* unused pure expression or super */ null && (['backport', 'release', 'promotion']));
const TITLES = {
    backport: 'Backports failing after merge',
    release: 'Release failing',
    promotion: 'Promotion failing',
};
const WHAT = {
    backport: 'a backport or merge-back (backport-cherry-pick) failed after its pull request was merged',
    release: 'a release (tag-and-release) failed',
    promotion: 'a promotion (promote-rc) failed',
};
const CLOSES = {
    backport: 'once the backports of every pull request listed below succeed (a re-run, `/backport`, or a label)',
    release: 'once a release run succeeds',
    promotion: 'once each promotion stage listed below succeeds',
};
/** The outputs every chat step can use, on the three actions that alert. */
function alertOutputs(result) {
    return {
        alert: result.alert,
        'alert-url': result.url,
        'failure-kind': result.failureKind,
        'failure-summary': result.failureSummary,
    };
}
const ENTRY_LINE = /^- (<!-- portal-release:failure-entry [^>]*-->) ?(.*)$/;
function parseEntries(body) {
    const out = [];
    for (const line of body.split('\n')) {
        const m = ENTRY_LINE.exec(line);
        if (!m)
            continue;
        const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMarkers */ .FT)(m[1]).find((x) => x.kind === 'failure-entry');
        if (marker?.attrs.key && marker.attrs.run)
            out.push({ key: marker.attrs.key, run: marker.attrs.run, text: m[2] ?? '' });
    }
    return out;
}
function renderBody(kind, entries) {
    const head = [
        (0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarker */ .Bd)('failure-alert', { kind }),
        `## 🚨 ${TITLES[kind]}`,
        '',
        `portal-release opened this issue because ${WHAT[kind]}: a comment on a merged pull request is easily missed. Each new failure adds a comment here; the suite closes this issue ${CLOSES[kind]}.`,
        '',
        entries.length ? '### Open failures' : '### No open failures',
        '',
    ];
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .boundBody */ .B9)([...head, ...entries.map((e) => `- ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarker */ .Bd)('failure-entry', { key: e.key, run: e.run })} ${e.text}`)]);
}
function entryText(subject, env, summary) {
    return `**${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG)(subject.label)}** failed in [run ${env.context.runId}](${env.context.runUrl}): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG)(summary)}`;
}
/** The suite's open tracking issues of `kind`, oldest first; anyone else's marked issue is noted, never used. */
async function ownOpenIssues(env, policy, kind, identity, ignored) {
    const listed = await env.github.listIssues(env.context.repo, { state: 'open', labels: [policy.alerts.labels[0]] });
    const mine = [];
    for (const issue of listed) {
        if (issue.isPullRequest || !(0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .findMarker */ .Ed)(issue.body, 'failure-alert', { kind }))
            continue;
        if (await identity.isSuite(issue.author))
            mine.push(issue);
        else
            ignored.note(`#${issue.number}`, `carries the \`failure-alert\` marker, but it was opened by ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG)(issue.author || 'a deleted account')}, not by the suite: left alone`);
    }
    return mine.sort((a, b) => a.number - b.number);
}
/**
 * Keeps the oldest of the suite's open issues of a kind; the entries of the others (opened by runs
 * at the same moment, each before it could see the other's) move into it and they are closed.
 */
async function converge(job, kind, issues) {
    const [keep, ...extra] = issues;
    if (!keep || extra.length === 0)
        return keep;
    const { github, context } = job.env;
    const entries = parseEntries(keep.body);
    for (const other of extra)
        for (const e of parseEntries(other.body))
            if (!entries.some((x) => x.key === e.key))
                entries.push(e);
    const body = renderBody(kind, entries);
    if (body !== keep.body) {
        await job.env.plan.write(`merge the entries of the tracking issues ${extra.map((i) => `#${i.number}`).join(', ')} into #${keep.number}`, () => github.updateIssue(context.repo, keep.number, { body }));
    }
    for (const other of extra) {
        await job.env.plan.write(`close the tracking issue #${other.number} as a duplicate of #${keep.number}`, async () => {
            await github.updateIssue(context.repo, other.number, { state: 'closed' });
            await github.createComment(context.repo, other.number, `Duplicate of #${keep.number}: two runs opened a tracking issue at the same moment; #${keep.number} tracks these failures.`);
        });
    }
    return { ...keep, body };
}
async function recordFailure(job, subject, summary, identity, ignored) {
    const { env, policy } = job;
    const { github, context } = env;
    const run = context.runId;
    const issue = await converge(job, subject.kind, await ownOpenIssues(env, policy, subject.kind, identity, ignored));
    const entry = { key: subject.key, run, text: entryText(subject, env, summary) };
    if (!issue) {
        const created = await env.plan.write(`open a tracking issue for ${subject.kind} failures`, () => github.createIssue(context.repo, {
            title: (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .boundTitle */ .P0)(`${TITLES[subject.kind]} (portal-release)`),
            body: renderBody(subject.kind, [entry]),
            labels: policy.alerts.labels,
            ...(policy.alerts.assignees.length ? { assignees: policy.alerts.assignees } : {}),
        }));
        if (!created)
            return { alert: 'opened', url: '' };
        // Another run may have opened one at the same moment: the oldest is kept (the listing may lag a few
        // seconds, so a later run converges what this one cannot see yet).
        const kept = await converge(job, subject.kind, await ownOpenIssues(env, policy, subject.kind, identity, ignored));
        if (kept && kept.number !== created.number)
            return { alert: 'updated', url: kept.htmlUrl };
        return { alert: 'opened', url: created.htmlUrl };
    }
    const entries = parseEntries(issue.body);
    const known = entries.find((e) => e.key === subject.key);
    if (known?.run === run) {
        // A re-run of the same workflow run: no second comment. Its entry says how it failed last (a re-run can
        // fail otherwise: a transient error first, the real refusal next), so the body converges on the latest.
        if (known.text === entry.text) {
            env.plan.keep(`the tracking issue #${issue.number} already records this run's failure of ${subject.label}`);
            return { alert: 'unchanged', url: issue.htmlUrl };
        }
        await job.env.plan.write(`update the entry of ${subject.label} in the tracking issue #${issue.number} (a re-run of run ${run})`, () => github.updateIssue(context.repo, issue.number, {
            body: renderBody(subject.kind, entries.map((e) => (e.key === subject.key ? entry : e))),
        }));
        return { alert: 'updated', url: issue.htmlUrl };
    }
    const next = known ? entries.map((e) => (e.key === subject.key ? entry : e)) : [...entries, entry];
    await job.env.plan.write(`record the failure of ${subject.label} in the tracking issue #${issue.number}`, async () => {
        // The body (with this run's id) first: a comment whose answer is lost is then never posted twice.
        await github.updateIssue(context.repo, issue.number, { body: renderBody(subject.kind, next) });
        await github.createComment(context.repo, issue.number, `${known ? 'Failed again' : 'New failure'}: ${entry.text}`);
    });
    return { alert: 'updated', url: issue.htmlUrl };
}
async function recordSuccess(job, subject, identity, ignored) {
    const { env } = job;
    const { github, context } = env;
    const issue = await converge(job, subject.kind, await ownOpenIssues(env, job.policy, subject.kind, identity, ignored));
    if (!issue)
        return { alert: 'none', url: '' };
    const entries = parseEntries(issue.body);
    if (!entries.some((e) => e.key === subject.key))
        return { alert: 'none', url: issue.htmlUrl };
    const rest = entries.filter((e) => e.key !== subject.key);
    const body = renderBody(subject.kind, rest);
    if (rest.length > 0) {
        await job.env.plan.write(`mark ${subject.label} as succeeded in the tracking issue #${issue.number}`, () => github.updateIssue(context.repo, issue.number, { body }));
        return { alert: 'updated', url: issue.htmlUrl };
    }
    await job.env.plan.write(`close the tracking issue #${issue.number}: ${subject.label} succeeded`, async () => {
        // Closed first: a closing comment whose answer is lost is not repeated (the next run finds no open issue).
        await github.updateIssue(context.repo, issue.number, { body, state: 'closed' });
        await github.createComment(context.repo, issue.number, `✅ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG)(subject.label)} succeeded in [run ${context.runId}](${context.runUrl}): no failure is left open, closing.`);
    });
    return { alert: 'closed', url: issue.htmlUrl };
}
/**
 * Records the outcome of one run for its subject: a failure opens or updates the kind's tracking
 * issue, a success resolves its entry (closing the issue when none is left). Never throws: a missing
 * permission or any other trouble is a warning, and the action's own result stands.
 */
async function trackOutcome(env, policy, subject, outcome) {
    const failed = 'failure' in outcome;
    const result = {
        alert: 'none',
        url: '',
        failureKind: failed ? subject.kind : '',
        failureSummary: failed ? outcome.failure : '',
        note: '',
    };
    if (!policy.alerts.trackingIssue)
        return result;
    // Outside a workflow run (the command-line interface) the person sees the failure where it happens.
    if (!env.context.runId)
        return result;
    if (!failed && (!outcome.succeeded || !subject.priorFailurePossible))
        return result;
    const job = { env, policy };
    const identity = new _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .SuiteIdentity */ .HR(env.github, policy.trustedLogins);
    const ignored = new _ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .IgnoredMarkers */ .U5();
    try {
        const done = failed ? await recordFailure(job, subject, outcome.failure, identity, ignored) : await recordSuccess(job, subject, identity, ignored);
        result.alert = done.alert;
        result.url = done.url;
    }
    catch (error) {
        const permission = error instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y_ && (error.status === 403 || error.status === 404);
        const why = permission
            ? `the token cannot read or write this repository's issues: add \`issues: write\` to the job's \`permissions:\` (${error.message})`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reportedFailure */ .G0)(error, env.logger);
        env.logger.warning(`The ${subject.kind} failure alert was skipped: ${why}. The result of this run is unchanged.`, { title: 'Failure alert skipped' });
        result.note = `Failure alert skipped: ${why}`;
        return result;
    }
    for (const s of ignored.sentences())
        env.logger.warning(s, { title: 'Marker ignored' });
    const verb = env.plan.dryRun ? 'would be ' : '';
    if (result.alert !== 'none')
        result.note = `Failure alert ${verb}${result.alert}${result.url ? `: ${result.url}` : ''} (${(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Qq)(env.context.repo)}).`;
    return result;
}
/**
 * Runs an action's work and tracks its outcome for `subject` (null: this run neither raises nor
 * resolves an alert, e.g. a gate on an open pull request). A failure the person can fix (a thrown
 * UserError) keeps its sentence and is returned as the job's failure, so the alert outputs are written
 * too; a bug is alerted and then thrown on to the entry's one error path.
 */
async function withFailureAlert(env, policy, subject, work) {
    let done;
    try {
        done = await work();
    }
    catch (error) {
        // A mistake in how the action was called or configured is the caller's to see, not a failed operation.
        if (!subject || ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error) && (error.kind === 'input' || error.kind === 'config')))
            throw error;
        const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error) ? error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reportedFailure */ .G0)(error, env.logger);
        const alert = await trackOutcome(env, policy, subject, { failure });
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
            throw error;
        return {
            outputs: alertOutputs(alert),
            summary: `### ❌ ${subject.kind} failed\n\n${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .ZD)(failure)}\n${alert.note ? `\n${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .ZD)(alert.note)}\n` : ''}`,
            failure,
        };
    }
    const { outcome, succeeded } = done;
    const alert = subject
        ? await trackOutcome(env, policy, subject, outcome.failure ? { failure: outcome.failure } : { succeeded })
        : { alert: 'none', url: '', failureKind: '', failureSummary: '', note: '' };
    return {
        ...outcome,
        outputs: { ...outcome.outputs, ...alertOutputs(alert) },
        ...(alert.note ? { summary: `${outcome.summary ?? ''}\n${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .ZD)(alert.note)}\n` } : {}),
    };
}


/***/ }),

/***/ 3690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ bumpFor),
/* harmony export */   parseConventional: () => (/* binding */ parseConventional)
/* harmony export */ });
/* harmony import */ var conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4674);

const parser = new conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__/* .CommitParser */ .Jf({
    headerPattern: /^(\w*)(?:\(([^)]*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\(([^)]*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
});
/** Parses a PR title or commit message with the Conventional Commits grammar. */
function parseConventional(message) {
    const text = message.replace(/\r\n/g, '\n').trim();
    const commit = parser.parse(text);
    const header = text.split('\n')[0] ?? '';
    const breaking = /^\w+(?:\([^)]*\))?!:/.test(header) || commit.notes.some((n) => /^BREAKING[ -]CHANGE$/.test(n.title));
    return {
        type: commit.type ? commit.type.toLowerCase() : null,
        scope: commit.scope ?? null,
        subject: commit.subject ?? header,
        breaking,
    };
}
/** feat → minor, fix (and anything else) → patch, `!` or BREAKING CHANGE → major. */
function bumpFor(messages) {
    let bump = null;
    for (const message of messages) {
        const c = parseConventional(message);
        if (c.breaking)
            return 'major';
        if (c.type === 'feat')
            bump = 'minor';
        else if (bump === null && c.type)
            bump = 'patch';
    }
    return bump;
}


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ latestMajorRelease)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5721);

/**
 * The latest stable, published major release (X.0.0) among `releases`, by publication date:
 * the release that starts the code freeze and the backport window.
 */
function latestMajorRelease(releases, policy) {
    const majors = releases.filter((r) => {
        if (r.draft || r.prerelease || !r.publishedAt)
            return false;
        const tag = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReleaseTag */ .rE)(r.tagName, policy.tagPrefix, policy.promotion.rcIdentifier);
        return tag !== null && tag.rc === null && tag.version.endsWith('.0.0');
    });
    majors.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
    return majors[0] ?? null;
}


/***/ })

};
