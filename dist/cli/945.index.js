export const id = 945;
export const ids = [945];
export const modules = {

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ isSha),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   e3: () => (/* binding */ BoundedHistory),
/* harmony export */   sz: () => (/* binding */ depthToMergeBase)
/* harmony export */ });
/* unused harmony exports sparsePattern, looksLikeOption */
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
/**
 * The sparse-checkout pattern (gitignore syntax, non-cone mode) that names exactly `path` from the top of the
 * tree: anchored with "/", and `\`, `*`, `?`, `[` and trailing spaces escaped so a file name is never read as a
 * wildcard or a negation. null for a path with a line break, which no pattern line can hold.
 */
function sparsePattern(path) {
    if (/[\n\r]/.test(path))
        return null;
    return `/${path.replace(/[\\*?[]/g, '\\$&').replace(/ +$/, (spaces) => '\\ '.repeat(spaces.length))}`;
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
    /** Whether limitWorktree turned sparse checkout on in this repository. */
    sparse = false;
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
    /**
     * Fetches the given refspecs. `filter` (e.g. `blob:none`) makes a partial clone-style fetch; `depth` cuts each
     * fetched tip's history that many commits deep, `deepen` extends a shallow history from its current boundary,
     * `unshallow` fetches the rest of it.
     */
    async fetch(remote, refspecs, options = {}) {
        const args = ['fetch', '--quiet', '--no-write-fetch-head', '--prune'];
        if (!options.tags)
            args.push('--no-tags');
        if (options.depth)
            args.push(`--depth=${options.depth}`);
        if (options.deepen)
            args.push(`--deepen=${options.deepen}`);
        if (options.unshallow)
            args.push('--unshallow');
        if (options.filter)
            args.push(`--filter=${options.filter}`);
        args.push('--end-of-options', remote, ...refspecs);
        await this.run(args);
    }
    /**
     * The boundary of a shallow history: commits present without their parents (`$GIT_DIR/shallow`); empty when the
     * history is whole. Git treats them as root commits, so near them "not an ancestor" may be false and a diff is
     * taken against the empty tree.
     */
    async shallowCommits() {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(this.cwd, (await this.run(['rev-parse', '--git-path', 'shallow'])).trim());
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return '';
            throw error;
        });
        return new Set(text.split('\n').filter(isSha));
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
    /**
     * The bytes of blobs, by SHA (one `git cat-file --batch`, binary-safe). In a blob-less clone a
     * blob that is not here yet comes from the promisor remote.
     */
    async readBlobs(shas) {
        const map = new Map();
        for (const sha of shas)
            if (!isSha(sha))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('state', `"${sha}" is not an object id.`);
        if (shas.length === 0)
            return map;
        this.logger.debug(`git cat-file --batch (${shas.length} blob(s))`);
        const out = await new Promise((resolveOut, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => error ? reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('state', `git cat-file failed: ${scrub(String(stderr), this.token).trim()}`)) : resolveOut(stdout));
            child.stdin?.end(`${shas.join('\n')}\n`);
        });
        // Each answer: "<sha> <type> <size>\n<bytes>\n", or "<sha> missing\n".
        let at = 0;
        while (at < out.length) {
            const eol = out.indexOf(10, at);
            const [sha, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
            if (type !== 'blob')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('state', `${sha} is not a blob here (${type}).`);
            const length = Number(size);
            map.set(sha, Buffer.from(out.subarray(eol + 1, eol + 1 + length)));
            at = eol + 1 + length + 1;
        }
        return map;
    }
    /** Paths a set of commits change (each against its first parent), in one git call. */
    async changedPaths(commits) {
        const paths = new Set();
        if (!commits.length)
            return paths;
        const out = await this.run(['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', '--root', '-m', '--first-parent', '--stdin'], {
            input: `${commits.join('\n')}\n`,
        });
        for (const p of out.split('\0'))
            if (p && !isSha(p.trim()))
                paths.add(p);
        return paths;
    }
    /**
     * Limits what later checkouts write to the working tree to `paths`, or to everything again with `null`: a
     * sparse checkout whose patterns each name one path exactly (sparsePattern). Files outside it stay in the
     * index, marked skip-worktree, so git treats them as unchanged; a merge that conflicts on one writes it out.
     * Returns whether the limit applies: a path no pattern can name (a line break in it) writes everything.
     */
    async limitWorktree(paths) {
        const patterns = paths === null ? null : [...paths].map(sparsePattern);
        const limited = patterns !== null && patterns.length > 0 && patterns.every((p) => p !== null);
        // Once limited, the whole tree comes back through the pattern "/*": turning sparse checkout off would leave
        // the skip-worktree marks of the files outside the limit in the index, and the next checkout would not write them.
        if (!limited && !this.sparse)
            return false;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(this.cwd, (await this.run(['rev-parse', '--git-path', 'info/sparse-checkout'])).trim());
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, `${limited ? patterns.join('\n') : '/*'}\n`);
        if (!this.sparse) {
            await this.run(['config', 'core.sparseCheckoutCone', 'false']);
            await this.run(['config', 'core.sparseCheckout', 'true']);
            this.sparse = true;
        }
        return limited;
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
/**
 * A blob-less fetch (`--filter=blob:none`) of only as much history as the proofs read: each fetched tip `depth`
 * commits deep, deepened when a proof walks into the boundary, and the whole history as the last resort, so that a
 * verdict never differs from the one the whole history gives.
 *
 * Git's shallow semantics (gitshallow, git-fetch `--depth`/`--deepen`/`--unshallow`, protocol v2 `deepen`): the
 * commits at the boundary are kept without their parents and git treats them as roots. In the cut history every
 * "reachable" answer is still true, but "not reachable" (ancestry, `merge-base`, `a..b`) may be false, a boundary
 * commit's diff is taken against the empty tree (a wrong patch-id, a wrong cherry-pick) and `merge-base` may find
 * nothing. Hence the rule of `covers`: a walk (`rev-list` of positive and `^negative` revisions) that visits no
 * boundary commit is the walk the whole history gives — each commit it visits has all its parents, so no commit the
 * whole-history walk reaches is missing and no ancestry in it is cut. Callers name every walk their proof makes,
 * with the commits whose diffs they read among its commits.
 * `--depth` counts from every tip separately (shortest path), including commits fetched by id, and combines with
 * `--filter` (protocol v2): blobs stay on the server and come later in one batch (`Git.prefetchDiffBlobs`) or lazily
 * from the promisor remote, which also works in a shallow repository.
 */
