export const id = 470;
export const ids = [470,690];
export const modules = {

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUMPS: () => (/* binding */ BUMPS),
  STAGES: () => (/* binding */ STAGES),
  parseInputs: () => (/* binding */ parseInputs),
  promoteRcAction: () => (/* binding */ promoteRcAction),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/alerts.ts
var alerts = __webpack_require__(1595);
// EXTERNAL MODULE: ./shared/config.ts + 1 modules
var config = __webpack_require__(1558);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/ownership.ts
var shared_ownership = __webpack_require__(9451);
// EXTERNAL MODULE: ./shared/versions.ts
var versions = __webpack_require__(5721);
// EXTERNAL MODULE: ./shared/statuses.ts
var statuses = __webpack_require__(1642);
// EXTERNAL MODULE: ./shared/github/index.ts + 27 modules
var shared_github = __webpack_require__(7316);
// EXTERNAL MODULE: ./shared/identity.ts
var identity = __webpack_require__(2294);
// EXTERNAL MODULE: ./shared/release-pull-request.ts
var release_pull_request = __webpack_require__(6703);
// EXTERNAL MODULE: ./shared/conventional.ts
var conventional = __webpack_require__(3690);
// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __webpack_require__(6599);
var gt_default = /*#__PURE__*/__webpack_require__.n(gt);
;// CONCATENATED MODULE: ./actions/promote-rc/rules.ts




// ---------------------------------------------------------------------------------------------
// "Is head's content already on base?" — squash-safe, from two comparisons' file lists.
// ---------------------------------------------------------------------------------------------
/** GitHub lists at most 300 files per comparison; beyond that the content cannot be judged. */
const COMPARE_FILE_LIMIT = 300;
/** Path → blob SHA after the change, or `deleted`. A rename deletes the old path. */
function fileStates(files) {
    const out = new Map();
    for (const f of files) {
        if (f.previousFilename && f.previousFilename !== f.filename)
            out.set(f.previousFilename, 'deleted');
        out.set(f.filename, f.status === 'removed' ? 'deleted' : (f.sha ?? ''));
    }
    return out;
}
/**
 * Whether every change `head` made since the merge base is already on `base`: for each path head
 * changed, base must hold the very same blob (or have deleted it too). Ancestry alone would miss a
 * squash merge (new commits, same content); comparing the changed paths' blobs does not.
 * `baseSide` is the comparison `head...base` (what base changed since the merge base).
 */
function contentVerdict(headSide, baseSide, names) {
    if (headSide.aheadBy === 0)
        return { present: true, reason: `${names.base} already contains every commit of ${names.head}.` };
    const changed = fileStates(headSide.files);
    if (changed.size === 0)
        return { present: true, reason: `The ${headSide.aheadBy} commit(s) of ${names.head} not on ${names.base} change no file.` };
    if (headSide.files.length >= COMPARE_FILE_LIMIT) {
        return { present: false, reason: `${names.head} changes ${COMPARE_FILE_LIMIT}+ files since it diverged from ${names.base}.`, paths: [] };
    }
    if (!baseSide)
        return { present: false, reason: `${names.head} changes files that ${names.base} does not have yet.`, paths: [...changed.keys()] };
    const onBase = fileStates(baseSide.files);
    const missing = [...changed.entries()].filter(([path, blob]) => onBase.get(path) !== blob).map(([path]) => path);
    if (missing.length === 0) {
        return { present: true, reason: `${names.base} already has the same content for all ${changed.size} file(s) ${names.head} changed (squash-merged).` };
    }
    return { present: false, reason: `${missing.length} file(s) changed on ${names.head} differ on ${names.base}.`, paths: missing };
}
/** The version of the next RC: input `version`, else the latest stable bumped (auto: from conventional messages). */
function chooseVersion(options) {
    const { latest, explicit, prefix } = options;
    if (explicit) {
        if (latest && !gt_default()(explicit, latest.version)) {
            throw new errors/* UserError */.yo('conflict', `Input "version": ${(0,versions/* formatTag */._3)(prefix, explicit)} would collide with or go below the latest release ${latest.tag}; choose a version above ${latest.version}.`);
        }
        return { version: explicit, bump: 'explicit', reason: `input "version" = ${explicit}` };
    }
    const from = latest?.version ?? '0.0.0';
    if (options.bump !== 'auto') {
        return { version: (0,versions/* bumpVersion */.Bx)(from, options.bump), bump: options.bump, reason: `${options.bump} bump of ${latest?.tag ?? from}` };
    }
    const detected = (0,conventional/* bumpFor */.W)(options.messages);
    const bump = detected ?? 'patch';
    const why = detected
        ? `${bump} bump of ${latest?.tag ?? from} from the conventional commits of ${options.messages.length} message(s)`
        : `patch bump of ${latest?.tag ?? from} (no conventional commit type found)`;
    return { version: (0,versions/* bumpVersion */.Bx)(from, bump), bump, reason: why };
}
/**
 * The RC tag for `version` at `sha`: the highest existing `<version>-rc.N` when it already names
 * that commit (re-run, or a run interrupted after tagging), else rc.(N+1).
 */
function chooseRc(tags, version, prefix, rcIdentifier, highestTarget, sha) {
    const highest = tags.filter((t) => t.base === version && t.rc !== null).sort((a, b) => (0,versions/* compareTags */.bb)(b, a))[0];
    if (highest && highestTarget === sha)
        return { tag: highest.tag, rc: highest.rc, reused: true };
    const rc = (0,versions/* nextRcNumber */.O$)(tags, version);
    return { tag: (0,versions/* formatTag */._3)(prefix, version, rc, rcIdentifier), rc, reused: false };
}
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;
function closingIssues(text) {
    return [...new Set([...text.matchAll(CLOSING)].map((m) => Number(m[1])))];
}
/** Pull requests whose merge commit is one of the range's commits, oldest merge first. */
function changesInRange(commits, closedPulls) {
    const shas = new Set(commits.map((c) => c.sha));
    const pulls = closedPulls
        .filter((p) => p.merged && p.mergeCommitSha && shas.has(p.mergeCommitSha))
        .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number);
    const byPull = new Set(pulls.map((p) => p.mergeCommitSha));
    const referenced = new Set(pulls.map((p) => p.number));
    const orphanCommits = commits.filter((c) => {
        if (byPull.has(c.sha))
            return false;
        const m = /\(#(\d+)\)\s*$|^Merge pull request #(\d+) /.exec(c.message.split('\n')[0] ?? '');
        return !(m && referenced.has(Number(m[1] ?? m[2])));
    });
    const issues = [];
    const seen = new Set();
    for (const p of pulls) {
        for (const n of closingIssues(`${p.title}\n${p.body}`)) {
            if (seen.has(n) || referenced.has(n))
                continue;
            seen.add(n);
            issues.push({ number: n, via: p.number });
        }
    }
    return { pulls, orphanCommits, issues };
}
/**
 * Every message that decides an automatic bump: the merged PRs' titles and the commits' messages.
 * PR descriptions are left out on purpose: templates often carry a "BREAKING CHANGE:" heading.
 */
function bumpMessages(changes, commits) {
    return [...changes.pulls.map((p) => p.title), ...commits.map((c) => c.message)];
}
/** Task-list items of a Markdown body (outside fenced code blocks). */
function checklistItems(body) {
    const items = [];
    let fence = null;
    for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
        const f = /^\s*(`{3,}|~{3,})/.exec(line);
        if (f) {
            if (fence === null)
                fence = f[1][0];
            else if (f[1][0] === fence)
                fence = null;
            continue;
        }
        if (fence !== null)
            continue;
        const m = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/.exec(line);
        if (m)
            items.push({ text: m[2].trim(), done: m[1] !== ' ' });
    }
    return items;
}
const WRITE = ['admin', 'maintain', 'write'];
/** Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED, DISMISSED) decides; comments do not. */
function approvals(reviews, headSha, author, permissions) {
    const latest = new Map();
    const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
    for (const r of ordered) {
        if (!['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state))
            continue;
        latest.set(r.author.toLowerCase(), r);
    }
    const facts = { counted: [], stale: [], unauthorised: [], changesRequested: [] };
    for (const r of latest.values()) {
        if (r.author.toLowerCase() === author.toLowerCase())
            continue;
        if (r.state === 'CHANGES_REQUESTED')
            facts.changesRequested.push(r.author);
        if (r.state !== 'APPROVED')
            continue;
        if (r.commitId !== headSha)
            facts.stale.push(r.author);
        else if (!WRITE.includes(permissions.get(r.author.toLowerCase()) ?? 'none'))
            facts.unauthorised.push(r.author);
        else
            facts.counted.push(r.author);
    }
    for (const list of Object.values(facts))
        list.sort();
    return facts;
}
/** Reviewers whose permission the gate must look up (latest review is an approval on the head). */
function approversToCheck(reviews, headSha, author) {
    const facts = approvals(reviews, headSha, author, new Map());
    return facts.unauthorised;
}
const itemKey = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** Items of the template (the policy's checklist file or the built-in one) that are not ticked in the description, matched by text. */
function unticked(template, items) {
    const ticked = new Set(items.filter((i) => i.done).map((i) => itemKey(i.text)));
    return template.filter((t) => !ticked.has(itemKey(t.text))).map((t) => t.text);
}
function judgeGate(options) {
    const missing = [];
    const { items, required, headSha, pinnedSha } = options;
    const offStaging = options.pinnedOnStaging === false;
    const a = options.approvals;
    if (!pinnedSha)
        missing.push('The release marker has no pinned commit: re-run promote-rc with stage: release.');
    else if (pinnedSha !== headSha) {
        missing.push(`The head ${headSha.slice(0, 7)} is not the pinned staging commit ${pinnedSha.slice(0, 7)}: re-run promote-rc with stage: release to pin the new staging state.`);
    }
    if (offStaging)
        missing.push(`The pinned commit ${short7(pinnedSha)} is not on ${options.staging ?? 'staging'}: only a commit tested on staging may be released.`);
    const open = items.filter((i) => !i.done);
    const absent = options.template ? unticked(options.template, items).filter((t) => !open.some((i) => itemKey(i.text) === itemKey(t))) : [];
    if (items.length === 0)
        missing.push('The validation checklist is missing from the description.');
    else if (open.length)
        missing.push(`${open.length} of ${items.length} checklist item(s) not ticked: ${open.map((i) => `"${i.text}"`).join(', ')}.`);
    if (items.length > 0 && absent.length)
        missing.push(`${absent.length} item(s) of the validation checklist are missing from the description (deleting an item does not complete it): ${absent.map((t) => `"${t}"`).join(', ')}.`);
    if (a.counted.length < required) {
        const notes = [
            a.stale.length ? `not counted, given before the latest push: ${a.stale.join(', ')}` : '',
            a.unauthorised.length ? `not counted, no write access: ${a.unauthorised.join(', ')}` : '',
        ].filter(Boolean);
        missing.push(`${a.counted.length} of ${required} approval(s) on the current head ${headSha.slice(0, 7)} by people with write access${notes.length ? ` (${notes.join('; ')})` : ''}.`);
    }
    if (a.changesRequested.length)
        missing.push(`Changes requested by ${a.changesRequested.join(', ')}.`);
    const state = missing.length === 0 ? 'success' : 'failure';
    const description = state === 'success'
        ? `Ready: checklist complete, ${a.counted.length}/${required} approval(s) on ${headSha.slice(0, 7)}.`
        : shortDescription(open.length + absent.length, Math.max(items.length, options.template?.length ?? 0), a.counted.length, required, pinnedSha !== undefined && pinnedSha !== headSha, offStaging, a.changesRequested.length > 0);
    return { state, missing, description };
}
function short7(sha) {
    return (sha ?? '').slice(0, 7);
}
function shortDescription(open, total, counted, required, moved, offStaging, changes) {
    const parts = [];
    if (moved)
        parts.push('head is not the pinned commit');
    if (offStaging)
        parts.push('pinned commit not on staging');
    if (total === 0)
        parts.push('checklist missing');
    else if (open)
        parts.push(`${open}/${total} checklist item(s) open`);
    if (counted < required)
        parts.push(`${counted}/${required} approval(s) on head`);
    if (changes)
        parts.push('changes requested');
    const text = `Missing: ${parts.join('; ')}.`;
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

// EXTERNAL MODULE: ./shared/tags.ts
var tags = __webpack_require__(7981);
// EXTERNAL MODULE: ./shared/milestone.ts
var shared_milestone = __webpack_require__(9408);
// EXTERNAL MODULE: ./shared/markers.ts
var markers = __webpack_require__(9985);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
;// CONCATENATED MODULE: ./actions/promote-rc/render.ts



/** Managed PR kinds; freeze-guard exempts pull requests carrying them. */
const RC_KIND = 'promotion';
const RELEASE_KIND = release_pull_request/* RELEASE_PR_KIND */.y;
/** GitHub refuses bodies over 65,536 characters; lists are cut well before that. */
const MAX_LIST = 200;
/** The description within GitHub's 65,536 characters (room left for the marker); the closing note is kept. */
function fit(lines) {
    return (0,shared_text/* boundBody */.B9)(lines.slice(0, -1), lines.slice(-1), shared_text/* MAX_BODY */._D - 400);
}
function render_short(sha) {
    return sha.slice(0, 7);
}
function milestoneLine(m) {
    if (!m.milestone)
        return `**Milestone:** none titled \`${(0,shared_text/* inline */.mG)(m.title)}\` yet — create it so milestone-check can hold the must-have items of this release.`;
    const due = m.milestone.dueOn
        ? ` Due ${m.milestone.dueOn.slice(0, 10)}${m.pastDue ? ' — **past due**: finish its open items or move the date before the release' : ''}.`
        : '';
    return `**Milestone:** [${(0,shared_text/* inline */.mG)(m.title)}](${m.milestone.htmlUrl}) — ${m.milestone.closedIssues} closed, ${m.milestone.openIssues} open.${due}`;
}
function changeList(changes, since) {
    const lines = [`### Changes${since ? ` since ${(0,shared_text/* inline */.mG)(since)}` : ''}`, ''];
    if (changes.pulls.length === 0 && changes.orphanCommits.length === 0)
        lines.push('_No changes found in this range._');
    for (const p of changes.pulls.slice(0, MAX_LIST))
        lines.push(`- #${p.number} ${(0,shared_text/* inline */.mG)(p.title)}${p.author ? ` (${(0,shared_text/* inline */.mG)(p.author)})` : ''}`);
    if (changes.pulls.length > MAX_LIST)
        lines.push(`- … and ${changes.pulls.length - MAX_LIST} more pull request(s)`);
    if (changes.orphanCommits.length) {
        lines.push('', `<details><summary>${changes.orphanCommits.length} commit(s) without a pull request</summary>`, '');
        for (const c of changes.orphanCommits.slice(0, MAX_LIST))
            lines.push(`- ${render_short(c.sha)} ${(0,shared_text/* inline */.mG)(c.message.split('\n')[0] ?? '')}`);
        lines.push('', '</details>');
    }
    if (changes.issues.length) {
        lines.push('', '**Issues closed by these pull requests:**', '');
        for (const i of changes.issues.slice(0, MAX_LIST))
            lines.push(`- #${i.number} (via #${i.via})`);
    }
    return lines;
}
const UAT_CHECKLIST = [
    'Release candidate deployed to staging',
    'Users told which features and fixes to test',
    'UAT done for every change listed above',
    'Stakeholder change requests handled (classified major or minor)',
    'UAT passed — otherwise fix on dev and promote another release candidate',
];
function rcTitle(tag) {
    return `Release candidate ${tag}`;
}
function renderRcBody(b) {
    const compare = b.previousTag ? `${b.serverUrl}/${b.repository}/compare/${b.previousTag}...${b.tag}` : null;
    const lines = [
        `## Release candidate ${b.tag}`,
        '',
        `Promotes \`${b.development}\` at \`${render_short(b.sha)}\` to \`${b.staging}\` for UAT. The head branch \`${b.headBranch}\` is pinned to exactly this commit, tagged \`${b.tag}\`: work merged to \`${b.development}\` later goes into the next release candidate (run the promotion again).`,
        '',
        milestoneLine(b.milestone),
        ...(compare ? ['', `**Full diff:** [${b.previousTag}...${b.tag}](${compare})`] : []),
        '',
        ...changeList(b.changes, b.previousTag),
        '',
        '### UAT checklist',
        '',
        ...UAT_CHECKLIST.map((t) => `- [ ] ${t}`),
        '',
        '<sub>Managed by portal-release promote-rc: a new promotion updates this pull request (title, description, head) instead of opening another.</sub>',
    ];
    return (0,markers/* withMarker */.Pe)(fit(lines), RC_KIND, { stage: 'rc', base: b.staging, tag: b.tag, version: b.version, sha: b.sha });
}
/** Built-in validation checklist, from the runbook's ValidationSOP. */
const VALIDATION_CHECKLIST = [
    '**UAT sign-off**: every stakeholder signed off the features and fixes of this release',
    '**Validation runs on staging** (Release Validation Protocol) performed and recorded in the release directory',
    '**Change approval** obtained from the change advisory board / stakeholders',
    '**Release notes** reviewed',
    '**Rollback plan** written and reviewed',
].map((t) => `- [ ] ${t}`);
function releaseTitle(tag) {
    return `Release ${tag}`;
}
function renderChecklistTemplate(template, values) {
    return template.replace(/\{(tag|version|rc)\}/g, (_m, key) => values[key]).trim();
}
function renderReleaseBody(b) {
    const lines = [
        `## Release ${b.tag}`,
        '',
        `Merging this pull request releases \`${b.staging}\` at \`${render_short(b.sha)}\` — release candidate \`${b.rcTag}\`, as tested in UAT — to \`${b.production}\`; CD deploys it. The head branch \`${b.headBranch}\` is pinned to that commit: if it moves, the \`${b.gateContext}\` check turns red.`,
        '',
        milestoneLine(b.milestone),
        '',
        ...changeList(b.changes, b.previousTag),
        '',
        ...(b.candidates.length ? ['**Release candidates promoted to staging:**', '', ...b.candidates.map((c) => `- #${c.number} ${(0,shared_text/* inline */.mG)(c.title)}`), ''] : []),
        '### Validation checklist',
        '',
        `<sub>From ${(0,shared_text/* inline */.mG)(b.checklistSource)}. Tick every box when done; the check \`${b.gateContext}\` stays red until all are ticked.</sub>`,
        '',
        b.checklist,
        '',
        '### Sign-off',
        '',
        `Change approval is given by **approving this pull request**: ${b.requiredApprovals} approval(s) from people with write access, given on the current head commit \`${render_short(b.sha)}\`. An approval given before a newer push does not count; changes requested block until resolved.`,
        '',
        '<sub>Managed by portal-release promote-rc: re-running keeps this description (and its ticks) until staging moves to a new release candidate.</sub>',
    ];
    return (0,markers/* withMarker */.Pe)(fit(lines), RELEASE_KIND, { stage: 'release', base: b.production, tag: b.tag, version: b.version, rc: b.rcTag, sha: b.sha });
}
function summarize(inputs, policySource, result, requests, ignored) {
    const title = inputs.stage === 'rc' ? 'release candidate' : inputs.stage === 'release' ? 'release pull request' : 'release gate';
    const lines = [`## 🚀 promote-rc: ${title}`, ''];
    lines.push(`${(0,shared_text/* escapeHtml */.ZD)(result.reason)}`, '');
    const facts = [
        ['Operation', result.operation],
        ['Pull request', result.pr ? `[#${result.pr.number}](${result.pr.htmlUrl})` : '—'],
        ['Tag', result.tag || '—'],
        ['Version', result.version || '—'],
    ];
    if ('previousTag' in result)
        facts.push(['Previous tag', result.previousTag || '—']);
    facts.push(['Commit', result.sha ? `\`${result.sha}\`` : '—']);
    if ('verdict' in result && result.verdict)
        facts.push(['Gate', result.verdict.state === 'success' ? '🟢 success' : '🔴 failure']);
    lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
    if ('verdict' in result && result.verdict && result.verdict.missing.length) {
        lines.push('**Missing before this release may merge:**', '', ...result.verdict.missing.map((m) => `- ${(0,shared_text/* escapeHtml */.ZD)(m)}`), '');
    }
    lines.push(...ignored.summary());
    lines.push(`<sub>Policy: ${(0,shared_text/* escapeHtml */.ZD)(policySource)} · ${requests} API request(s)${inputs.dryRun ? ' · **dry run: nothing written**' : ''}</sub>`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/promote-rc/steps/promote.ts










class Run {
    /** Whether this run planned or made a write (else everything was already right). */
    touched = false;
    env;
    options;
    repo;
    github;
    policy;
    identity;
    constructor(env, policy, options) {
        this.env = env;
        this.options = options;
        this.repo = env.context.repo;
        this.github = env.github;
        this.policy = policy;
        this.identity = new identity/* SuiteIdentity */.HR(env.github, policy.trustedLogins);
    }
    /** A write through the run's plan (skipped in a dry run), remembered for the outcome sentence. */
    async write(what, fn) {
        this.touched = true;
        return this.env.plan.write(what, fn);
    }
    keep(what) {
        this.env.plan.keep(what);
    }
    async branchSha(branch, role, key) {
        const sha = await this.github.getBranchSha(this.repo, branch);
        if (!sha) {
            await this.github.assertReachable(this.repo);
            throw new errors/* UserError */.yo('not-found', `The ${role} branch "${branch}" (policy key branches.${key}) does not exist in ${this.repo.owner}/${this.repo.repo}: create it, or set branches.${key} in the policy file.`);
        }
        return sha;
    }
    async tags(policy) {
        const refs = await this.github.listMatchingRefs(this.repo, `tags/${policy.tagPrefix}`);
        const byName = new Map(refs.map((r) => [r.ref.replace(/^refs\/tags\//, ''), r]));
        return { parsed: (0,versions/* releaseTags */.dt)([...byName.keys()], policy.tagPrefix, policy.promotion.rcIdentifier), refs: byName };
    }
    /** The commit a tag names, peeling an annotated tag (one request) only when needed. */
    async peel(ref) {
        return ref ? this.github.peelRef(this.repo, ref) : null;
    }
    /**
     * The range of changes on `head`'s line since the stable release `release`, and the tag it starts
     * from. When the release tag is an ancestor of `head` (release pull request merged with a merge
     * commit), that is the tag itself. After a SQUASH-merged release pull request the tag names a commit
     * only production has: ancestry would count every released change again. Then the release's own
     * record says where it stands: the suite's release pull request merged at the tag's commit (judged
     * by identity, never by its marker alone) names in its marker the release candidate it released,
     * and that RC tag is on the development line.
     */
    async rangeSinceRelease(release, refs, head) {
        const range = await this.github.compareWithFiles(this.repo, release.tag, head);
        if (range.status === 'ahead' || range.status === 'identical')
            return { range, from: release.tag };
        const tagged = await this.peel(refs.get(release.tag));
        const merged = tagged
            ? await (0,shared_ownership/* suiteReleasePrMergedAt */.JB)(this.github, this.repo, tagged, this.policy, { identity: this.identity, ignored: this.options.ignored })
            : null;
        const rcTag = merged?.marker.attrs.rc;
        const rcSha = rcTag ? await this.peel(refs.get(rcTag)) : null;
        if (!merged || !rcTag || !rcSha) {
            this.env.logger.warning(`${release.tag} is not an ancestor of ${render_short(head)} and is not the merge of the suite's release pull request naming its release candidate: the changes since ${release.tag} are counted from the common ancestor, and may include released ones. Pass the version explicitly if the bump is wrong.`, { title: 'Release base by ancestry' });
            return { range, from: release.tag };
        }
        const fromRc = await this.github.compareWithFiles(this.repo, rcSha, head);
        if (fromRc.status !== 'ahead' && fromRc.status !== 'identical') {
            this.env.logger.warning(`${rcTag} (released as ${release.tag} by #${merged.pr.number}) is not an ancestor of ${render_short(head)} either: counting from the common ancestor.`);
            return { range, from: release.tag };
        }
        this.env.logger.info(`${release.tag} was released by the squash-merged release pull request #${merged.pr.number}: changes are counted from ${rcTag}, the release candidate it released.`);
        return { range: fromRc, from: rcTag };
    }
    /** Whether every change of `head` is already on `base` (squash-safe). */
    async contentOn(base, head) {
        const headSide = await this.github.compareWithFiles(this.repo, base.sha, head.sha, 'first-page');
        let baseSide = null;
        if (headSide.aheadBy > 0 && headSide.behindBy > 0 && headSide.files.length > 0) {
            baseSide = await this.github.compareWithFiles(this.repo, head.sha, base.sha, 'first-page');
        }
        return { verdict: contentVerdict(headSide, baseSide, { base: base.name, head: head.name }), headSide };
    }
    async pullsSince(branches, since) {
        const date = since ? new Date(Date.parse(since) - 60_000) : new Date(0);
        const out = [];
        for (const b of branches)
            out.push(...(await this.github.listClosedPullRequestsSince(this.repo, b, date)));
        return out;
    }
    /** The release's milestone, and whether it is open past its due date as of `now` (warned about, never blocking). */
    async milestone(policy, version, now) {
        const title = (0,shared_milestone/* renderMilestoneTitle */.Tv)(policy.milestone.title, version, policy.tagPrefix);
        const all = await this.github.listMilestones(this.repo, 'all');
        const milestone = all.find((m) => m.title === title) ?? null;
        const pastDue = (0,shared_milestone/* isPastDue */.lk)(milestone, now);
        if (pastDue)
            this.env.logger.warning((0,shared_milestone/* pastDueSentence */.WM)(title, milestone?.dueOn ?? null), { title: shared_milestone/* PAST_DUE_TITLE */.N });
        return { title, milestone, pastDue };
    }
    /**
     * The single managed PR of `kind`: one the suite opened from its fixed head branch into the role's
     * base (judgePullRequest). A pull request that only carries the marker is a person's: never adopted.
     * One someone pushed onto is still the suite's: the head branch is pinned again below.
     */
    async findManaged(kind) {
        const role = (0,shared_ownership/* promotionRole */.yX)(kind, this.policy);
        const open = await this.github.listPullRequests(this.repo, { state: 'open', base: role.base });
        const mine = [];
        for (const p of open.sort((a, b) => a.number - b.number)) {
            if (p.headRef !== role.headBranch && (0,markers/* findMarker */.Ed)(p.body, kind) === undefined)
                continue;
            const ownership = await (0,shared_ownership/* judgePullRequest */.yU)(p, kind, role, { repo: this.repo, identity: this.identity });
            if (ownership.verdict !== 'foreign')
                mine.push(p);
            else
                this.options.ignored.notePull(p, kind, ownership);
        }
        const base = role.base;
        if (mine.length > 1) {
            this.env.logger.warning(`Several open pull requests into ${base} are managed by promote-rc (${mine.map((p) => `#${p.number}`).join(', ')}); updating #${mine[0].number}. Close the others.`);
        }
        return mine[0] ?? null;
    }
    /** Points the suite's head branch at exactly `sha` (created, or force-moved: it is never shared work). */
    async pinHead(branch, sha) {
        const current = await this.github.getBranchSha(this.repo, branch);
        if (current === sha)
            return this.keep(`head branch ${branch} is already at ${render_short(sha)}`);
        if (current === null)
            await this.write(`create head branch ${branch} at ${render_short(sha)}`, () => this.github.createRef(this.repo, `refs/heads/${branch}`, sha));
        else
            await this.write(`move head branch ${branch} from ${render_short(current)} to ${render_short(sha)}`, () => this.github.updateRef(this.repo, `heads/${branch}`, sha, true));
    }
    /**
     * Creates or updates the managed PR. The description is rewritten only when what it describes
     * changed (`same` false), so ticks people made in it survive re-runs.
     */
    async upsertPull(existing, want, same) {
        const { github, repo, options } = this;
        if (!existing) {
            const created = await this.write(`open pull request "${want.title}" (${want.head} → ${want.base})${options.draft ? ' as a draft' : ''}`, () => github.createPullRequest(repo, { ...want, draft: options.draft }));
            // The same steps in a dry run (nothing is created, so they name "the new pull request"): the plan of a
            // dry run is the plan of the run. Their writes only ever run after the pull request was created.
            const number = () => created.number;
            if (options.labels.length)
                await this.write(`label the new pull request ${options.labels.join(', ')}`, () => github.addLabels(repo, number(), options.labels));
            const { users, teams } = splitReviewers(options.reviewers);
            if (users.length || teams.length) {
                // A reviewer who cannot be requested (not a collaborator) must not fail a promotion that is already made.
                await this.write(`request reviews on the new pull request from ${options.reviewers.join(', ')}`, () => github.requestReviewers(repo, number(), users, teams).catch((error) => {
                    this.env.logger.warning(`Could not request reviews on #${number()}: ${(0,errors/* reportedFailure */.G0)(error, this.env.logger)}`);
                }));
            }
            return { pr: created ?? null, operation: 'created' };
        }
        let operation = 'none';
        const changes = {};
        if (existing.title !== want.title)
            changes.title = want.title;
        if (!same && existing.body.trim() !== want.body.trim())
            changes.body = want.body;
        let pr = existing;
        if (Object.keys(changes).length) {
            pr =
                (await this.write(`update pull request #${existing.number} (${Object.keys(changes).join(' and ')})`, () => github.updatePullRequest(repo, existing.number, changes))) ?? pr;
            operation = 'updated';
        }
        else
            this.keep(`the title and description of pull request #${existing.number} are already right`);
        const missingLabels = options.labels.filter((l) => !existing.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
        if (missingLabels.length) {
            await this.write(`label #${existing.number} ${missingLabels.join(', ')}`, () => github.addLabels(repo, existing.number, missingLabels));
            operation = 'updated';
        }
        return { pr, operation };
    }
}
/**
 * The validation checklist of a release: the policy's checklist file, read from the default branch
 * (or `config-ref`) so a pull request cannot change it, else the built-in one. The release PR's body
 * gets it, and the gate judges the body against it.
 */
async function readChecklist(env, policy, configRef, values) {
    const ref = configRef || env.context.defaultBranch;
    const path = policy.promotion.checklist;
    const template = path ? await env.github.getFileContent(env.context.repo, path, ref) : null;
    const source = template !== null ? `${path} (${ref ?? 'default branch'})` : `the built-in ValidationSOP checklist${path ? ` (no ${path} in the repository)` : ''}`;
    env.logger.info(`Checklist: ${source}`);
    const text = template !== null ? renderChecklistTemplate(template, values) : VALIDATION_CHECKLIST.join('\n');
    return { text, source };
}
/** In a dry run the outcome sentence describes the plan. */
function planned(dryRun, sentence) {
    return dryRun ? `Dry run, nothing written. Plan: ${sentence}` : sentence;
}
function splitReviewers(reviewers) {
    const users = reviewers.filter((r) => !r.includes('/'));
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/').pop());
    return { users, teams };
}
/** Creates the annotated tag on `sha`; an existing tag on the same commit is fine, on another one it is refused. */
async function createTag(run, tag, sha, message) {
    await run.write(`create annotated tag ${tag} on ${render_short(sha)}`, async () => {
        const created = await (0,tags/* createAnnotatedTag */.B)(run.github, run.repo, tag, sha, message);
        if (created.outcome === 'elsewhere') {
            throw new errors/* UserError */.yo('conflict', `Tag ${tag} already exists on ${render_short(created.commit)}, not on ${render_short(sha)}: release tags are never moved. Re-run to take the next release candidate number.`);
        }
    });
}
// ---------------------------------------------------------------------------------------------
// stage: rc — dev → stg
// ---------------------------------------------------------------------------------------------
async function promoteRc(env, policy, options) {
    const run = new Run(env, policy, options);
    const { logger } = env;
    const { development, staging } = policy.branches;
    const prefix = policy.tagPrefix;
    const rcId = policy.promotion.rcIdentifier;
    const headBranch = (0,shared_ownership/* rcHeadBranch */.I$)(policy);
    const { devSha, stgSha, tags } = await logger.group('Branches and tags', async () => {
        const devSha = await run.branchSha(development, 'development', 'development');
        const stgSha = await run.branchSha(staging, 'staging', 'staging');
        const tags = await run.tags(policy);
        logger.info(`${development} @ ${render_short(devSha)}, ${staging} @ ${render_short(stgSha)}, ${tags.parsed.length} release tag(s).`);
        return { devSha, stgSha, tags };
    });
    const content = await logger.group(`Is there anything to promote from ${development} to ${staging}?`, async () => {
        const c = await run.contentOn({ name: staging, sha: stgSha }, { name: development, sha: devSha });
        logger.info(c.verdict.reason);
        return c;
    });
    const latest = (0,versions/* latestStable */.NQ)(tags.parsed);
    if (content.verdict.present) {
        return {
            stage: 'rc',
            operation: 'none',
            reason: `Nothing to promote: ${content.verdict.reason}`,
            pr: null,
            tag: '',
            version: '',
            previousTag: latest?.tag ?? '',
            sha: devSha,
        };
    }
    const plan = await logger.group('Version', async () => {
        // Range that decides the bump: everything on dev since the latest stable release.
        const since = latest ? (await run.rangeSinceRelease(latest, tags.refs, devSha)).range : await env.github.compareWithFiles(run.repo, stgSha, devSha);
        const pulls = await run.pullsSince([development], since.mergeBaseDate);
        const sinceStable = changesInRange(since.commits, pulls);
        const choice = chooseVersion({ latest, explicit: options.version, bump: options.bump, messages: bumpMessages(sinceStable, since.commits), prefix });
        const stableTag = (0,versions/* formatTag */._3)(prefix, choice.version);
        if (tags.refs.has(stableTag)) {
            throw new errors/* UserError */.yo('conflict', `Tag ${stableTag} already exists: version ${choice.version} is released. Choose a higher version.`);
        }
        const highest = tags.parsed.filter((t) => t.base === choice.version && t.rc !== null).sort((a, b) => (0,versions/* compareTags */.bb)(b, a))[0];
        const highestTarget = highest ? await run.peel(tags.refs.get(highest.tag)) : null;
        const rc = chooseRc(tags.parsed, choice.version, prefix, rcId, highestTarget, devSha);
        if (!rc.reused && tags.refs.has(rc.tag))
            throw new errors/* UserError */.yo('conflict', `Tag ${rc.tag} already exists; release tags are never moved.`);
        const thisTag = (0,versions/* parseReleaseTag */.rE)(rc.tag, prefix, rcId);
        const previous = (0,versions/* previousTagFor */.NL)(thisTag, tags.parsed);
        let changes = sinceStable;
        if (previous && previous.tag !== latest?.tag) {
            const range = await env.github.compareWithFiles(run.repo, previous.tag, devSha);
            changes = changesInRange(range.commits, pulls);
        }
        logger.info(`Version ${choice.version} (${choice.reason}); ${rc.reused ? `reusing ${rc.tag}, which already names ${render_short(devSha)}` : `new tag ${rc.tag}`}.`);
        return { choice, rc, previous, changes };
    });
    const { choice, rc, previous, changes } = plan;
    const milestone = await run.milestone(policy, choice.version, env.clock());
    const existing = await run.findManaged(RC_KIND);
    const body = renderRcBody({
        tag: rc.tag,
        version: choice.version,
        sha: devSha,
        development,
        staging,
        headBranch,
        previousTag: previous?.tag ?? null,
        changes,
        milestone,
        serverUrl: env.context.serverUrl,
        repository: `${run.repo.owner}/${run.repo.repo}`,
    });
    const result = await logger.group(env.plan.dryRun ? 'Plan (dry run: nothing is written)' : 'Promote', async () => {
        if (rc.reused)
            run.keep(`tag ${rc.tag} is already on ${render_short(devSha)}`);
        else
            await createTag(run, rc.tag, devSha, `Release candidate ${rc.tag}\n\nPromoted from ${development} to ${staging} by portal-release promote-rc.`);
        await run.pinHead(headBranch, devSha);
        const marker = existing ? (0,markers/* findMarker */.Ed)(existing.body, RC_KIND) : undefined;
        const same = marker?.attrs.tag === rc.tag && marker.attrs.sha === devSha;
        return run.upsertPull(existing, { title: rcTitle(rc.tag), body, head: headBranch, base: staging }, same);
    });
    const wrote = run.touched;
    return {
        stage: 'rc',
        operation: existing ? (wrote ? 'updated' : 'none') : 'created',
        reason: planned(env.plan.dryRun, existing
            ? wrote
                ? `Release candidate ${rc.tag} promoted: pull request #${existing.number} updated.`
                : `Release candidate ${rc.tag} is already promoted in #${existing.number}; nothing changed.`
            : `Release candidate ${rc.tag} promoted${result.pr ? ` in #${result.pr.number}` : ''}.`),
        pr: result.pr ?? existing,
        tag: rc.tag,
        version: choice.version,
        previousTag: previous?.tag ?? '',
        sha: devSha,
    };
}
// ---------------------------------------------------------------------------------------------
// stage: release — stg → main
// ---------------------------------------------------------------------------------------------
/** How many RC tags (newest first) are tried when looking for the one on staging. */
const RC_CANDIDATES = 5;
async function promoteRelease(env, policy, options) {
    const run = new Run(env, policy, options);
    const { logger } = env;
    const { development, staging, production } = policy.branches;
    const prefix = policy.tagPrefix;
    const headBranch = (0,shared_ownership/* releaseHeadBranch */.Gm)(policy);
    const { stgSha, mainSha, tags } = await logger.group('Branches and tags', async () => {
        const stgSha = await run.branchSha(staging, 'staging', 'staging');
        const mainSha = await run.branchSha(production, 'production', 'production');
        const tags = await run.tags(policy);
        logger.info(`${staging} @ ${render_short(stgSha)}, ${production} @ ${render_short(mainSha)}, ${tags.parsed.length} release tag(s).`);
        return { stgSha, mainSha, tags };
    });
    const content = await logger.group(`Is there anything to release from ${staging} to ${production}?`, async () => {
        const c = await run.contentOn({ name: production, sha: mainSha }, { name: staging, sha: stgSha });
        logger.info(c.verdict.reason);
        return c;
    });
    if (content.verdict.present) {
        return {
            stage: 'release',
            operation: 'none',
            reason: `Nothing to release: ${content.verdict.reason}`,
            pr: null,
            tag: '',
            version: '',
            previousTag: (0,versions/* latestStable */.NQ)(tags.parsed)?.tag ?? '',
            sha: stgSha,
        };
    }
    const candidate = await logger.group('Release candidate on staging', async () => {
        const rcs = tags.parsed.filter((t) => t.rc !== null).slice(0, RC_CANDIDATES);
        for (const rc of rcs) {
            const target = await run.peel(tags.refs.get(rc.tag));
            if (!target)
                continue;
            const onStaging = await run.contentOn({ name: staging, sha: stgSha }, { name: rc.tag, sha: target });
            logger.info(`${rc.tag} (${render_short(target)}): ${onStaging.verdict.reason}`);
            if (onStaging.verdict.present)
                return { rc, target };
        }
        throw new errors/* UserError */.yo('state', `No release candidate is on ${staging}${rcs.length ? ` (checked ${rcs.map((t) => t.tag).join(', ')})` : ''}: promote one with stage: rc, run UAT, merge its pull request, then run stage: release.`);
    });
    const version = candidate.rc.base;
    const tag = (0,versions/* formatTag */._3)(prefix, version);
    if (tags.refs.has(tag)) {
        throw new errors/* UserError */.yo('conflict', `Tag ${tag} already exists, yet ${staging} holds changes that ${production} lacks: promote a new release candidate (stage: rc) for them instead of releasing ${tag} again.`);
    }
    const previous = (0,versions/* latestStable */.NQ)(tags.parsed.filter((t) => (0,versions/* compareTags */.bb)(t, candidate.rc) < 0));
    const { changes, candidates } = await logger.group('Changes since the last release', async () => {
        const range = previous
            ? (await run.rangeSinceRelease(previous, tags.refs, candidate.target)).range
            : await env.github.compareWithFiles(run.repo, mainSha, candidate.target);
        const pulls = await run.pullsSince([development, staging], range.mergeBaseDate);
        const changes = changesInRange(range.commits, pulls.filter((p) => p.baseRef === development));
        // Release candidate pull requests of this version: only the ones promote-rc opened.
        const candidates = [];
        for (const p of pulls.filter((x) => x.baseRef === staging && x.merged && (0,markers/* findMarker */.Ed)(x.body, RC_KIND, { version })).sort((a, b) => a.number - b.number)) {
            const ownership = await (0,shared_ownership/* judgePullRequest */.yU)(p, RC_KIND, (0,shared_ownership/* promotionRole */.yX)(RC_KIND, policy), { repo: run.repo, identity: run.identity });
            if (ownership.verdict === 'suite')
                candidates.push({ number: p.number, title: p.title });
            else
                run.options.ignored.notePull(p, RC_KIND, ownership);
        }
        logger.info(`${changes.pulls.length} pull request(s), ${candidates.length} release candidate pull request(s).`);
        return { changes, candidates };
    });
    const checklist = await logger.group('Validation checklist', () => readChecklist(env, policy, options.configRef, { tag, version, rc: candidate.rc.tag }));
    const milestone = await run.milestone(policy, version, env.clock());
    const existing = await run.findManaged(RELEASE_KIND);
    const body = renderReleaseBody({
        tag,
        version,
        rcTag: candidate.rc.tag,
        sha: stgSha,
        staging,
        production,
        headBranch,
        previousTag: previous?.tag ?? null,
        changes,
        candidates,
        milestone,
        checklist: checklist.text,
        checklistSource: checklist.source,
        requiredApprovals: policy.promotion.requiredApprovals,
        gateContext: options.gateContext,
    });
    const result = await logger.group(env.plan.dryRun ? 'Plan (dry run: nothing is written)' : 'Open the release pull request', async () => {
        await run.pinHead(headBranch, stgSha);
        const marker = existing ? (0,markers/* findMarker */.Ed)(existing.body, RELEASE_KIND) : undefined;
        const same = marker?.attrs.tag === tag && marker.attrs.sha === stgSha;
        return run.upsertPull(existing, { title: releaseTitle(tag), body, head: headBranch, base: production }, same);
    });
    const wrote = run.touched;
    return {
        stage: 'release',
        operation: existing ? (wrote ? 'updated' : 'none') : 'created',
        reason: planned(env.plan.dryRun, existing
            ? wrote
                ? `Release pull request #${existing.number} updated for ${tag} (${candidate.rc.tag}).`
                : `Release pull request #${existing.number} for ${tag} is already up to date.`
            : `Release pull request for ${tag} (${candidate.rc.tag}) opened${result.pr ? `: #${result.pr.number}` : ''}.`),
        pr: result.pr ?? existing,
        tag,
        version,
        previousTag: previous?.tag ?? '',
        sha: stgSha,
    };
}

;// CONCATENATED MODULE: ./actions/promote-rc/steps/gate.ts







const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];
/** The gate's description on every pull request into production that is not the release pull request. */
const NOT_A_RELEASE_PR = 'Not a release pull request: nothing to hold.';
/** Judges the release PR of the event: a commit status on its current head says what is still missing. */
async function releaseGate(env, policy, options) {
    const { github, context, logger } = env;
    const repo = context.repo;
    const trigger = context.trigger;
    if (!PR_EVENTS.includes(context.eventName) || trigger.kind !== 'pull_request') {
        throw new errors/* UserError */.yo('input', `stage: gate judges the release pull request of a pull_request or pull_request_review event (got "${context.eventName}"); run it from such a workflow.`);
    }
    // Read the pull request afresh: events can arrive out of order, and the description may have been edited since.
    const pr = await github.getPullRequest(repo, trigger.pull.number);
    const none = (reason) => {
        logger.info(reason);
        return { operation: 'none', reason, pr, tag: '', version: '', sha: pr.headSha, verdict: null };
    };
    const { production } = policy.branches;
    if (pr.baseRef !== production)
        return none(`#${pr.number} is into ${pr.baseRef}, not the production branch ${production}; the gate guards ${production} only.`);
    if (pr.state !== 'open')
        return none(`#${pr.number} is ${pr.merged ? 'merged' : 'closed'}; nothing to judge.`);
    // Only the release pull request promote-rc opened is judged: a copied marker makes no pull request a release.
    const ownership = await (0,release_pull_request/* suiteReleasePullRequest */.w)(pr, policy, { repo, identity: new identity/* SuiteIdentity */.HR(github, policy.trustedLogins), ignored: options.ignored });
    const marker = ownership?.marker;
    // The gate's status is a required check of production, and a required status that is never
    // reported blocks a pull request for ever: every other pull request into production (a hotfix,
    // a revert) gets it green, so only the release pull request is held by the checklist.
    const verdict = ownership
        ? await logger.group(`Judge release pull request #${pr.number}`, () => judgeReleasePullRequest(env, policy, pr, marker?.attrs, options.configRef))
        : { state: 'success', missing: [], description: NOT_A_RELEASE_PR };
    if (!ownership)
        logger.info(`#${pr.number} is not the release pull request managed by promote-rc: the gate reports "${NOT_A_RELEASE_PR}".`);
    const { outcome, previous } = await (0,statuses/* setCommitStatus */.M)(github, repo, pr.headSha, { state: verdict.state, context: options.gateContext, description: verdict.description, targetUrl: context.runUrl }, { plan: env.plan });
    const operation = outcome === 'unchanged' ? 'none' : previous ? 'updated' : 'created';
    return {
        operation,
        reason: !ownership
            ? `#${pr.number} is not the release pull request: gate green ("${NOT_A_RELEASE_PR}").`
            : verdict.state === 'success'
                ? `Release gate green for #${pr.number}.`
                : `Release gate red for #${pr.number}: ${verdict.missing.join(' ')}`,
        pr,
        tag: marker?.attrs.tag ?? '',
        version: marker?.attrs.version ?? '',
        sha: pr.headSha,
        verdict,
    };
}
/** The release gate's verdict on the release pull request: checklist, approvals of the current head, head on staging. */
async function judgeReleasePullRequest(env, policy, pr, marker, configRef) {
    const { github, context, logger } = env;
    const repo = context.repo;
    const reviews = await github.listReviews(repo, pr.number);
    const permissions = new Map();
    for (const user of approversToCheck(reviews, pr.headSha, pr.author))
        permissions.set(user.toLowerCase(), await github.getPermission(repo, user));
    const facts = approvals(reviews, pr.headSha, pr.author, permissions);
    // The pinned commit must be one that was on staging (tested there), whatever the marker says.
    const pinned = marker?.sha;
    let pinnedOnStaging;
    if (pinned && pinned === pr.headSha) {
        const found = /^[0-9a-f]{40}$/.test(pinned)
            ? await github.compare(repo, pinned, policy.branches.staging).catch((error) => {
                if (error instanceof shared_github/* GitHubError */.y_ && error.status === 404)
                    return null;
                throw error;
            })
            : null;
        pinnedOnStaging = found !== null && found.behindBy === 0;
    }
    // The checklist is judged against the template's items, so deleting an unticked box does not pass.
    const values = { tag: marker?.tag ?? '', version: marker?.version ?? '', rc: marker?.rc ?? '' };
    const template = await readChecklist(env, policy, configRef, values);
    const v = judgeGate({
        items: checklistItems(pr.body),
        template: checklistItems(template.text),
        approvals: facts,
        required: policy.promotion.requiredApprovals,
        headSha: pr.headSha,
        pinnedSha: pinned,
        pinnedOnStaging,
        staging: policy.branches.staging,
    });
    if (v.state === 'success')
        logger.info(v.description);
    else
        for (const m of v.missing)
            logger.warning(m, { title: 'Release gate' });
    return v;
}

;// CONCATENATED MODULE: ./actions/promote-rc/main.ts








const STAGES = ['rc', 'release', 'gate'];
const BUMPS = ['auto', 'patch', 'minor', 'major'];
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;
function parseInputs(reader) {
    const stage = reader.enumeration('stage', STAGES, 'rc');
    const bump = reader.enumeration('bump', BUMPS, 'auto');
    const version = reader.optional('version');
    if (version && stage !== 'rc')
        throw (0,errors/* inputError */.Xu)('version', `only applies to stage: rc (the release version is the release candidate's on staging).`);
    if (version && bump !== 'auto')
        throw (0,errors/* inputError */.Xu)('version', `give either "version" or "bump", not both.`);
    const reviewers = reader.list('reviewers');
    for (const r of reviewers)
        if (!LOGIN.test(r))
            throw (0,errors/* inputError */.Xu)('reviewers', `"${r}" is not a user login or an org/team slug.`);
    const labels = reader.list('labels');
    for (const l of labels)
        if (l.length > 50)
            throw (0,errors/* inputError */.Xu)('labels', `"${l.slice(0, 20)}…" is longer than GitHub's 50-character label limit.`);
    const gateContext = reader.string('gate-context', { default: 'portal-release/release-gate' });
    if (gateContext.length > 255)
        throw (0,errors/* inputError */.Xu)('gate-context', 'is longer than 255 characters.');
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        stage,
        bump,
        version,
        labels,
        reviewers,
        draft: reader.boolean('draft', false),
        gateContext,
        dryRun: reader.boolean('dry-run', false),
    };
}
async function run(inputs, env) {
    const loaded = await (0,config/* loadRunPolicy */.Ib)(env, inputs);
    const policy = loaded.policy;
    const options = {
        bump: inputs.bump,
        version: inputs.version ? (0,versions/* parseStableVersion */.pI)(inputs.version, policy.tagPrefix) : undefined,
        labels: inputs.labels,
        reviewers: inputs.reviewers,
        draft: inputs.draft,
        gateContext: inputs.gateContext,
        configRef: inputs.configRef,
        ignored: new shared_ownership/* IgnoredMarkers */.U5(),
    };
    // The gate judges an open pull request (its red status is the answer); the two promotions are alerted.
    const subject = inputs.stage === 'gate'
        ? null
        : inputs.stage === 'rc'
            ? { kind: 'promotion', key: 'rc', label: 'the release candidate promotion', priorFailurePossible: true }
            : { kind: 'promotion', key: 'release-pr', label: 'the release pull request promotion', priorFailurePossible: true };
    return (0,alerts/* withFailureAlert */.fn)(env, policy, subject, async () => ({ outcome: await promote(inputs, env, loaded, options), succeeded: true }));
}
async function promote(inputs, env, loaded, options) {
    const { github, logger } = env;
    const policy = loaded.policy;
    const result = inputs.stage === 'gate'
        ? await releaseGate(env, policy, options)
        : inputs.stage === 'release'
            ? await promoteRelease(env, policy, options)
            : await promoteRc(env, policy, options);
    logger.info(result.reason);
    for (const s of options.ignored.sentences())
        logger.warning(s, { title: 'Marker ignored' });
    const verdict = 'verdict' in result ? result.verdict : null;
    return {
        outputs: {
            operation: result.operation,
            'pr-number': result.pr?.number ?? '',
            'pr-url': result.pr?.htmlUrl ?? '',
            tag: result.tag,
            version: result.version,
            'previous-tag': 'previousTag' in result ? result.previousTag : '',
            sha: result.sha,
            'gate-state': verdict?.state ?? '',
            missing: verdict ? verdict.missing : [],
        },
        summary: summarize(inputs, loaded.source, result, github.requestCount, options.ignored),
    };
}
const promoteRcAction = {
    name: 'promote-rc',
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


/***/ })

};
