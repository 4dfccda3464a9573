export const id = 640;
export const ids = [640];
export const modules = {

/***/ 640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  freezeGuard: () => (/* binding */ freezeGuard),
  parseInputs: () => (/* binding */ parseInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/context.ts + 1 modules
var context = __webpack_require__(7987);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/github/index.ts + 27 modules
var shared_github = __webpack_require__(7316);
// EXTERNAL MODULE: ./shared/inputs.ts
var inputs = __webpack_require__(8573);
// EXTERNAL MODULE: ./shared/logger.ts
var logger = __webpack_require__(6640);
// EXTERNAL MODULE: ./shared/runner.ts
var shared_runner = __webpack_require__(2798);
;// CONCATENATED MODULE: ./shared/entry.ts












function formatOutput(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/**
 * The one entry path of every action: inputs parsed once, the real world built and injected,
 * one error path (a user mistake is one actionable sentence; anything else is reported as a bug
 * with its stack in the debug log), outputs and the job summary written once.
 * Returns the process exit code.
 */
async function runAction(definition, processEnv = process.env) {
    const logger = actionsLogger();
    let plan;
    try {
        const reader = new InputReader(envInputSource(processEnv));
        const token = reader.string('token', { required: true });
        runner.setSecret(token);
        const context = contextFromEnv(processEnv);
        const inputs = definition.parseInputs(reader, context);
        const now = reader.instant('now');
        const clock = now ? fixedClock(now) : systemClock;
        const dryRun = definition.isDryRun(inputs);
        const octokit = createOctokit({ token, apiUrl: context.apiUrl, logger, env: processEnv, ...tuningFromEnv(processEnv) });
        const github = new GitHub(octokit, logger, { readOnly: dryRun });
        const tempDir = await mkdtemp(join(processEnv.RUNNER_TEMP || tmpdir(), `portal-release-${definition.name}-`));
        if (dryRun)
            logger.notice(`${definition.name}: dry run — the plan is computed and printed; nothing is written.`);
        plan = new Plan({ dryRun, logger });
        const outcome = withPlan(await definition.run(inputs, { context, github, logger, clock, token, tempDir, plan }), plan);
        for (const [name, value] of Object.entries(outcome.outputs))
            runner.setOutput(name, formatOutput(value));
        logger.debug(`${definition.name}: ${github.requestCount} API requests`);
        if (outcome.summary)
            runner.appendSummary(outcome.summary);
        if (outcome.failure) {
            runner.setFailed(outcome.failure);
            return 1;
        }
        return 0;
    }
    catch (error) {
        if (isUserError(error)) {
            runner.setFailed(error.message);
        }
        else {
            runner.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
            runner.setFailed(`portal-release ${definition.name} hit an internal error: ${errorMessage(error)}. This is a bug in portal-release; please report it with the debug log (re-run with "Enable debug logging").`);
        }
        try {
            const steps = plan ? `\n${plan.summary()}` : '';
            runner.appendSummary(`### ❌ ${definition.name} failed\n\n${escapeHtml(errorMessage(error))}\n${steps}`);
        }
        catch {
            // No summary file outside a runner: the failure message above is enough.
        }
        return 1;
    }
}
/** Entry point for a bundle: run, then exit explicitly so dangling handles cannot hang the job. */
function main(definition) {
    runAction(definition).then((code) => process.exit(code), () => process.exit(1));
}

// EXTERNAL MODULE: ./shared/clock.ts
var shared_clock = __webpack_require__(7128);
// EXTERNAL MODULE: ./shared/config.ts + 1 modules
var config = __webpack_require__(1558);
// EXTERNAL MODULE: ./shared/identity.ts
var identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/ownership.ts
var shared_ownership = __webpack_require__(9451);
// EXTERNAL MODULE: ./shared/releases.ts
var shared_releases = __webpack_require__(9802);
;// CONCATENATED MODULE: ./actions/freeze-guard/rules.ts


/** A window's `until` date is inclusive: `until: 2027-01-04` freezes through the end of that day (UTC). */
function windowFromPolicy(w) {
    const from = new Date(/T/.test(w.from) ? w.from : `${w.from}T00:00:00Z`);
    const until = /T/.test(w.until) ? new Date(w.until) : (0,shared_clock/* addDays */.fi)(new Date(`${w.until}T00:00:00Z`), 1);
    return { from, until, source: 'window', reason: w.reason || 'scheduled freeze window' };
}
function freezeState(policy, releases, now) {
    const windows = policy.freeze.windows.map(windowFromPolicy);
    if (policy.freeze.afterMajorDays > 0) {
        const major = (0,shared_releases/* latestMajorRelease */.C)(releases, policy);
        if (major?.publishedAt) {
            const from = new Date(major.publishedAt);
            windows.push({
                from,
                until: (0,shared_clock/* addDays */.fi)(from, policy.freeze.afterMajorDays),
                source: 'major-release',
                reason: `${policy.freeze.afterMajorDays}-day code freeze after major release ${major.tagName}`,
                link: major.htmlUrl,
            });
        }
    }
    const active = windows.filter((w) => w.from.getTime() <= now.getTime() && now.getTime() < w.until.getTime());
    const ends = active.length ? new Date(Math.max(...active.map((w) => w.until.getTime()))) : null;
    return { frozen: active.length > 0, active, ends };
}
/**
 * The event behind a label now on a pull request: the latest `labeled` or `unlabeled` of that label
 * (a `labeled` one when the label is there). Who applied it is judged, never who applied it first.
 */
function currentLabeling(events, label) {
    const history = events.filter((e) => (e.event === 'labeled' || e.event === 'unlabeled') && e.label === label);
    return history[history.length - 1];
}
async function judge(pr, policy, freeze, lazy) {
    if (!freeze.frozen)
        return { decision: 'not-frozen', reason: 'No code freeze is in force.', rule: 'no-freeze' };
    const rules = policy.freeze;
    // The title grammar and the glob matcher are loaded when a frozen pull request is judged, not at start-up.
    const { parseConventional } = await Promise.all(/* import() */[__webpack_require__.e(674), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 3690));
    const header = parseConventional(pr.title);
    if (header.type && rules.allow.types.includes(header.type)) {
        if (!header.breaking)
            return { decision: 'allowed', reason: `Type "${header.type}" may merge during the freeze.`, rule: 'type' };
    }
    const label = pr.labels.find((l) => rules.allow.labels.includes(l));
    if (label)
        return { decision: 'allowed', reason: `Label "${label}" may merge during the freeze.`, rule: 'label' };
    if (rules.allow.paths.length > 0) {
        const files = await lazy.files();
        const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
        const matches = picomatch(rules.allow.paths, { dot: true });
        if (files.length > 0 && files.every((f) => matches(f))) {
            return { decision: 'allowed', reason: `Only changes files allowed during the freeze (${rules.allow.paths.join(', ')}).`, rule: 'paths' };
        }
    }
    let exceptionNote = '';
    if (pr.labels.includes(rules.exceptionLabel)) {
        // Only the event that applied the label now on the pull request counts: the latest `labeled`
        // with no later `unlabeled`. An exception granted, removed, then re-added by someone else is
        // judged by who re-added it.
        const current = currentLabeling(await lazy.labelEvents(), rules.exceptionLabel);
        let refused = 'no record of who added it';
        if (current?.event === 'labeled') {
            if (current.actor.toLowerCase() === pr.author.toLowerCase())
                refused = `${current.actor} (who added it last) is the author`;
            else {
                const permission = await lazy.permission(current.actor);
                if (permission === 'admin' || permission === 'maintain') {
                    return { decision: 'allowed', reason: `Freeze exception "${rules.exceptionLabel}" granted by ${current.actor} (${permission}).`, rule: 'exception' };
                }
                refused = `${current.actor} (who added it last) has ${permission} permission, not maintain or admin`;
            }
        }
        exceptionNote = ` Label "${rules.exceptionLabel}" does not count: ${refused}.`;
    }
    // The suite's own pull requests (promotions, backports, merge-backs) are exempt; the marker alone
    // proves nothing (anyone can type it), so the identity is judged, and only here, where it matters.
    const suite = await lazy.suitePullRequest();
    if (suite?.owned)
        return { decision: 'exempt', reason: `${suite.kind} pull request opened by portal-release.`, rule: 'suite-pr' };
    if (suite)
        exceptionNote += ` Its ${suite.kind} marker is ignored: ${suite.reason}.`;
    const kind = header.type ? `"${header.type}${header.breaking ? '!' : ''}"` : 'an unconventional title';
    return {
        decision: 'blocked',
        reason: `Code freeze: ${kind} changes wait until ${freeze.ends?.toISOString().slice(0, 10)}.${exceptionNote}`,
        rule: 'none',
    };
}
/** The commit status a verdict sets: failure only when blocked; the description within GitHub's 140 characters. */
function desiredStatus(verdict) {
    const state = verdict.decision === 'blocked' ? 'failure' : 'success';
    const prefix = verdict.decision === 'blocked' ? 'Blocked' : verdict.decision === 'not-frozen' ? 'No freeze' : verdict.decision === 'exempt' ? 'Exempt' : 'Allowed';
    const text = `${prefix}: ${verdict.reason}`;
    return { state, description: text.length > 140 ? `${text.slice(0, 139)}…` : text };
}
const PUSHERS = ['admin', 'maintain', 'write'];
/** Which suite pull request kinds belong into which branch of the flow. */
function kindsInto(base, policy) {
    const kinds = [];
    if (base === policy.branches.staging)
        kinds.push('promotion');
    if (base === policy.branches.production)
        kinds.push('release-pr');
    // A backport or merge-back is the suite's only when it goes into the target its marker names
    // (judgePullRequest checks the base), so any guarded branch may receive one.
    kinds.push('backport', 'merge-back');
    return kinds;
}
async function judgeEntry(pr, policy, guarded, facts) {
    const base = pr.baseRef;
    if (!guarded.includes(base)) {
        const reason = `Base branch ${base} is not guarded.`;
        return { decision: 'exempt', reason, short: reason, rule: 'not-guarded' };
    }
    const production = base === policy.branches.production;
    const notes = [];
    const suite = await facts.suitePullRequest();
    if (suite) {
        if (suite.owned && kindsInto(base, policy).includes(suite.kind)) {
            const reason = `The suite's ${suite.kind} pull request into ${base}.`;
            return { decision: 'allowed', reason, short: reason, rule: 'flow-pr' };
        }
        if (suite.owned)
            notes.push(`A ${suite.kind} pull request does not go into ${base}.`);
        else if (suite.moved)
            notes.push(`It is the suite's ${suite.kind} pull request, but ${suite.reason}.`);
        else
            notes.push(`Its ${suite.kind} marker is ignored: ${suite.reason}.`);
    }
    if (production) {
        const label = pr.labels.find((l) => policy.backport.hotfixLabels.includes(l));
        if (label) {
            const current = currentLabeling(await facts.labelEvents(), label);
            if (current?.event === 'labeled') {
                const permission = await facts.permission(current.actor);
                if (PUSHERS.includes(permission)) {
                    const reason = `Hotfix: labelled "${label}" by ${current.actor} (${permission}).`;
                    return { decision: 'allowed', reason, short: reason, rule: 'hotfix' };
                }
                notes.push(`Label "${label}" does not count: ${current.actor} (who added it last) has ${permission} permission, not write or above.`);
            }
            else
                notes.push(`Label "${label}" does not count: no record of who added it.`);
        }
    }
    const allowed = production
        ? `the suite's release pull request, its backports and merge-backs, and hotfixes labelled ${policy.backport.hotfixLabels.map((l) => `"${l}"`).join(' or ')}`
        : `the suite's release-candidate pull request, its backports and merge-backs`;
    const where = production
        ? `Merge it into ${policy.branches.development}; it reaches ${base} with the next release, or label it as a hotfix.`
        : `Merge it into ${policy.branches.development}; it reaches ${base} with the next release candidate.`;
    return {
        decision: 'blocked',
        reason: `Only the release flow enters ${base}: ${allowed}. ${where}${notes.length ? ` ${notes.join(' ')}` : ''}`,
        short: `Only the release flow enters ${base}; merge into ${policy.branches.development}${production ? ' or label it as a hotfix' : ''}.`,
        rule: 'none',
    };
}

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
;// CONCATENATED MODULE: ./actions/freeze-guard/render.ts
// What freeze-guard writes for people: the guidance comment and the job summary.


function guidance(policy, freeze, verdict) {
    const rules = policy.freeze;
    const windows = freeze.active.map((w) => `- ${w.reason} (${(0,shared_clock/* isoDate */._$)(w.from)} → ${(0,shared_clock/* isoDate */._$)(w.until)})`).join('\n');
    return [
        '### ❄️ Code freeze: this pull request waits',
        '',
        (0,shared_text/* inline */.mG)(verdict.reason),
        '',
        `The \`${policy.branches.development}\` branch is frozen until **${freeze.ends ? (0,shared_clock/* isoDate */._$)(freeze.ends) : '?'}**:`,
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
const RESOLVED = '### ✅ Code freeze: this pull request may merge now\n\n';
function summarize(d, policySource, result, decision) {
    const lines = ['## ❄️ freeze-guard', ''];
    if (d.freeze.frozen) {
        lines.push(`**Frozen** until **${d.freeze.ends.toISOString()}** on ${d.guarded.map((b) => `\`${b}\``).join(', ')}.`, '');
        lines.push('| Source | From | Until | Why |', '|---|---|---|---|');
        for (const w of d.freeze.active) {
            lines.push(`| ${w.source} | ${w.from.toISOString()} | ${w.until.toISOString()} | ${(0,shared_text/* escapeHtml */.ZD)(w.reason)}${w.link ? ` ([release](${w.link}))` : ''} |`);
        }
    }
    else {
        lines.push(`**Not frozen**: no freeze window and no major release within ${d.policy.freeze.afterMajorDays} days.`);
    }
    lines.push('', `Decision: **${decision}** · policy: ${(0,shared_text/* escapeHtml */.ZD)(policySource)}${d.env.plan.dryRun ? ' · **dry run: nothing written**' : ''}`, '');
    if (result.evaluations.length) {
        lines.push('| PR | Title | Decision | Rule | Reason | Status |', '|---|---|---|---|---|---|');
        for (const e of result.evaluations) {
            lines.push(`| #${e.number} | ${(0,shared_text/* inline */.mG)(e.title)} | ${e.decision} | ${e.rule} | ${(0,shared_text/* inline */.mG)(e.reason)} | ${e.status} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** The job summary of branch discipline: the decision and one row per pull request judged. */
function renderDiscipline(guarded, entries, decision, policySource, dryRun) {
    const lines = [
        '## 🚦 Branch discipline',
        '',
        `Only the release flow's own pull requests enter ${guarded.map((b) => `\`${b}\``).join(', ')}. Decision: **${decision}** · policy: ${(0,shared_text/* escapeHtml */.ZD)(policySource)}${dryRun ? ' · **dry run: nothing written**' : ''}`,
        '',
    ];
    if (entries.length) {
        lines.push('| PR | Title | Decision | Rule | Reason | Status |', '|---|---|---|---|---|---|');
        for (const e of entries)
            lines.push(`| #${e.number} | ${(0,shared_text/* inline */.mG)(e.title)} | ${e.decision} | ${e.rule} | ${(0,shared_text/* inline */.mG)(e.reason)} | ${e.status} |`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/statuses.ts
var statuses = __webpack_require__(1642);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
;// CONCATENATED MODULE: ./actions/freeze-guard/steps/check.ts
// The freeze's side effects: reading pull requests (one GraphQL query each, or a paged sweep), writing
// the commit status and the guidance comment.











const COMMENT_KIND = 'freeze-guidance';
/**
 * Facts fetched only when a rule needs them. `prefetchedFiles` are the paths the pull request query already
 * returned (null when that page could not prove the full list; the REST listing then decides).
 */
function lazyFacts(d, pr, prefetchedFiles = null) {
    const { github, context } = d.env;
    const repo = context.repo;
    const number = pr.number;
    let files = prefetchedFiles ? Promise.resolve(prefetchedFiles) : undefined;
    let events;
    return {
        files: () => (files ??= github.listPullRequestFiles(repo, number)),
        labelEvents: () => (events ??= github.listIssueEvents(repo, number)),
        permission: async (user) => {
            if (!d.permissions.has(user))
                d.permissions.set(user, await github.getPermission(repo, user));
            return d.permissions.get(user);
        },
        suitePullRequest: async () => {
            const judged = await (0,shared_ownership/* judgeMarkedPullRequest */.S)(pr, d.policy, { repo, identity: d.identity });
            if (!judged)
                return null;
            const { kind, ownership } = judged;
            if (ownership.verdict === 'suite')
                return { owned: true, kind, reason: '' };
            const reason = ownership.reason;
            d.ignored.note(`#${number}`, `carries a \`${kind}\` marker, but ${reason}: not exempt from the freeze`);
            return { owned: false, kind, reason };
        },
    };
}
async function writeStatus(d, sha, verdict, current) {
    const want = desiredStatus(verdict);
    const { outcome } = await (0,statuses/* setCommitStatus */.M)(d.env.github, d.env.context.repo, sha, { ...want, context: d.policy.freeze.statusContext, targetUrl: d.env.context.runUrl }, { plan: d.env.plan, current: current ?? null });
    return outcome === 'updated' ? 'created' : outcome;
}
async function syncComment(d, number, verdict, previouslyFailed, prefetched = null) {
    const { github, plan, context } = d.env;
    if (verdict.decision !== 'blocked' && !previouslyFailed)
        return;
    const comments = prefetched ?? (await github.listComments(context.repo, number));
    // Only the suite's own comment is updated: a person's comment quoting the marker is left alone.
    const existing = (await (0,markers/* ownComments */.D5)(comments, d.identity, COMMENT_KIND))[0];
    let body;
    if (verdict.decision === 'blocked')
        body = (0,markers/* withMarker */.Pe)(guidance(d.policy, d.freeze, verdict), COMMENT_KIND, {});
    else if (existing && !existing.body.includes(RESOLVED))
        body = (0,markers/* withMarker */.Pe)(`${RESOLVED}${(0,shared_text/* inline */.mG)(verdict.reason)}`, COMMENT_KIND, {});
    if (!body)
        return;
    if (existing?.body.trim() === body.trim())
        return plan.keep(`the freeze comment on #${number} already says this`);
    if (existing)
        await plan.write(`update the freeze comment on #${number}`, () => github.updateComment(context.repo, existing.id, body));
    else
        await plan.write(`post the freeze comment on #${number}`, () => github.createComment(context.repo, number, body));
}
function pullFacts(pr) {
    return { number: pr.number, title: pr.title, body: pr.body, author: pr.author, labels: pr.labels, headSha: pr.headSha, baseRef: pr.baseRef };
}
function filesOf(files) {
    if (!files || files.pageInfo.hasNextPage)
        return null;
    // GraphQL names only the new path of a renamed or copied file; the REST listing adds the old one, which the path
    // rules must see too (a file moved out of a guarded folder changes that folder).
    if (files.nodes.some((f) => f.changeType === 'RENAMED' || f.changeType === 'COPIED'))
        return null;
    return files.nodes.map((f) => f.path);
}
const CHECK_QUERY = `query FreezeCheck($owner: String!, $name: String!, $number: Int!, $sha: GitObjectID!, $context: String!, $withPaths: Boolean!) {
  repository(owner: $owner, name: $name) {
    object(oid: $sha) { ... on Commit { status { context(name: $context) { state description } } } }
    pullRequest(number: $number) {
      comments(first: 100) { pageInfo { hasNextPage } nodes { databaseId body url author { __typename login } } }
      files(first: 100) @include(if: $withPaths) { pageInfo { hasNextPage } nodes { path changeType } }
    }
  }
}`;
async function checkPullRequest(d) {
    const { github, context, logger } = d.env;
    if (context.trigger.kind !== 'pull_request')
        throw new errors/* UserError */.yo('input', `freeze-guard mode "check" needs a pull_request event (got "${context.eventName}"); use mode: sweep for schedule or workflow_dispatch.`);
    const full = context.trigger.pull;
    const pr = pullFacts(full);
    if (!d.guarded.includes(pr.baseRef)) {
        logger.info(`#${pr.number} targets ${pr.baseRef}, which is not guarded (${d.guarded.join(', ')}); nothing to do.`);
        return {
            evaluations: [
                { number: pr.number, title: pr.title, decision: 'exempt', reason: `Base branch ${pr.baseRef} is not guarded.`, rule: 'none', status: 'none' },
            ],
            blocked: false,
        };
    }
    // One query reads what the decision and its follow-up need: the status on the head commit, the comments (for the
    // guidance comment) and, when path rules exist, the changed files.
    const facts = await github.graphql(`Reading pull request #${pr.number}`, CHECK_QUERY, {
        owner: context.repo.owner,
        name: context.repo.repo,
        number: pr.number,
        sha: pr.headSha,
        context: d.policy.freeze.statusContext,
        withPaths: d.policy.freeze.allow.paths.length > 0,
    });
    const node = facts.repository?.pullRequest;
    if (!node)
        throw new errors/* UserError */.yo('not-found', `Pull request #${pr.number} of ${context.repo.owner}/${context.repo.repo} was not found through GraphQL.`);
    const verdict = await judge(pr, d.policy, d.freeze, lazyFacts(d, full, filesOf(node.files)));
    const ctx = facts.repository?.object?.status?.context;
    const current = ctx ? { state: ctx.state.toLowerCase(), description: ctx.description ?? '' } : undefined;
    const status = await writeStatus(d, pr.headSha, verdict, current);
    const comments = node.comments.pageInfo.hasNextPage
        ? null
        : node.comments.nodes.map((c) => ({ id: c.databaseId, body: c.body, author: (0,identity/* actorLogin */.Ff)(c.author), htmlUrl: c.url }));
    await syncComment(d, pr.number, verdict, current?.state === 'failure', comments);
    return { evaluations: [{ number: pr.number, title: pr.title, ...verdict, status }], blocked: verdict.decision === 'blocked' };
}
const MERGE_QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/;
const PR_REFERENCE = /(?:^Merge pull request #(\d+) |\(#(\d+)\)\s*$)/;
async function checkMergeGroup(d) {
    const { github, context } = d.env;
    const group = context.trigger;
    if (group.kind !== 'merge_group' || !group.headSha || !group.baseSha)
        throw new errors/* UserError */.yo('input', 'The merge_group event payload has no head_sha/base_sha.');
    const base = group.baseRef;
    if (!d.guarded.includes(base))
        return { evaluations: [], blocked: false };
    const numbers = new Set();
    const fromRef = MERGE_QUEUE_REF.exec(group.headRef);
    if (fromRef)
        numbers.add(Number(fromRef[1]));
    const comparison = await github.compare(context.repo, group.baseSha, group.headSha);
    for (const commit of comparison.commits) {
        const m = PR_REFERENCE.exec(commit.message.split('\n')[0] ?? '');
        const n = m ? Number(m[1] ?? m[2]) : NaN;
        if (Number.isInteger(n))
            numbers.add(n);
    }
    if (numbers.size === 0)
        throw new errors/* UserError */.yo('state', `Could not tell which pull requests are in merge group ${group.headRef}; no "(#N)" in its commits.`);
    const evaluations = [];
    for (const number of [...numbers].sort((a, b) => a - b)) {
        const pr = await github.getPullRequest(context.repo, number);
        const verdict = await judge(pullFacts(pr), d.policy, d.freeze, lazyFacts(d, pr));
        evaluations.push({ number, title: pr.title, ...verdict, status: 'none' });
    }
    const blocked = evaluations.filter((e) => e.decision === 'blocked');
    const combined = blocked.length
        ? { decision: 'blocked', reason: `Merge group holds frozen changes: ${blocked.map((e) => `#${e.number}`).join(', ')}.`, rule: 'none' }
        : {
            decision: evaluations[0].decision === 'not-frozen' ? 'not-frozen' : 'allowed',
            reason: `All ${evaluations.length} pull request(s) in the group may merge.`,
            rule: 'none',
        };
    const statuses = await github.getCombinedStatuses(context.repo, group.headSha);
    const status = await writeStatus(d, group.headSha, combined, statuses.find((s) => s.context === d.policy.freeze.statusContext));
    for (const e of evaluations)
        e.status = status;
    return { evaluations, blocked: blocked.length > 0 };
}
const SWEEP_QUERY = `query FreezeSweep($owner: String!, $name: String!, $base: String!, $context: String!, $withPaths: Boolean!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, baseRefName: $base, first: 100, after: $cursor, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        title
        body
        author { __typename login }
        baseRefName
        headRefName
        headRepository { nameWithOwner }
        headRefOid
        labels(first: 100) { nodes { name } }
        commits(last: 1) { nodes { commit { oid status { context(name: $context) { state description } } } } }
        files(first: 100) @include(if: $withPaths) { pageInfo { hasNextPage } nodes { path changeType } }
      }
    }
  }
}`;
function sweptPullRequest(node) {
    return (0,shared_github/* toPullRequest */.c$)({
        number: node.number,
        title: node.title,
        body: node.body,
        state: 'open',
        user: node.author ? { login: (0,identity/* actorLogin */.Ff)(node.author) } : null,
        labels: node.labels.nodes,
        head: { ref: node.headRefName, sha: node.headRefOid, repo: node.headRepository ? { full_name: node.headRepository.nameWithOwner } : null },
        base: { ref: node.baseRefName },
    });
}
/**
 * Every open pull request into each of `bases`, one paged query per 100 (the status `context` on
 * each head and, `withPaths`, the changed files come in the same page), handed to `visit` in turn.
 */
async function sweepOpenPullRequests(env, bases, options, visit) {
    const { github, context } = env;
    for (const base of bases) {
        let cursor = null;
        do {
            const page = await github.graphql(`Listing open pull requests into ${base}`, SWEEP_QUERY, {
                owner: context.repo.owner,
                name: context.repo.repo,
                base,
                context: options.context,
                withPaths: options.withPaths,
                cursor,
            });
            const prs = page.repository?.pullRequests;
            if (!prs)
                throw (0,shared_github/* repositoryNotReachable */.ff)(context.repo, github.tokenSource);
            for (const node of prs.nodes) {
                const last = node.commits.nodes[0]?.commit;
                const ctx = last && last.oid === node.headRefOid ? last.status?.context : undefined;
                await visit({ node, pr: sweptPullRequest(node), current: ctx ? { state: ctx.state.toLowerCase(), description: ctx.description ?? '' } : undefined });
            }
            cursor = prs.pageInfo.hasNextPage ? prs.pageInfo.endCursor : null;
        } while (cursor);
    }
}
async function sweep(d) {
    const evaluations = [];
    const options = { context: d.policy.freeze.statusContext, withPaths: d.policy.freeze.allow.paths.length > 0 };
    await sweepOpenPullRequests(d.env, d.guarded, options, async ({ node, pr, current }) => {
        const verdict = await judge(pullFacts(pr), d.policy, d.freeze, lazyFacts(d, pr, filesOf(node.files)));
        const status = await writeStatus(d, node.headRefOid, verdict, current);
        if (status !== 'unchanged' && current?.state === 'failure' && verdict.decision !== 'blocked') {
            await syncComment(d, node.number, verdict, true);
        }
        evaluations.push({ number: node.number, title: node.title, ...verdict, status });
    });
    return { evaluations, blocked: evaluations.some((e) => e.decision === 'blocked') };
}

;// CONCATENATED MODULE: ./actions/freeze-guard/steps/discipline.ts
// Branch discipline's side effects: judging each pull request into staging and production and
// marking it with a commit status.









function disciplineFacts(d, pr) {
    const { github, context } = d.env;
    let events;
    return {
        labelEvents: () => (events ??= github.listIssueEvents(context.repo, pr.number)),
        permission: async (user) => {
            if (!d.permissions.has(user))
                d.permissions.set(user, await github.getPermission(context.repo, user));
            return d.permissions.get(user);
        },
        suitePullRequest: async () => {
            const judged = await (0,shared_ownership/* judgeMarkedPullRequest */.S)(pr, d.policy, { repo: context.repo, identity: d.identity });
            if (!judged)
                return null;
            const { kind, ownership } = judged;
            if (ownership.verdict === 'suite')
                return { owned: true, moved: false, kind, reason: '' };
            if (ownership.verdict === 'foreign')
                d.ignored.note(`#${pr.number}`, `carries a \`${kind}\` marker, but ${ownership.reason}: not a flow pull request`);
            return { owned: false, moved: ownership.verdict === 'suite-moved', kind, reason: ownership.reason };
        },
    };
}
async function judgeAndMark(d, pr, current) {
    const verdict = await judgeEntry(pullFacts(pr), d.policy, d.guarded, disciplineFacts(d, pr));
    if (verdict.rule === 'not-guarded')
        return { number: pr.number, title: pr.title, ...verdict, status: 'none' };
    const description = verdict.short.length > 140 ? `${verdict.short.slice(0, 139)}…` : verdict.short;
    const { outcome } = await (0,statuses/* setCommitStatus */.M)(d.env.github, d.env.context.repo, pr.headSha, { state: verdict.decision === 'blocked' ? 'failure' : 'success', description, context: d.policy.discipline.statusContext, targetUrl: d.env.context.runUrl }, { plan: d.env.plan, ...(current !== undefined ? { current } : {}) });
    return { number: pr.number, title: pr.title, ...verdict, status: outcome === 'updated' ? 'created' : outcome };
}
/**
 * mode: discipline. On a pull request event, judges that pull request; on any other event (schedule,
 * dispatch), every open pull request into the guarded branches (one paged query per branch).
 */
async function runDiscipline(inputs, env, policy, policySource) {
    const { github, context, logger } = env;
    const d = {
        inputs,
        env,
        policy,
        guarded: inputs.branches.length ? inputs.branches : [policy.branches.staging, policy.branches.production],
        permissions: new Map(),
        identity: new identity/* SuiteIdentity */.HR(github, policy.trustedLogins),
        ignored: new shared_ownership/* IgnoredMarkers */.U5(),
    };
    const payloadPr = context.trigger.kind === 'pull_request' ? context.trigger.pull : undefined;
    const entries = [];
    if (payloadPr) {
        await logger.group('Judge', async () => {
            entries.push(await judgeAndMark(d, payloadPr, undefined));
        });
    }
    else {
        await logger.group('Sweep open pull requests', () => sweepOpenPullRequests(env, d.guarded, { context: policy.discipline.statusContext, withPaths: false }, async ({ pr, current }) => {
            // A head with no status of the discipline's context yet is known to be unmarked (null).
            entries.push(await judgeAndMark(d, pr, current ?? null));
        }));
    }
    const blocked = entries.filter((e) => e.decision === 'blocked');
    const decision = blocked.length ? 'blocked' : entries.length === 1 && entries[0].decision === 'exempt' ? 'exempt' : 'allowed';
    const reason = payloadPr && entries.length === 1
        ? entries[0].reason
        : `${entries.length} open pull request(s) into ${d.guarded.join(', ')} evaluated; ${blocked.length} blocked.`;
    for (const s of d.ignored.sentences())
        logger.warning(s, { title: 'Marker ignored' });
    for (const e of blocked)
        logger.warning(`#${e.number} ${e.title}: ${e.reason}`, { title: 'Branch discipline' });
    return {
        outputs: {
            frozen: '',
            decision,
            reason,
            'freeze-ends': '',
            evaluated: entries.map((e) => ({ number: e.number, decision: e.decision, rule: e.rule, reason: e.reason, status: e.status })),
        },
        summary: `${renderDiscipline(d.guarded, entries, decision, policySource, env.plan.dryRun)}\n${d.ignored.summary().join('\n')}`,
        failure: payloadPr && blocked.length && inputs.failOnBlock ? `Branch discipline: ${reason}` : undefined,
    };
}

;// CONCATENATED MODULE: ./actions/freeze-guard/main.ts
// freeze-guard: the definition — its inputs, and which mode (check, sweep, discipline) a run carries out.












const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;
function parseInputs(reader) {
    const branches = reader.list('branches');
    for (const b of branches)
        if (!BRANCH.test(b))
            throw (0,errors/* inputError */.Xu)('branches', `"${b}" is not a branch name.`);
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        mode: reader.enumeration('mode', ['check', 'sweep', 'discipline'], 'check'),
        branches,
        failOnBlock: reader.boolean('fail-on-block', true),
        dryRun: reader.boolean('dry-run', false),
    };
}
async function run(inputs, env) {
    const { github, context, logger, clock } = env;
    const now = clock();
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    const policy = loaded.policy;
    if (inputs.mode === 'discipline')
        return runDiscipline(inputs, env, policy, loaded.source);
    const freeze = await logger.group('Freeze', async () => {
        const releases = policy.freeze.afterMajorDays > 0 ? await github.listReleasesSince(context.repo, (0,shared_clock/* addDays */.fi)(now, -policy.freeze.afterMajorDays - 1)) : [];
        const state = freezeState(policy, releases, now);
        logger.info(state.frozen ? `Frozen until ${state.ends.toISOString()}: ${state.active.map((w) => w.reason).join('; ')}` : 'Not frozen.');
        return state;
    });
    const d = {
        inputs,
        env,
        policy,
        freeze,
        guarded: inputs.branches.length ? inputs.branches : [policy.branches.development],
        permissions: new Map(),
        identity: new identity/* SuiteIdentity */.HR(github, policy.trustedLogins),
        ignored: new shared_ownership/* IgnoredMarkers */.U5(),
    };
    const sweeping = inputs.mode === 'sweep';
    const result = await logger.group(sweeping ? 'Sweep open pull requests' : 'Judge', () => sweeping ? sweep(d) : context.eventName === 'merge_group' ? checkMergeGroup(d) : checkPullRequest(d));
    let decision;
    if (!freeze.frozen)
        decision = 'not-frozen';
    else if (result.blocked)
        decision = 'blocked';
    else if (!sweeping && result.evaluations.length === 1 && result.evaluations[0].decision === 'exempt')
        decision = 'exempt';
    else
        decision = 'allowed';
    const reason = sweeping
        ? `${result.evaluations.length} open pull request(s) evaluated; ${result.evaluations.filter((e) => e.decision === 'blocked').length} blocked.`
        : result.evaluations.length === 1
            ? result.evaluations[0].reason
            : result.evaluations.map((e) => `#${e.number}: ${e.reason}`).join(' ');
    for (const s of d.ignored.sentences())
        logger.warning(s, { title: 'Marker ignored' });
    for (const e of result.evaluations) {
        if (e.decision === 'blocked')
            logger.warning(`#${e.number} ${e.title}: ${e.reason}`, { title: 'Code freeze' });
    }
    return {
        outputs: {
            frozen: freeze.frozen,
            decision,
            reason,
            'freeze-ends': freeze.ends ? freeze.ends.toISOString() : '',
            evaluated: result.evaluations.map((e) => ({ number: e.number, decision: e.decision, rule: e.rule, reason: e.reason, status: e.status })),
        },
        summary: summarize(d, loaded.source, result, decision) + d.ignored.summary().join('\n'),
        failure: !sweeping && result.blocked && inputs.failOnBlock ? `Blocked by the code freeze: ${reason}` : undefined,
    };
}
const freezeGuard = {
    name: 'freeze-guard',
    parseInputs: (reader, _context) => parseInputs(reader),
    isDryRun: (inputs) => inputs.dryRun,
    run,
};


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


/***/ })

};
