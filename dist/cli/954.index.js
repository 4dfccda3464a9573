export const id = 954;
export const ids = [954];
export const modules = {

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 9954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseInputs: () => (/* binding */ parseInputs),
  run: () => (/* binding */ run),
  tagAndRelease: () => (/* binding */ tagAndRelease)
});

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
// EXTERNAL MODULE: ./shared/alerts.ts
var alerts = __webpack_require__(1595);
// EXTERNAL MODULE: ./shared/config.ts + 1 modules
var config = __webpack_require__(1558);
// EXTERNAL MODULE: ./shared/context.ts + 1 modules
var shared_context = __webpack_require__(7987);
// EXTERNAL MODULE: ./shared/train.ts
var shared_train = __webpack_require__(6404);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git.ts
var git = __webpack_require__(7366);
// EXTERNAL MODULE: ./shared/identity.ts
var shared_identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/ownership.ts
var shared_ownership = __webpack_require__(9451);
// EXTERNAL MODULE: ./shared/versions.ts
var versions = __webpack_require__(5721);
// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __webpack_require__(6599);
var gt_default = /*#__PURE__*/__webpack_require__.n(gt);
// EXTERNAL MODULE: ./node_modules/semver/functions/rcompare.js
var rcompare = __webpack_require__(2173);
var rcompare_default = /*#__PURE__*/__webpack_require__.n(rcompare);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./shared/clock.ts
var clock = __webpack_require__(7128);
// EXTERNAL MODULE: ./shared/milestone.ts
var shared_milestone = __webpack_require__(9408);
;// CONCATENATED MODULE: ./actions/tag-and-release/rules.ts








/**
 * Pure decisions of tag-and-release: which version, which gates pass, whether the release is the
 * "latest", whether the floating major tag may move. No I/O here; main.ts and steps/ feed it.
 */
/** Parses a version given by a person or by a release PR marker: X.Y.Z or X.Y.Z-<rc>.N, with or without the tag prefix. */
function parseVersion(value, prefix, rcIdentifier, where) {
    const text = value.trim();
    const withPrefix = prefix !== '' && text.startsWith(prefix) ? text : `${prefix}${text}`;
    const tag = (0,versions/* parseReleaseTag */.rE)(withPrefix, prefix, rcIdentifier);
    if (!tag) {
        throw new errors/* UserError */.yo('input', `${where}: "${value}" is not a release version X.Y.Z or X.Y.Z-${rcIdentifier}.N (for example 3.2.0 or 3.2.0-${rcIdentifier}.1).`);
    }
    return tag;
}
/** The floating major tag name (`v3` for `v3.2.0`). */
function majorTagName(prefix, tag) {
    return `${prefix}${tag.major}`;
}
/** `make_latest` is true only for a stable release with no higher stable release tag. */
function shouldMakeLatest(tag, all) {
    if (tag.rc !== null)
        return false;
    return !all.some((t) => t.rc === null && gt_default()(t.version, tag.version));
}
/**
 * Where the floating major tag goes. It only ever points at the newest stable release of its
 * major, never at a prerelease, and only moves forward in history: `ancestry` is how the commit it
 * points at now relates to the release SHA (`ahead` = the release is ahead of it, i.e. forward).
 */
function decideMajorTag(args) {
    const name = majorTagName(args.prefix, args.tag);
    if (!args.enabled)
        return { action: 'skip', name, reason: 'release.floating-major-tag is off' };
    if (args.tag.rc !== null)
        return { action: 'skip', name, reason: `${args.tag.tag} is a prerelease; ${name} never points at a prerelease` };
    const newest = args.all.filter((t) => t.rc === null && t.major === args.tag.major).sort((a, b) => rcompare_default()(a.version, b.version))[0];
    if (newest && gt_default()(newest.version, args.tag.version)) {
        return { action: 'skip', name, reason: `${args.tag.tag} is not the newest ${args.tag.major}.x release (${newest.tag} is); ${name} stays where it is` };
    }
    if (args.current === null)
        return { action: 'create', name, reason: `${name} does not exist yet` };
    if (args.current === args.sha || args.ancestry === 'identical')
        return { action: 'unchanged', name, reason: `${name} already points at ${args.tag.tag}` };
    if (args.ancestry === 'ahead')
        return { action: 'move', name, reason: `${name} moves forward from ${args.current.slice(0, 12)} to ${args.tag.tag}` };
    if (args.ancestry === 'behind') {
        return {
            action: 'skip',
            name,
            reason: `${name} points at ${args.current.slice(0, 12)}, which is ahead of ${args.tag.tag}; it is never moved back`,
            warn: true,
        };
    }
    return {
        action: 'skip',
        name,
        reason: `${name} points at ${args.current.slice(0, 12)}, which is not an ancestor of ${args.tag.tag}; it is only moved forward, so it was left alone (move it by hand if that is intended)`,
        warn: true,
    };
}
/** End of the code freeze a major release (X.0.0) starts, as freeze-guard computes it. */
function freezeUntil(tag, publishedAt, afterMajorDays) {
    if (tag.rc !== null || afterMajorDays <= 0)
        return null;
    const v = parse_default()(tag.version);
    if (!v || v.minor !== 0 || v.patch !== 0)
        return null;
    return (0,clock/* addDays */.fi)(publishedAt, afterMajorDays).toISOString();
}
/**
 * The smoke gate: the NEWEST completed run of the workflow whose head_sha is exactly this SHA must
 * have succeeded. An older green run does not outweigh a newer failed one (the install procedure
 * broke since, or the green run was lucky). A re-run keeps its run id and creation time, so runs are
 * ordered by creation time, then id; the API's own order is not relied upon.
 */
function judgeSmokeRuns(args) {
    const { sha, workflow, repo } = args;
    const mine = args.runs.filter((r) => r.headSha === sha).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    const how = `run ${workflow} on exactly this commit (a push to ${args.branch} or "Run workflow" on ${args.branch} while ${sha.slice(0, 12)} is its head) and re-run this job once it is green`;
    if (mine.length === 0) {
        return { gate: 'smoke', ok: false, detail: `No run of ${workflow} in ${repo} tested ${sha.slice(0, 12)}: ${how}.` };
    }
    const newest = mine.find((r) => r.status === 'completed');
    if (newest?.conclusion === 'success') {
        return { gate: 'smoke', ok: true, detail: `${workflow} run ${newest.id} (the newest completed run on ${sha.slice(0, 12)}) succeeded`, url: newest.htmlUrl };
    }
    if (!newest) {
        const pending = mine[0];
        return {
            gate: 'smoke',
            ok: false,
            detail: `${workflow} run ${pending.id} on ${sha.slice(0, 12)} in ${repo} is still ${pending.status}: re-run this job once it is green.`,
            url: pending.htmlUrl,
        };
    }
    const olderGreen = mine.find((r) => r.status === 'completed' && r.conclusion === 'success');
    return {
        gate: 'smoke',
        ok: false,
        detail: `${workflow} run ${newest.id} on ${sha.slice(0, 12)} in ${repo} concluded ${newest.conclusion ?? 'without success'}${olderGreen ? ` (the older green run ${olderGreen.id} does not count: only the newest completed run does)` : ''}: fix the install procedure, ${how}.`,
        url: newest.htmlUrl,
    };
}
/** The deployment gate: some deployment of this SHA to the environment whose newest status is success. */
function judgeDeployments(args) {
    const { sha, environment, repo } = args;
    const mine = args.deployments.filter((d) => d.deployment.sha === sha && d.deployment.environment === environment);
    const ok = mine.find((d) => d.states[0] === 'success');
    if (ok)
        return { gate: 'deployment', ok: true, detail: `deployment ${ok.deployment.id} of ${sha.slice(0, 12)} to ${environment} succeeded` };
    if (mine.length === 0) {
        return {
            gate: 'deployment',
            ok: false,
            detail: `No deployment of ${sha.slice(0, 12)} to ${environment} in ${repo}: deploy this commit to ${environment} (release.deployment-environment) and re-run this job.`,
        };
    }
    const latest = mine[0];
    return {
        gate: 'deployment',
        ok: false,
        detail: `Deployment ${latest.deployment.id} of ${sha.slice(0, 12)} to ${environment} in ${repo} is "${latest.states[0] ?? 'without status'}", not success: re-run this job once it has succeeded.`,
    };
}
/**
 * Open items of the release milestone that block it, by milestone-check's rule (findBlockers: a
 * blocker label, every open item with milestone.require-all-closed, a missing triage label), so the
 * gate, the rollover and milestone-check never disagree on what a blocker is.
 */