class BoundedHistory {
    git;
    remote;
    refspecs;
    depth;
    deepenings = 0;
    /** Fetches made after the first, for the log and the tests. */
    extraFetches = 0;
    /** Deepenings (each doubling the depth) before the whole history is fetched. */
    static MAX_DEEPENINGS = 2;
    constructor(git, remote, refspecs, depth) {
        this.git = git;
        this.remote = remote;
        this.refspecs = refspecs;
        this.depth = depth;
    }
    /** The first fetch: `depth` deep, or the whole history when no depth is known. */
    async fetch() {
        await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', depth: this.depth });
    }
    /**
     * True when none of `walks` reaches the shallow boundary (always, once the history is whole). Otherwise fetches
     * deeper and returns false: the caller recomputes what its walks depend on (a merge base moves) and asks again.
     */
    async covers(walks) {
        const boundary = await this.git.shallowCommits();
        if (boundary.size === 0)
            return true;
        const reached = await this.firstBoundaryReached(walks.filter((w) => w.length), boundary);
        if (!reached)
            return true;
        this.extraFetches += 1;
        if (this.depth && this.deepenings < BoundedHistory.MAX_DEEPENINGS) {
            this.deepenings += 1;
            const more = this.depth;
            this.depth *= 2;
            await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', deepen: more });
        }
        else {
            await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
        }
        return false;
    }
    /**
     * The first boundary commit one of `walks` visits (`rev-list <positive>… ^<negative>…`), computed over the fetched
     * graph in one `rev-list --parents` (a process per walk costs more than the walks: a proof may make dozens).
     */
    async firstBoundaryReached(walks, boundary) {
        if (!walks.length)
            return undefined;
        const tips = [...new Set(walks.flat().map((rev) => rev.replace(/^\^/, '')))];
        // Tips are commit ids and this suite's own refs; git 2.39's rev-parse has no --end-of-options (it echoes it).
        if (tips.some(looksLikeOption))
            throw new Error(`not a revision: ${tips.find(looksLikeOption)}`);
        const resolved = (await this.git.run(['rev-parse', ...tips])).split('\n').filter(Boolean);
        if (resolved.length !== tips.length)
            throw new Error(`rev-parse resolved ${resolved.length} of ${tips.length} revisions`);
        const sha = new Map(tips.map((t, i) => [t, resolved[i]]));
        const parents = new Map();
        const out = await this.git.run(['rev-list', '--parents', '--stdin'], { input: `${[...new Set(resolved)].join('\n')}\n` });
        for (const line of out.split('\n')) {
            const [commit, ...rest] = line.split(' ');
            if (commit)
                parents.set(commit, rest);
        }
        const reach = new Map();
        const reachable = (from) => {
            let seen = reach.get(from);
            if (seen)
                return seen;
            seen = new Set();
            const stack = [from];
            while (stack.length) {
                const c = stack.pop();
                if (seen.has(c))
                    continue;
                seen.add(c);
                // A boundary commit is listed without its parents: git grafts them away.
                for (const p of parents.get(c) ?? [])
                    if (!seen.has(p))
                        stack.push(p);
            }
            reach.set(from, seen);
            return seen;
        };
        for (const walk of walks) {
            const excluded = walk.filter((r) => r.startsWith('^')).map((r) => reachable(sha.get(r.slice(1))));
            for (const positive of walk.filter((r) => !r.startsWith('^'))) {
                for (const c of reachable(sha.get(positive)))
                    if (boundary.has(c) && !excluded.some((x) => x.has(c)))
                        return c;
            }
        }
        return undefined;
    }
    /** Makes the history whole (a proof that cannot name its walks beforehand). */
    async unshallow() {
        if ((await this.git.shallowCommits()).size === 0)
            return;
        this.extraFetches += 1;
        await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
    }
}
/**
 * The depth that reaches the merge base of two tips from both: the longest side of the divergence (GitHub's
 * compare `ahead_by`/`behind_by`) plus the base itself, and at least `minimum` so that small divergences with merges
 * rarely need a deepening. Only a hint: `BoundedHistory.covers` proves what was fetched is enough.
 */
function depthToMergeBase(aheadBy, behindBy, minimum = 64) {
    return Math.max(minimum, aheadBy + 1, behindBy + 1);
}


/***/ }),

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
/* unused harmony exports trailerFor, referencesPull */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7366);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9985);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2763);



const TARGET_REF = 'refs/portal-release/target';
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
                const files = await git.changedPaths(p.commits);
                for (const b of refs) {
                    const wording = referencesPull(b, p.change.number, p.change.url, o.referencePatterns);
                    if (!wording)
                        continue;
                    if (!refFiles.has(b.number))
                        refFiles.set(b.number, await git.changedPaths([b.mergeCommit]));
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
    const paths = await git.changedPaths(rest);
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
