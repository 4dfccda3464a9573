export const id = 945;
export const ids = [945];
export const modules = {

/***/ 6945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ placeCommits),
/* harmony export */   GO: () => (/* binding */ CHERRY_PICK_TRAILER),
/* harmony export */   fI: () => (/* binding */ fetchForPresence),
/* harmony export */   jF: () => (/* binding */ pickCommand),
/* harmony export */   kT: () => (/* binding */ depthForPresence),
/* harmony export */   uQ: () => (/* binding */ decidePresence)
/* harmony export */ });
/* unused harmony exports targetRef, trailerFor, referencesPull */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7366);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9985);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2763);



const TARGET_REF = 'refs/portal-release/target';
/** The local ref the target branch is fetched into. */
function targetRef() {
    return TARGET_REF;
}
/**
 * How deep to fetch so that `head` and every branch of `targets` reach their merge base: GitHub's compare counts
 * (one request per target branch). Undefined — fetch the whole history — when
 * GitHub cannot say (the compare fails): the depth is only a hint, never part of a proof.
 */
async function depthForPresence(github, repo, targets, head, logger) {
    let depth = 0;
    for (const target of [...new Set(targets)]) {
        try {
            const c = await github.compare(repo, target, head);
            depth = Math.max(depth, (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .depthToMergeBase */ .sz)(c.aheadBy, c.behindBy));
        }
        catch (error) {
            logger.debug(`no divergence counts for ${target}...${head.slice(0, 12)} (${error.message}): fetching the whole history`);
            return undefined;
        }
    }
    return depth || undefined;
}
/**
 * One fetch: the target branch plus every merge commit by id, without blobs (`--filter=blob:none`;
 * patch-ids fetch the few blobs they need later), `plan.depth` deep (`decidePresence` deepens it when a
 * proof needs more). Servers that refuse fetching by id get a second try with the pull requests' base
 * branches. Branch names must already be validated.
 */
