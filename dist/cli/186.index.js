export const id = 186;
export const ids = [186];
export const modules = {

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NOT_A_RELEASE_PR: () => (/* binding */ NOT_A_RELEASE_PR),
  milestoneCheck: () => (/* binding */ milestoneCheck),
  parseInputs: () => (/* binding */ parseInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
// EXTERNAL MODULE: ./shared/config.ts + 1 modules
var config = __webpack_require__(1558);
// EXTERNAL MODULE: ./shared/context.ts + 1 modules
var shared_context = __webpack_require__(7987);
// EXTERNAL MODULE: ./shared/train.ts
var train = __webpack_require__(6404);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/statuses.ts
var statuses = __webpack_require__(1642);
// EXTERNAL MODULE: ./shared/versions.ts
var versions = __webpack_require__(5721);
// EXTERNAL MODULE: ./shared/ownership.ts
var ownership = __webpack_require__(9451);
;// CONCATENATED MODULE: ./actions/milestone-check/render.ts

const METHOD_LABEL = {
    ancestry: 'merged',
    'cherry-pick-trailer': 'cherry-picked (-x)',
    'patch-id': 'same patch',
    'patch-id-whole': 'same whole patch',
    'squash-promotion': 'squash-merged promotion',
    'backport-reference': 'backport PR',
};
function presentText(r) {
    const parts = Object.keys(METHOD_LABEL).filter((m) => r.present[m]).map((m) => `${r.present[m]} ${METHOD_LABEL[m]}`);
    const total = Object.values(r.present).reduce((a, b) => a + (b ?? 0), 0);
    return total ? `${total}/${r.counts.changes} (${parts.join(', ')})` : `0/${r.counts.changes}`;
}
function milestoneCell(r) {
    const m = r.milestone;
    const name = m.url ? `[${(0,shared_text/* inline */.mG)(m.title)}](${m.url})` : (0,shared_text/* inline */.mG)(m.title);
    switch (m.status) {
        case 'missing':
            return `${(0,shared_text/* inline */.mG)(m.title)} — **missing**`;
        case 'would-create':
            return `${(0,shared_text/* inline */.mG)(m.title)} — would be created`;
        // The report describes state, not this run's actions, so a re-run renders the same text;
        // the creation itself is logged and noted in the job summary.
        case 'created':
        default:
            if (m.state === 'closed')
                return `${name} (closed)`;
            // The date, not a count of days: the report stays the same text from one day to the next.
            return m.dueOn ? `${name} (due ${m.dueOn.slice(0, 10)}${m.pastDue ? ', **past due**' : ''})` : name;
    }
}
/** The report (job summary and the comment on the release PR). Deterministic: a re-run renders the same text. */
function renderReport(title, reports, ready, options) {
    const blockers = reports.reduce((n, r) => n + r.blockers.length, 0);
    const missing = reports.reduce((n, r) => n + r.missing.length, 0);
    const lines = [`## ${ready ? '✅' : '❌'} Release milestone ${(0,shared_text/* inline */.mG)(title)}: ${ready ? 'ready' : 'not ready'}`, ''];
    lines.push(ready
        ? `Every must-have item is done and every merged change is on the release branch, in ${reports.length} repositor${reports.length === 1 ? 'y' : 'ies'}.`
        : `${blockers} blocker(s) and ${missing} change(s) missing from the release branch.`, ...(reports.some((r) => r.unlinked.length) ? [`${reports.reduce((n, r) => n + r.unlinked.length, 0)} closed issue(s) have no linked change.`] : []));
    if (options.dryRun)
        lines.push('', '**Dry run**: nothing was written.');
    lines.push('', '| Repository | Milestone | Branch | Items | Open | On branch | Blockers | Missing |', '|---|---|---|---|---|---|---|---|');
    for (const r of reports) {
        lines.push(`| [${(0,shared_text/* inline */.mG)(r.repo)}](${r.repoUrl}) | ${milestoneCell(r)} | \`${(0,shared_text/* inline */.mG)(r.targetBranch)}\` | ${r.counts.issues + r.counts.pulls} | ${r.counts.open} | ${presentText(r)} | ${r.blockers.length} | ${r.missing.length} |`);
    }
    for (const r of reports) {
        if (!r.blockers.length && !r.missing.length && !r.unlinked.length)
            continue;
        lines.push('', `### ${(0,shared_text/* inline */.mG)(r.repo)}`);
        if (r.blockers.length) {
            lines.push('', '**Blockers**', '', '| Item | Title | Why |', '|---|---|---|');
            for (const b of r.blockers)
                lines.push(`| ${b.number === null ? '—' : `[#${b.number}](${b.url})`} | ${(0,shared_text/* inline */.mG)(b.title)} | ${(0,shared_text/* inline */.mG)(b.reason)} |`);
        }
        if (r.missing.length) {
            lines.push('', `**Merged but not on \`${(0,shared_text/* inline */.mG)(r.targetBranch)}\`**`, '', '| Pull request | Title | Why |', '|---|---|---|');
            for (const m of r.missing) {
                const of = m.issues?.length ? ` (fixes ${m.issues.map((n) => `#${n}`).join(', ')})` : '';
                lines.push(`| [#${m.number}](${m.url}) | ${(0,shared_text/* inline */.mG)(m.title)}${of} | ${(0,shared_text/* inline */.mG)(m.reason)} |`);
            }
            const picks = r.missing.filter((m) => m.commits.length);
            if (picks.length) {
                lines.push('', `To pick them onto \`${(0,shared_text/* inline */.mG)(r.targetBranch)}\` (in a clone of ${(0,shared_text/* inline */.mG)(r.repo)}, oldest first):`, '', '```sh');
                lines.push(`git switch ${r.targetBranch}`);
                for (const m of picks)
                    lines.push(`${m.command}   # #${m.number}`);
                lines.push('```');
            }
        }
        if (r.unlinked.length) {
            lines.push('', '**Closed without a linked change** (warning; `milestone.closed-without-change: block` makes these blockers)', '', '| Issue | Title |', '|---|---|');
            for (const u of r.unlinked)
                lines.push(`| [#${u.number}](${u.url}) | ${(0,shared_text/* inline */.mG)(u.title)} |`);
        }
    }
    const placed = reports.flatMap((r) => r.placed);
    if (placed.length) {
        lines.push('', `<details><summary>How each change was found on the release branch (${placed.length})</summary>`, '');
        lines.push('| Repository | Pull request | Proof | Evidence |', '|---|---|---|---|');
        for (const p of placed) {
            const of = p.issues?.length ? ` (fixes ${p.issues.map((n) => `#${n}`).join(', ')})` : '';
            lines.push(`| ${(0,shared_text/* inline */.mG)(p.repo)} | [#${p.number}](${p.url})${of} | ${METHOD_LABEL[p.proof]} | ${(0,shared_text/* inline */.mG)(p.evidence)} |`);
        }
        lines.push('', '</details>');
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

// EXTERNAL MODULE: ./shared/milestone.ts
var milestone = __webpack_require__(9408);
// EXTERNAL MODULE: ./shared/git.ts
var shared_git = __webpack_require__(7366);
// EXTERNAL MODULE: ./shared/identity.ts
var shared_identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
// EXTERNAL MODULE: ./shared/release-pull-request.ts
var release_pull_request = __webpack_require__(6703);
;// CONCATENATED MODULE: ./actions/milestone-check/steps/items.ts



const MILESTONE_LOOKUP_QUERY = `query MilestoneLookup($owner: String!, $name: String!, $title: String!) {
  repository(owner: $owner, name: $name) {
    url
    milestones(query: $title, first: 100, states: [OPEN, CLOSED]) {
      nodes { number title state url dueOn }
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
        milestone: hit ? { number: hit.number, title: hit.title, state: hit.state === 'CLOSED' ? 'closed' : 'open', url: hit.url, dueOn: hit.dueOn ?? null } : null,
    };
}
/** The fields of a pull request linked to an issue. */
const LINKED_PULL = `number title url state merged mergedAt baseRefName body
  repository { nameWithOwner }
  mergeCommit { oid }
  commits(last: 1) { totalCount nodes { commit { messageHeadline } } }`;
/**
 * An issue's changes, in the same request as the issue: the pull requests GitHub says close it
 * (`closedByPullRequestsReferences`, merged ones only with `includeClosedPrs`), and its timeline's
 * closed (closer), connected (linked by hand) and cross-referenced events (a pull request whose
 * body names it with a closing keyword — GitHub links those only for the default branch, teams
 * often merge fixes into a development branch that is not).
 */
const MILESTONE_ITEMS_QUERY = `query MilestoneItems($owner: String!, $name: String!, $number: Int!, $withIssues: Boolean!, $withPulls: Boolean!, $issueCursor: String, $pullCursor: String) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $issueCursor) @include(if: $withIssues) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state stateReason labels(first: 50) { nodes { name } }
          closedByPullRequestsReferences(first: 10, includeClosedPrs: true) { nodes { ${LINKED_PULL} } }
          timelineItems(first: 50, itemTypes: [CLOSED_EVENT, CONNECTED_EVENT, CROSS_REFERENCED_EVENT]) {
            pageInfo { hasNextPage }
            nodes {
              __typename
              ... on ClosedEvent { closer { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on ConnectedEvent { subject { __typename ... on PullRequest { ${LINKED_PULL} } } source { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on CrossReferencedEvent { willCloseTarget source { __typename ... on PullRequest { ${LINKED_PULL} } } }
            }
          }
        }
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
 * Does `body` name the issue with one of GitHub's closing keywords ("fixes #12", "Closes:
 * owner/repo#12", "resolved https://github.com/owner/repo/issues/12")? Case-insensitive, as GitHub.
 */
function closesIssue(body, issue, repoFullName) {
    const ref = `(?:#|${(0,shared_text/* escapeRegExp */.Nt)(repoFullName)}#|${(0,shared_text/* escapeRegExp */.Nt)(issue.url.replace(/\/\d+$/, '/'))})${issue.number}(?![\\w/])`;
    return new RegExp(`\\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\\s+${ref}`, 'i').test(body ?? '');
}
function isPull(n) {
    return !!n && (n.__typename === undefined || n.__typename === 'PullRequest') && 'number' in n;
}
/** The pull requests of this repository linked to an issue, first link kind wins, by number. */
function linksOf(n, repoFullName) {
    const found = new Map();
    const add = (p, via) => {
        if (!isPull(p) || p.repository.nameWithOwner.toLowerCase() !== repoFullName.toLowerCase() || found.has(p.number))
            return;
        found.set(p.number, {
            number: p.number,
            title: p.title,
            url: p.url,
            state: p.merged || p.state === 'MERGED' ? 'merged' : p.state === 'OPEN' ? 'open' : 'closed',
            baseRef: p.baseRefName,
            mergeCommit: p.mergeCommit?.oid ?? null,
            mergedAt: p.mergedAt,
            commitCount: p.commits.totalCount,
            lastCommitHeadline: p.commits.nodes[0]?.commit.messageHeadline ?? '',
            via,
        });
    };
    for (const p of n.closedByPullRequestsReferences?.nodes ?? [])
        add(p, 'closed-by');
    for (const e of n.timelineItems?.nodes ?? []) {
        if (e.__typename === 'ClosedEvent')
            add(e.closer, 'closed-by');
        else if (e.__typename === 'ConnectedEvent') {
            add(e.subject, 'connected');
            add(e.source, 'connected');
        }
        else if (e.__typename === 'CrossReferencedEvent' && isPull(e.source)) {
            if (e.willCloseTarget || closesIssue(e.source.body, n, repoFullName))
                add(e.source, 'closing-reference');
        }
    }
    return [...found.values()].sort((a, b) => a.number - b.number);
}
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
                items.push({
                    kind: 'issue',
                    number: n.number,
                    title: n.title,
                    url: n.url,
                    state: n.state === 'OPEN' ? 'open' : 'closed',
                    labels: labelsOf(n),
                    notPlanned: n.stateReason === 'NOT_PLANNED' || n.stateReason === 'DUPLICATE',
                    links: linksOf(n, (0,shared_context/* repoName */.Qq)(repo)),
                    linksTruncated: Boolean(n.timelineItems?.pageInfo.hasNextPage),
                });
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

// EXTERNAL MODULE: ./shared/presence.ts
var presence = __webpack_require__(6945);
;// CONCATENATED MODULE: ./actions/milestone-check/rules.ts
// milestone-check's pure decisions: which pull request a run judges and which branch the changes must be on.


/** The pull request of a pull request event (pull_request, pull_request_target, pull_request_review). */
function eventPullRequest(context) {
    return context.trigger.kind === 'pull_request' ? context.trigger.pull.number : undefined;
}
/** The release branch the changes must be on: the input, else production — or staging while the release PR into production is open. */
function defaultTargetBranch(policy, context) {
    if (context.trigger.kind === 'pull_request' && context.trigger.pull.baseRef === policy.branches.production)
        return policy.branches.staging;
    return policy.branches.production;
}

;// CONCATENATED MODULE: ./actions/milestone-check/steps/check.ts













const COMMENT_KIND = 'milestone-check';
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
async function locateMilestone(d, repo) {
    const { github, logger } = d.env;
    const found = await findMilestone(github, repo, d.title);
    if (found.milestone)
        return { ...found, status: 'found' };
    if (!d.inputs.createMissing) {
        logger.warning(`${(0,shared_context/* repoName */.Qq)(repo)} has no milestone "${d.title}".`, { title: 'Release milestone missing' });
        return { ...found, status: 'missing' };
    }
    const created = await d.env.plan.write(`create the milestone "${d.title}" in ${(0,shared_context/* repoName */.Qq)(repo)}`, () => github.createMilestone(repo, d.title, `Release milestone (created by portal-release milestone-check).`));
    if (!created)
        return { ...found, status: 'would-create' };
    logger.info(`Created milestone "${d.title}" in ${(0,shared_context/* repoName */.Qq)(repo)}: ${created.htmlUrl}`);
    return {
        repoUrl: found.repoUrl,
        status: 'created',
        milestone: { number: created.number, title: created.title, state: created.state, url: created.htmlUrl, dueOn: null },
    };
}
/**
 * Pull requests merged into the target branch since the oldest pending change: any of them may
 * carry a change by reference; the suite's own promotions (judged by identity, never by marker
 * alone) pin the source SHA they were made of.
 */
async function mergedInto(d, repo, pending) {
    const times = pending.map((c) => Date.parse(c.mergedAt ?? '')).filter((t) => !Number.isNaN(t));
    const since = new Date(times.length ? Math.min(...times) : 0);
    const pulls = (await d.env.github.listPullRequestsUpdatedSince(repo, since, { state: 'closed', base: d.targetBranch })).filter((p) => p.merged);
    const identity = d.identity ?? (d.identity = new shared_identity/* SuiteIdentity */.HR(d.env.github, d.policy.trustedLogins));
    const promotions = [];
    for (const pr of pulls) {
        const judged = await (0,ownership/* judgeMarkedPullRequest */.S)(pr, d.policy, { repo, identity });
        if (!judged || (judged.kind !== 'promotion' && judged.kind !== 'release-pr'))
            continue;
        if (judged.ownership.verdict !== 'suite') {
            d.ignored.notePull(pr, judged.kind, judged.ownership);
            continue;
        }
        if (pr.mergeCommitSha)
            promotions.push({ number: pr.number, url: pr.htmlUrl, mergeCommit: pr.mergeCommitSha, source: pr.headSha });
    }
    return {
        references: pulls.map((p) => ({ number: p.number, url: p.htmlUrl, title: p.title, body: p.body, mergeCommit: p.mergeCommitSha })),
        promotions,
    };
}
async function checkPresence(d, repo, changes, baseRefs) {
    if (!changes.length)
        return [];
    const { env } = d;
    const git = await shared_git/* Git */.TU.scratch({ logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, parent: env.tempDir });
    try {
        await git.checkRefFormat(d.targetBranch, 'target branch');
        const bases = [];
        for (const baseRef of baseRefs) {
            if (baseRef && !bases.includes(baseRef) && (await git.exec(['check-ref-format', `refs/heads/${baseRef}`])).code === 0 && !baseRef.startsWith('-')) {
                bases.push(baseRef);
            }
        }
        await git.addRemote('origin', git.remoteUrl(env.context.serverUrl, repo));
        // The history from the target and the newest merged change down to their merge base (GitHub's counts),
        // deepened when a proof needs more (an older change, a merge): a small part of a clone.
        const newest = changes
            .filter((c) => (0,shared_git/* isSha */.HH)(c.mergeCommit))
            .reduce((a, c) => (!a || Date.parse(c.mergedAt ?? '') > Date.parse(a.mergedAt ?? '') ? c : a), undefined);
        const depth = newest ? await (0,presence/* depthForPresence */.kT)(env.github, repo, [d.targetBranch], newest.mergeCommit, env.logger) : undefined;
        let history;
        try {
            history = await (0,presence/* fetchForPresence */.fI)(git, { targetBranch: d.targetBranch, mergeCommits: changes.map((c) => c.mergeCommit), baseBranches: bases, depth }, env.logger);
        }
        catch (error) {
            if (/couldn't find remote ref/i.test((0,errors/* errorMessage */.gJ)(error))) {
                throw new errors/* UserError */.yo('not-found', `Branch "${d.targetBranch}" does not exist in ${(0,shared_context/* repoName */.Qq)(repo)}; set input "target-branch" or the policy's branches.`);
            }
            throw error;
        }
        return await (0,presence/* decidePresence */.uQ)({
            git,
            changes,
            logger: env.logger,
            referencePatterns: d.policy.backport.referencePatterns,
            mergedInto: (pending) => mergedInto(d, repo, pending),
            history,
        });
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
            dueOn: located.milestone?.dueOn ?? null,
            pastDue: (0,milestone/* isPastDue */.lk)(located.milestone, d.env.clock()),
        },
        counts: {
            issues: items.filter((i) => i.kind === 'issue').length,
            pulls: items.filter((i) => i.kind === 'pull').length,
            open: items.filter((i) => i.state === 'open').length,
            merged: items.filter((i) => i.state === 'merged').length,
            changes: 0,
        },
        present: {},
        placed: [],
        blockers: [],
        missing: [],
        unlinked: [],
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
    report.blockers.push(...(0,milestone/* findBlockers */.zX)(name, items, d.policy.milestone));
    const merged = items.filter((i) => i.kind === 'pull' && i.state === 'merged');
    // Every item is followed to its change: a pull request is its own; a closed issue's are the merged
    // pull requests linked to it (merged into any branch). Each change is checked once.
    const candidates = new Map();
    const issuesOf = new Map();
    for (const item of merged) {
        candidates.set(item.number, {
            title: item.title,
            url: item.url,
            mergeCommit: item.mergeCommit ?? null,
            mergedAt: item.mergedAt ?? null,
            commitCount: item.commitCount ?? 1,
            lastCommitHeadline: item.lastCommitHeadline ?? '',
            baseRef: item.baseRef ?? '',
        });
    }
    for (const issue of items.filter((i) => i.kind === 'issue' && i.state === 'closed')) {
        if (issue.linksTruncated)
            logger.warning(`${name}#${issue.number} has more linking events than one page; only the first ones were followed.`);
        const fixes = (issue.links ?? []).filter((l) => l.state === 'merged');
        if (!fixes.length) {
            if (issue.notPlanned)
                continue;
            const reason = 'closed, but no merged pull request is linked to it (link the fix, or close it as not planned)';
            if (d.policy.milestone.closedWithoutChange === 'block') {
                report.blockers.push({
                    repo: name,
                    number: issue.number,
                    title: issue.title,
                    url: issue.url,
                    reason: `${reason} (milestone.closed-without-change: block)`,
                });
            }
            else
                report.unlinked.push({ repo: name, number: issue.number, title: issue.title, url: issue.url, reason });
            continue;
        }
        for (const fix of fixes) {
            issuesOf.set(fix.number, [...(issuesOf.get(fix.number) ?? []), issue.number]);
            if (!candidates.has(fix.number))
                candidates.set(fix.number, { ...fix });
        }
    }
    report.counts.changes = candidates.size;
    const changes = [];
    for (const [number, item] of [...candidates].sort((a, b) => a[0] - b[0])) {
        if (!item.mergeCommit) {
            report.missing.push({
                repo: name,
                number,
                title: item.title,
                url: item.url,
                mergeCommit: '',
                commits: [],
                command: '',
                reason: 'GitHub reports no merge commit',
                ...(issuesOf.has(number) ? { issues: issuesOf.get(number) } : {}),
            });
            continue;
        }
        changes.push({
            number,
            title: item.title,
            url: item.url,
            mergeCommit: item.mergeCommit,
            mergedAt: item.mergedAt,
            commitCount: item.commitCount,
            lastCommitHeadline: item.lastCommitHeadline,
        });
    }
    const verdicts = await checkPresence(d, repo, changes, [...candidates.values()].map((c) => c.baseRef));
    const order = new Map(changes.map((c) => [c.number, c]));
    const missing = [];
    for (const v of verdicts) {
        const change = order.get(v.number);
        const issues = issuesOf.get(v.number);
        if (v.present) {
            report.present[v.method] = (report.present[v.method] ?? 0) + 1;
            report.placed.push({
                repo: name,
                number: v.number,
                title: change.title,
                url: change.url,
                proof: v.method,
                evidence: v.evidence,
                ...(issues ? { issues } : {}),
            });
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
            command: v.commits.length ? (0,presence/* pickCommand */.jF)(v.commits) : '',
            reason: issues ? `${v.evidence}; it is the change of closed issue ${issues.map((n) => `#${n}`).join(', ')}` : v.evidence,
            mergedAt: change.mergedAt ?? '',
            ...(issues ? { issues } : {}),
        });
    }
    missing.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
    report.missing.push(...missing.map(({ mergedAt: _m, ...m }) => m));
    for (const b of report.blockers)
        logger.warning(`${name}${b.number === null ? '' : `#${b.number}`} ${b.title}: ${b.reason}`, { title: 'Release blocker' });
    for (const u of report.unlinked)
        logger.warning(`${name}#${u.number} ${u.title}: ${u.reason}`, { title: 'Closed issue without a change' });
    for (const m of report.missing) {
        logger.warning(`${name}#${m.number} ${m.title} is merged but not on ${d.targetBranch}${m.command ? `: ${m.command}` : ''}`, {
            title: 'Change missing from the release branch',
        });
    }
    logger.info(`${name}: milestone ${located.status}, ${items.length} item(s), ${report.blockers.length} blocker(s), ${report.missing.length} missing of ${candidates.size} merged change(s).`);
    return report;
}
async function postReport(d, number, report) {
    const { github, context, logger } = d.env;
    const body = reportComment(report);
    // Only the suite's own report comment is updated: a person's comment quoting it is left alone.
    const identity = new shared_identity/* SuiteIdentity */.HR(github, d.policy.trustedLogins);
    const { plan } = d.env;
    const result = await (0,markers/* upsertComment */.lB)(github, context.repo, number, identity, COMMENT_KIND, body, { attrs: {}, plan, what: 'the milestone report comment' });
    if (plan.dryRun && result.outcome !== 'unchanged')
        return `would ${result.outcome === 'created' ? 'create' : 'update'}`;
    logger.info(`Milestone report comment on #${number}: ${result.outcome}${result.comment ? ` (${result.comment.htmlUrl})` : ''}`);
    return result.outcome;
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
function parseStatusContext(value) {
    if (value !== undefined && value.length > 255)
        throw (0,errors/* inputError */.Xu)('status-context', 'is longer than 255 characters.');
    return value;
}
/** The milestone status on every pull request into production that is not the release pull request. */
const NOT_A_RELEASE_PR = 'Not a release pull request: no release milestone to check.';
async function run(inputs, env) {
    const { github, context, logger } = env;
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    const policy = loaded.policy;
    const subject = await findSubject(inputs, env, policy);
    const nothing = (reason) => {
        logger.notice(reason);
        return {
            outputs: { ready: '', blockers: [], missing: [], summary: '', 'pull-request': subject?.pr.number ?? '' },
            summary: `## milestone-check\n\n${(0,shared_text/* escapeHtml */.ZD)(reason)}\n`,
        };
    };
    if (inputs.statusContext && !subject)
        return nothing(`No open release pull request into ${policy.branches.production}: no milestone status to report.`);
    if (subject && !subject.release && inputs.statusContext) {
        // The milestone status is a required check of production: every other pull request into it
        // (a hotfix) must get it too, or it could never merge.
        if (subject.pr.state === 'open') {
            await (0,statuses/* setCommitStatus */.M)(github, context.repo, subject.pr.headSha, { state: 'success', context: inputs.statusContext, description: NOT_A_RELEASE_PR, targetUrl: context.runUrl }, { plan: env.plan });
        }
        return nothing(`#${subject.pr.number} is not the release pull request: ${NOT_A_RELEASE_PR}`);
    }
    const markerVersion = subject?.release?.attrs.version;
    const version = inputs.version
        ? (0,versions/* parseStableVersion */.pI)(inputs.version, policy.tagPrefix)
        : markerVersion
            ? (0,versions/* parseStableVersion */.pI)(markerVersion, policy.tagPrefix)
            : undefined;
    const title = inputs.milestone ?? (0,milestone/* renderMilestoneTitle */.Tv)(policy.milestone.title, version, policy.tagPrefix);
    const repos = (0,train/* releaseTrain */.C)(context.repo, inputs.repos, policy.repos);
    // The release pull request's changes must be on staging, whatever event started the run.
    const targetBranch = inputs.targetBranch ?? (subject?.release ? policy.branches.staging : defaultTargetBranch(policy, context));
    const d = { inputs, env, policy, title, targetBranch, ignored: new ownership/* IgnoredMarkers */.U5() };
    logger.info(`Milestone "${title}" in ${repos.map(shared_context/* repoName */.Qq).join(', ')}; changes must be on "${d.targetBranch}".`);
    const reports = [];
    for (const repo of repos)
        reports.push(await logger.group((0,shared_context/* repoName */.Qq)(repo), () => checkRepo(d, repo)));
    const blockers = reports.flatMap((r) => r.blockers);
    const missing = reports.flatMap((r) => r.missing);
    const ready = blockers.length === 0 && missing.length === 0;
    const report = renderReport(title, reports, ready, { dryRun: env.plan.dryRun });
    const commentOn = inputs.commentOn ?? (subject?.release ? subject.pr.number : undefined);
    let comment = '';
    if (commentOn)
        comment = await logger.group(`Report on #${commentOn}`, () => postReport(d, commentOn, report));
    let status = '';
    if (inputs.statusContext && subject?.release && subject.pr.state === 'open') {
        const description = ready
            ? `Milestone "${title}" complete; every merged change is on ${targetBranch}.`
            : `${blockers.length} blocker(s), ${missing.length} merged change(s) missing from ${targetBranch}.`;
        const set = await (0,statuses/* setCommitStatus */.M)(github, context.repo, subject.pr.headSha, { state: ready ? 'success' : 'failure', context: inputs.statusContext, description, targetUrl: context.runUrl }, { plan: env.plan });
        status = `status "${inputs.statusContext}" on #${subject.pr.number}: ${set.outcome}`;
    }
    const createdIn = reports.filter((r) => r.milestone.status === 'created').map((r) => r.repo);
    const pastDue = reports.filter((r) => r.milestone.pastDue);
    for (const r of pastDue)
        logger.warning(`${r.repo}: ${(0,milestone/* pastDueSentence */.WM)(title, r.milestone.dueOn)}`, { title: milestone/* PAST_DUE_TITLE */.N });
    for (const sentence of d.ignored.sentences())
        logger.warning(sentence, { title: 'Marker ignored' });
    const summary = `${report}${d.ignored.size ? `\n${d.ignored.summary().join('\n')}` : ''}\n<sub>Policy: ${(0,shared_text/* escapeHtml */.ZD)(loaded.source)} · ${github.requestCount} API request(s)${createdIn.length ? ` · milestone created in ${createdIn.join(', ')}` : ''}${comment ? ` · comment on #${commentOn}: ${comment}` : ''}${status ? ` · ${(0,shared_text/* escapeHtml */.ZD)(status)}` : ''}</sub>\n`;
    return {
        outputs: {
            ready,
            blockers: blockers.map((b) => ({ repo: b.repo, number: b.number, title: b.title, url: b.url, reason: b.reason })),
            missing: missing.map((m) => ({
                repo: m.repo,
                number: m.number,
                title: m.title,
                url: m.url,
                commits: m.commits,
                command: m.command,
                reason: m.reason,
                ...(m.issues ? { issues: m.issues } : {}),
            })),
            placed: reports.flatMap((r) => r.placed),
            'closed-without-change': reports.flatMap((r) => r.unlinked),
            'past-due': pastDue.map((r) => ({ repo: r.repo, milestone: r.milestone.url, 'due-on': r.milestone.dueOn })),
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

/***/ 9408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ PAST_DUE_TITLE),
/* harmony export */   Tv: () => (/* binding */ renderMilestoneTitle),
/* harmony export */   WM: () => (/* binding */ pastDueSentence),
/* harmony export */   lk: () => (/* binding */ isPastDue),
/* harmony export */   zX: () => (/* binding */ findBlockers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

/**
 * The release milestone's rules, in one place for every action: its title, what blocks a release,
 * and its due date.
 */
/**
 * Renders `milestone.title` ("{tag}" → v3.2.0, "{version}" → 3.2.0). Without a version, a
 * template that needs one is refused with the inputs that supply it.
 */
function renderMilestoneTitle(template, version, tagPrefix) {
    const needsVersion = /\{(?:tag|version)\}/.test(template);
    if (needsVersion && !version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('input', `Set input "version" (for example 3.2.0) or input "milestone": the policy's milestone.title "${template}" needs a version to name the release milestone.`);
    }
    const title = template.replace(/\{tag\}/g, `${tagPrefix}${version ?? ''}`).replace(/\{version\}/g, version ?? '');
    if (!title.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `milestone.title "${template}" renders an empty milestone title.`);
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
/** The annotation title of the past-due warning, the same in every action that gives it. */
const PAST_DUE_TITLE = 'Release milestone past due';
/** The past-due warning's sentence (a warning only: a late milestone never blocks a release). */
function pastDueSentence(title, dueOn) {
    return `Milestone "${title}" was due ${dueOn?.slice(0, 10)} and is still open.`;
}
/** An open milestone whose due date has passed at `now`. */
function isPastDue(milestone, now) {
    if (!milestone?.dueOn || milestone.state !== 'open')
        return false;
    const due = Date.parse(milestone.dueOn);
    return !Number.isNaN(due) && due < now.getTime();
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
 * nothing and records it as kept). In a dry run the plan only records what it would set.
 */
async function setCommitStatus(github, repo, sha, want, options) {
    // `current` (null: none) when the caller already read it, e.g. in the same GraphQL query.
    const previous = options.current !== undefined ? (options.current ?? undefined) : (await github.getCombinedStatuses(repo, sha)).find((s) => s.context === want.context);
    const description = want.description.slice(0, 140);
    if (previous && previous.state === want.state && previous.description === description) {
        options.plan.keep(`status "${want.context}" on ${sha.slice(0, 7)} already says ${want.state}: ${description}`);
        return { outcome: 'unchanged', previous };
    }
    const set = await options.plan.write(`set status "${want.context}" = ${want.state} on ${sha.slice(0, 7)}: ${description}`, async () => {
        await github.createStatus(repo, sha, { ...want, description });
        return true;
    });
    if (!set)
        return { outcome: 'planned', previous };
    return { outcome: previous ? 'updated' : 'created', previous };
}


/***/ }),

/***/ 6404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ releaseTrain),
/* harmony export */   Z: () => (/* binding */ sameRepo)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7987);

/** Whether two references name the same repository (GitHub's names are case-insensitive). */
function sameRepo(a, b) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Qq)(a).toLowerCase() === (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Qq)(b).toLowerCase();
}
/**
 * The repositories a run covers, the same rule in every action: this repository first, then the
 * input's repositories when given, else the policy's `repos`. This repository is always in: the
 * run's own repository is the one whose release it is, and its token reaches it. Duplicates (in
 * any letter case) are dropped, the first spelling kept.
 */
function releaseTrain(current, input, policyRepos) {
    const others = input.length > 0 ? input : policyRepos.map((r) => (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepo */ .E3)(r, 'Policy file: repos'));
    const out = [];
    for (const r of [current, ...others])
        if (!out.some((o) => sameRepo(o, r)))
            out.push(r);
    return out;
}


/***/ })

};
