export const id = 445;
export const ids = [445];
export const modules = {

/***/ 2445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_KIND: () => (/* binding */ COMMENT_KIND),
  NOT_A_RELEASE_PR: () => (/* binding */ NOT_A_RELEASE_PR),
  defaultTargetBranch: () => (/* binding */ defaultTargetBranch),
  milestoneCheck: () => (/* binding */ milestoneCheck),
  parseInputs: () => (/* binding */ parseInputs),
  run: () => (/* binding */ run),
  trainRepos: () => (/* binding */ trainRepos)
});

// EXTERNAL MODULE: ./shared/entry.ts
var entry = __webpack_require__(6406);
// EXTERNAL MODULE: ./shared/config.ts
var config = __webpack_require__(6202);
// EXTERNAL MODULE: ./shared/context.ts
var shared_context = __webpack_require__(1849);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git.ts
var shared_git = __webpack_require__(7366);
// EXTERNAL MODULE: ./shared/identity.ts
var shared_identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
// EXTERNAL MODULE: ./shared/release-pull-request.ts
var release_pull_request = __webpack_require__(6703);
// EXTERNAL MODULE: ./shared/statuses.ts
var statuses = __webpack_require__(1642);
// EXTERNAL MODULE: ./shared/versions.ts
var versions = __webpack_require__(5721);
;// CONCATENATED MODULE: ./actions/milestone-check/items.ts


const MILESTONE_LOOKUP_QUERY = `query MilestoneLookup($owner: String!, $name: String!, $title: String!) {
  repository(owner: $owner, name: $name) {
    url
    milestones(query: $title, first: 100, states: [OPEN, CLOSED]) {
      nodes { number title state url }
    }
  }
}`;
/** Finds the milestone whose title is exactly `title` (GitHub's `query` is a substring search). */
async function findMilestone(github, repo, title) {
    const data = await github.graphql(`Looking up milestone "${title}" in ${(0,shared_context/* repoName */.Qq)(repo)}`, MILESTONE_LOOKUP_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        title,
    });
    if (!data.repository)
        throw new errors/* UserError */.yo('not-found', `Repository ${(0,shared_context/* repoName */.Qq)(repo)} was not found (check the "repos" input and that the token can read it).`);
    const hit = data.repository.milestones.nodes.find((m) => m.title === title);
    return {
        repoUrl: data.repository.url,
        milestone: hit ? { number: hit.number, title: hit.title, state: hit.state === 'CLOSED' ? 'closed' : 'open', url: hit.url } : null,
    };
}
const MILESTONE_ITEMS_QUERY = `query MilestoneItems($owner: String!, $name: String!, $number: Int!, $withIssues: Boolean!, $withPulls: Boolean!, $issueCursor: String, $pullCursor: String) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $issueCursor) @include(if: $withIssues) {
        pageInfo { hasNextPage endCursor }
        nodes { number title url state labels(first: 50) { nodes { name } } }
      }
      pullRequests(first: 100, after: $pullCursor) @include(if: $withPulls) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state merged mergedAt baseRefName
          mergeCommit { oid }
          labels(first: 50) { nodes { name } }
          commits(last: 1) { totalCount nodes { commit { messageHeadline } } }
        }
      }
    }
  }
}`;
const labelsOf = (n) => (n.labels?.nodes ?? []).map((l) => l.name);
/**
 * Every issue and pull request of a milestone, 100 of each per GraphQL request: both connections
 * are paged in the same request until each is exhausted.
 */
async function listMilestoneItems(github, repo, milestone) {
    const items = [];
    let issueCursor = null;
    let pullCursor = null;
    let withIssues = true;
    let withPulls = true;
    while (withIssues || withPulls) {
        const data = await github.graphql(`Listing milestone "${milestone.title}" of ${(0,shared_context/* repoName */.Qq)(repo)}`, MILESTONE_ITEMS_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            number: milestone.number,
            withIssues,
            withPulls,
            issueCursor,
            pullCursor,
        });
        const m = data.repository?.milestone;
        if (!m)
            throw new errors/* UserError */.yo('not-found', `Milestone "${milestone.title}" of ${(0,shared_context/* repoName */.Qq)(repo)} disappeared while it was being read; re-run the job.`);
        if (withIssues) {
            for (const n of m.issues?.nodes ?? []) {
                items.push({ kind: 'issue', number: n.number, title: n.title, url: n.url, state: n.state === 'OPEN' ? 'open' : 'closed', labels: labelsOf(n) });
            }
            withIssues = Boolean(m.issues?.pageInfo.hasNextPage);
            issueCursor = m.issues?.pageInfo.endCursor ?? null;
        }
        if (withPulls) {
            for (const n of m.pullRequests?.nodes ?? []) {
                items.push({
                    kind: 'pull',
                    number: n.number,
                    title: n.title,
                    url: n.url,
                    state: n.merged || n.state === 'MERGED' ? 'merged' : n.state === 'OPEN' ? 'open' : 'closed',
                    labels: labelsOf(n),
                    baseRef: n.baseRefName,
                    mergeCommit: n.mergeCommit?.oid ?? null,
                    mergedAt: n.mergedAt,
                    commitCount: n.commits.totalCount,
                    lastCommitHeadline: n.commits.nodes[0]?.commit.messageHeadline ?? '',
                });
            }
            withPulls = Boolean(m.pullRequests?.pageInfo.hasNextPage);
            pullCursor = m.pullRequests?.pageInfo.endCursor ?? null;
        }
    }
    return items.sort((a, b) => a.number - b.number);
}

;// CONCATENATED MODULE: ./actions/milestone-check/presence.ts

const TARGET_REF = 'refs/portal-release/target';
/**
 * One fetch: the target branch plus every merge commit by id, without blobs (`--filter=blob:none`;
 * patch-ids fetch the few blobs they need later). Servers that refuse fetching by id get a
 * second try with the pull requests' base branches. Branch names must already be validated.
 */