async function fetchForPresence(git, plan, logger) {
    const target = `+refs/heads/${plan.targetBranch}:${TARGET_REF}`;
    const shas = [...new Set(plan.mergeCommits.filter(_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH))];
    const branchMissing = (text) => /couldn't find remote ref/i.test(text);
    const byId = new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedHistory */ .e3(git, 'origin', [target, ...shas], plan.depth);
    try {
        await byId.fetch();
        return byId;
    }
    catch (error) {
        const text = error.message;
        if (branchMissing(text) && !shas.length)
            throw error;
        logger.debug(`fetch by commit id failed (${text}); fetching base branches instead`);
    }
    const bases = [...new Set(plan.baseBranches)].filter((b) => b !== plan.targetBranch);
    const byBranch = new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedHistory */ .e3(git, 'origin', [target, ...bases.map((b) => `+refs/heads/${b}:refs/portal-release/base/${b}`)], plan.depth);
    await byBranch.fetch();
    return byBranch;
}
async function commitMeta(git, shas) {
    const map = new Map();
    if (!shas.length)
        return map;
    const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%P%x00%s', '--stdin'], { input: `${shas.join('\n')}\n` });
    for (const line of out.split('\n')) {
        const [sha, parents, subject] = line.split('\x00');
        if (sha && (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH)(sha))
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
/** `git cherry-pick -x` trailers, full or abbreviated SHAs (people shorten them when they pick by hand). */
const CHERRY_PICK_TRAILER = /\(cherry picked from commit ([0-9a-f]{7,64})\)/g;
const TRAILER = CHERRY_PICK_TRAILER;
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
/** The commit whose trailer names `sha` (exactly, or by an abbreviation of at least 7 digits). */
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
/**
 * Does a pull request say it carries #number? Returns the wording found, or null. The default
 * wordings of common backport tools:
 * - korthout/backport-action: body "Backport of #N to `branch`" (also "backported from #N");
 * - sorenlouv/backport: title "[branch] subject (#N)", body "- [subject (#N)](url)";
 * - Mergify: title "subject (backport #N)", body "This is an automatic backport of pull request #N";
 * - hand-made: "cherry-pick of #N", a link to the pull request, the suite's backport marker;
 * plus the policy's `backport.reference-patterns` (`{number}` stands for N). A revert is no carrier.
 * Text is a claim only: the caller corroborates it by content.
 */
function referencesPull(pull, number, pullUrl, extra = []) {
    if (/^\s*revert\b/i.test(pull.title))
        return null;
    const text = `${pull.title}\n${pull.body}`;
    const n = String(number);
    const ref = `(?:[\\w.-]+/[\\w.-]+)?#${n}(?!\\d)`;
    const patterns = [
        ['Backport of #N', new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
        ['(backport #N)', new RegExp(`\\(backport\\s+${ref}\\)`, 'i')],
        ['automatic backport of pull request #N', new RegExp(`\\bautomat(?:ic|ed)\\s+backport\\s+of\\s+(?:pull\\s+request\\s+)?${ref}`, 'i')],
        ['cherry-pick of #N', new RegExp(`\\bcherry[- ]?pick(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
        ['(#N)', new RegExp(`\\(${ref}\\)`)],
    ];
    if (pullUrl)
        patterns.push(['a link to the pull request', new RegExp(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(pullUrl)}(?![\\d/])`, 'i')]);
    for (const pattern of extra)
        patterns.push([pattern, new RegExp(pattern.replaceAll('{number}', n), 'iu')]);
    for (const [name, re] of patterns)
        if (re.test(text))
            return name;
    for (const m of (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarkers */ .FT)(text)) {
        if (!m.kind.includes('backport'))
            continue;
        for (const key of ['source', 'pr', 'pull', 'of', 'original', 'number'])
            if (m.attrs[key] === n)
                return `a ${m.kind} marker`;
    }
    return null;
}
/** Paths a set of commits change (each against its first parent), batched in one git call. */
async function changedPaths(git, commits) {
    const paths = new Set();
    if (!commits.length)
        return paths;
    const out = await git.run(['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', '--root', '-m', '--first-parent', '--stdin'], {
        input: `${commits.join('\n')}\n`,
    });
    for (const p of out.split('\0'))
        if (p && !(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH)(p.trim()))
            paths.add(p);
    return paths;
}
/**
 * Deepens a bounded fetch until every walk the git proofs make is whole: the target's side against each merge
 * commit not on it (ancestry, `-x` trailers, patch-ids; per merge commit, as each excludes a different history),
 * the merge commits' side against the target (their commits and the parents their diffs read) and what a merge
 * commit brought (second parent against first).
 */
async function coverPresenceWalks(git, history, changes) {
    for (;;) {
        if ((await git.shallowCommits()).size === 0)
            return;
        const fetched = [...(await present(git, [...new Set(changes.map((c) => c.mergeCommit).filter(_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH))]))];
        const onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
        const off = fetched.filter((m) => !onTarget.has(m));
        const walks = [off.length ? [...off, `^${TARGET_REF}`] : []];
        for (const m of (await commitMeta(git, off)).values())
            if (m.parents.length >= 2)
                walks.push([m.parents[1], `^${m.parents[0]}`]);
        for (const m of off)
            walks.push([TARGET_REF, `^${m}`]);
        if (await history.covers(walks))
            return;
    }
}
/** Decides, for every merged pull request, whether its change is on the fetched target branch. */
async function decidePresence(o) {
    const { git, logger } = o;
    if (o.history)
        await coverPresenceWalks(git, o.history, o.changes);
    let onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
    const verdicts = new Map();
    const pending = [];
    const fetched = await present(git, [...new Set(o.changes.map((c) => c.mergeCommit).filter(_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH))]);
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
    // A rebase merge's chain may end in the commits the target has (its first-parent walk is not among the
    // covered walks): a commit whose diff is read must have its parents, else the whole history decides.
    if (o.history) {
        const boundary = await git.shallowCommits();
        if (pending.some((p) => p.commits.some((c) => boundary.has(c)))) {
            await o.history.unshallow();
            return decidePresence(o);
        }
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
                let method = 'patch-id';
                if (!proof && p.combinedBase) {
                    const whole = await patchIdsOfDiff(git, await git.run(['diff', '--no-color', '--no-ext-diff', p.combinedBase, p.change.mergeCommit, '--']));
                    proof = whole ? byPatch.get(whole) : undefined;
                    method = 'patch-id-whole';
                }
                if (proof) {
                    verdicts.set(p.change.number, {
                        number: p.change.number,
                        present: true,
                        method,
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
    // 4. What the API knows: suite promotions squash-merged into the branch, and merged pull
    // requests that say they carry the change, corroborated by what they change.
    if (open.length) {
        const merged = await o.mergedInto(open.map((p) => p.change));
        if (o.history) {
            // The API names merge commits of the target's history that a bounded fetch may have left out (or kept
            // without parents, and so without their diff): then the whole history decides.
            const boundary = await git.shallowCommits();
            const named = [...merged.promotions.map((x) => x.mergeCommit), ...merged.references.flatMap((b) => (b.mergeCommit ? [b.mergeCommit] : []))];
            if (boundary.size && named.some((sha) => (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH)(sha) && (!onTarget.has(sha) || boundary.has(sha)))) {
                await o.history.unshallow();
                onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
            }
        }
        const promotions = merged.promotions.filter((x) => onTarget.has(x.mergeCommit) && (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha */ .HH)(x.source));
        const unseen = [...new Set(promotions.map((x) => x.source))];
        const have = await present(git, unseen);
        const toFetch = unseen.filter((sha) => !have.has(sha));
        if (toFetch.length) {
            // The pinned sources may be unreachable from the fetched refs (a squash leaves them off the branch).
            await git.fetch('origin', toFetch, { filter: 'blob:none' }).catch((error) => logger.debug(`promotion sources not fetched: ${error.message}`));
        }
        const sources = await present(git, unseen);
        const refs = merged.references.filter((b) => b.mergeCommit && onTarget.has(b.mergeCommit));
        const refFiles = new Map();
        for (const p of open) {
            let verdict;
            for (const promo of promotions) {
                if (sources.has(promo.source) && (await isAncestorWhole(git, o.history, p.change.mergeCommit, promo.source))) {
                    verdict = {
                        number: p.change.number,
                        present: true,
                        method: 'squash-promotion',
                        evidence: `promoted by #${promo.number}, squash-merged from ${promo.source.slice(0, 12)}`,
                        commits: p.commits,
                    };
                    break;
                }
            }
            let claimed = '';
            if (!verdict) {
                const files = await changedPaths(git, p.commits);
                for (const b of refs) {
                    const wording = referencesPull(b, p.change.number, p.change.url, o.referencePatterns);
                    if (!wording)
                        continue;
                    if (!refFiles.has(b.number))
                        refFiles.set(b.number, await changedPaths(git, [b.mergeCommit]));
                    const theirs = refFiles.get(b.number);
                    const untouched = [...files].filter((f) => !theirs.has(f));
                    if (files.size && !untouched.length) {
                        verdict = {
                            number: p.change.number,
                            present: true,
                            method: 'backport-reference',
                            evidence: `backported by #${b.number} ("${wording}", touches its ${files.size} file(s))`,
                            commits: p.commits,
                        };
                        break;
                    }
                    claimed ||= `; #${b.number} says it carries it ("${wording}") but does not touch ${untouched.slice(0, 3).join(', ')}${untouched.length > 3 ? '…' : ''}`;
                }
            }
            verdicts.set(p.change.number, verdict ?? {
                number: p.change.number,
                present: false,
                evidence: `not an ancestor, no cherry-pick trailer, no equal patch, no squash-merged promotion, no merged backport${claimed}`,
                commits: p.commits,
            });
        }
    }
    return o.changes.map((c) => verdicts.get(c.number));
}
/** `git merge-base --is-ancestor` whose "no" holds in the whole history: a shallow walk that reaches the boundary is deepened. */
async function isAncestorWhole(git, history, ancestor, descendant) {
    for (;;) {
        if (await git.isAncestor(ancestor, descendant))
            return true;
        if (!history || (await history.covers([[descendant, `^${ancestor}`]])))
            return false;
    }
}
/**
 * Commit by commit (backport-cherry-pick's skip, the drift audit): which of `picks` `targetRef`
 * already has — in its history, picked with `-x` (full or abbreviated SHA), or an equal patch among
 * the branch's commits that touch the same paths. `related` are equivalent originals (the commits a
 * squash was made of): when every one of them was picked already, the picks count as present too.
 */
async function placeCommits(git, targetRef, picks, related = [], options = {}) {
    const found = new Map();
    let base;
    let rest;
    for (;;) {
        found.clear();
        if (!options.outsideTarget)
            for (const p of picks)
                if (await git.isAncestor(p, targetRef))
                    found.set(p, { proof: 'ancestry' });
        rest = picks.filter((p) => !found.has(p));
        if (rest.length === 0)
            return found;
        const mb = await git.exec(['merge-base', '--end-of-options', targetRef, rest[rest.length - 1]]);
        base = mb.code === 0 ? mb.stdout.trim() || null : null;
        // Whole walks from the target and from the picks down to their merge base: ancestry, the range read for
        // trailers and patch-ids, and the picks' parents are then those of the whole history (see BoundedHistory).
        const not = base ? [`^${base}`] : [];
        if (!options.history ||
            (await options.history.covers([
                [targetRef, ...not],
                [...rest, ...not],
            ])))
            break;
    }
    const range = base ? [`${base}..${targetRef}`] : [targetRef];
    const named = new Map();
    for (const [sha, message] of await git.messages(range)) {
        for (const m of message.matchAll(CHERRY_PICK_TRAILER))
            named.set(m[1], sha);
    }
    for (const p of rest) {
        const on = trailerFor(named, p);
        if (on)
            found.set(p, { proof: 'cherry-pick-trailer', on });
    }
    const relatedOn = related.map((r) => trailerFor(named, r));
    if (related.length > 0 && relatedOn.every(Boolean))
        for (const p of rest)
            if (!found.has(p))
                found.set(p, { proof: 'cherry-pick-trailer', on: relatedOn[0] });
    rest = rest.filter((p) => !found.has(p));
    if (rest.length === 0)
        return found;
    const paths = await changedPaths(git, rest);
    if (paths.size === 0)
        return found;
    const candidates = (await git.run(['--literal-pathspecs', 'rev-list', '--no-merges', '--end-of-options', ...range, '--', ...paths]))
        .split('\n')
        .filter(Boolean);
    if (candidates.length === 0)
        return found;
    // The blobs every patch-id diff reads, in one request (else git fetches them diff by diff).
    await git.prefetchDiffBlobs(options.remote ?? 'origin', [...rest, ...candidates], targetRef);
    const ids = await git.patchIds([...rest, ...candidates]);
    const onTarget = new Map();
    for (const c of candidates)
        if (ids.has(c))
            onTarget.set(ids.get(c), c);
    for (const p of rest) {
        const id = ids.get(p);
        const on = id ? onTarget.get(id) : undefined;
        if (on && on !== p)
            found.set(p, { proof: 'patch-id', on });
    }
    return found;
}
/** The exact command that brings a missing change onto the target branch. */
function pickCommand(commits) {
    return `git cherry-pick -x ${commits.join(' ')}`;
}


/***/ })

};