function milestoneBlockers(repo, open, rules) {
    const items = open
        .filter((i) => i.state === 'open')
        .map((i) => ({ kind: i.isPullRequest ? 'pull' : 'issue', number: i.number, title: i.title, url: i.htmlUrl, state: 'open', labels: i.labels }));
    const blocking = new Set((0,shared_milestone/* findBlockers */.zX)(repo, items, rules).map((b) => b.number));
    return open.filter((i) => blocking.has(i.number));
}
/**
 * The milestone the open non-blocking items of a stable release move to: the open milestone with
 * the lowest stable version above the release among those titled by `milestone.title`; when there
 * is none, a new one for the next minor version (X.Y+1.0), which the next release from the
 * development branch carries (a patch release is a hotfix or backport, planned by hand).
 */
function nextMilestone(pattern, prefix, tag, milestones) {
    const versionPart = '(\\d+\\.\\d+\\.\\d+)';
    const source = pattern
        .split(/(\{tag\}|\{version\})/)
        .map((part) => (part === '{tag}' ? `${(0,shared_text/* escapeRegExp */.Nt)(prefix)}${versionPart}` : part === '{version}' ? versionPart : (0,shared_text/* escapeRegExp */.Nt)(part)))
        .join('');
    const titled = new RegExp(`^${source}$`);
    const candidates = milestones
        .filter((m) => m.state === 'open')
        .map((m) => ({ m, version: titled.exec(m.title)?.slice(1).find(Boolean) }))
        .filter((c) => c.version !== undefined && gt_default()(c.version, tag.version))
        .sort((a, b) => rcompare_default()(b.version, a.version));
    if (candidates[0])
        return { title: candidates[0].m.title, number: candidates[0].m.number };
    const v = parse_default()(tag.version);
    const next = `${v.major}.${v.minor + 1}.0`;
    return { title: (0,shared_milestone/* renderMilestoneTitle */.Tv)(pattern, next, prefix), number: null };
}

// EXTERNAL MODULE: ./shared/tags.ts
var tags = __webpack_require__(7981);
// EXTERNAL MODULE: ./shared/github/index.ts + 27 modules
var shared_github = __webpack_require__(7316);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
// EXTERNAL MODULE: ./shared/presence.ts
var presence = __webpack_require__(6945);
;// CONCATENATED MODULE: ./actions/tag-and-release/steps/released-in.ts