async function fetchForPresence(git, plan, logger) {
    const target = `+refs/heads/${plan.targetBranch}:${TARGET_REF}`;
    const shas = [...new Set(plan.mergeCommits.filter(shared_git/* isSha */.HH))];
    const branchMissing = (text) => /couldn't find remote ref/i.test(text);
    try {
        await git.fetch('origin', [target, ...shas], { filter: 'blob:none' });
        return;
    }
    catch (error) {
        const text = error.message;
        if (branchMissing(text) && !shas.length)
            throw error;
        logger.debug(`fetch by commit id failed (${text}); fetching base branches instead`);
    }
    const bases = [...new Set(plan.baseBranches)].filter((b) => b !== plan.targetBranch);
    await git.fetch('origin', [target, ...bases.map((b) => `+refs/heads/${b}:refs/portal-release/base/${b}`)], { filter: 'blob:none' });
}
async function commitMeta(git, shas) {
    const map = new Map();
    if (!shas.length)
        return map;
    const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%P%x00%s', '--stdin'], { input: `${shas.join('\n')}\n` });
    for (const line of out.split('\n')) {
        const [sha, parents, subject] = line.split('\x00');
        if (sha && (0,shared_git/* isSha */.HH)(sha))
            map.set(sha, { sha, parents: (parents ?? '').split(' ').filter(Boolean), subject: subject ?? '' });
    }
    return map;
}
async function present(git, shas) {
    const found = new Set();
    if (!shas.length)
        return found;
    const out = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${shas.join('\n')}\n` });
    for (const line of out.stdout.split('\n')) {
        const [sha, type] = line.split(' ');
        if (sha && type === 'commit')
            found.add(sha);
    }
    return found;
}
const TRAILER = /\(cherry picked from commit ([0-9a-f]{7,64})\)/g;
/** Commit messages of `target` not reachable from `exclude`, reduced to the commits their `-x` trailers name. */
async function pickedTrailers(git, exclude) {
    const out = await git.run(['log', '--format=%H%x00%B%x1e', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') });
    const named = new Map();
    for (const record of out.split('\x1e')) {
        const text = record.replace(/^\n/, '');
        const i = text.indexOf('\x00');
        if (i < 40)
            continue;
        const commit = text.slice(0, i);
        for (const m of text.slice(i + 1).matchAll(TRAILER))
            named.set(m[1], commit);
    }
    return named;
}
function trailerFor(named, sha) {
    const exact = named.get(sha);
    if (exact)
        return exact;
    for (const [short, commit] of named)
        if (short.length < sha.length && sha.startsWith(short))
            return commit;
    return undefined;
}
async function patchIdsOfDiff(git, diff) {
    if (!diff.trim())
        return null;
    const out = await git.run(['patch-id', '--stable'], { input: diff });
    return out.trim().split(/\s+/)[0] || null;
}
/** Does a backport pull request say it carries #number? A marker attribute, "Backport of #N", or a link to the pull request. */
function referencesPull(pull, number, pullUrl) {
    const text = `${pull.title}\n${pull.body}`;
    const n = String(number);
    if (new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+(?:[\\w.-]+/[\\w.-]+)?#${n}\\b`, 'i').test(text))
        return true;
    if (pullUrl && new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+${pullUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'i').test(text))
        return true;
    for (const m of text.matchAll(/<!-- portal-release:([a-z0-9-]*backport[a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g)) {
        for (const pair of (m[2] ?? '').trim().split(' ')) {
            const [key, value] = pair.split('=');
            if (key && ['source', 'pr', 'pull', 'of', 'original', 'number'].includes(key) && value === n)
                return true;
        }
    }
    return false;
}
/** Decides, for every merged pull request, whether its change is on the fetched target branch. */
async function decidePresence(o) {
    const { git } = o;
    const onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
    const verdicts = new Map();
    const pending = [];
    const fetched = await present(git, [...new Set(o.changes.map((c) => c.mergeCommit).filter(shared_git/* isSha */.HH))]);
    // 1. Ancestry of the merge commit.
    for (const change of o.changes) {
        if (!fetched.has(change.mergeCommit)) {
            verdicts.set(change.number, {
                number: change.number,
                present: false,
                evidence: `merge commit ${change.mergeCommit.slice(0, 12)} could not be fetched from the repository`,
                commits: [],
            });
        }
        else if (onTarget.has(change.mergeCommit)) {
            verdicts.set(change.number, {
                number: change.number,
                present: true,
                method: 'ancestry',
                evidence: `merge commit ${change.mergeCommit.slice(0, 12)} is on the branch`,
                commits: [change.mergeCommit],
            });
        }
    }
    const rest = o.changes.filter((c) => !verdicts.has(c.number));
    if (!rest.length)
        return o.changes.map((c) => verdicts.get(c.number));
    // The commits that carry each remaining change: a merge commit brings its second parent's
    // commits; a rebase merge the last N first-parent commits; a squash merge is one commit.
    const meta = await commitMeta(git, rest.map((c) => c.mergeCommit));
    for (const change of rest) {
        const m = meta.get(change.mergeCommit);
        let commits = [change.mergeCommit];
        let combinedBase = m?.parents[0] ?? null;
        if (m && m.parents.length >= 2) {
            commits = (await git.run(['rev-list', '--reverse', '--no-merges', '--stdin'], { input: `${m.parents[1]}\n^${m.parents[0]}\n` }))
                .split('\n')
                .filter(Boolean);
        }
        else if (m && change.commitCount > 1 && m.subject === change.lastCommitHeadline) {
            const chain = (await git.run(['rev-list', '--first-parent', `--max-count=${change.commitCount}`, '--parents', '--stdin'], { input: `${m.sha}\n` }))
                .split('\n')
                .filter(Boolean)
                .map((l) => l.split(' '));
            if (chain.length === change.commitCount && chain.every((p) => p.length === 2)) {
                commits = chain.map((p) => p[0]).reverse();
                combinedBase = chain[chain.length - 1][1];
            }
        }
        pending.push({ change, commits, combinedBase });
    }
    // 2. `git cherry-pick -x` trailers on the target side.
    const exclude = pending.map((p) => p.change.mergeCommit);
    const named = await pickedTrailers(git, exclude);
    let open = pending.filter((p) => {
        const byMerge = trailerFor(named, p.change.mergeCommit);
        const each = p.commits.map((c) => trailerFor(named, c));
        const proof = byMerge ?? (each.every(Boolean) ? each[each.length - 1] : undefined);
        if (!proof)
            return true;
        verdicts.set(p.change.number, {
            number: p.change.number,
            present: true,
            method: 'cherry-pick-trailer',
            evidence: `cherry-picked with -x as ${proof.slice(0, 12)}`,
            commits: p.commits,
        });
        return false;
    });
    // 3. Patch-id equivalence: each commit, or the whole change, has an equal patch on the target side.
    if (open.length) {
        const targetSide = (await git.run(['rev-list', '--no-merges', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') }))
            .split('\n')
            .filter(Boolean);
        if (targetSide.length) {
            await git.prefetchDiffBlobs('origin', [...targetSide, ...open.flatMap((p) => p.commits), ...open.flatMap((p) => (p.combinedBase ? [`${p.change.mergeCommit} ${p.combinedBase}`] : []))], TARGET_REF);
            const theirs = await git.patchIds(targetSide, { noMerges: true });
            const byPatch = new Map();
            for (const [commit, patch] of theirs)
                byPatch.set(patch, commit);
            const ours = await git.patchIds([...new Set(open.flatMap((p) => p.commits))]);
            const still = [];
            for (const p of open) {
                const each = p.commits.map((c) => byPatch.get(ours.get(c) ?? '') ?? trailerFor(named, c));
                let proof = each.length && each.every(Boolean) ? each[each.length - 1] : undefined;
                if (!proof && p.combinedBase) {
                    const whole = await patchIdsOfDiff(git, await git.run(['diff', '--no-color', '--no-ext-diff', p.combinedBase, p.change.mergeCommit, '--']));
                    proof = whole ? byPatch.get(whole) : undefined;
                }
                if (proof) {
                    verdicts.set(p.change.number, {
                        number: p.change.number,
                        present: true,
                        method: 'patch-id',
                        evidence: `same patch as ${proof.slice(0, 12)}`,
                        commits: p.commits,
                    });
                }
                else
                    still.push(p);
            }
            open = still;
        }
    }
    // 4. A merged backport pull request into the target branch that references it.
    if (open.length) {
        const pulls = await o.backports(open.map((p) => p.change));
        for (const p of open) {
            const backport = pulls.find((b) => b.mergeCommit && onTarget.has(b.mergeCommit) && referencesPull(b, p.change.number, p.change.url));
            verdicts.set(p.change.number, backport
                ? {
                    number: p.change.number,
                    present: true,
                    method: 'backport-pr',
                    evidence: `backported by #${backport.number}`,
                    commits: p.commits,
                }
                : {
                    number: p.change.number,
                    present: false,
                    evidence: 'not an ancestor, no cherry-pick trailer, no equal patch, no merged backport',
                    commits: p.commits,
                });
        }
    }
    return o.changes.map((c) => verdicts.get(c.number));
}
/** The exact command that brings a missing change onto the target branch. */
function pickCommand(commits) {
    return `git cherry-pick -x ${commits.join(' ')}`;
}

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
;// CONCATENATED MODULE: ./actions/milestone-check/report.ts


/** Renders `milestone.title` ("{tag}" → v3.2.0, "{version}" → 3.2.0). */
function renderMilestoneTitle(template, version, tagPrefix) {
    const needsVersion = /\{(?:tag|version)\}/.test(template);
    if (needsVersion && !version) {
        throw new errors/* UserError */.yo('input', `Set input "version" (for example 3.2.0) or input "milestone": the policy's milestone.title "${template}" needs a version to name the release milestone.`);
    }
    const title = template.replace(/\{tag\}/g, `${tagPrefix}${version ?? ''}`).replace(/\{version\}/g, version ?? '');
    if (!title.trim())
        throw new errors/* UserError */.yo('config', `milestone.title "${template}" renders an empty milestone title.`);
    return title.trim();
}
const lower = (s) => s.toLowerCase();
/** Open must-haves (or every open item), blockers closed without merging, open items missing a triage label. */
function findBlockers(repo, items, rules) {
    const blockerLabels = new Set(rules.blockerLabels.map(lower));
    const out = [];
    for (const item of items) {
        const labels = item.labels.map(lower);
        const blockerLabel = item.labels.find((l) => blockerLabels.has(lower(l)));
        const reasons = [];
        if (item.state === 'open') {
            if (blockerLabel)
                reasons.push(`open and labelled "${blockerLabel}"`);
            else if (rules.requireAllClosed)
                reasons.push('open (milestone.require-all-closed)');
            for (const prefix of rules.triageLabels) {
                if (!labels.some((l) => l.startsWith(lower(prefix))))
                    reasons.push(`no "${prefix}" label (milestone.triage-labels)`);
            }
        }
        else if (item.kind === 'pull' && item.state === 'closed' && blockerLabel) {
            reasons.push(`labelled "${blockerLabel}" but closed without merging (closed is not fixed)`);
        }
        if (reasons.length)
            out.push({ repo, number: item.number, title: item.title, url: item.url, reason: reasons.join('; ') });
    }
    return out;
}
const cell = shared_text/* inline */.mG;
const METHOD_LABEL = {
    ancestry: 'merged',
    'cherry-pick-trailer': 'cherry-picked (-x)',
    'patch-id': 'same patch',
    'backport-pr': 'backport PR',
};
function presentText(r) {
    const parts = Object.keys(METHOD_LABEL).filter((m) => r.present[m]).map((m) => `${r.present[m]} ${METHOD_LABEL[m]}`);
    const total = Object.values(r.present).reduce((a, b) => a + (b ?? 0), 0);
    return total ? `${total}/${r.counts.merged} (${parts.join(', ')})` : `0/${r.counts.merged}`;
}
function milestoneCell(r) {
    const m = r.milestone;
    const name = m.url ? `[${cell(m.title)}](${m.url})` : cell(m.title);
    switch (m.status) {
        case 'missing':
            return `${cell(m.title)} — **missing**`;
        case 'would-create':
            return `${cell(m.title)} — would be created`;
        // The report describes state, not this run's actions, so a re-run renders the same text;
        // the creation itself is logged and noted in the job summary.
        case 'created':
        default:
            return m.state === 'closed' ? `${name} (closed)` : name;
    }
}
/** The report (job summary and the comment on the release PR). Deterministic: a re-run renders the same text. */
function renderReport(title, reports, ready, options) {
    const blockers = reports.reduce((n, r) => n + r.blockers.length, 0);
    const missing = reports.reduce((n, r) => n + r.missing.length, 0);
    const lines = [`## ${ready ? '✅' : '❌'} Release milestone ${cell(title)}: ${ready ? 'ready' : 'not ready'}`, ''];
    lines.push(ready
        ? `Every must-have item is done and every merged change is on the release branch, in ${reports.length} repositor${reports.length === 1 ? 'y' : 'ies'}.`
        : `${blockers} blocker(s) and ${missing} change(s) missing from the release branch.`);
    if (options.dryRun)
        lines.push('', '**Dry run**: nothing was written.');
    lines.push('', '| Repository | Milestone | Branch | Items | Open | On branch | Blockers | Missing |', '|---|---|---|---|---|---|---|---|');
    for (const r of reports) {
        lines.push(`| [${cell(r.repo)}](${r.repoUrl}) | ${milestoneCell(r)} | \`${cell(r.targetBranch)}\` | ${r.counts.issues + r.counts.pulls} | ${r.counts.open} | ${presentText(r)} | ${r.blockers.length} | ${r.missing.length} |`);
    }
    for (const r of reports) {
        if (!r.blockers.length && !r.missing.length)
            continue;
        lines.push('', `### ${cell(r.repo)}`);
        if (r.blockers.length) {
            lines.push('', '**Blockers**', '', '| Item | Title | Why |', '|---|---|---|');
            for (const b of r.blockers)
                lines.push(`| ${b.number === null ? '—' : `[#${b.number}](${b.url})`} | ${cell(b.title)} | ${cell(b.reason)} |`);
        }
        if (r.missing.length) {
            lines.push('', `**Merged but not on \`${cell(r.targetBranch)}\`**`, '', '| Pull request | Title | Why |', '|---|---|---|');
            for (const m of r.missing)
                lines.push(`| [#${m.number}](${m.url}) | ${cell(m.title)} | ${cell(m.reason)} |`);
            const picks = r.missing.filter((m) => m.commits.length);
            if (picks.length) {
                lines.push('', `To pick them onto \`${cell(r.targetBranch)}\` (in a clone of ${cell(r.repo)}, oldest first):`, '', '```sh');
                lines.push(`git switch ${r.targetBranch}`);
                for (const m of picks)
                    lines.push(`${m.command}   # #${m.number}`);
                lines.push('```');
            }
        }
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The report as a comment body: within GitHub's 65,536 characters together with the suite's marker
 * (a long report is cut at a whole line, saying how many lines were left out).
 */
function reportComment(report) {
    return (0,shared_text/* boundBody */.B9)(report.split('\n'), [], shared_text/* MAX_BODY */._D - 200);
}

;// CONCATENATED MODULE: ./actions/milestone-check/main.ts













function parseInputs(reader) {
    const repos = reader.list('repos').map((r) => (0,shared_context/* parseRepo */.E3)(r, 'Input "repos"'));
    const milestone = reader.optional('milestone');
    if (milestone && milestone.length > 255)
        throw (0,errors/* inputError */.Xu)('milestone', 'is longer than 255 characters.');
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        milestone,
        version: reader.optional('version'),
        repos,
        targetBranch: reader.optional('target-branch'),
        createMissing: reader.boolean('create-missing', false),
        failOnBlockers: reader.boolean('fail-on-blockers', true),
        commentOn: reader.integer('comment-on', { min: 1 }),
        pullRequest: reader.integer('pull-request', { min: 1 }),
        statusContext: parseStatusContext(reader.optional('status-context')),
        dryRun: reader.boolean('dry-run', false),
    };
}
const COMMENT_KIND = 'milestone-check';
function parseStatusContext(value) {
    if (value !== undefined && value.length > 255)
        throw (0,errors/* inputError */.Xu)('status-context', 'is longer than 255 characters.');
    return value;
}
/** The milestone status on every pull request into production that is not the release pull request. */
const NOT_A_RELEASE_PR = 'Not a release pull request: no release milestone to check.';
/** The pull request of a pull request event (pull_request, pull_request_target, pull_request_review). */
function eventPullRequest(context) {
    const number = context.payload.pull_request?.number;
    return typeof number === 'number' && context.eventName.startsWith('pull_request') ? number : undefined;
}
async function findSubject(inputs, env, policy) {
    const { github, context } = env;
    const identity = new shared_identity/* SuiteIdentity */.HR(github, policy.trustedLogins);
    // Only the release pull request the suite opened counts (ownership by identity, not the marker).
    const release = async (pr) => {
        const ownership = await (0,release_pull_request/* suiteReleasePullRequest */.w)(pr, policy, { repo: context.repo, identity });
        return ownership ? (ownership.marker ?? { kind: 'release-pr', attrs: {} }) : undefined;
    };
    const number = inputs.pullRequest ?? eventPullRequest(context);
    if (number) {
        const pr = await github.getPullRequest(context.repo, number);
        // The status guards production: a pull request into another branch (a must-have fix merged
        // into dev) changes the answer for the release pull request, which is then judged instead.
        if (!inputs.statusContext || pr.baseRef === policy.branches.production)
            return { pr, release: await release(pr) };
    }
    if (!inputs.statusContext)
        return null;
    const open = await github.listPullRequests(context.repo, { state: 'open', base: policy.branches.production });
    for (const pr of open.sort((a, b) => a.number - b.number)) {
        const marker = await release(pr);
        if (marker)
            return { pr, release: marker };
    }
    return null;
}
/** The release branch the changes must be on: the input, else production — or staging while the release PR into production is open. */
function defaultTargetBranch(policy, context) {
    const pr = context.payload.pull_request;
    if (pr?.base?.ref === policy.branches.production)
        return policy.branches.staging;
    return policy.branches.production;
}
/** The train: the current repository first, then the input's repositories (else the policy's), without duplicates. */
function trainRepos(current, inputs, policyRepos) {
    const others = inputs.length ? inputs : policyRepos.map((r) => (0,shared_context/* parseRepo */.E3)(r, 'Policy file repos'));
    const seen = new Set();
    const out = [];
    for (const r of [current, ...others]) {
        const key = (0,shared_context/* repoName */.Qq)(r).toLowerCase();
        if (!seen.has(key)) {
            seen.add(key);
            out.push(r);
        }
    }
    return out;
}
async function locateMilestone(d, repo) {
    const { github, logger } = d.env;
    const found = await findMilestone(github, repo, d.title);
    if (found.milestone)
        return { ...found, status: 'found' };
    if (!d.inputs.createMissing) {
        logger.warning(`${(0,shared_context/* repoName */.Qq)(repo)} has no milestone "${d.title}".`, { title: 'Release milestone missing' });
        return { ...found, status: 'missing' };
    }
    if (d.inputs.dryRun) {
        logger.info(`[dry-run] would create milestone "${d.title}" in ${(0,shared_context/* repoName */.Qq)(repo)}`);
        return { ...found, status: 'would-create' };
    }
    const created = await github.createMilestone(repo, d.title, `Release milestone (created by portal-release milestone-check).`);
    logger.info(`Created milestone "${d.title}" in ${(0,shared_context/* repoName */.Qq)(repo)}: ${created.htmlUrl}`);
    return {
        repoUrl: found.repoUrl,
        status: 'created',
        milestone: { number: created.number, title: created.title, state: created.state, url: created.htmlUrl },
    };
}
async function backportsInto(d, repo, pending) {
    const times = pending.map((c) => Date.parse(c.mergedAt ?? '')).filter((t) => !Number.isNaN(t));
    const since = new Date(times.length ? Math.min(...times) : 0);
    const pulls = await d.env.github.listPullRequestsUpdatedSince(repo, since, { state: 'closed', base: d.targetBranch });
    return pulls.filter((p) => p.merged).map((p) => ({ number: p.number, url: p.htmlUrl, title: p.title, body: p.body, mergeCommit: p.mergeCommitSha }));
}
async function checkPresence(d, repo, changes, items) {
    if (!changes.length)
        return [];
    const { env } = d;
    const git = await shared_git/* Git */.TU.scratch({ logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, parent: env.tempDir });
    try {
        await git.checkRefFormat(d.targetBranch, 'target branch');
        const bases = [];
        for (const item of items) {
            if (item.baseRef &&
                !bases.includes(item.baseRef) &&
                (await git.exec(['check-ref-format', `refs/heads/${item.baseRef}`])).code === 0 &&
                !item.baseRef.startsWith('-')) {
                bases.push(item.baseRef);
            }
        }
        await git.addRemote('origin', git.remoteUrl(env.context.serverUrl, repo));
        try {
            await fetchForPresence(git, { targetBranch: d.targetBranch, mergeCommits: changes.map((c) => c.mergeCommit), baseBranches: bases }, env.logger);
        }
        catch (error) {
            if (/couldn't find remote ref/i.test((0,errors/* errorMessage */.gJ)(error))) {
                throw new errors/* UserError */.yo('not-found', `Branch "${d.targetBranch}" does not exist in ${(0,shared_context/* repoName */.Qq)(repo)}; set input "target-branch" or the policy's branches.`);
            }
            throw error;
        }
        return await decidePresence({ git, changes, logger: env.logger, backports: (pending) => backportsInto(d, repo, pending) });
    }
    finally {
        await git.dispose();
    }
}
async function checkRepo(d, repo) {
    const name = (0,shared_context/* repoName */.Qq)(repo);
    const { logger } = d.env;
    const located = await locateMilestone(d, repo);
    const items = located.milestone ? await listMilestoneItems(d.env.github, repo, located.milestone) : [];
    const report = {
        repo: name,
        repoUrl: located.repoUrl,
        targetBranch: d.targetBranch,
        milestone: {
            title: d.title,
            number: located.milestone?.number ?? null,
            url: located.milestone?.url ?? '',
            state: located.milestone?.state ?? null,
            status: located.status,
        },
        counts: {
            issues: items.filter((i) => i.kind === 'issue').length,
            pulls: items.filter((i) => i.kind === 'pull').length,
            open: items.filter((i) => i.state === 'open').length,
            merged: items.filter((i) => i.state === 'merged').length,
        },
        present: {},
        blockers: [],
        missing: [],
    };
    if (located.status === 'missing') {
        report.blockers.push({
            repo: name,
            number: null,
            title: d.title,
            url: `${located.repoUrl}/milestones`,
            reason: `${name} has no milestone "${d.title}" (create it, or set create-missing: true)`,
        });
    }
    report.blockers.push(...findBlockers(name, items, d.policy.milestone));
    const merged = items.filter((i) => i.kind === 'pull' && i.state === 'merged');
    const changes = [];
    for (const item of merged) {
        if (!item.mergeCommit) {
            report.missing.push({
                repo: name,
                number: item.number,
                title: item.title,
                url: item.url,
                mergeCommit: '',
                commits: [],
                command: '',
                reason: 'GitHub reports no merge commit',
            });
            continue;
        }
        changes.push({
            number: item.number,
            title: item.title,
            url: item.url,
            mergeCommit: item.mergeCommit,
            mergedAt: item.mergedAt ?? null,
            commitCount: item.commitCount ?? 1,
            lastCommitHeadline: item.lastCommitHeadline ?? '',
        });
    }
    const verdicts = await checkPresence(d, repo, changes, merged);
    const order = new Map(changes.map((c) => [c.number, c]));
    const missing = [];
    for (const v of verdicts) {
        const change = order.get(v.number);
        if (v.present) {
            report.present[v.method] = (report.present[v.method] ?? 0) + 1;
            logger.debug(`${name}#${v.number}: on ${d.targetBranch} (${v.method}: ${v.evidence})`);
            continue;
        }
        missing.push({
            repo: name,
            number: v.number,
            title: change.title,
            url: change.url,
            mergeCommit: change.mergeCommit,
            commits: v.commits,
            command: v.commits.length ? pickCommand(v.commits) : '',
            reason: v.evidence,
            mergedAt: change.mergedAt ?? '',
        });
    }
    missing.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
    report.missing.push(...missing.map(({ mergedAt: _m, ...m }) => m));
    for (const b of report.blockers)
        logger.warning(`${name}${b.number === null ? '' : `#${b.number}`} ${b.title}: ${b.reason}`, { title: 'Release blocker' });
    for (const m of report.missing) {
        logger.warning(`${name}#${m.number} ${m.title} is merged but not on ${d.targetBranch}${m.command ? `: ${m.command}` : ''}`, {
            title: 'Change missing from the release branch',
        });
    }
    logger.info(`${name}: milestone ${located.status}, ${items.length} item(s), ${report.blockers.length} blocker(s), ${report.missing.length} missing of ${merged.length} merged.`);
    return report;
}
async function postReport(d, number, report) {
    const { github, context, logger } = d.env;
    const body = reportComment(report);
    // Only the suite's own report comment is updated: a person's comment quoting it is left alone.
    const identity = new shared_identity/* SuiteIdentity */.HR(github, d.policy.trustedLogins);
    if (d.inputs.dryRun) {
        const [existing] = await (0,markers/* ownComments */.D5)(await github.listComments(context.repo, number), identity, COMMENT_KIND);
        const outcome = !existing ? 'create' : existing.body.trim() === (0,markers/* withMarker */.Pe)(body, COMMENT_KIND, {}).trim() ? 'leave unchanged' : 'update';
        logger.info(`[dry-run] would ${outcome} the milestone report comment on #${number}`);
        return `would ${outcome}`;
    }
    const result = await (0,markers/* upsertComment */.lB)(github, context.repo, number, identity, COMMENT_KIND, body, { attrs: {} });
    logger.info(`Milestone report comment on #${number}: ${result.outcome}${result.comment ? ` (${result.comment.htmlUrl})` : ''}`);
    return result.outcome;
}
async function run(inputs, env) {
    const { github, context, logger } = env;
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    const policy = loaded.policy;
    const subject = await findSubject(inputs, env, policy);
    const nothing = (reason) => {
        logger.notice(reason);
        return {
            outputs: { ready: '', blockers: [], missing: [], summary: '', 'pull-request': subject?.pr.number ?? '' },
            summary: `## milestone-check\n\n${(0,entry/* escapeMarkdown */.FV)(reason)}\n`,
        };
    };
    if (inputs.statusContext && !subject)
        return nothing(`No open release pull request into ${policy.branches.production}: no milestone status to report.`);
    if (subject && !subject.release && inputs.statusContext) {
        // The milestone status is a required check of production: every other pull request into it
        // (a hotfix) must get it too, or it could never merge.
        if (subject.pr.state === 'open') {
            await (0,statuses/* setCommitStatus */.M)(github, context.repo, subject.pr.headSha, { state: 'success', context: inputs.statusContext, description: NOT_A_RELEASE_PR, targetUrl: context.runUrl }, { dryRun: inputs.dryRun, logger });
        }
        return nothing(`#${subject.pr.number} is not the release pull request: ${NOT_A_RELEASE_PR}`);
    }
    const markerVersion = subject?.release?.attrs.version;
    const version = inputs.version
        ? (0,versions/* parseStableVersion */.pI)(inputs.version, policy.tagPrefix)
        : markerVersion
            ? (0,versions/* parseStableVersion */.pI)(markerVersion, policy.tagPrefix)
            : undefined;
    const title = inputs.milestone ?? renderMilestoneTitle(policy.milestone.title, version, policy.tagPrefix);
    const repos = trainRepos(context.repo, inputs.repos, policy.repos);
    // The release pull request's changes must be on staging, whatever event started the run.
    const targetBranch = inputs.targetBranch ?? (subject?.release ? policy.branches.staging : defaultTargetBranch(policy, context));
    const d = { inputs, env, policy, title, targetBranch };
    logger.info(`Milestone "${title}" in ${repos.map(shared_context/* repoName */.Qq).join(', ')}; changes must be on "${d.targetBranch}".`);
    const reports = [];
    for (const repo of repos)
        reports.push(await logger.group((0,shared_context/* repoName */.Qq)(repo), () => checkRepo(d, repo)));
    const blockers = reports.flatMap((r) => r.blockers);
    const missing = reports.flatMap((r) => r.missing);
    const ready = blockers.length === 0 && missing.length === 0;
    const report = renderReport(title, reports, ready, { dryRun: inputs.dryRun });
    const commentOn = inputs.commentOn ?? (subject?.release ? subject.pr.number : undefined);
    let comment = '';
    if (commentOn)
        comment = await logger.group(`Report on #${commentOn}`, () => postReport(d, commentOn, report));
    let status = '';
    if (inputs.statusContext && subject?.release && subject.pr.state === 'open') {
        const description = ready
            ? `Milestone "${title}" complete; every merged change is on ${targetBranch}.`
            : `${blockers.length} blocker(s), ${missing.length} merged change(s) missing from ${targetBranch}.`;
        const set = await (0,statuses/* setCommitStatus */.M)(github, context.repo, subject.pr.headSha, { state: ready ? 'success' : 'failure', context: inputs.statusContext, description, targetUrl: context.runUrl }, { dryRun: inputs.dryRun, logger });
        status = `status "${inputs.statusContext}" on #${subject.pr.number}: ${set.outcome}`;
    }
    const createdIn = reports.filter((r) => r.milestone.status === 'created').map((r) => r.repo);
    const summary = `${report}\n<sub>Policy: ${loaded.source.replace(/[<>&]/g, '')} · ${github.requestCount} API request(s)${createdIn.length ? ` · milestone created in ${createdIn.join(', ')}` : ''}${comment ? ` · comment on #${commentOn}: ${comment}` : ''}${status ? ` · ${(0,entry/* escapeMarkdown */.FV)(status)}` : ''}</sub>\n`;
    return {
        outputs: {
            ready,
            blockers: blockers.map((b) => ({ repo: b.repo, number: b.number, title: b.title, url: b.url, reason: b.reason })),
            missing: missing.map((m) => ({ repo: m.repo, number: m.number, title: m.title, url: m.url, commits: m.commits, command: m.command, reason: m.reason })),
            summary: report,
            'pull-request': subject?.pr.number ?? '',
        },
        summary,
        failure: !ready && inputs.failOnBlockers
            ? `Release milestone "${title}" is not ready: ${blockers.length} blocker(s) and ${missing.length} merged change(s) missing from "${d.targetBranch}" (see the job summary for the cherry-pick commands).`
            : undefined,
    };
}
const milestoneCheck = {
    name: 'milestone-check',
    parseInputs: (reader, _context) => parseInputs(reader),
    isDryRun: (inputs) => inputs.dryRun,
    run,
};


/***/ }),

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ isSha),
/* harmony export */   TU: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony export looksLikeOption */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2635);





const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isSha(value) {
    return SHA.test(value);
}
function scrub(text, secret) {
    if (!secret)
        return text;
    let out = text.split(secret).join('***');
    const basic = Buffer.from(`x-access-token:${secret}`).toString('base64');
    out = out.split(basic).join('***');
    return out;
}
/** A cheap syntactic pre-check; `Git.checkRefFormat` asks git itself. */
function looksLikeOption(value) {
    return value.startsWith('-');
}
/**
 * Real git, always with argument arrays (never a shell). Refs supplied from outside are checked
 * with `git check-ref-format` and placed after `--end-of-options` or `--` so they can never be
 * read as options. The token travels only in environment variables as an HTTP header.
 */
class Git {
    cwd;
    logger;
    env;
    token;
    constructor(options) {
        this.cwd = options.cwd;
        this.logger = options.logger;
        this.token = options.token;
        const env = {
            ...process.env,
            ...options.env,
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: '',
            SSH_ASKPASS: '',
            LC_ALL: 'C',
        };
        if (options.identity) {
            env.GIT_AUTHOR_NAME ??= options.identity.name;
            env.GIT_AUTHOR_EMAIL ??= options.identity.email;
            env.GIT_COMMITTER_NAME = options.identity.name;
            env.GIT_COMMITTER_EMAIL = options.identity.email;
        }
        // Configuration through the environment (git ≥ 2.31): not visible in argv or .git/config.
        const config = [
            ['protocol.allow', 'never'],
            ['protocol.https.allow', 'always'],
            ['protocol.http.allow', 'always'],
            ['protocol.file.allow', 'always'],
            ['core.hooksPath', '/dev/null'],
            ['commit.gpgsign', 'false'],
            ['tag.gpgsign', 'false'],
        ];
        if (options.token && options.serverUrl) {
            const basic = Buffer.from(`x-access-token:${options.token}`).toString('base64');
            config.push([`http.${options.serverUrl.replace(/\/+$/, '')}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
        }
        env.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(([key, value], i) => {
            env[`GIT_CONFIG_KEY_${i}`] = key;
            env[`GIT_CONFIG_VALUE_${i}`] = value;
        });
        this.env = env;
    }
    /** Runs git; resolves with the exit code instead of throwing. */
    exec(args, options = {}) {
        this.logger.debug(`git ${args.join(' ')}`);
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd: options.cwd ?? this.cwd, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
                const code = error ? error.code : undefined;
                if (code === 'ENOENT' || code === 'EACCES') {
                    // A setup problem of the machine, not a bug: the person running it can fix it.
                    reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('setup', `git could not be started (${code}: ${code === 'ENOENT' ? 'not found on PATH' : 'not executable'}): install git on the runner and make it available on PATH (GitHub-hosted runners have it; a container job needs it in its image), then re-run.`));
                    return;
                }
                if (typeof code === 'string') {
                    reject(new Error(`Could not run git: ${error.message}.`));
                    return;
                }
                const exit = error ? (error.code ?? 1) : 0;
                resolve({ stdout, stderr: scrub(stderr, this.token), code: typeof exit === 'number' ? exit : 1 });
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
    /** Runs git and throws an explained error when it fails. */
    async run(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.code !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('state', `git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        }
        return result.stdout;
    }
    /** Refuses names git would not accept as a branch or tag, and anything that looks like an option. */
    async checkRefFormat(name, what = 'ref') {
        const bad = () => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('input', `"${name}" is not a valid ${what} name (see git check-ref-format).`);
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
        if (!name || looksLikeOption(name) || /[\s~^:?*[\\\x00-\x1f\x7f]/.test(name))
            throw bad();
        const result = await this.exec(['check-ref-format', `refs/heads/${name}`]);
        if (result.code !== 0)
            throw bad();
    }
    async init() {
        await this.run(['init', '--quiet', '--initial-branch=portal-release-work']);
    }
    remoteUrl(serverUrl, r) {
        return `${serverUrl.replace(/\/+$/, '')}/${r.owner}/${r.repo}.git`;
    }
    async addRemote(name, url) {
        await this.run(['remote', 'add', '--', name, url]);
    }
    /** Fetches the given refspecs. `filter` (e.g. `blob:none`) makes a partial clone-style fetch. */
    async fetch(remote, refspecs, options = {}) {
        const args = ['fetch', '--quiet', '--no-write-fetch-head', '--prune'];
        if (!options.tags)
            args.push('--no-tags');
        if (options.depth)
            args.push(`--depth=${options.depth}`);
        if (options.filter)
            args.push(`--filter=${options.filter}`);
        args.push('--end-of-options', remote, ...refspecs);
        await this.run(args);
    }
    async revParse(rev) {
        const result = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        return result.code === 0 ? result.stdout.trim() : null;
    }
    /** True when `ancestor` is reachable from `descendant`. */
    async isAncestor(ancestor, descendant) {
        const result = await this.exec(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
        if (result.code > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('state', `git merge-base failed: ${result.stderr.trim()}`);
        return result.code === 0;
    }
    /** Commit SHAs of `range` (e.g. `a..b`), oldest first. */
    async revList(range, options = {}) {
        const args = ['rev-list', '--reverse'];
        if (options.noMerges)
            args.push('--no-merges');
        if (options.firstParent)
            args.push('--first-parent');
        args.push('--end-of-options', ...range, '--');
        const out = await this.run(args);
        return out.split('\n').filter(Boolean);
    }
    /** Full commit messages keyed by SHA for `range`. */
    async messages(range) {
        const out = await this.run(['log', '--format=%H%x00%B%x1e', '--end-of-options', ...range, '--']);
        const map = new Map();
        for (const record of out.split('\x1e')) {
            const text = record.replace(/^\n/, '');
            const i = text.indexOf('\x00');
            if (i === 40 || i === 64)
                map.set(text.slice(0, i), text.slice(i + 1).trim());
        }
        return map;
    }
    /**
     * Stable patch-ids (`git patch-id --stable`) of exactly the given commits (each diffed against
     * its first parent; `noMerges` leaves merges out), keyed by commit. The commits go through
     * stdin, so thousands of them fit; `--no-walk` keeps git from walking (and, in a blob-less
     * clone, fetching blob by blob) the history below them.
     */
    async patchIds(shas, options = {}) {
        const map = new Map();
        if (shas.length === 0)
            return map;
        const bad = shas.find((s) => !/^[0-9a-f]{7,64}$/.test(s));
        if (bad !== undefined)
            throw new Error(`patchIds takes commit SHAs, got "${bad.slice(0, 80)}"`);
        const args = ['log', '-p', '--no-color', '--format=commit %H', '--no-walk=unsorted'];
        if (options.noMerges)
            args.push('--no-merges');
        const diff = await this.run([...args, '--stdin'], { input: `${shas.join('\n')}\n` });
        const out = await this.run(['patch-id', '--stable'], { input: diff });
        for (const line of out.split('\n')) {
            const [patch, commit] = line.trim().split(/\s+/);
            if (patch && commit)
                map.set(commit, patch);
        }
        return map;
    }
    /**
     * In a partial clone (fetched with `--filter=blob:none`), fetches in one request every blob the diffs of
     * `lines` will read: each line is a commit (diffed against its first parent) or `<commit> <base>`, as
     * `git diff-tree --stdin` takes them. Without it, `git log -p` or `git patch-id` make git fetch the missing
     * blobs lazily, a request per commit. `probe` is a commit fetched with the same filter: when its tree lacks
     * no object, the server sent everything (it ignored the filter) and nothing is fetched.
     * Returns the number of blobs requested.
     */
    async prefetchDiffBlobs(remote, lines, probe) {
        if (!lines.length)
            return 0;
        const tip = await this.run(['rev-list', '--objects', '--missing=print', '--no-walk', '--end-of-options', probe]);
        if (!/^\?/m.test(tip))
            return 0;
        const out = await this.run(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '--stdin'], { input: `${lines.join('\n')}\n` });
        const blobs = new Set();
        for (const line of out.split('\n')) {
            // Gitlinks (mode 160000) name commits of another repository: never fetched.
            const m = /^:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) /.exec(line);
            if (!m)
                continue;
            if (m[1] !== '160000' && !/^0+$/.test(m[3]))
                blobs.add(m[3]);
            if (m[2] !== '160000' && !/^0+$/.test(m[4]))
                blobs.add(m[4]);
        }
        if (!blobs.size)
            return 0;
        this.logger.debug(`prefetching ${blobs.size} blobs in one request`);
        // The same request git's own lazy fetch of a promisor remote makes, for all the blobs at once.
        await this.run([
            '-c',
            'fetch.negotiationAlgorithm=noop',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--recurse-submodules=no',
            '--filter=blob:none',
            '--stdin',
            '--end-of-options',
            remote,
        ], { input: `${[...blobs].join('\n')}\n` });
        return blobs.size;
    }
    async checkoutNew(branch, startPoint) {
        for (const value of [branch, startPoint]) {
            if (looksLikeOption(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('input', `"${value}" is not a valid ref.`);
        }
        // `--` after the start point makes git read it as a revision, never as a path or an option.
        await this.run(['checkout', '--quiet', '--force', '-B', branch, startPoint, '--']);
    }
    /**
     * `git cherry-pick -x`, one commit at a time. Returns 'picked' when at least one commit changed
     * the tree, 'empty' when every commit was already there (not a conflict), or 'conflict'
     * (leaving the conflicted state in place for the caller to commit as a draft or abort).
     */
    async cherryPick(shas, options = {}) {
        const picked = [];
        for (const sha of shas) {
            const args = ['cherry-pick', '-x', '--allow-empty-message'];
            if (options.mainline)
                args.push('-m', String(options.mainline));
            const result = await this.exec([...args, '--end-of-options', sha]);
            if (result.code === 0) {
                picked.push(sha);
                continue;
            }
            const conflicted = (await this.exec(['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter(Boolean);
            if (conflicted.length === 0 && /empty|nothing to commit|nothing added/i.test(result.stderr + result.stdout)) {
                await this.exec(['cherry-pick', '--skip']);
                continue;
            }
            return { outcome: 'conflict', picked, conflictAt: sha, conflictedFiles: conflicted, stderr: result.stderr };
        }
        return { outcome: picked.length > 0 ? 'picked' : 'empty', picked, conflictedFiles: [], stderr: '' };
    }
    async abortCherryPick() {
        await this.exec(['cherry-pick', '--abort']);
    }
    async push(remote, refspecs, options = {}) {
        const args = ['push', '--quiet', '--no-verify'];
        if (options.force)
            args.push('--force');
        if (options.atomic)
            args.push('--atomic');
        args.push('--end-of-options', remote, ...refspecs);
        await this.run(args);
    }
    /** A scratch repository in a fresh temporary directory, removed by `dispose()`. */
    static async scratch(options) {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.parent ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'portal-release-'));
        const git = new Git({ ...options, cwd: dir });
        git.dispose = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        await git.init();
        return git;
    }
}


/***/ }),

/***/ 6703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ suiteReleasePullRequest),
/* harmony export */   y: () => (/* binding */ RELEASE_PR_KIND)
/* harmony export */ });
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9985);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9451);


/** Marker kind of the release pull request staging → production that promote-rc manages. */
const RELEASE_PR_KIND = 'release-pr';
/**
 * The one place that decides whether a pull request is the suite's release pull request: the
 * ownership test (the suite's identity, its release head branch in this repository, into
 * production, at the pinned commit), never the marker alone. The release gate, milestone-check and
 * tag-and-release all ask here. Returns undefined for any other pull request; one that carries a
 * copied marker is noted in `ignored`.
 */
async function suiteReleasePullRequest(pr, policy, ctx) {
    const role = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .promotionRole */ .yX)(RELEASE_PR_KIND, policy);
    // Neither on the suite's branch nor marked: a person's pull request, without asking who the suite is.
    if (pr.headRef !== role.headBranch && !(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(pr.body, RELEASE_PR_KIND))
        return undefined;
    const ownership = await (0,_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .judgePullRequest */ .yU)(pr, RELEASE_PR_KIND, role, { repo: ctx.repo, identity: ctx.identity });
    if (ownership.verdict === 'foreign') {
        ctx.ignored?.notePull(pr, RELEASE_PR_KIND, ownership);
        return undefined;
    }
    return ownership;
}


/***/ }),

/***/ 1642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ setCommitStatus)
/* harmony export */ });
/**
 * Sets commit status `context` on `sha` unless it already says exactly this (a re-run writes
 * nothing). In a dry run it only says what it would set.
 */
async function setCommitStatus(github, repo, sha, want, options) {
    // `current` (null: none) when the caller already read it, e.g. in the same GraphQL query.
    const previous = options.current !== undefined ? (options.current ?? undefined) : (await github.getCombinedStatuses(repo, sha)).find((s) => s.context === want.context);
    const description = want.description.slice(0, 140);
    if (previous && previous.state === want.state && previous.description === description)
        return { outcome: 'unchanged', previous };
    if (options.dryRun) {
        options.logger.info(`[dry-run] would set status "${want.context}" = ${want.state} on ${sha.slice(0, 7)}: ${description}`);
        return { outcome: 'planned', previous };
    }
    await github.createStatus(repo, sha, { ...want, description });
    return { outcome: previous ? 'updated' : 'created', previous };
}


/***/ })

};
