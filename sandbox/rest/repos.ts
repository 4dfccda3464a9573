// Repository, contents, branches, commits, compare, git database (refs, tags, commits), collaborators, user.
import { Buffer } from 'node:buffer';
import * as o from '../objects.ts';
import * as ops from '../ops.ts';
import type { RepoState } from '../state.ts';
import { ApiError, notFound, paginate, pageParams, linkHeader, permissionOf, repoOf, requirePerm, validationFailed, isSha } from './util.ts';
import type { Api, ApiRequest, Routes } from './util.ts';

async function commitishOr404(r: RepoState, ref: string): Promise<string> {
  const sha = await r.git.resolveCommitish(ref);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

function contentEntry(api: Api, r: RepoState, ref: string, e: { type: string; sha: string; size: number; path: string }): Record<string, unknown> {
  const enc = e.path.split('/').map(encodeURIComponent).join('/');
  const url = `${o.repoUrl(api, r)}/contents/${enc}?ref=${encodeURIComponent(ref)}`;
  const kind = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file';
  const html = `${o.htmlUrl(api, r)}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${enc}`;
  const gitUrl = `${o.repoUrl(api, r)}/git/${kind === 'dir' ? 'trees' : 'blobs'}/${e.sha}`;
  return {
    type: kind,
    size: e.size,
    name: e.path.split('/').pop(),
    path: e.path,
    sha: e.sha,
    url,
    git_url: gitUrl,
    html_url: html,
    download_url: kind === 'file' ? `${api.serverUrl}/${r.fullName}/raw/${ref}/${enc}` : null,
    _links: { self: url, git: gitUrl, html },
  };
}

function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

async function refObject(api: Api, r: RepoState, ref: string): Promise<Record<string, unknown> | null> {
  const refs = await r.git.listRefs(ref);
  const hit = refs.find((x) => x.ref === ref);
  return hit ? o.gitRef(api, r, hit.ref, hit.sha, hit.type) : null;
}

async function checkRefName(r: RepoState, ref: string): Promise<boolean> {
  if (!/^refs\/[^/]+\/.+/.test(ref)) return false;
  try {
    await r.git.git(['check-ref-format', ref]);
    return true;
  } catch {
    return false;
  }
}

export async function compareData(api: Api, r: RepoState, req: ApiRequest, baseName: string, headName: string) {
  const base = await r.git.resolveCommitish(baseName.replace(/^[^:/]+:/, ''));
  const head = await r.git.resolveCommitish(headName.replace(/^[^:/]+:/, ''));
  if (!base || !head) throw notFound();
  const mb = await r.git.mergeBase(base, head);
  if (!mb) throw notFound();
  const aheadBy = await r.git.countRange(mb, head);
  const behindBy = await r.git.countRange(mb, base);
  const status = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
  const commits = aheadBy ? await r.git.log(['--reverse', `${mb}..${head}`]) : [];
  // GitHub's rules (OpenAPI description of "Compare two commits"): without `per_page` or `page` the
  // list is limited to 250 commits and its last one is the most recent of the whole comparison; with
  // either it pages (per_page default 30, at most 100), oldest first, and the changed files (at most
  // 300) come only with the first page.
  const paged = req.query.has('page') || req.query.has('per_page');
  const { perPage, page } = pageParams(req, 30, 100);
  const pageCommits = paged ? commits.slice((page - 1) * perPage, page * perPage) : commits.slice(-250);
  const files = paged && page > 1 ? [] : await r.git.diffFiles(mb, head);
  const baseInfo = (await r.git.commitInfo(base))!;
  const mbInfo = (await r.git.commitInfo(mb))!;
  const basehead = `${baseName}...${headName}`;
  const body = {
    url: `${o.repoUrl(api, r)}/compare/${basehead}`,
    html_url: `${o.htmlUrl(api, r)}/compare/${basehead}`,
    permalink_url: `${o.htmlUrl(api, r)}/compare/${r.owner}:${base.slice(0, 7)}...${r.owner}:${head.slice(0, 7)}`,
    diff_url: `${o.htmlUrl(api, r)}/compare/${basehead}.diff`,
    patch_url: `${o.htmlUrl(api, r)}/compare/${basehead}.patch`,
    base_commit: o.commit(api, r, baseInfo),
    merge_base_commit: o.commit(api, r, mbInfo),
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    commits: pageCommits.map((c) => o.commit(api, r, c)),
    files: files.slice(0, 300).map((f) => o.diffEntry(api, r, head, f)),
  };
  const link = paged ? linkHeader(api, req, page, perPage, commits.length) : undefined;
  return { body, link };
}

export const repoRoutes: Routes = {
  'GET /repos/{owner}/{repo}': (req, api) => ({ status: 200, body: o.repository(api, repoOf(req), true, req.login) }),

  'GET /repos/{owner}/{repo}/contents/{path}': async (req, api) => {
    const r = repoOf(req);
    const refName = req.query.get('ref') || r.defaultBranch;
    const sha = await r.git.resolveCommitish(refName);
    if (!sha) throw new ApiError(404, `No commit found for the ref ${refName}`);
    const path = req.params.path!.replace(/^\/+|\/+$/g, '');
    const entry = await r.git.lsTreeEntry(sha, path);
    if (!entry) throw notFound();
    if (entry.type === 'tree') {
      const list = await r.git.lsTree(sha, path);
      return { status: 200, body: list.map((e) => contentEntry(api, r, refName, e)) };
    }
    const blob = await r.git.readBlob(sha, path);
    if (!blob) throw notFound();
    const b64 = blob.content.toString('base64').replace(/(.{60})/g, '$1\n');
    return {
      status: 200,
      body: { ...contentEntry(api, r, refName, { ...entry, path }), content: b64.endsWith('\n') ? b64 : b64 + '\n', encoding: 'base64' },
    };
  },

  'GET /repos/{owner}/{repo}/branches': async (req, api) => {
    const r = repoOf(req);
    const refs = await r.git.listRefs('refs/heads/');
    return paginate(api, req, refs, (x) => ({
      name: x.ref.slice('refs/heads/'.length),
      commit: { sha: x.sha, url: `${o.repoUrl(api, r)}/commits/${x.sha}` },
      protected: false,
    }));
  },

  'GET /repos/{owner}/{repo}/branches/{branch}': async (req, api) => {
    const r = repoOf(req);
    const name = req.params.branch!;
    const sha = await r.git.refSha(`refs/heads/${name}`);
    if (!sha) throw new ApiError(404, 'Branch not found');
    const info = (await r.git.commitInfo(sha))!;
    const url = `${o.repoUrl(api, r)}/branches/${name}`;
    // Classic branch protection shows here; a ruleset's required checks only in GET rules/branches/{branch}.
    const classic = r.protections?.get(name)?.via === 'classic' ? r.protections.get(name)! : undefined;
    return {
      status: 200,
      body: {
        name,
        commit: o.commit(api, r, info),
        _links: { html: `${o.htmlUrl(api, r)}/tree/${name}`, self: url },
        protected: Boolean(classic),
        protection: classic
          ? {
              enabled: true,
              required_status_checks: {
                enforcement_level: 'non_admins',
                contexts: classic.requiredChecks,
                checks: classic.requiredChecks.map((context) => ({ context, app_id: null })),
              },
            }
          : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        protection_url: `${url}/protection`,
      },
    };
  },

  'GET /repos/{owner}/{repo}/rules/branches/{branch}': async (req, api) => {
    const r = repoOf(req);
    const name = req.params.branch!;
    const ruleset = r.protections?.get(name)?.via === 'ruleset' ? r.protections.get(name)! : undefined;
    const rules: Record<string, unknown>[] = ruleset
      ? [
          {
            type: 'required_status_checks',
            parameters: { strict_required_status_checks_policy: false, required_status_checks: ruleset.requiredChecks.map((context) => ({ context })) },
            ruleset_source_type: 'Repository',
            ruleset_source: r.fullName,
            ruleset_id: 1,
          },
        ]
      : [];
    if (ruleset?.requiredSignatures) {
      rules.push({ type: 'required_signatures', ruleset_source_type: 'Repository', ruleset_source: r.fullName, ruleset_id: 1 });
    }
    return paginate(api, req, rules, (x) => x);
  },

  'GET /repos/{owner}/{repo}/git/ref/{ref}': async (req, api) => {
    const r = repoOf(req);
    const obj = await refObject(api, r, fullRef(req.params.ref!));
    if (!obj) throw notFound();
    return { status: 200, body: obj };
  },

  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': async (req, api) => {
    const r = repoOf(req);
    const prefix = fullRef(req.params.ref!);
    const refs = (await r.git.listRefs('refs/')).filter((x) => x.ref.startsWith(prefix));
    return { status: 200, body: refs.map((x) => o.gitRef(api, r, x.ref, x.sha, x.type)) };
  },

  'POST /repos/{owner}/{repo}/git/refs': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const { ref, sha } = req.body as { ref: string; sha: string };
    if (!(await checkRefName(r, ref))) throw new ApiError(422, `${ref} is not a valid ref name.`);
    if (!isSha(sha) || !(await r.git.objectType(sha))) throw new ApiError(422, 'Object does not exist');
    ops.refuseLockedTagRef(r, ref, 'create');
    if (!(await r.git.updateRef(ref, sha, ''))) throw new ApiError(422, 'Reference already exists');
    return { status: 201, body: await refObject(api, r, ref), headers: { location: `${o.repoUrl(api, r)}/git/${ref}` } };
  },

  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const ref = fullRef(req.params.ref!);
    const { sha, force } = req.body as { sha: string; force?: boolean };
    const old = await r.git.refSha(ref);
    if (!old) throw new ApiError(422, 'Reference does not exist');
    if (!isSha(sha) || !(await r.git.objectType(sha))) throw new ApiError(422, 'Object does not exist');
    if (old !== sha) ops.refuseLockedTagRef(r, ref, 'update');
    if (!force && ref.startsWith('refs/heads/')) {
      if (!(await r.git.isAncestor(old, sha))) throw new ApiError(422, 'Update is not a fast forward');
    } else if (!force && ref.startsWith('refs/tags/') && old !== sha) {
      throw new ApiError(422, 'Update is not a fast forward');
    }
    if (!(await r.git.updateRef(ref, sha, old))) throw new ApiError(422, 'Reference cannot be updated');
    return { status: 200, body: await refObject(api, r, ref) };
  },

  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': async (req) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const ref = fullRef(req.params.ref!);
    if (!(await r.git.refSha(ref))) throw new ApiError(422, 'Reference does not exist');
    ops.refuseLockedTagRef(r, ref, 'delete');
    await r.git.deleteRef(ref);
    return { status: 204 };
  },

  'POST /repos/{owner}/{repo}/git/tags': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { tag: string; message: string; object: string; type: string; tagger?: { name: string; email: string; date?: string } };
    if (!isSha(b.object) || (await r.git.objectType(b.object)) !== b.type) throw new ApiError(422, 'Object does not exist');
    if (!(await checkRefName(r, `refs/tags/${b.tag}`))) throw validationFailed('Tag', 'tag', 'invalid');
    const tagger = {
      name: b.tagger?.name ?? req.login,
      email: b.tagger?.email ?? `${api.state.user(req.login).id}+${req.login}@users.noreply.github.com`,
      date: b.tagger?.date ?? api.state.iso(),
    };
    const sha = await r.git.mktag(b.object, b.type, b.tag, tagger, b.message);
    return { status: 201, body: await gitTagBody(api, r, sha), headers: { location: `${o.repoUrl(api, r)}/git/tags/${sha}` } };
  },

  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': async (req, api) => {
    const r = repoOf(req);
    const body = await gitTagBody(api, r, req.params.tag_sha!);
    if (!body) throw notFound();
    return { status: 200, body };
  },

  'POST /repos/{owner}/{repo}/git/blobs': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { content: string; encoding?: string };
    const encoding = b.encoding ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
      throw new ApiError(422, `encoding must be "utf-8" or "base64", not ${JSON.stringify(encoding)}`);
    }
    if (encoding === 'base64' && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(b.content)) throw new ApiError(422, 'content is not valid Base64');
    const sha = await r.git.writeBlob(Buffer.from(b.content, encoding === 'base64' ? 'base64' : 'utf8'));
    const url = `${o.repoUrl(api, r)}/git/blobs/${sha}`;
    return { status: 201, body: { url, sha }, headers: { location: url } };
  },

  'POST /repos/{owner}/{repo}/git/trees': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] };
    if (b.base_tree !== undefined && (!isSha(b.base_tree) || (await r.git.objectType(b.base_tree)) !== 'tree')) {
      throw new ApiError(422, 'base_tree is not a valid tree oid');
    }
    const entries: { path: string; mode: string; sha: string | null }[] = [];
    for (const e of b.tree) {
      const segments = e.path.split('/');
      if (!e.path || segments.some((x) => x === '' || x === '.' || x === '..' || x === '.git') || /[\0\n]/.test(e.path)) {
        throw new ApiError(422, `tree.path contains a malformed path component`);
      }
      const wanted = e.mode === '040000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
      if (e.type !== wanted) throw new ApiError(422, `tree.type ${e.type} does not match mode ${e.mode}`);
      if (e.sha !== undefined && e.content !== undefined) throw new ApiError(422, 'Must supply either tree.sha or tree.content, not both');
      if (e.content !== undefined) {
        if (wanted !== 'blob') throw new ApiError(422, 'tree.content is only for blobs');
        entries.push({ path: e.path, mode: e.mode, sha: await r.git.writeBlob(Buffer.from(e.content, 'utf8')) });
        continue;
      }
      if (e.sha === undefined) throw new ApiError(422, 'Must supply a valid tree.sha or tree.content');
      if (e.sha !== null) {
        // A submodule's commit lives in another repository; blobs and trees must exist here.
        if (!isSha(e.sha) || (wanted !== 'commit' && (await r.git.objectType(e.sha)) !== wanted)) {
          throw new ApiError(422, `tree.sha ${e.sha} is not a valid ${wanted}`);
        }
      }
      entries.push({ path: e.path, mode: e.mode, sha: e.sha });
    }
    const sha = await r.git.buildTree(b.base_tree ?? null, entries);
    return { status: 201, body: await gitTreeBody(api, r, sha), headers: { location: `${o.repoUrl(api, r)}/git/trees/${sha}` } };
  },

  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': async (req, api) => {
    const r = repoOf(req);
    // A tree SHA, or a commit-ish whose tree is meant (GitHub accepts both).
    const sha = await r.git.resolve(`${req.params.tree_sha!}^{tree}`, false);
    if (!sha) throw notFound();
    return { status: 200, body: await gitTreeBody(api, r, sha) };
  },

  /**
   * GitHub signs a commit it creates for a GitHub App (an installation token, GITHUB_TOKEN
   * included) when the request names no author, committer or signature; the author is then the
   * App's bot and the committer GitHub itself. Any of the three given: the commit is unsigned.
   */
  'POST /repos/{owner}/{repo}/git/commits': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    type Person = { name?: string; email?: string; date?: string };
    const b = req.body as { message: string; tree: string; parents?: string[]; author?: Person; committer?: Person; signature?: string };
    if (!isSha(b.tree) || (await r.git.objectType(b.tree)) !== 'tree') throw new ApiError(422, 'Tree SHA does not exist');
    for (const p of b.parents ?? []) {
      if (!isSha(p) || (await r.git.objectType(p)) !== 'commit') throw new ApiError(422, 'Parent SHA does not exist or is not a commit object');
    }
    const user = api.state.user(req.login);
    const now = api.state.iso();
    const self = { name: req.login, email: `${user.id}+${req.login}@users.noreply.github.com`, date: now };
    const author = { ...self, ...b.author };
    const committer = b.committer ? { ...author, ...b.committer } : b.author ? author : { name: 'GitHub', email: 'noreply@github.com', date: now };
    const signs = Boolean(req.installation) && !b.author && !b.committer && !b.signature;
    const sha = await r.git.commitTree(b.tree, b.parents ?? [], b.message, {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date,
    });
    if (signs) (r.signedCommits ??= new Set()).add(sha);
    return { status: 201, body: o.gitCommit(api, r, (await r.git.commitInfo(sha))!), headers: { location: `${o.repoUrl(api, r)}/git/commits/${sha}` } };
  },

  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': async (req, api) => {
    const r = repoOf(req);
    const sha = req.params.commit_sha!;
    if (!isSha(sha) || (await r.git.objectType(sha)) !== 'commit') throw notFound();
    return { status: 200, body: o.gitCommit(api, r, (await r.git.commitInfo(sha))!) };
  },

  'GET /repos/{owner}/{repo}/commits': async (req, api) => {
    const r = repoOf(req);
    const start = req.query.get('sha') || r.defaultBranch;
    const sha = await r.git.resolveCommitish(start);
    if (!sha) throw new ApiError(404, `No commit found for SHA: ${start}`);
    const { perPage, page } = pageParams(req);
    const path = req.query.get('path');
    const filter: string[] = [];
    if (req.query.get('since')) filter.push(`--since=${req.query.get('since')}`);
    if (req.query.get('until')) filter.push(`--until=${req.query.get('until')}`);
    const pathArgs = path ? ['--', path] : [];
    const total = Number((await r.git.git(['rev-list', '--count', ...filter, sha, ...pathArgs])).trim());
    const out = await r.git.git(['rev-list', ...filter, `--skip=${(page - 1) * perPage}`, `--max-count=${perPage}`, sha, ...pathArgs]);
    const commits = [];
    for (const s of out.split('\n').filter(Boolean)) commits.push(o.commit(api, r, (await r.git.commitInfo(s))!));
    const link = linkHeader(api, req, page, perPage, total);
    return { status: 200, body: commits, headers: link ? { link } : ({} as Record<string, string>) };
  },

  'GET /repos/{owner}/{repo}/commits/{ref}': async (req, api) => {
    const r = repoOf(req);
    const sha = await commitishOr404(r, req.params.ref!);
    const info = (await r.git.commitInfo(sha))!;
    const files = await r.git.diffFiles(info.parents[0] ?? null, sha);
    return { status: 200, body: o.commit(api, r, info, files) };
  },

  'GET /repos/{owner}/{repo}/compare/{basehead}': async (req, api) => {
    const r = repoOf(req);
    const m = /^(.+?)\.\.\.?(.+)$/.exec(req.params.basehead!);
    if (!m) throw notFound();
    const { body, link } = await compareData(api, r, req, m[1]!, m[2]!);
    return { status: 200, body, headers: link ? { link } : ({} as Record<string, string>) };
  },

  'GET /repos/{owner}/{repo}/tags': async (req, api) => {
    const r = repoOf(req);
    const out = await r.git.git(['for-each-ref', '--sort=-v:refname', '--format=%(refname:strip=2)%1f%(objectname)%1f%(*objectname)', 'refs/tags/']);
    const tags = out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [name, sha, peeled] = l.split('\x1f');
        return { name: name!, sha: peeled || sha! };
      });
    return paginate(api, req, tags, (t) => ({
      name: t.name,
      commit: { sha: t.sha, url: `${o.repoUrl(api, r)}/commits/${t.sha}` },
      zipball_url: `${o.repoUrl(api, r)}/zipball/refs/tags/${t.name}`,
      tarball_url: `${o.repoUrl(api, r)}/tarball/refs/tags/${t.name}`,
      node_id: o.nodeId('Ref', `${r.id}:refs/tags/${t.name}`),
    }));
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (req, api) => {
    const r = repoOf(req);
    const login = req.params.username!;
    if (!api.state.users.has(login.toLowerCase())) throw notFound();
    const perm = permissionOf(r, login);
    const legacy = perm === 'maintain' ? 'write' : perm === 'triage' ? 'read' : perm;
    return {
      status: 200,
      body: {
        permission: legacy,
        role_name: perm,
        user: { ...o.simpleUser(api, login), permissions: o.permissionsOf(perm), role_name: perm },
      },
    };
  },

  'GET /user': (req, api) => {
    // Installation tokens are not a user: GitHub refuses "Get the authenticated user" for them.
    if (req.installation) throw new ApiError(403, 'Resource not accessible by integration');
    return { status: 200, body: o.privateUser(api, req.login) };
  },

  'GET /rate_limit': () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const rate = { limit: 5000, used: 0, remaining: 5000, reset };
    return {
      status: 200,
      body: { resources: { core: rate, search: { ...rate, limit: 30, remaining: 30 }, graphql: rate }, rate },
    };
  },
};

async function gitTagBody(api: Api, r: RepoState, sha: string): Promise<Record<string, unknown> | null> {
  if (!isSha(sha)) return null;
  const t = await r.git.readTag(sha);
  if (!t) return null;
  return {
    node_id: o.nodeId('Tag', sha),
    tag: t.tag,
    sha,
    url: `${o.repoUrl(api, r)}/git/tags/${sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${o.repoUrl(api, r)}/git/${t.type === 'tag' ? 'tags' : t.type + 's'}/${t.object}` },
    verification: o.verification(),
  };
}

async function gitTreeBody(api: Api, r: RepoState, sha: string): Promise<Record<string, unknown>> {
  const entries = await r.git.lsTree(sha, '');
  return {
    sha,
    url: `${o.repoUrl(api, r)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: e.size } : {}),
      url: `${o.repoUrl(api, r)}/git/${e.type === 'tree' ? 'trees' : e.type === 'commit' ? 'commits' : 'blobs'}/${e.sha}`,
    })),
  };
}
