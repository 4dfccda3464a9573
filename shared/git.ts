import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UserError } from './errors.ts';
import type { Logger } from './logger.ts';
import type { RepoRef } from './context.ts';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface GitOptions {
  cwd: string;
  logger: Logger;
  /** Server the token is for, e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** Sent as an HTTP header through git's environment configuration: never in argv, URL or log. */
  token?: string;
  /** Committer identity for picks and merges. */
  identity?: { name: string; email: string };
  /** Extra environment (tests). */
  env?: NodeJS.ProcessEnv;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function isSha(value: string): boolean {
  return SHA.test(value);
}

function scrub(text: string, secret: string | undefined): string {
  if (!secret) return text;
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
export function sparsePattern(path: string): string | null {
  if (/[\n\r]/.test(path)) return null;
  return `/${path.replace(/[\\*?[]/g, '\\$&').replace(/ +$/, (spaces) => '\\ '.repeat(spaces.length))}`;
}

/** A cheap syntactic pre-check; `Git.checkRefFormat` asks git itself. */
export function looksLikeOption(value: string): boolean {
  return value.startsWith('-');
}

/**
 * Real git, always with argument arrays (never a shell). Refs supplied from outside are checked
 * with `git check-ref-format` and placed after `--end-of-options` or `--` so they can never be
 * read as options. The token travels only in environment variables as an HTTP header.
 */
export class Git {
  readonly cwd: string;
  private readonly logger: Logger;
  private readonly env: NodeJS.ProcessEnv;
  private readonly token: string | undefined;
  /** Whether limitWorktree turned sparse checkout on in this repository. */
  private sparse = false;

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    this.logger = options.logger;
    this.token = options.token;
    const env: NodeJS.ProcessEnv = {
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
    const config: [string, string][] = [
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
  exec(args: string[], options: { input?: string; cwd?: string } = {}): Promise<GitResult> {
    this.logger.debug(`git ${args.join(' ')}`);
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: options.cwd ?? this.cwd, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          const code = error ? (error as NodeJS.ErrnoException).code : undefined;
          if (code === 'ENOENT' || code === 'EACCES') {
            // A setup problem of the machine, not a bug: the person running it can fix it.
            reject(
              new UserError(
                'setup',
                `git could not be started (${code}: ${code === 'ENOENT' ? 'not found on PATH' : 'not executable'}): install git on the runner and make it available on PATH (GitHub-hosted runners have it; a container job needs it in its image), then re-run.`,
              ),
            );
            return;
          }
          if (typeof code === 'string') {
            reject(new Error(`Could not run git: ${(error as Error).message}.`));
            return;
          }
          const exit = error ? ((error as { code?: number }).code ?? 1) : 0;
          resolve({ stdout, stderr: scrub(stderr, this.token), code: typeof exit === 'number' ? exit : 1 });
        },
      );
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }

  /** Runs git and throws an explained error when it fails. */
  async run(args: string[], options: { input?: string; cwd?: string } = {}): Promise<string> {
    const result = await this.exec(args, options);
    if (result.code !== 0) {
      throw new UserError('state', `git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    }
    return result.stdout;
  }

  /** Refuses names git would not accept as a branch or tag, and anything that looks like an option. */
  async checkRefFormat(name: string, what = 'ref'): Promise<void> {
    const bad = (): UserError => new UserError('input', `"${name}" is not a valid ${what} name (see git check-ref-format).`);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    if (!name || looksLikeOption(name) || /[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) throw bad();
    const result = await this.exec(['check-ref-format', `refs/heads/${name}`]);
    if (result.code !== 0) throw bad();
  }

  async init(): Promise<void> {
    await this.run(['init', '--quiet', '--initial-branch=portal-release-work']);
  }

  remoteUrl(serverUrl: string, r: RepoRef): string {
    return `${serverUrl.replace(/\/+$/, '')}/${r.owner}/${r.repo}.git`;
  }

  async addRemote(name: string, url: string): Promise<void> {
    await this.run(['remote', 'add', '--', name, url]);
  }

  /**
   * Fetches the given refspecs. `filter` (e.g. `blob:none`) makes a partial clone-style fetch; `depth` cuts each
   * fetched tip's history that many commits deep, `deepen` extends a shallow history from its current boundary,
   * `unshallow` fetches the rest of it.
   */
  async fetch(
    remote: string,
    refspecs: string[],
    options: { depth?: number; deepen?: number; unshallow?: boolean; filter?: string; tags?: boolean } = {},
  ): Promise<void> {
    const args = ['fetch', '--quiet', '--no-write-fetch-head', '--prune'];
    if (!options.tags) args.push('--no-tags');
    if (options.depth) args.push(`--depth=${options.depth}`);
    if (options.deepen) args.push(`--deepen=${options.deepen}`);
    if (options.unshallow) args.push('--unshallow');
    if (options.filter) args.push(`--filter=${options.filter}`);
    args.push('--end-of-options', remote, ...refspecs);
    await this.run(args);
  }

  /**
   * The boundary of a shallow history: commits present without their parents (`$GIT_DIR/shallow`); empty when the
   * history is whole. Git treats them as root commits, so near them "not an ancestor" may be false and a diff is
   * taken against the empty tree.
   */
  async shallowCommits(): Promise<Set<string>> {
    const file = resolve(this.cwd, (await this.run(['rev-parse', '--git-path', 'shallow'])).trim());
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return new Set(text.split('\n').filter(isSha));
  }

  async revParse(rev: string): Promise<string | null> {
    const result = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : null;
  }

  /** True when `ancestor` is reachable from `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.exec(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
    if (result.code > 1) throw new UserError('state', `git merge-base failed: ${result.stderr.trim()}`);
    return result.code === 0;
  }

  /** Commit SHAs of `range` (e.g. `a..b`), oldest first. */
  async revList(range: string[], options: { noMerges?: boolean; firstParent?: boolean } = {}): Promise<string[]> {
    const args = ['rev-list', '--reverse'];
    if (options.noMerges) args.push('--no-merges');
    if (options.firstParent) args.push('--first-parent');
    args.push('--end-of-options', ...range, '--');
    const out = await this.run(args);
    return out.split('\n').filter(Boolean);
  }

  /** Full commit messages keyed by SHA for `range`. */
  async messages(range: string[]): Promise<Map<string, string>> {
    const out = await this.run(['log', '--format=%H%x00%B%x1e', '--end-of-options', ...range, '--']);
    const map = new Map<string, string>();
    for (const record of out.split('\x1e')) {
      const text = record.replace(/^\n/, '');
      const i = text.indexOf('\x00');
      if (i === 40 || i === 64) map.set(text.slice(0, i), text.slice(i + 1).trim());
    }
    return map;
  }

  /**
   * Stable patch-ids (`git patch-id --stable`) of exactly the given commits (each diffed against
   * its first parent; `noMerges` leaves merges out), keyed by commit. The commits go through
   * stdin, so thousands of them fit; `--no-walk` keeps git from walking (and, in a blob-less
   * clone, fetching blob by blob) the history below them.
   */
  async patchIds(shas: string[], options: { noMerges?: boolean } = {}): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    if (shas.length === 0) return map;
    const bad = shas.find((s) => !/^[0-9a-f]{7,64}$/.test(s));
    if (bad !== undefined) throw new Error(`patchIds takes commit SHAs, got "${bad.slice(0, 80)}"`);
    const args = ['log', '-p', '--no-color', '--format=commit %H', '--no-walk=unsorted'];
    if (options.noMerges) args.push('--no-merges');
    const diff = await this.run([...args, '--stdin'], { input: `${shas.join('\n')}\n` });
    const out = await this.run(['patch-id', '--stable'], { input: diff });
    for (const line of out.split('\n')) {
      const [patch, commit] = line.trim().split(/\s+/);
      if (patch && commit) map.set(commit, patch);
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
  async prefetchDiffBlobs(remote: string, lines: string[], probe: string): Promise<number> {
    if (!lines.length) return 0;
    const tip = await this.run(['rev-list', '--objects', '--missing=print', '--no-walk', '--end-of-options', probe]);
    if (!/^\?/m.test(tip)) return 0;
    const out = await this.run(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '--stdin'], { input: `${lines.join('\n')}\n` });
    const blobs = new Set<string>();
    for (const line of out.split('\n')) {
      // Gitlinks (mode 160000) name commits of another repository: never fetched.
      const m = /^:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) /.exec(line);
      if (!m) continue;
      if (m[1] !== '160000' && !/^0+$/.test(m[3]!)) blobs.add(m[3]!);
      if (m[2] !== '160000' && !/^0+$/.test(m[4]!)) blobs.add(m[4]!);
    }
    if (!blobs.size) return 0;
    this.logger.debug(`prefetching ${blobs.size} blobs in one request`);
    // The same request git's own lazy fetch of a promisor remote makes, for all the blobs at once.
    await this.run(
      [
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
      ],
      { input: `${[...blobs].join('\n')}\n` },
    );
    return blobs.size;
  }

  /**
   * The bytes of blobs, by SHA (one `git cat-file --batch`, binary-safe). In a blob-less clone a
   * blob that is not here yet comes from the promisor remote.
   */
  async readBlobs(shas: string[]): Promise<Map<string, Buffer>> {
    const map = new Map<string, Buffer>();
    for (const sha of shas) if (!isSha(sha)) throw new UserError('state', `"${sha}" is not an object id.`);
    if (shas.length === 0) return map;
    this.logger.debug(`git cat-file --batch (${shas.length} blob(s))`);
    const out = await new Promise<Buffer>((resolveOut, reject) => {
      const child = execFile(
        'git',
        ['cat-file', '--batch'],
        { cwd: this.cwd, env: this.env, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' },
        (error, stdout, stderr) =>
          error ? reject(new UserError('state', `git cat-file failed: ${scrub(String(stderr), this.token).trim()}`)) : resolveOut(stdout),
      );
      child.stdin?.end(`${shas.join('\n')}\n`);
    });
    // Each answer: "<sha> <type> <size>\n<bytes>\n", or "<sha> missing\n".
    let at = 0;
    while (at < out.length) {
      const eol = out.indexOf(10, at);
      const [sha, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
      if (type !== 'blob') throw new UserError('state', `${sha} is not a blob here (${type}).`);
      const length = Number(size);
      map.set(sha!, Buffer.from(out.subarray(eol + 1, eol + 1 + length)));
      at = eol + 1 + length + 1;
    }
    return map;
  }

  /** Paths a set of commits change (each against its first parent), in one git call. */
  async changedPaths(commits: string[]): Promise<Set<string>> {
    const paths = new Set<string>();
    if (!commits.length) return paths;
    const out = await this.run(['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', '--root', '-m', '--first-parent', '--stdin'], {
      input: `${commits.join('\n')}\n`,
    });
    for (const p of out.split('\0')) if (p && !isSha(p.trim())) paths.add(p);
    return paths;
  }

  /**
   * Limits what later checkouts write to the working tree to `paths`, or to everything again with `null`: a
   * sparse checkout whose patterns each name one path exactly (sparsePattern). Files outside it stay in the
   * index, marked skip-worktree, so git treats them as unchanged; a merge that conflicts on one writes it out.
   * Returns whether the limit applies: a path no pattern can name (a line break in it) writes everything.
   */
  async limitWorktree(paths: Iterable<string> | null): Promise<boolean> {
    const patterns = paths === null ? null : [...paths].map(sparsePattern);
    const limited = patterns !== null && patterns.length > 0 && patterns.every((p) => p !== null);
    // Once limited, the whole tree comes back through the pattern "/*": turning sparse checkout off would leave
    // the skip-worktree marks of the files outside the limit in the index, and the next checkout would not write them.
    if (!limited && !this.sparse) return false;
    const file = resolve(this.cwd, (await this.run(['rev-parse', '--git-path', 'info/sparse-checkout'])).trim());
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${limited ? patterns.join('\n') : '/*'}\n`);
    if (!this.sparse) {
      await this.run(['config', 'core.sparseCheckoutCone', 'false']);
      await this.run(['config', 'core.sparseCheckout', 'true']);
      this.sparse = true;
    }
    return limited;
  }

  async checkoutNew(branch: string, startPoint: string): Promise<void> {
    for (const value of [branch, startPoint]) {
      if (looksLikeOption(value)) throw new UserError('input', `"${value}" is not a valid ref.`);
    }
    // `--` after the start point makes git read it as a revision, never as a path or an option.
    await this.run(['checkout', '--quiet', '--force', '-B', branch, startPoint, '--']);
  }

  /**
   * `git cherry-pick -x`, one commit at a time. Returns 'picked' when at least one commit changed
   * the tree, 'empty' when every commit was already there (not a conflict), or 'conflict'
   * (leaving the conflicted state in place for the caller to commit as a draft or abort).
   */
  async cherryPick(
    shas: string[],
    options: { mainline?: number } = {},
  ): Promise<{ outcome: 'picked' | 'empty' | 'conflict'; picked: string[]; conflictAt?: string; conflictedFiles: string[]; stderr: string }> {
    const picked: string[] = [];
    for (const sha of shas) {
      const args = ['cherry-pick', '-x', '--allow-empty-message'];
      if (options.mainline) args.push('-m', String(options.mainline));
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

  async abortCherryPick(): Promise<void> {
    await this.exec(['cherry-pick', '--abort']);
  }

  async push(remote: string, refspecs: string[], options: { force?: boolean; atomic?: boolean } = {}): Promise<void> {
    const args = ['push', '--quiet', '--no-verify'];
    if (options.force) args.push('--force');
    if (options.atomic) args.push('--atomic');
    args.push('--end-of-options', remote, ...refspecs);
    await this.run(args);
  }

  /** A scratch repository in a fresh temporary directory, removed by `dispose()`. */
  static async scratch(options: Omit<GitOptions, 'cwd'> & { parent?: string }): Promise<Git & { dispose(): Promise<void> }> {
    const dir = await mkdtemp(join(options.parent ?? tmpdir(), 'portal-release-'));
    const git = new Git({ ...options, cwd: dir }) as Git & { dispose(): Promise<void> };
    git.dispose = () => rm(dir, { recursive: true, force: true });
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
export class BoundedHistory {
  private readonly git: Git;
  private readonly remote: string;
  private readonly refspecs: string[];
  private depth: number | undefined;
  private deepenings = 0;
  /** Fetches made after the first, for the log and the tests. */
  extraFetches = 0;

  /** Deepenings (each doubling the depth) before the whole history is fetched. */
  static readonly MAX_DEEPENINGS = 2;

  constructor(git: Git, remote: string, refspecs: string[], depth: number | undefined) {
    this.git = git;
    this.remote = remote;
    this.refspecs = refspecs;
    this.depth = depth;
  }

  /** The first fetch: `depth` deep, or the whole history when no depth is known. */
  async fetch(): Promise<void> {
    await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', depth: this.depth });
  }

  /**
   * True when none of `walks` reaches the shallow boundary (always, once the history is whole). Otherwise fetches
   * deeper and returns false: the caller recomputes what its walks depend on (a merge base moves) and asks again.
   */
  async covers(walks: string[][]): Promise<boolean> {
    const boundary = await this.git.shallowCommits();
    if (boundary.size === 0) return true;
    const reached = await this.firstBoundaryReached(
      walks.filter((w) => w.length),
      boundary,
    );
    if (!reached) return true;
    this.extraFetches += 1;
    if (this.depth && this.deepenings < BoundedHistory.MAX_DEEPENINGS) {
      this.deepenings += 1;
      const more = this.depth;
      this.depth *= 2;
      await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', deepen: more });
    } else {
      await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
    }
    return false;
  }

  /**
   * The first boundary commit one of `walks` visits (`rev-list <positive>… ^<negative>…`), computed over the fetched
   * graph in one `rev-list --parents` (a process per walk costs more than the walks: a proof may make dozens).
   */
  private async firstBoundaryReached(walks: string[][], boundary: Set<string>): Promise<string | undefined> {
    if (!walks.length) return undefined;
    const tips = [...new Set(walks.flat().map((rev) => rev.replace(/^\^/, '')))];
    // Tips are commit ids and this suite's own refs; git 2.39's rev-parse has no --end-of-options (it echoes it).
    if (tips.some(looksLikeOption)) throw new Error(`not a revision: ${tips.find(looksLikeOption)}`);
    const resolved = (await this.git.run(['rev-parse', ...tips])).split('\n').filter(Boolean);
    if (resolved.length !== tips.length) throw new Error(`rev-parse resolved ${resolved.length} of ${tips.length} revisions`);
    const sha = new Map(tips.map((t, i) => [t, resolved[i]!]));
    const parents = new Map<string, string[]>();
    const out = await this.git.run(['rev-list', '--parents', '--stdin'], { input: `${[...new Set(resolved)].join('\n')}\n` });
    for (const line of out.split('\n')) {
      const [commit, ...rest] = line.split(' ');
      if (commit) parents.set(commit, rest);
    }
    const reach = new Map<string, Set<string>>();
    const reachable = (from: string): Set<string> => {
      let seen = reach.get(from);
      if (seen) return seen;
      seen = new Set<string>();
      const stack = [from];
      while (stack.length) {
        const c = stack.pop()!;
        if (seen.has(c)) continue;
        seen.add(c);
        // A boundary commit is listed without its parents: git grafts them away.
        for (const p of parents.get(c) ?? []) if (!seen.has(p)) stack.push(p);
      }
      reach.set(from, seen);
      return seen;
    };
    for (const walk of walks) {
      const excluded = walk.filter((r) => r.startsWith('^')).map((r) => reachable(sha.get(r.slice(1))!));
      for (const positive of walk.filter((r) => !r.startsWith('^'))) {
        for (const c of reachable(sha.get(positive)!)) if (boundary.has(c) && !excluded.some((x) => x.has(c))) return c;
      }
    }
    return undefined;
  }

  /** Makes the history whole (a proof that cannot name its walks beforehand). */
  async unshallow(): Promise<void> {
    if ((await this.git.shallowCommits()).size === 0) return;
    this.extraFetches += 1;
    await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
  }
}

/**
 * The depth that reaches the merge base of two tips from both: the longest side of the divergence (GitHub's
 * compare `ahead_by`/`behind_by`) plus the base itself, and at least `minimum` so that small divergences with merges
 * rarely need a deepening. Only a hint: `BoundedHistory.covers` proves what was fetched is enough.
 */
export function depthToMergeBase(aheadBy: number, behindBy: number, minimum = 64): number {
  return Math.max(minimum, aheadBy + 1, behindBy + 1);
}