const COMMITS_PER_QUERY = 100;
const PULLS_PER_QUERY = 20;
const COMMENTS_WINDOW = 50;
const CLOSED_ISSUES_WINDOW = 25;
/** The pull requests whose merge commit is one of `commits` (GraphQL, 100 commits a query). */
async function mergedPullsOf(github, repo, commits) {
    const inRange = new Set(commits);
    const found = new Set();
    for (let at = 0; at < commits.length; at += COMMITS_PER_QUERY) {
        const batch = commits.slice(at, at + COMMITS_PER_QUERY);
        const fields = batch
            .map((_, k) => `c${k}: object(oid: $c${k}) { ... on Commit { associatedPullRequests(first: 10) { nodes { number merged mergeCommit { oid } } } } }`)
            .join('\n    ');
        const query = `query ReleasedInCommits($owner: String!, $name: String!, ${batch.map((_, k) => `$c${k}: GitObjectID!`).join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
        const variables = { owner: repo.owner, name: repo.repo };
        batch.forEach((sha, k) => (variables[`c${k}`] = sha));
        const data = await github.graphql(`Finding the pull requests of ${batch.length} commits of ${(0,shared_context/* repoName */.Qq)(repo)}`, query, variables);
        for (const node of Object.values(data.repository ?? {})) {
            for (const pr of node?.associatedPullRequests?.nodes ?? []) {
                // Shipped in this range: merged, and its merge (squash or rebase head) commit is in the range.
                if (pr.merged && pr.mergeCommit && inRange.has(pr.mergeCommit.oid))
                    found.add(pr.number);
            }
        }
    }
    return [...found].sort((a, b) => a - b);
}
const COMMENT_FIELDS = `comments(last: ${COMMENTS_WINDOW}) { pageInfo { hasPreviousPage } nodes { databaseId body url author { __typename login } } }`;
async function pullDetails(github, repo, numbers) {
    const out = [];
    for (let at = 0; at < numbers.length; at += PULLS_PER_QUERY) {
        const batch = numbers.slice(at, at + PULLS_PER_QUERY);
        const fields = batch
            .map((n) => `p${n}: pullRequest(number: ${n}) {
      number body author { __typename login } labels(first: 50) { nodes { name } }
      ${COMMENT_FIELDS}
      closingIssuesReferences(first: ${CLOSED_ISSUES_WINDOW}) { pageInfo { hasNextPage } nodes {
        number state repository { nameWithOwner } labels(first: 50) { nodes { name } }
        ${COMMENT_FIELDS}
      } }
    }`)
            .join('\n    ');
        const query = `query ReleasedInPulls($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
        const data = await github.graphql(`Reading ${batch.length} pull requests of ${(0,shared_context/* repoName */.Qq)(repo)} and the issues they closed`, query, { owner: repo.owner, name: repo.repo });
        for (const n of batch) {
            const pr = data.repository?.[`p${n}`];
            if (pr)
                out.push(pr);
        }
    }
    return out;
}
function toComments(window) {
    return window.nodes.map((c) => ({ id: c.databaseId ?? 0, body: c.body, author: (0,shared_identity/* actorLogin */.Ff)(c.author), htmlUrl: c.url }));
}
/**
 * The suite's own `released-in` comments for the tag on an item. The comment window holds the
 * newest comments; when it is cut, every comment is read (REST) before deciding, so a busy thread
 * is never told twice.
 */
async function suiteComments(github, repo, number, window, identity) {
    // Any version counts: an item told for an earlier release (a cherry-pick shipped it first) is not told again.
    const seen = await (0,markers/* ownComments */.D5)(toComments(window), identity, 'released-in');
    if (!window.pageInfo.hasPreviousPage)
        return seen;
    return (0,markers/* ownComments */.D5)(await github.listComments(repo, number), identity, 'released-in');
}
/** The label of `released-in: label`. */
function releasedInLabel(template, tag, version) {
    return template.replace(/\{tag\}/g, tag).replace(/\{version\}/g, version);
}
/** What the release tells: the pull requests of the range and the issues they closed, each with whether it was already told. */
async function planReleasedIn(args) {
    const { github, repo, identity, mode, label } = args;
    const notes = [];
    // A change picked onto the release branch with `cherry-pick -x` ships with the pick: the commit
    // its trailer names (full SHAs only) counts as in the range, so its pull request is told now.
    const picked = args.commits.flatMap((c) => [...c.message.matchAll(presence/* CHERRY_PICK_TRAILER */.GO)].map((m) => m[1]).filter((sha) => (0,git/* isSha */.HH)(sha)));
    const numbers = await mergedPullsOf(github, repo, [...new Set([...args.commits.map((c) => c.sha), ...picked])]);
    const pulls = await pullDetails(github, repo, numbers);
    const items = [];
    const seenIssues = new Set();
    const hasLabel = (labels) => labels.nodes.some((l) => l.name.toLowerCase() === label.toLowerCase());
    for (const pr of pulls) {
        // The suite's own promotion and release pull requests carry the release; they are not a change of it.
        const suitePr = ((0,markers/* findMarker */.Ed)(pr.body, 'promotion') ?? (0,markers/* findMarker */.Ed)(pr.body, 'release-pr')) && (await identity.isSuite((0,shared_identity/* actorLogin */.Ff)(pr.author)));
        if (!suitePr) {
            const own = mode === 'label' ? [] : await suiteComments(github, repo, pr.number, pr.comments, identity);
            items.push({ kind: 'pull request', number: pr.number, done: mode === 'label' ? hasLabel(pr.labels) : own.length > 0, own });
        }
        if (pr.closingIssuesReferences.pageInfo.hasNextPage) {
            notes.push(`#${pr.number} closes more than ${CLOSED_ISSUES_WINDOW} issues: only the first ${CLOSED_ISSUES_WINDOW} are told`);
        }
        for (const issue of pr.closingIssuesReferences.nodes) {
            // Only closed issues of this repository (an issue elsewhere is told by that repository's release).
            if (issue.state !== 'CLOSED' || issue.repository.nameWithOwner.toLowerCase() !== (0,shared_context/* repoName */.Qq)(repo).toLowerCase() || seenIssues.has(issue.number))
                continue;
            seenIssues.add(issue.number);
            const own = mode === 'label' ? [] : await suiteComments(github, repo, issue.number, issue.comments, identity);
            items.push({ kind: 'issue', number: issue.number, done: mode === 'label' ? hasLabel(issue.labels) : own.length > 0, own, via: pr.number });
        }
    }
    return { items, notes };
}
/** The comment's text (the marker is added when it is written). */
function releasedInComment(item, tag, releaseUrl) {
    const release = releaseUrl ? `[${tag}](${releaseUrl})` : tag;
    return item.kind === 'issue' ? `🚀 Released in ${release} (closed by #${item.via ?? ''}).` : `🚀 Released in ${release}.`;
}
/** Writes what the plan says is missing: one comment (or label) per item not told yet. Returns how many were written. */
async function tellReleasedIn(args) {
    const { github, repo, tag } = args;
    let written = 0;
    for (const item of args.items.filter((i) => !i.done)) {
        if (args.mode === 'label')
            await github.addLabels(repo, item.number, [args.label]);
        else
            await github.createComment(repo, item.number, (0,markers/* withMarker */.Pe)(releasedInComment(item, tag, args.releaseUrl), 'released-in', { tag }));
        written += 1;
    }
    return written;
}
/**
 * Two runs at once (a re-run started while the first still writes) can both find an item untold
 * and both comment. After writing, the plan is read again (the same pages) and every item with
 * more than one suite comment keeps its oldest: both runs delete the same extras, so they converge.
 * Only the suite's own comments are ever deleted. Returns how many were removed.
 */
async function removeDuplicateTellings(github, repo, items) {
    let removed = 0;
    for (const item of items) {
        for (const extra of item.own.slice(1)) {
            try {
                await github.deleteComment(repo, extra.id);
                removed += 1;
            }
            catch (error) {
                // The other run removed it first.
                if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 404))
                    throw error;
            }
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./actions/tag-and-release/steps/release.ts










const RELEASE_MARKER = 'release';
const DOCS_ISSUE_MARKER = 'docs-follow-up';
const DOCS_ISSUE_LABEL = 'documentation';
function emptyResult(repo, tag) {
    return {
        repo: (0,shared_context/* repoName */.Qq)(repo),
        sha: '',
        tag: tag.tag,
        status: 'unchanged',
        commitFrom: '',
        waitingFor: '',
        created: false,
        releaseUrl: '',
        previousTag: '',
        tagAction: '',
        releaseAction: '',
        majorTag: '',
        milestone: '',
        docsIssue: '',
        releasedIn: '',
        freezeUntil: '',
        gates: [],
        actions: [],
        notes: [],
    };
}
function tagConflict(name, tag, tagged, wanted) {
    return new errors/* UserError */.yo('conflict', `Tag ${tag} in ${name} already points at ${tagged.slice(0, 12)}, not at ${wanted.slice(0, 12)}: release tags are never moved. Release ${wanted.slice(0, 12)} under a new version (or, if the existing tag is wrong, delete it by hand and re-run).`);
}
class RepoRun {
    ctx;
    target;
    name;
    result;
    /** The train's plan, each step naming this repository. */
    plan;
    constructor(ctx, target) {
        this.ctx = ctx;
        this.target = target;
        this.name = (0,shared_context/* repoName */.Qq)(target.repo);
        this.result = emptyResult(target.repo, ctx.tag);
        this.plan = ctx.plan.about(this.name);
    }
    /** A write of this repository through the plan (skipped in a dry run), also listed in its result. */
    write(line, fn) {
        this.result.actions.push(line);
        return this.plan.write(line, fn);
    }
    note(line, warn = false) {
        this.result.notes.push(line);
        if (warn)
            this.ctx.logger.warning(`${this.name}: ${line}`);
        else
            this.ctx.logger.info(`${this.name}: ${line}`);
    }
}
async function evaluateGates(run, sha, milestones) {
    const { github, policy, tag } = run.ctx;
    const { repo, branch } = run.target;
    const gates = [];
    if (run.target.verifyOnBranch) {
        const comparison = await github.compare(repo, sha, branch);
        const onBranch = comparison.status === 'ahead' || comparison.status === 'identical';
        gates.push({
            gate: 'on-branch',
            ok: onBranch,
            detail: onBranch
                ? `${sha.slice(0, 12)} is on ${branch}`
                : `${sha.slice(0, 12)} (${run.target.shaSource ?? 'input "sha"'}) is not on ${branch} of ${run.name}: only commits of ${branch} are released; pass a commit of ${branch}.`,
        });
    }
    const workflow = run.ctx.smokeWorkflow;
    if (workflow) {
        try {
            const runs = await github.listWorkflowRuns(repo, workflow, { headSha: sha });
            gates.push(judgeSmokeRuns({ runs, sha, workflow, repo: run.name, branch }));
        }
        catch (error) {
            if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 404))
                throw error;
            gates.push({
                gate: 'smoke',
                ok: false,
                detail: `Workflow ${workflow} was not found in ${run.name}: add .github/workflows/${workflow} calling portal-release's native-install-smoke workflow (or set release.smoke-workflow), run it on ${sha.slice(0, 12)} and re-run this job.`,
            });
        }
    }
    const environment = policy.release.deploymentEnvironment;
    if (environment && tag.rc === null) {
        const deployments = await github.listDeployments(repo, { sha, environment });
        const judged = [];
        for (const deployment of deployments) {
            const states = await github.listDeploymentStates(repo, deployment.id);
            judged.push({ deployment, states });
            if (states[0] === 'success')
                break;
        }
        gates.push(judgeDeployments({ deployments: judged, sha, environment, repo: run.name }));
    }
    // With milestone.rollover the milestone gate always runs: blockers stop the release before anything moves.
    if ((run.ctx.requireMilestone || policy.milestone.rollover) && tag.rc === null) {
        const title = (0,shared_milestone/* renderMilestoneTitle */.Tv)(policy.milestone.title, tag.version, policy.tagPrefix);
        const milestone = (await milestones()).find((m) => m.title === title);
        if (!milestone) {
            gates.push({
                gate: 'milestone',
                ok: false,
                detail: `Milestone "${title}" was not found in ${run.name}: create it with the release's items (milestone.title), or drop require-milestone${policy.milestone.rollover ? ' and milestone.rollover' : ''}.`,
            });
        }
        else {
            const open = await github.listIssues(repo, { state: 'open', milestone: String(milestone.number) });
            const blockers = milestoneBlockers(run.name, open, policy.milestone);
            gates.push(blockers.length === 0
                ? { gate: 'milestone', ok: true, detail: `milestone "${title}" has no open blockers`, url: milestone.htmlUrl }
                : {
                    gate: 'milestone',
                    ok: false,
                    detail: `Milestone "${title}" in ${run.name} still has ${blockers.length} open blocker(s): ${blockers
                        .slice(0, 10)
                        .map((i) => `#${i.number}`)
                        .join(', ')}${blockers.length > 10 ? ', …' : ''}; finish or move them, then re-run this job.`,
                    url: milestone.htmlUrl,
                });
        }
    }
    return gates;
}
async function ensureTag(run, sha, smokeUrl) {
    const { github, tag } = run.ctx;
    const repo = run.target.repo;
    const message = `${tag.tag}\n\nReleased by portal-release tag-and-release: ${sha} passed the release gates${smokeUrl ? ` (native-install smoke run ${smokeUrl})` : ''}.\n`;
    run.result.tagAction = 'created';
    const created = await run.write(`create the annotated tag ${tag.tag} at ${sha.slice(0, 12)}`, async () => {
        const made = await (0,tags/* createAnnotatedTag */.B)(github, repo, tag.tag, sha, message);
        if (made.outcome === 'elsewhere')
            throw tagConflict(run.name, tag.tag, made.commit, sha);
        return made;
    });
    if (created?.outcome === 'exists') {
        run.result.tagAction = 'exists';
        run.note(`${tag.tag} appeared meanwhile, on the same commit; kept`);
    }
}
async function releaseBody(run, sha, previous) {
    const { github, tag } = run.ctx;
    const notes = await github.generateReleaseNotes(run.target.repo, {
        tagName: tag.tag,
        targetCommitish: sha,
        ...(previous ? { previousTagName: previous.tag } : {}),
    });
    return (0,markers/* withMarker */.Pe)(notes.body, RELEASE_MARKER, { tag: tag.tag, sha });
}
/**
 * The GitHub release of the tag, safe for repositories with immutable releases (GitHub docs,
 * "Immutable releases"): once published, a release's tag is locked to its commit and its assets
 * can no longer be added or changed; only the title, the notes, the prerelease flag and "latest"
 * stay editable. So a release is created as a DRAFT, completed (notes from generate-notes; the
 * suite attaches no assets), then published once with one `PATCH draft=false`, and a published
 * release never has its tag, target or assets edited. A draft left by a run that stopped midway is
 * the suite's when its author is the suite's identity: it is completed, never duplicated. A
 * person's draft is left alone. `make_latest` is sent when publishing (GitHub ignores it on a
 * draft): "false" for a prerelease, "true" only for the highest stable version (see rules.ts).
 */
async function ensureRelease(run, sha, previous, makeLatest, releases) {
    const { github, tag, identity } = run.ctx;
    const repo = run.target.repo;
    const prerelease = tag.rc !== null;
    const from = previous ? `notes since ${previous.tag}` : 'first release: notes of the whole history';
    const mine = releases.filter((r) => r.tagName === tag.tag);
    const published = mine.find((r) => !r.draft);
    const own = [];
    for (const d of mine.filter((r) => r.draft)) {
        if (await identity.isSuite(d.author))
            own.push(d);
        else
            run.note(`a draft release for ${tag.tag} by ${d.author || 'someone else'} (id ${d.id}) exists; it is not the suite's and was left alone`, true);
    }
    own.sort((a, b) => a.id - b.id);
    // Drafts the suite itself left beside the one it completes (runs that stopped midway) are duplicates: removed.
    for (const extra of published ? own : own.slice(1)) {
        await run.write(`delete the duplicate draft release ${extra.id} for ${tag.tag} an earlier run of the suite left`, () => github.deleteRelease(repo, extra.id));
    }
    if (published)
        return completePublished(run, sha, previous, makeLatest, published);
    const latestNote = makeLatest ? ', marked latest' : prerelease ? ', never marked latest' : ', not marked latest (a higher version exists)';
    const draft = own[0];
    run.result.created = true;
    if (draft) {
        run.result.releaseAction = 'published-draft';
        const keepBody = draft.body.trim() !== '';
        const published = await run.write(`publish the draft release ${draft.id} an earlier run left for ${tag.tag}${keepBody ? ' (keeping its notes)' : ` (${from})`}${latestNote}`, () => publishDraft(run, draft, sha, previous, makeLatest));
        return published ?? draft;
    }
    run.result.releaseAction = 'created';
    const release = await run.write(`create the ${prerelease ? 'pre' : ''}release ${tag.tag} as a draft with its notes (${from}), then publish it${latestNote}`, async () => {
        const body = await releaseBody(run, sha, previous);
        const created = await github.createRelease(repo, { tagName: tag.tag, name: tag.tag, body, draft: true, prerelease, targetCommitish: sha });
        return publishDraft(run, created, sha, previous, makeLatest);
    });
    return release ?? null;
}
/** The one publication of a complete draft; a release of the tag published meanwhile (a concurrent run) wins and this draft is removed. */
async function publishDraft(run, draft, sha, previous, makeLatest) {
    const { github, tag } = run.ctx;
    const repo = run.target.repo;
    const body = draft.body.trim() === '' ? await releaseBody(run, sha, previous) : undefined;
    try {
        return await github.updateRelease(repo, draft.id, {
            draft: false,
            prerelease: tag.rc !== null,
            makeLatest,
            name: draft.name || tag.tag,
            ...(body === undefined ? {} : { body }),
        });
    }
    catch (error) {
        // GitHub answers 422 (already_exists on tag_name) when a release of the tag is already published.
        if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 422))
            throw error;
        const now = (await github.listReleases(repo)).filter((r) => r.tagName === tag.tag);
        const winner = now.find((r) => !r.draft);
        if (!winner)
            throw error;
        const onTag = await github.resolveTag(repo, tag.tag);
        if (onTag?.commitSha !== sha)
            throw tagConflict(run.name, tag.tag, onTag?.commitSha ?? 'no commit', sha);
        await github.deleteRelease(repo, draft.id);
        run.result.created = false;
        run.note(`the release ${tag.tag} was published meanwhile (a concurrent run), on the same commit; kept, and this run's draft ${draft.id} removed`);
        return completePublished(run, sha, previous, makeLatest, winner);
    }
}
/** A published release is only completed where GitHub allows it even when immutable: name, empty notes, prerelease flag, "latest". */
async function completePublished(run, sha, previous, makeLatest, release) {
    const { github, tag } = run.ctx;
    const repo = run.target.repo;
    const prerelease = tag.rc !== null;
    const from = previous ? `notes since ${previous.tag}` : 'first release: notes of the whole history';
    const changes = {};
    const what = [];
    if (release.prerelease !== prerelease) {
        changes.prerelease = prerelease;
        what.push(prerelease ? 'mark it a prerelease' : 'mark it a full release');
    }
    if (!release.name) {
        changes.name = tag.tag;
        what.push('name it');
    }
    if (makeLatest) {
        const latest = await github.getLatestRelease(repo);
        if (latest?.tagName !== tag.tag) {
            changes.makeLatest = true;
            what.push(`mark it latest (instead of ${latest?.tagName ?? 'none'})`);
        }
    }
    const needsNotes = release.body.trim() === '';
    if (needsNotes)
        what.push(`fill in its empty notes (${from})`);
    if (what.length === 0) {
        run.result.releaseAction = 'unchanged';
        run.plan.keep(`the release ${tag.tag} is already published and complete`);
        return release;
    }
    run.result.releaseAction = 'updated';
    const updated = await run.write(`update the release ${tag.tag}: ${what.join(', ')}`, async () => {
        if (needsNotes)
            changes.body = await releaseBody(run, sha, previous);
        return github.updateRelease(repo, release.id, changes);
    });
    return updated ?? release;
}
async function ensureMajorTag(run, sha, refs, all) {
    const { github, policy, tag } = run.ctx;
    const repo = run.target.repo;
    const base = { enabled: policy.release.floatingMajorTag, prefix: policy.tagPrefix, tag, all, sha };
    const first = decideMajorTag({ ...base, current: null });
    if (first.action === 'skip')
        return first;
    const ref = refs.get(first.name);
    const current = ref ? await github.peelRef(repo, ref) : null;
    let ancestry;
    if (current && current !== sha)
        ancestry = (await github.compare(repo, current, sha)).status;
    const decision = decideMajorTag({ ...base, current, ancestry });
    if (decision.action === 'create') {
        await run.write(`create the floating tag ${decision.name} at ${tag.tag}`, async () => {
            try {
                await github.createRef(repo, `refs/tags/${decision.name}`, sha);
            }
            catch (error) {
                // Created meanwhile by a concurrent run: fine on the same commit, otherwise left alone with a warning (never forced here).
                if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 422))
                    throw error;
                const now = await github.resolveTag(repo, decision.name);
                if (!now)
                    throw error;
                if (now.commitSha !== sha)
                    run.note(`${decision.name} appeared meanwhile on ${now.commitSha.slice(0, 12)}; left alone (a re-run moves it forward if that is right)`, true);
                else
                    run.note(`${decision.name} appeared meanwhile at ${tag.tag}; kept`);
            }
        });
    }
    else if (decision.action === 'move') {
        // Force is needed for any tag update; it is used only after the comparison proved the move is forward.
        await run.write(`move the floating tag ${decision.name} forward to ${tag.tag}`, () => github.updateRef(repo, `tags/${decision.name}`, sha, true));
    }
    else if (decision.action === 'unchanged') {
        run.plan.keep(`the floating tag ${decision.name} already points at ${tag.tag}`);
    }
    else if (decision.action === 'skip') {
        run.note(decision.reason, decision.warn);
    }
    return decision;
}
async function closeMilestone(run, milestones) {
    const { github, policy, tag } = run.ctx;
    if (tag.rc !== null)
        return 'not applicable to prereleases';
    const title = (0,shared_milestone/* renderMilestoneTitle */.Tv)(policy.milestone.title, tag.version, policy.tagPrefix);
    const milestone = (await milestones()).find((m) => m.title === title);
    if (!milestone)
        return `no milestone "${title}"`;
    // Closed last, after the rollover: a closed milestone means the rollover is done, so a re-run stops here.
    if (milestone.state === 'closed') {
        run.plan.keep(`the milestone "${title}" is already closed`);
        return `"${title}" already closed`;
    }
    let moved = '';
    if (policy.milestone.rollover) {
        const rolled = await rollOver(run, milestone, milestones);
        if (rolled === null)
            return `"${title}" left open: it has open blockers`;
        moved = rolled;
    }
    await run.write(`close the milestone "${title}"`, () => github.closeMilestone(run.target.repo, milestone.number));
    return `"${title}" closed${moved}`;
}
/**
 * milestone.rollover: the open items of the release milestone that are not blockers (milestone-check's
 * rule) move to the next milestone (nextMilestone in rules.ts, created when missing), one write each.
 * Blockers were refused by the milestone gate before anything was tagged; one labelled since then
 * keeps the milestone open (null) and nothing moves. Returns what moved, for the summary.
 */
