// Git plumbing on bare repositories. Always execFile with argument arrays, never a shell.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface GitEnv {
  home: string;
}

let baseEnv: NodeJS.ProcessEnv | undefined;

/** Environment for every git child: no prompts, no system config, HOME under the sandbox root. */
export function gitEnv(home: string, extra?: Record<string, string>): NodeJS.ProcessEnv {
  if (!baseEnv) {
    baseEnv = {};
    for (const k of ['PATH', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT']) if (process.env[k]) baseEnv[k] = process.env[k];
  }
  return {
    ...baseEnv,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Sandbox',
    GIT_AUTHOR_EMAIL: 'sandbox@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'GitHub',
    GIT_COMMITTER_EMAIL: 'noreply@github.com',
    ...extra,
  };
}

export class GitError extends Error {
  code: number | null;
  stderr: string;
  stdout: string;
  constructor(message: string, code: number | null, stdout: string, stderr: string) {
    super(message);
    this.code = code;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

export interface RunOpts {
  env?: Record<string, string>;
  input?: string | Buffer;
  allowFail?: boolean;
}

/** Run git in `gitDir` (a bare repository) and return stdout. */
export function runGit(home: string, gitDir: string, args: string[], opts: RunOpts = {}): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['--git-dir', gitDir, ...args],
      { env: gitEnv(home, opts.env), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const code = typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null;
          if (opts.allowFail) return resolve({ stdout, code: code ?? 1 });
          return reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim()}`, code, stdout, stderr));
        }
        resolve({ stdout, code: 0 });
      },
    );
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    else child.stdin?.end();
  });
}

/** Run git without a --git-dir (clone etc.). */
export function runGitIn(home: string, cwd: string, args: string[], opts: RunOpts = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: gitEnv(home, opts.env), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new GitError(`git ${args.join(' ')} failed: ${String(stderr).trim()}`, null, String(stdout), String(stderr)));
      resolve(String(stdout));
    });
  });
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

export interface RefInfo {
  ref: string;
  sha: string;
  type: string; // commit | tag
  peeled?: string;
}

export interface FileChange {
  filename: string;
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  sha: string;
  patch?: string;
}

const SEP = '\x1f';
const REC = '\x1e';
const LOG_FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f') + '%x1e';

function parseLog(out: string): CommitInfo[] {
  return out
    .split(REC)
    .map((r) => r.replace(/^\n/, ''))
    .filter((r) => r.length > 0)
    .map((r) => {
      const [sha, tree, parents, an, ae, ad, cn, ce, cd, ...msg] = r.split(SEP);
      return {
        sha: sha!,
        tree: tree!,
        parents: parents ? parents.split(' ').filter(Boolean) : [],
        author: { name: an!, email: ae!, date: isoZ(ad!) },
        committer: { name: cn!, email: ce!, date: isoZ(cd!) },
        message: msg.join(SEP).replace(/\n+$/, ''),
      };
    });
}

/** GitHub renders git dates as UTC `YYYY-MM-DDTHH:MM:SSZ`. */
export function isoZ(d: string): string {
  const t = new Date(d);
  return Number.isNaN(t.getTime()) ? d : t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Git operations on one bare repository. */
export class BareRepo {
  home: string;
  gitDir: string;
  constructor(home: string, gitDir: string) {
    this.home = home;
    this.gitDir = gitDir;
  }

  async git(args: string[], opts?: RunOpts): Promise<string> {
    return (await runGit(this.home, this.gitDir, args, opts)).stdout;
  }

  async init(defaultBranch: string): Promise<void> {
    await runGitIn(this.home, '/', ['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, this.gitDir]);
    await this.git(['config', 'http.receivepack', 'true']);
    await this.git(['config', 'uploadpack.allowReachableSHA1InWant', 'true']);
    // Partial clone (`--filter=blob:none`), as github.com serves it.
    await this.git(['config', 'uploadpack.allowFilter', 'true']);
    await this.git(['config', 'receive.denyNonFastForwards', 'false']);
    await this.git(['config', 'gc.auto', '0']);
  }

  /** Resolve a ref/sha to an object id (peeled to a commit unless `peel` is false). */
  async resolve(rev: string, peel = true): Promise<string | null> {
    if (!rev || rev.startsWith('-')) return null;
    const { stdout, code } = await runGit(this.home, this.gitDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', peel ? `${rev}^{commit}` : rev], {
      allowFail: true,
    });
    return code === 0 ? stdout.trim() : null;
  }

  /** Resolve a short name the way GitHub does for `{ref}`/`sha` parameters: sha, branch, tag, full ref. */
  async resolveCommitish(name: string): Promise<string | null> {
    if (!name || name.startsWith('-')) return null;
    if (/^[0-9a-f]{7,40}$/.test(name)) {
      const s = await this.resolve(name);
      if (s) return s;
    }
    for (const candidate of [`refs/heads/${name}`, `refs/tags/${name}`, name.startsWith('refs/') ? name : `refs/${name}`]) {
      const s = await this.resolve(candidate);
      if (s) return s;
    }
    return null;
  }

  async listRefs(prefix = 'refs/'): Promise<RefInfo[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname)%1f%(objectname)%1f%(objecttype)%1f%(*objectname)', '--', prefix]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [ref, sha, type, peeled] = l.split(SEP);
        return { ref: ref!, sha: sha!, type: type!, ...(peeled ? { peeled } : {}) };
      });
  }

  async refSha(ref: string): Promise<string | null> {
    const { stdout, code } = await runGit(this.home, this.gitDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', ref], { allowFail: true });
    return code === 0 ? stdout.trim() : null;
  }

  async objectType(sha: string): Promise<string | null> {
    const { stdout, code } = await runGit(this.home, this.gitDir, ['cat-file', '-t', sha], { allowFail: true });
    return code === 0 ? stdout.trim() : null;
  }

  /** Atomically update a ref; `oldSha` '' means "must not exist". Returns false if the ref moved meanwhile. */
  async updateRef(ref: string, newSha: string, oldSha?: string | null): Promise<boolean> {
    const args = ['update-ref', ref, newSha];
    if (oldSha !== undefined) args.push(oldSha ?? '0000000000000000000000000000000000000000');
    const { code } = await runGit(this.home, this.gitDir, args, { allowFail: true });
    return code === 0;
  }

  async deleteRef(ref: string): Promise<void> {
    await this.git(['update-ref', '-d', ref]);
  }

  async commitInfo(rev: string): Promise<CommitInfo | null> {
    const sha = await this.resolve(rev);
    if (!sha) return null;
    const out = await this.git(['log', '-1', `--format=${LOG_FORMAT}`, sha]);
    return parseLog(out)[0] ?? null;
  }

  async log(args: string[]): Promise<CommitInfo[]> {
    return parseLog(await this.git(['log', `--format=${LOG_FORMAT}`, ...args, '--']));
  }

  async isAncestor(a: string, b: string): Promise<boolean> {
    const { code } = await runGit(this.home, this.gitDir, ['merge-base', '--is-ancestor', a, b], { allowFail: true });
    return code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const { stdout, code } = await runGit(this.home, this.gitDir, ['merge-base', a, b], { allowFail: true });
    return code === 0 ? stdout.trim() : null;
  }

  async countRange(from: string, to: string): Promise<number> {
    return Number((await this.git(['rev-list', '--count', `${from}..${to}`])).trim());
  }

  /** Changed files between two commits (`from` null = root commit). */
  async diffFiles(from: string | null, to: string, withPatch = true): Promise<FileChange[]> {
    const base = from ?? (await this.emptyTree());
    const numstat = await this.git(['diff-tree', '-r', '-M', '--numstat', '-z', '--no-commit-id', base, to]);
    const rawOut = await this.git(['diff-tree', '-r', '-M', '--raw', '-z', '--no-commit-id', '--no-abbrev', base, to]);
    // raw: ":old new oldsha newsha status\0path\0[path2\0]"
    const raw = rawOut.split('\0');
    const entries: { status: string; sha: string; path: string; from?: string }[] = [];
    for (let i = 0; i < raw.length;) {
      const head = raw[i];
      if (!head || !head.startsWith(':')) {
        i++;
        continue;
      }
      const [, , , newSha, status] = head.slice(1).split(' ');
      const st = status!;
      if (st.startsWith('R') || st.startsWith('C')) {
        entries.push({ status: st[0]!, sha: newSha!, from: raw[i + 1]!, path: raw[i + 2]! });
        i += 3;
      } else {
        entries.push({ status: st[0]!, sha: newSha!, path: raw[i + 1]! });
        i += 2;
      }
    }
    // numstat -z: "add\tdel\tpath\0" or for renames "add\tdel\t\0from\0to\0"
    const ns = numstat.split('\0');
    const counts = new Map<string, [number, number]>();
    for (let i = 0; i < ns.length;) {
      const l = ns[i];
      if (!l) {
        i++;
        continue;
      }
      const [a, d, p] = l.split('\t');
      const add = a === '-' ? 0 : Number(a);
      const del = d === '-' ? 0 : Number(d);
      if (p === '') {
        counts.set(ns[i + 2]!, [add, del]);
        i += 3;
      } else {
        counts.set(p!, [add, del]);
        i += 1;
      }
    }
    const statusMap: Record<string, FileChange['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
    const files: FileChange[] = [];
    for (const e of entries) {
      const [additions, deletions] = counts.get(e.path) ?? [0, 0];
      const f: FileChange = {
        filename: e.path,
        status: statusMap[e.status] ?? 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        sha: e.status === 'D' ? '0000000000000000000000000000000000000000' : e.sha,
      };
      if (e.from) f.previous_filename = e.from;
      files.push(f);
    }
    if (withPatch && files.length <= 300) {
      for (const f of files) {
        const paths = f.previous_filename ? [f.previous_filename, f.filename] : [f.filename];
        const p = await this.git(['diff-tree', '-p', '-M', '--no-commit-id', base, to, '--', ...paths]);
        const idx = p.indexOf('\n@@');
        if (idx >= 0) f.patch = p.slice(idx + 1).replace(/\n$/, '');
      }
    }
    return files;
  }

  private emptyTreeSha?: string;
  async emptyTree(): Promise<string> {
    if (!this.emptyTreeSha) this.emptyTreeSha = (await this.git(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' })).trim();
    return this.emptyTreeSha;
  }

  /** Read a file (blob) at a commit-ish; null when missing or not a blob. */
  async readBlob(rev: string, path: string): Promise<{ sha: string; content: Buffer; mode: string } | null> {
    const entry = await this.lsTreeEntry(rev, path);
    if (!entry || entry.type !== 'blob') return null;
    const content = await new Promise<Buffer>((resolve, reject) => {
      execFile(
        'git',
        ['--git-dir', this.gitDir, 'cat-file', 'blob', entry.sha],
        { env: gitEnv(this.home), encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      );
    });
    return { sha: entry.sha, content, mode: entry.mode };
  }

  async lsTreeEntry(rev: string, path: string): Promise<{ mode: string; type: string; sha: string; size: number } | null> {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (!clean) return null;
    const { stdout, code } = await runGit(this.home, this.gitDir, ['ls-tree', '-l', '-z', '--full-tree', rev, '--', clean], { allowFail: true });
    if (code !== 0) return null;
    const rec = stdout.split('\0').find((r) => r.endsWith(`\t${clean}`));
    if (!rec) return null;
    const [meta] = rec.split('\t');
    const [mode, type, sha, size] = meta!.trim().split(/\s+/);
    return { mode: mode!, type: type!, sha: sha!, size: size === '-' ? 0 : Number(size) };
  }

  async lsTree(rev: string, dir: string): Promise<{ mode: string; type: string; sha: string; size: number; path: string }[]> {
    const clean = dir.replace(/^\/+|\/+$/g, '');
    const spec = clean ? `${rev}:${clean}` : `${rev}^{tree}`;
    const { stdout, code } = await runGit(this.home, this.gitDir, ['ls-tree', '-l', '-z', spec], { allowFail: true });
    if (code !== 0) return [];
    return stdout
      .split('\0')
      .filter(Boolean)
      .map((rec) => {
        const [meta, name] = rec.split('\t');
        const [mode, type, sha, size] = meta!.trim().split(/\s+/);
        return { mode: mode!, type: type!, sha: sha!, size: size === '-' ? 0 : Number(size), path: clean ? `${clean}/${name}` : name! };
      });
  }

  /** Create a commit from `parent` (or none) with file changes applied, using a private index file. */
  async commitFiles(parent: string | null, files: Record<string, string | null>, message: string, env: Record<string, string>): Promise<string> {
    const tmp = await mkdtemp(join(this.home, 'idx-'));
    const indexEnv = { ...env, GIT_INDEX_FILE: join(tmp, 'index') };
    try {
      if (parent) await this.git(['read-tree', parent], { env: indexEnv });
      else await this.git(['read-tree', '--empty'], { env: indexEnv });
      for (const [path, content] of Object.entries(files)) {
        if (content === null) {
          // `update-index --force-remove` needs a work tree (git 2.39 refuses it in a bare repository);
          // an --index-info line with mode 0 removes the entry from the index alone.
          await this.git(['update-index', '--index-info'], { input: `0 ${'0'.repeat(40)}\t${path}\n`, env: indexEnv });
        } else {
          const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: content, env: indexEnv })).trim();
          await this.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env: indexEnv });
        }
      }
      const tree = (await this.git(['write-tree'], { env: indexEnv })).trim();
      return await this.commitTree(tree, parent ? [parent] : [], message, env);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /** Writes a blob (`git hash-object -w`, the bytes as given) and returns its SHA. */
  async writeBlob(content: Buffer): Promise<string> {
    return (await this.git(['hash-object', '-w', '--stdin'], { input: content })).trim();
  }

  /**
   * Writes the tree that `POST git/trees` describes: the entries of `base` (none without one) with
   * each of `entries` set at its path (nested paths make the directories between) or, with a null
   * SHA, removed with everything under it. A tree entry (mode 040000) brings that tree's files.
   * Built on a private index; every path and mode was validated by the caller.
   */
  async buildTree(base: string | null, entries: { path: string; mode: string; sha: string | null }[]): Promise<string> {
    const files = new Map<string, { mode: string; sha: string }>();
    const listRecursive = async (tree: string, prefix: string): Promise<void> => {
      const out = await this.git(['ls-tree', '-r', '-z', '--full-tree', tree]);
      for (const rec of out.split('\0').filter(Boolean)) {
        const [meta, path] = rec.split('\t');
        const [mode, , sha] = meta!.split(' ');
        files.set(`${prefix}${path}`, { mode: mode!, sha: sha! });
      }
    };
    if (base) await listRecursive(base, '');
    for (const e of entries) {
      // The path replaces what sat there: a file, a directory, or a file where a directory now goes.
      for (const path of [...files.keys()]) {
        if (path === e.path || path.startsWith(`${e.path}/`) || e.path.startsWith(`${path}/`)) files.delete(path);
      }
      if (e.sha === null) continue;
      if (e.mode === '040000') await listRecursive(e.sha, `${e.path}/`);
      else files.set(e.path, { mode: e.mode, sha: e.sha });
    }
    const tmp = await mkdtemp(join(this.home, 'idx-'));
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    try {
      await this.git(['read-tree', '--empty'], { env });
      // NUL-terminated records: a path is taken byte for byte, never unquoted.
      const records = [...files].map(([path, f]) => `${f.mode} ${f.sha}\t${path}\0`).join('');
      if (records) await this.git(['update-index', '-z', '--index-info'], { env, input: records });
      return (await this.git(['write-tree', '--missing-ok'], { env })).trim();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  async commitTree(tree: string, parents: string[], message: string, env: Record<string, string>): Promise<string> {
    const args = ['commit-tree', tree];
    for (const p of parents) args.push('-p', p);
    return (await this.git(args, { input: message.endsWith('\n') ? message : message + '\n', env })).trim();
  }

  /** Three-way merge of two commits; returns the tree or null on conflict. */
  async mergeTree(ours: string, theirs: string): Promise<string | null> {
    const { stdout, code } = await runGit(this.home, this.gitDir, ['merge-tree', '--write-tree', '--no-messages', ours, theirs], { allowFail: true });
    if (code !== 0) return null;
    return stdout.split('\n')[0]!.trim();
  }

  /** Replay `commit` on top of `onto` (patch application on a private index); null on conflict. */
  async cherryPickTree(commit: string, onto: string): Promise<string | null> {
    const info = await this.commitInfo(commit);
    if (!info) return null;
    const parent = info.parents[0] ?? (await this.emptyTree());
    const patch = await this.git(['diff-tree', '-p', '--binary', '--full-index', parent, commit]);
    const tmp = await mkdtemp(join(this.home, 'idx-'));
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    try {
      await this.git(['read-tree', onto], { env });
      if (patch.trim()) {
        const { code } = await runGit(this.home, this.gitDir, ['apply', '--cached', '-'], { env, input: patch, allowFail: true });
        if (code !== 0) return null;
      }
      return (await this.git(['write-tree'], { env })).trim();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /** Create an annotated tag object with `git mktag`. */
  async mktag(object: string, type: string, tag: string, tagger: { name: string; email: string; date: string }, message: string): Promise<string> {
    const secs = Math.floor(new Date(tagger.date).getTime() / 1000);
    const body = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${secs} +0000\n\n${message.endsWith('\n') ? message : message + '\n'}`;
    return (await this.git(['mktag'], { input: body })).trim();
  }

  async readTag(
    sha: string,
  ): Promise<{ object: string; type: string; tag: string; tagger: { name: string; email: string; date: string }; message: string } | null> {
    if ((await this.objectType(sha)) !== 'tag') return null;
    const raw = await this.git(['cat-file', 'tag', sha]);
    const idx = raw.indexOf('\n\n');
    const header = idx >= 0 ? raw.slice(0, idx) : raw;
    const message = idx >= 0 ? raw.slice(idx + 2) : '';
    const h: Record<string, string> = {};
    for (const line of header.split('\n')) {
      const sp = line.indexOf(' ');
      h[line.slice(0, sp)] = line.slice(sp + 1);
    }
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(h.tagger ?? '');
    const tagger = m
      ? { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') }
      : { name: '', email: '', date: new Date(0).toISOString() };
    return { object: h.object!, type: h.type!, tag: h.tag!, tagger, message };
  }
}

/** Spawn helper for streaming (git http-backend). */
export { spawn };