async function rollOver(run, milestone, milestones) {
    const { github, policy, tag } = run.ctx;
    const repo = run.target.repo;
    const open = await github.listIssues(repo, { state: 'open', milestone: String(milestone.number) });
    const blockers = milestoneBlockers(run.name, open, policy.milestone);
    if (blockers.length > 0) {
        run.note(`milestone "${milestone.title}" got open blockers after the gate (${blockers.map((i) => `#${i.number}`).join(', ')}): nothing moved and the milestone stays open`, true);
        return null;
    }
    if (open.length === 0)
        return '';
    const next = nextMilestone(policy.milestone.title, policy.tagPrefix, tag, await milestones());
    const list = open.map((i) => `#${i.number}`).join(', ');
    const moved = await run.write(`move ${open.length} open item(s) of "${milestone.title}" to ${next.number === null ? 'the new milestone' : 'the milestone'} "${next.title}": ${list}`, async () => {
        await moveItems(run, milestone, next, open);
        return true;
    });
    return moved ? `, ${open.length} open item(s) moved to "${next.title}"` : `, ${open.length} open item(s) to move to "${next.title}"`;
}
/** The rollover's writes: the next milestone (created when missing), then each open item moved to it. */
async function moveItems(run, milestone, next, open) {
    const { github, tag } = run.ctx;
    const repo = run.target.repo;
    let number = next.number;
    if (number === null) {
        try {
            number = (await github.createMilestone(repo, next.title, `Open items rolled over from ${milestone.title} when ${tag.tag} was released.`)).number;
        }
        catch (error) {
            // Created meanwhile (a concurrent run or a person): GitHub answers 422 already_exists; use that one.
            if (!(error instanceof shared_github/* GitHubError */.y_ && error.status === 422))
                throw error;
            const now = (await github.listMilestones(repo, 'all')).find((m) => m.title === next.title);
            if (!now)
                throw error;
            if (now.state === 'closed') {
                throw new errors/* UserError */.yo('state', `The open items of "${milestone.title}" in ${run.name} would move to "${next.title}", which exists but is closed: reopen it (or open the milestone they should go to) and re-run this job.`);
            }
            number = now.number;
        }
    }
    for (const item of open)
        await github.updateIssue(repo, item.number, { milestone: number });
}
async function ensureDocsIssue(run, releaseUrl) {
    const { github, policy, tag } = run.ctx;
    if (!policy.release.docsIssue)
        return 'off';
    if (tag.rc !== null)
        return 'not applicable to prereleases';
    const repo = run.target.repo;
    const candidates = await github.listIssues(repo, { state: 'all', labels: [DOCS_ISSUE_LABEL] });
    let existing;
    for (const i of candidates) {
        // Only the suite's own issue counts: a person's issue quoting the marker is not it.
        if ((0,markers/* hasMarker */.xY)(i.body, DOCS_ISSUE_MARKER, { tag: tag.tag }) && (await run.ctx.identity.isSuite(i.author))) {
            existing = i;
            break;
        }
    }
    if (existing) {
        run.plan.keep(`the documentation follow-up issue #${existing.number} for ${tag.tag} exists`);
        return `#${existing.number}`;
    }
    const body = (0,markers/* withMarker */.Pe)([
        `${tag.tag} has been released${releaseUrl ? `: ${releaseUrl}` : ''}.`,
        '',
        'Follow up with the documentation (runbook: "after release has deployed … follow up with documentation update"):',
        '',
        '- [ ] user-facing documentation describes the changes of this release',
        '- [ ] installation and upgrade instructions are still right (the native-install smoke run follows them)',
        '- [ ] the release notes link to the documentation where useful',
    ].join('\n'), DOCS_ISSUE_MARKER, { tag: tag.tag });
    const issue = await run.write(`open the documentation follow-up issue for ${tag.tag}`, () => github.createIssue(repo, { title: `Documentation follow-up for ${tag.tag}`, body, labels: [DOCS_ISSUE_LABEL] }));
    return issue ? `#${issue.number}` : 'planned';
}
/** "Released in" on what shipped in this stable release for the first time (see released-in.ts). */
async function ensureReleasedIn(run, sha, previous, releaseUrl) {
    const { github, policy, tag, identity } = run.ctx;
    const mode = policy.release.releasedIn;
    if (mode === 'off')
        return 'off';
    if (tag.rc !== null)
        return 'not applicable to prereleases';
    // Without a previous stable release the range is the whole history: telling every pull request ever merged is never wanted.
    if (!previous)
        return 'first release: nothing told (no previous stable release bounds what shipped)';
    const repo = run.target.repo;
    const range = await github.compareWithFiles(repo, previous.tag, sha, 'all');
    const label = releasedInLabel(policy.release.releasedInLabel, tag.tag, tag.version);
    const plan = await planReleasedIn({ github, repo, identity, tag: tag.tag, mode, label, commits: range.commits });
    for (const n of plan.notes)
        run.note(n, true);
    const missing = plan.items.filter((i) => !i.done);
    const count = (items) => {
        const pulls = items.filter((i) => i.kind === 'pull request').length;
        const issues = items.length - pulls;
        return `${pulls} pull request${pulls === 1 ? '' : 's'} and ${issues} issue${issues === 1 ? '' : 's'}`;
    };
    const how = mode === 'label' ? `label "${label}"` : `"released in ${tag.tag}" comment`;
    if (missing.length === 0) {
        if (plan.items.length === 0)
            return `nothing shipped since ${previous.tag}`;
        run.plan.keep(`the ${how} is already on the ${count(plan.items)} shipped since ${previous.tag}`);
        return `${count(plan.items)} already told`;
    }
    const list = missing.map((i) => `#${i.number}`).join(', ');
    const told = await run.write(`add the ${how} to ${count(missing)} shipped since ${previous.tag}: ${list}`, async () => {
        await tellReleasedIn({ github, repo, tag: tag.tag, mode, label, releaseUrl, items: missing });
        if (mode === 'comment') {
            const after = await planReleasedIn({ github, repo, identity, tag: tag.tag, mode, label, commits: range.commits });
            const removed = await removeDuplicateTellings(github, repo, after.items);
            if (removed > 0)
                run.note(`${removed} "released in" comment(s) a concurrent run also wrote were removed (the oldest is kept)`);
        }
        return true;
    });
    if (!told)
        return `${count(missing)} to tell`;
    return `${count(plan.items)} told (${missing.length} now)`;
}
/**
 * The release commit of another repository of the train for this version: what ITS OWN suite pull
 * request for the version says, once merged. A stable release is the merge of its release pull
 * request (stg → main) whose `release-pr` marker names the version; a release candidate is the commit
 * its merged promotion pull request (dev → stg) pins, where promote-rc put the RC tag. Only a pull
 * request the suite opened counts (judgePullRequest: identity, own head branch, base, pinned SHA); a
 * marker typed anywhere else is ignored. Otherwise, what the release waits for.
 */
async function releaseCommitOf(ctx, repo) {
    const { github, policy, tag, identity, ignored } = ctx;
    const name = (0,shared_context/* repoName */.Qq)(repo);
    const kind = tag.rc === null ? 'release-pr' : 'promotion';
    const role = (0,shared_ownership/* promotionRole */.yX)(kind, policy);
    // GitHub's `head` filter is `owner:branch`; the suite's head branch is always in the repository itself.
    const prs = await github.listPullRequests(repo, { state: 'all', head: `${repo.owner}:${role.headBranch}`, base: role.base });
    let open = null;
    for (const pr of prs.sort((a, b) => b.number - a.number)) {
        const marker = (0,markers/* findMarker */.Ed)(pr.body, kind);
        const forVersion = kind === 'release-pr' ? marker?.attrs.version === tag.version : marker?.attrs.tag === tag.tag;
        if (!forVersion || (pr.state === 'closed' && !pr.merged))
            continue;
        const ownership = await (0,shared_ownership/* judgePullRequest */.yU)(pr, kind, role, { repo, identity });
        if (ownership.verdict === 'foreign') {
            ignored.note(`${name}#${pr.number}`, `carries a \`${kind}\` marker for ${tag.tag}, but ${ownership.reason}: it does not make a release commit`);
            continue;
        }
        if (ownership.verdict === 'suite-moved') {
            ignored.note(`${name}#${pr.number}`, `is the suite's ${kind} pull request for ${tag.tag}, but ${ownership.reason}: it does not make a release commit`);
            continue;
        }
        if (pr.merged) {
            const pinned = kind === 'promotion' ? ownership.marker?.attrs?.sha : pr.mergeCommitSha;
            if (pinned) {
                const what = kind === 'release-pr' ? `the merge of its release pull request #${pr.number}` : `the commit its promotion pull request #${pr.number} pins`;
                return { sha: pinned, why: what };
            }
        }
        else
            open ??= pr.number;
    }
    const pull = kind === 'release-pr' ? `release pull request (${role.headBranch} → ${role.base})` : `release candidate pull request (${role.headBranch} → ${role.base})`;
    return {
        waitingFor: open !== null
            ? `its ${pull} #${open} for ${tag.tag} to be merged`
            : `its ${pull} for ${tag.tag} (promote-rc opens it) to be merged, or its commit in the input repo-shas (${name}=<sha>)`,
    };
}
/**
 * Releases one repository: gates first (reads only), then the writes, each only when it is not
 * already right, so a re-run converges and a run that stopped midway is completed by the next one.
 */
async function releaseRepo(ctx, target) {
    const { github, policy, tag, logger } = ctx;
    const run = new RepoRun(ctx, target);
    const result = run.result;
    const repo = target.repo;
    const refs = new Map((await github.listMatchingRefs(repo, `tags/${policy.tagPrefix}`)).map((r) => [r.ref.replace(/^refs\/tags\//, ''), r]));
    const existingRef = refs.get(tag.tag);
    const tagged = existingRef ? await github.peelRef(repo, existingRef) : null;
    let sha;
    if (target.from === 'release-pr') {
        const found = await releaseCommitOf(ctx, repo);
        if ('waitingFor' in found) {
            if (!tagged) {
                result.status = 'waiting';
                result.waitingFor = found.waitingFor;
                logger.info(`${run.name}: not tagged, waiting for ${found.waitingFor}`);
                return result;
            }
            // Tagged before (by hand, or by a run that stopped midway): the tag names the release commit; it is never moved.
            sha = tagged;
            result.commitFrom = `the existing tag ${tag.tag} (no merged release pull request of the suite names ${tag.version})`;
        }
        else {
            sha = found.sha;
            result.commitFrom = found.why;
        }
    }
    else if (target.from === 'given') {
        sha = target.sha;
        result.commitFrom = target.why;
    }
    else {
        const head = await github.getBranchSha(repo, target.branch);
        if (!head) {
            await github.assertReachable(repo);
            throw new errors/* UserError */.yo('not-found', `Branch ${target.branch} was not found in ${run.name}; check branches.* in the policy file and the repos list.`);
        }
        sha = head;
        result.commitFrom = target.why;
    }
    result.sha = sha;
    if (tagged && tagged !== sha) {
        if (target.from !== 'branch-head')
            throw tagConflict(run.name, tag.tag, tagged, sha);
        // The branch head moved on since this repository was tagged: complete that release, never move the tag.
        const comparison = await github.compare(repo, tagged, sha);
        if (comparison.status !== 'ahead')
            throw tagConflict(run.name, tag.tag, tagged, sha);
        run.note(`${tag.tag} was already tagged at ${tagged.slice(0, 12)}; ${target.branch} has moved on to ${sha.slice(0, 12)}, so the release of ${tagged.slice(0, 12)} is completed`);
        sha = tagged;
        result.sha = sha;
        result.commitFrom = `the existing tag ${tag.tag}`;
    }
    if (existingRef)
        result.tagAction = 'exists';
    let milestoneCache;
    const milestones = () => (milestoneCache ??= github.listMilestones(repo, 'all'));
    result.gates = await evaluateGates(run, sha, milestones);
    const failed = result.gates.filter((g) => !g.ok);
    if (failed.length > 0) {
        result.status = 'refused';
        result.error = failed.map((g) => g.detail).join(' ');
        // The job's one failure sentence names every repository not released; here the details go to its log group.
        logger.info(`${run.name}: not released: ${result.error}`);
        return result;
    }
    for (const g of result.gates)
        logger.info(`${run.name}: gate ${g.gate} passed: ${g.detail}`);
    if (!existingRef)
        await ensureTag(run, sha, result.gates.find((g) => g.gate === 'smoke')?.url);
    else
        run.plan.keep(`the tag ${tag.tag} is already at ${sha.slice(0, 12)}`);
    const all = (0,versions/* releaseTags */.dt)([...new Set([...refs.keys(), tag.tag])], policy.tagPrefix, policy.promotion.rcIdentifier);
    const previous = (0,versions/* previousTagFor */.NL)(tag, all);
    result.previousTag = previous?.tag ?? '';
    const makeLatest = shouldMakeLatest(tag, all);
    const releases = await github.listReleases(repo);
    const release = await ensureRelease(run, sha, previous, makeLatest, releases);
    result.releaseUrl = release && !release.draft ? release.htmlUrl : '';
    const major = await ensureMajorTag(run, sha, refs, all);
    result.majorTag = `${major.name}: ${major.action}`;
    result.milestone = await closeMilestone(run, milestones);
    result.docsIssue = await ensureDocsIssue(run, result.releaseUrl);
    result.releasedIn = await ensureReleasedIn(run, sha, previous, result.releaseUrl);
    const published = release?.publishedAt ? new Date(release.publishedAt) : ctx.clock();
    result.freezeUntil = freezeUntil(tag, published, policy.freeze.afterMajorDays) ?? '';
    result.status = result.actions.length === 0 ? 'unchanged' : run.plan.dryRun ? 'planned' : 'released';
    return result;
}

;// CONCATENATED MODULE: ./actions/tag-and-release/render.ts
// What tag-and-release writes for people: the job summary and the failure sentence.

function summarize(tag, results, policySource, dryRun) {
    const icon = { released: '✅', unchanged: '✅', planned: '📝', waiting: '⏳', refused: '⛔', failed: '❌' };
    const lines = [`## 🏷️ tag-and-release ${tag.tag}`, ''];
    lines.push(`Policy: ${(0,shared_text/* inline */.mG)(policySource)}${dryRun ? ' · **dry run: nothing written**' : ''}`, '');
    lines.push('| Repository | Commit | Why this commit | Result | Release | Notes from | Major tag | Milestone |', '|---|---|---|---|---|---|---|---|');
    for (const r of results) {
        const release = r.releaseUrl ? `[${r.tag}](${r.releaseUrl})` : r.releaseAction || '—';
        lines.push(`| ${(0,shared_text/* inline */.mG)(r.repo)} | ${r.sha ? `\`${r.sha.slice(0, 12)}\`` : '—'} | ${(0,shared_text/* inline */.mG)(r.commitFrom || '—')} | ${icon[r.status]} ${r.status} | ${release} | ${r.previousTag || '—'} | ${(0,shared_text/* inline */.mG)(r.majorTag || '—')} | ${(0,shared_text/* inline */.mG)(r.milestone || '—')} |`);
    }
    for (const r of results) {
        const body = [];
        if (r.waitingFor)
            body.push(`- ⏳ not tagged yet: waits for ${(0,shared_text/* inline */.mG)(r.waitingFor)}; a later run (a re-run of this job, or the release of that repository) completes the train`);
        for (const g of r.gates)
            body.push(`- ${g.ok ? '✅' : '⛔'} **${g.gate}**: ${(0,shared_text/* inline */.mG)(g.detail)}${g.url ? ` ([run](${g.url}))` : ''}`);
        for (const a of r.actions)
            body.push(`- ${dryRun ? 'would ' : ''}${(0,shared_text/* inline */.mG)(a)}`);
        for (const n of r.notes)
            body.push(`- ℹ️ ${(0,shared_text/* inline */.mG)(n)}`);
        if (r.error && r.gates.every((g) => g.ok))
            body.push(`- ❌ ${(0,shared_text/* inline */.mG)(r.error)}`);
        if (r.docsIssue && r.docsIssue !== 'off')
            body.push(`- documentation follow-up: ${(0,shared_text/* inline */.mG)(r.docsIssue)}`);
        if (r.releasedIn && r.releasedIn !== 'off')
            body.push(`- released in ${r.tag}: ${(0,shared_text/* inline */.mG)(r.releasedIn)}`);
        if (r.freezeUntil)
            body.push(`- ❄️ major release: freeze-guard enforces the code freeze until **${r.freezeUntil}**`);
        if (body.length)
            lines.push('', `### ${(0,shared_text/* inline */.mG)(r.repo)}`, '', ...body);
    }
    return `${lines.join('\n')}\n`;
}
function failureSentence(tag, results, notReleased) {
    const names = notReleased.map((r) => r.repo).join(', ');
    const reasons = notReleased.map((r) => (results.length > 1 ? `${r.repo}: ${r.error ?? r.status}` : (r.error ?? r.status))).join(' ');
    const done = results.filter((r) => r.status === 'released' || r.status === 'unchanged' || r.status === 'planned').length;
    const others = done > 0
        ? ` ${done === results.length - notReleased.length ? 'The other repositories are' : 'Others are'} released; a re-run completes the rest once that is fixed.`
        : '';
    return `${tag.tag} was not released in ${names}. ${reasons}${others}`;
}

;// CONCATENATED MODULE: ./actions/tag-and-release/main.ts













const WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,200}$/;
function parseInputs(reader) {
    const sha = reader.optional('sha')?.toLowerCase();
    if (sha !== undefined && !(0,git/* isSha */.HH)(sha))
        throw (0,errors/* inputError */.Xu)('sha', `"${sha}" is not a full 40-character commit SHA.`);
    const smokeWorkflow = reader.optional('smoke-workflow');
    if (smokeWorkflow !== undefined && !WORKFLOW_FILE.test(smokeWorkflow)) {
        throw (0,errors/* inputError */.Xu)('smoke-workflow', `"${smokeWorkflow}" is not a workflow file name such as native-install-smoke.yml.`);
    }
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        sha,
        version: reader.optional('version'),
        repos: reader.list('repos').map((r) => (0,shared_context/* parseRepo */.E3)(r, 'Input "repos"')),
        repoShas: reader.list('repo-shas').map(parseRepoSha),
        smokeWorkflow,
        requireMilestone: reader.boolean('require-milestone', false),
        dryRun: reader.boolean('dry-run', false),
    };
}
function parseRepoSha(item) {
    const at = item.lastIndexOf('=');
    const sha = item
        .slice(at + 1)
        .trim()
        .toLowerCase();
    if (at <= 0 || !(0,git/* isSha */.HH)(sha))
        throw (0,errors/* inputError */.Xu)('repo-shas', `"${item}" is not owner/name=<full 40-character commit SHA>.`);
    return { repo: (0,shared_context/* parseRepo */.E3)(item.slice(0, at), 'Input "repo-shas"'), sha };
}
/**
 * A pushed release tag (how a project releases itself: push vX.Y.Z on a green commit): the version
 * is the tag's, the commit is the one the tag names now, read through the API (the payload's
 * `after` is the tag object for an annotated tag), and it must be on the release branch.
 */
async function resolveTagPush(inputs, env, policy, name) {
    const { context, github } = env;
    const tag = (0,versions/* parseReleaseTag */.rE)(name, policy.tagPrefix, policy.promotion.rcIdentifier);
    if (!tag)
        return {
            skip: `the pushed tag ${(0,errors/* quote */.hD)(name)} is not a release tag ${policy.tagPrefix}X.Y.Z or ${policy.tagPrefix}X.Y.Z-${policy.promotion.rcIdentifier}.N`,
        };
    if (inputs.version) {
        const asked = parseVersion(inputs.version, policy.tagPrefix, policy.promotion.rcIdentifier, 'Input "version"');
        if (asked.tag !== tag.tag)
            throw (0,errors/* inputError */.Xu)('version', `is ${asked.tag}, but the pushed tag is ${tag.tag}; leave it empty on a tag push.`);
    }
    const ref = await github.getRef(context.repo, `tags/${tag.tag}`);
    if (!ref)
        return { skip: `the pushed tag ${tag.tag} no longer exists in ${(0,shared_context/* repoName */.Qq)(context.repo)}` };
    const commit = await github.peelRef(context.repo, ref);
    if (inputs.sha && inputs.sha !== commit) {
        throw (0,errors/* inputError */.Xu)('sha', `is ${inputs.sha.slice(0, 12)}, but the pushed tag ${tag.tag} names ${commit.slice(0, 12)}; leave it empty on a tag push.`);
    }
    return { tag, currentSha: commit, fromInput: true, source: `push of tag ${tag.tag}`, shaSource: `tag ${tag.tag}` };
}
/** Which version and which commit: the push to production (release PR marker), a pushed release tag, or the dispatch inputs. */
async function resolve(inputs, env, policy, ignored) {
    const { context, github, logger } = env;
    const { production } = policy.branches;
    const rcId = policy.promotion.rcIdentifier;
    let currentSha = inputs.sha ?? null;
    let source = inputs.sha ? 'input "sha"' : '';
    const trigger = context.trigger;
    if (trigger.kind === 'push' && trigger.ref.startsWith('refs/tags/')) {
        return resolveTagPush(inputs, env, policy, trigger.ref.slice('refs/tags/'.length));
    }
    if (trigger.kind === 'push') {
        const ref = trigger.ref;
        if (ref !== `refs/heads/${production}`) {
            throw new errors/* UserError */.yo('input', `tag-and-release runs on pushes to the production branch ${production} (branches.production) or of a release tag, but this push is to ${ref}; restrict the workflow's push trigger to ${production} or to tags.`);
        }
        if (!currentSha) {
            const after = trigger.after;
            if (!(0,git/* isSha */.HH)(after))
                throw new errors/* UserError */.yo('input', `The push event carries no commit SHA ("${after}").`);
            currentSha = after;
            source = `push to ${production}`;
        }
    }
    else if (trigger.kind === 'workflow_run') {
        // Chained after the smoke workflow (on: workflow_run … completed): release what it just tested.
        const smokeRun = trigger.run;
        // A pull request's run (from a fork, with a head branch named like production) proves nothing
        // about production: only this repository's push, dispatch or schedule runs count.
        if (!['push', 'workflow_dispatch', 'schedule'].includes(smokeRun.event)) {
            return { skip: `the completed workflow run ${smokeRun.id ?? ''} was started by "${smokeRun.event || 'unknown'}", not by a push, dispatch or schedule` };
        }
        const headRepo = smokeRun.headRepository;
        if (headRepo.toLowerCase() !== (0,shared_context/* repoName */.Qq)(context.repo).toLowerCase()) {
            return {
                skip: `the completed workflow run ${smokeRun.id ?? ''} tested ${headRepo ? (0,errors/* quote */.hD)(headRepo) : 'an unknown repository'}, not ${(0,shared_context/* repoName */.Qq)(context.repo)}`,
            };
        }
        if (smokeRun.headBranch !== production) {
            return { skip: `the completed workflow run ${smokeRun.id ?? ''} tested ${smokeRun.headBranch ?? 'no branch'}, not the production branch ${production}` };
        }
        if (!currentSha) {
            if (!smokeRun.headSha || !(0,git/* isSha */.HH)(smokeRun.headSha))
                throw new errors/* UserError */.yo('input', 'The workflow_run event carries no head_sha.');
            currentSha = smokeRun.headSha;
            source = `workflow run ${smokeRun.id ?? ''} on ${production}`;
        }
    }
    if (inputs.version) {
        const tag = parseVersion(inputs.version, policy.tagPrefix, rcId, 'Input "version"');
        return { tag, currentSha, fromInput: Boolean(inputs.sha), source: source || 'branch head' };
    }
    const probe = currentSha ?? (await github.getBranchSha(context.repo, production));
    if (!probe) {
        await github.assertReachable(context.repo);
        throw new errors/* UserError */.yo('not-found', `Branch ${production} was not found in ${(0,shared_context/* repoName */.Qq)(context.repo)}; check branches.production in the policy file.`);
    }
    const merged = await (0,shared_ownership/* suiteReleasePrMergedAt */.JB)(github, context.repo, probe, policy, { identity: new shared_identity/* SuiteIdentity */.HR(github, policy.trustedLogins), ignored });
    const found = merged ? { version: merged.marker.attrs.version, pr: merged.pr.number } : null;
    for (const s of ignored.sentences())
        logger.warning(s, { title: 'Marker ignored' });
    if (!found) {
        const why = `${probe.slice(0, 12)} is not the merge of the suite's release pull request (opened by promote-rc)`;
        if (context.eventName === 'push' || context.eventName === 'workflow_run')
            return { skip: `${why}; nothing to release. Run it by hand with the version input to release this commit anyway.` };
        throw new errors/* UserError */.yo('input', `Input "version" is empty and ${why}: pass the version to release (for example 3.2.0).`);
    }
    logger.info(`Version ${found.version} from the release-pr marker of #${found.pr}.`);
    const tag = parseVersion(found.version, policy.tagPrefix, rcId, `The release-pr marker of #${found.pr}`);
    return { tag, currentSha: currentSha ?? probe, fromInput: Boolean(inputs.sha), source: `${source || `head of ${production}`}, release PR #${found.pr}` };
}
function failedResult(repo, tag, message) {
    return { ...emptyResult(repo, tag), status: 'failed', error: message };
}
/** A release is tracked as one entry: the next release run that succeeds resolves it. */
const RELEASE_SUBJECT = { kind: 'release', key: 'release', label: 'the release', priorFailurePossible: true };
async function run(inputs, env) {
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    return (0,alerts/* withFailureAlert */.fn)(env, loaded.policy, RELEASE_SUBJECT, () => release(inputs, env, loaded));
}
async function release(inputs, env, loaded) {
    const { github, context, logger, clock } = env;
    const policy = loaded.policy;
    const ignored = new shared_ownership/* IgnoredMarkers */.U5();
    const resolution = await logger.group('Version and commit', () => resolve(inputs, env, policy, ignored));
    if ('skip' in resolution) {
        logger.notice(resolution.skip);
        const outcome = {
            outputs: { tag: '', version: '', sha: '', 'release-url': '', 'previous-tag': '', created: false, results: [], 'freeze-until': '', waiting: '' },
            summary: [`## 🏷️ tag-and-release`, '', `Nothing to release: ${(0,shared_text/* escapeHtml */.ZD)(resolution.skip)}`, '', ...ignored.summary()].join('\n'),
        };
        return { outcome, succeeded: false };
    }
    const { tag } = resolution;
    const repos = (0,shared_train/* releaseTrain */.C)(context.repo, inputs.repos, policy.repos);
    const branch = tag.rc === null ? policy.branches.production : policy.branches.staging;
    logger.info(`Releasing ${tag.tag} in ${repos.map(shared_context/* repoName */.Qq).join(', ')} (${resolution.source}).`);
    const train = {
        github,
        logger,
        clock,
        policy,
        tag,
        plan: env.plan,
        smokeWorkflow: inputs.smokeWorkflow ?? policy.release.smokeWorkflow,
        requireMilestone: inputs.requireMilestone,
        identity: new shared_identity/* SuiteIdentity */.HR(github, policy.trustedLogins),
        ignored,
    };
    for (const given of inputs.repoShas) {
        if ((0,shared_train/* sameRepo */.Z)(given.repo, context.repo))
            throw (0,errors/* inputError */.Xu)('repo-shas', `names this repository (${(0,shared_context/* repoName */.Qq)(context.repo)}); give its commit in the input sha.`);
        if (!repos.some((r) => (0,shared_train/* sameRepo */.Z)(r, given.repo)))
            throw (0,errors/* inputError */.Xu)('repo-shas', `names ${(0,shared_context/* repoName */.Qq)(given.repo)}, which is not among the repos to release.`);
    }
    const results = [];
    for (const repo of repos) {
        const current = (0,shared_train/* sameRepo */.Z)(repo, context.repo);
        const given = inputs.repoShas.find((g) => (0,shared_train/* sameRepo */.Z)(g.repo, repo));
        // This repository: the commit of the event or the input (else the branch head, dispatched by a person).
        // Every other repository: its own release commit for this version, never just its branch head.
        const target = current
            ? resolution.currentSha
                ? {
                    repo,
                    sha: resolution.currentSha,
                    from: 'given',
                    why: resolution.source,
                    branch,
                    verifyOnBranch: resolution.fromInput,
                    ...(resolution.shaSource ? { shaSource: resolution.shaSource } : {}),
                }
                : { repo, sha: null, from: 'branch-head', why: `the head of ${branch} (dispatched with a version and no sha)`, branch, verifyOnBranch: false }
            : given
                ? { repo, sha: given.sha, from: 'given', why: 'input repo-shas', branch, verifyOnBranch: true }
                : { repo, sha: null, from: 'release-pr', why: '', branch, verifyOnBranch: false };
        // One repository failing never stops the others; each is judged and reported on its own.
        const result = await logger
            .group(`${(0,shared_context/* repoName */.Qq)(repo)}`, () => releaseRepo(train, target))
            .catch((error) => {
            const failed = failedResult(repo, tag, (0,errors/* reportedFailure */.G0)(error, logger));
            logger.info(`${(0,shared_context/* repoName */.Qq)(repo)}: failed: ${failed.error}`);
            return failed;
        });
        results.push(result);
    }
    const primary = results.find((r) => (0,shared_train/* sameRepo */.Z)((0,shared_context/* parseRepo */.E3)(r.repo), context.repo)) ?? results[0];
    const notReleased = results.filter((r) => r.status === 'refused' || r.status === 'failed');
    const waiting = results.filter((r) => r.status === 'waiting');
    // Waiting is not a failure: the repositories of a train merge their release pull requests at their own pace.
    for (const r of waiting)
        logger.warning(`${tag.tag} is not released in ${r.repo} yet: it waits for ${r.waitingFor}. A later run completes the train.`, {
            title: 'Release train waiting',
        });
    for (const s of ignored.sentences())
        logger.debug(s);
    const outcome = {
        outputs: {
            tag: tag.tag,
            version: tag.version,
            sha: primary.sha,
            'release-url': primary.releaseUrl,
            'previous-tag': primary.previousTag,
            created: results.some((r) => r.created && !env.plan.dryRun),
            results: results.map((r) => ({
                repo: r.repo,
                sha: r.sha,
                tag: r.tag,
                status: r.status,
                'commit-from': r.commitFrom,
                ...(r.waitingFor ? { 'waiting-for': r.waitingFor } : {}),
                created: r.created && !env.plan.dryRun,
                'release-url': r.releaseUrl,
                'previous-tag': r.previousTag,
                'tag-action': r.tagAction,
                'release-action': r.releaseAction,
                'major-tag': r.majorTag,
                milestone: r.milestone,
                'docs-issue': r.docsIssue,
                'released-in': r.releasedIn,
                'freeze-until': r.freezeUntil,
                gates: r.gates.map((g) => ({ gate: g.gate, ok: g.ok, detail: g.detail })),
                ...(r.error ? { error: r.error } : {}),
            })),
            'freeze-until': primary.freezeUntil || (results.find((r) => r.freezeUntil)?.freezeUntil ?? ''),
            waiting: waiting.map((r) => r.repo).join(','),
        },
        summary: summarize(tag, results, loaded.source, env.plan.dryRun) + ignored.summary().join('\n'),
        failure: notReleased.length > 0 ? failureSentence(tag, results, notReleased) : undefined,
    };
    return { outcome, succeeded: notReleased.length === 0 && waiting.length === 0 };
}
const tagAndRelease = {
    name: 'tag-and-release',
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

/***/ 7981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ createAnnotatedTag)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7316);

/**
 * Creates the annotated tag `tag` on `sha` (a tag object, then its ref), the one way every action
 * tags. A ref created meanwhile (a concurrent run, a draft release being published, a lost answer
 * retried) answers 422: the tag is read again and accepted when it names the same commit; on another
 * commit the caller refuses, since release tags are never moved. Any other 422 is rethrown.
 */
async function createAnnotatedTag(github, repo, tag, sha, message) {
    const object = await github.createTagObject(repo, tag, sha, message);
    try {
        await github.createRef(repo, `refs/tags/${tag}`, object);
        return { outcome: 'created' };
    }
    catch (error) {
        if (!(error instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ && error.status === 422))
            throw error;
        const now = await github.resolveTag(repo, tag);
        if (!now)
            throw error;
        return now.commitSha === sha ? { outcome: 'exists' } : { outcome: 'elsewhere', commit: now.commitSha };
    }
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
