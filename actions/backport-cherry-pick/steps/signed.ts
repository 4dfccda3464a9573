import { UserError } from '../../../shared/errors.ts';
import type { Git } from '../../../shared/git.ts';
import type { GitHub, TreeEntry } from '../../../shared/github/index.ts';
import type { RepoRef } from '../../../shared/context.ts';
import type { Logger } from '../../../shared/logger.ts';

/**
 * `backport.signed-commits`: the picked commits are not pushed but made again on GitHub through the
 * git data API (blobs, a tree per commit on its parent's tree, the commit), then the branch ref is
 * set to the last one. GitHub signs a commit it creates for a GitHub App installation token (the
 * job's GITHUB_TOKEN is one) when the request names no author, committer or signature, so the
 * author is credited by a `Co-authored-by:` trailer instead. The local cherry-pick stays what
 * decides the result: every tree GitHub builds must have the SHA of the local one, or nothing is
 * published. See docs/decisions (signed commits through the git data API).
 */
export interface PublishedBranch {
  /** The branch's commit on GitHub. */
  head: string;
  /** Commits created (0 when the branch already held the same commits). */
  created: number;
  /** Blobs uploaded (text files ride inline in the tree request). */
  blobs: number;
  /** Every commit created came back verified. */
  verified: boolean;
}

/** Text up to this size goes inline in the tree request (`content`), saving a blob request per file. */
const INLINE_LIMIT = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Change {
  status: string;
  path: string;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
}

interface LocalCommit {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  message: string;
}

function typeOf(mode: string): TreeEntry['type'] {
  return mode === '160000' ? 'commit' : mode === '040000' ? 'tree' : 'blob';
}

/** `git diff-tree -r -z --raw` records: ":old-mode new-mode old-sha new-sha status\0path\0". */
async function changes(git: Git, parent: string, commit: string): Promise<Change[]> {
  const out = await git.run(['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', '--raw', '--end-of-options', parent, commit]);
  const parts = out.split('\0');
  const list: Change[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i]!;
    if (!meta.startsWith(':')) break;
    const [oldMode, newMode, oldSha, newSha, status] = meta.slice(1).split(' ');
    list.push({ oldMode: oldMode!, newMode: newMode!, oldSha: oldSha!, newSha: newSha!, status: status!, path: parts[i + 1]! });
  }
  return list;
}

async function describe(git: Git, shas: string[]): Promise<LocalCommit[]> {
  const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%B%x1e', '--end-of-options', ...shas, '--']);
  return out
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter(Boolean)
    .map((r) => {
      const [sha, tree, parents, authorName, authorEmail, ...message] = r.split('\0');
      return {
        sha: sha!,
        tree: tree!,
        parents: parents!.split(' ').filter(Boolean),
        authorName: authorName!,
        authorEmail: authorEmail!,
        message: message.join('\0'),
      };
    });
}

/**
 * The message with the original author as co-author: appended to the last paragraph, which `-x`
 * made a trailer block, so GitHub shows both people. An author GitHub could not attribute (no
 * usable e-mail) or one already named gets no line.
 */
export function withCoAuthor(message: string, author: { name: string; email: string }): string {
  const text = message.replace(/\s+$/, '');
  const name = author.name.replace(/[<>\s]+/g, ' ').trim();
  if (!name || !/^[^\s<>]+@[^\s<>]+$/.test(author.email)) return `${text}\n`;
  const line = `Co-authored-by: ${name} <${author.email}>`;
  if (text.split('\n').some((l) => l.trim().toLowerCase() === line.toLowerCase())) return `${text}\n`;
  const lastParagraph = text.slice(text.lastIndexOf('\n\n') + 2);
  const trailerBlock = lastParagraph.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l) || /^\(cherry picked from commit [0-9a-f]+\)$/.test(l));
  return `${text}${trailerBlock && text.includes('\n\n') ? '\n' : '\n\n'}${line}\n`;
}

function inlineText(bytes: Buffer): string | null {
  if (bytes.length > INLINE_LIMIT || bytes.includes(0)) return null;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Makes `branch` on GitHub hold the commits of the local `branch` above `baseRef` (the target as
 * fetched, which GitHub has): created through the API, or left as it is when it already holds
 * commits with the same trees and messages on the same base (a re-run after a lost answer).
 */
export async function publishThroughApi(options: {
  github: GitHub;
  repo: RepoRef;
  git: Git;
  branch: string;
  baseRef: string;
  logger: Logger;
}): Promise<PublishedBranch> {
  const { github, repo, git, branch, logger } = options;
  const base = await git.revParse(options.baseRef);
  const localHead = await git.revParse(`refs/heads/${branch}`);
  if (!base || !localHead) throw new Error(`the local branch ${branch} or its base ${options.baseRef} is missing`);
  const shas = await git.revList([`${base}..${localHead}`]);
  const local = await describe(git, shas);
  // The picks are a straight line on the target: each commit's only parent is the one before it.
  local.forEach((c, i) => {
    if (c.parents.length !== 1 || c.parents[0] !== (i === 0 ? base : local[i - 1]!.sha)) {
      throw new Error(`the picked commits of ${branch} are not a straight line on ${options.baseRef} (at ${c.sha.slice(0, 12)})`);
    }
  });
  const messages = local.map((c) => withCoAuthor(c.message, { name: c.authorName, email: c.authorEmail }));

  const existing = await github.getRef(repo, `heads/${branch}`);
  if (existing && (await holdsSame(github, repo, base, existing.sha, local, messages))) {
    logger.info(`${branch} already holds these ${local.length} commit(s) on GitHub: nothing to create.`);
    return { head: existing.sha, created: 0, blobs: 0, verified: true };
  }

  const perCommit = await Promise.all(local.map((c) => changes(git, c.parents[0]!, c.sha)));
  const wanted = new Set<string>();
  for (const list of perCommit) {
    for (const ch of list) if (ch.status !== 'D' && typeOf(ch.newMode) === 'blob' && ch.newSha !== ch.oldSha) wanted.add(ch.newSha);
  }
  const contents = await git.readBlobs([...wanted]);
  const uploaded = new Set<string>();
  const upload = async (sha: string): Promise<void> => {
    if (uploaded.has(sha)) return;
    const made = await github.createBlob(repo, contents.get(sha)!);
    if (made !== sha) throw new Error(`GitHub stored blob ${sha.slice(0, 12)} as ${made.slice(0, 12)}`);
    uploaded.add(sha);
  };

  let parent = base;
  let parentTree = (await git.run(['rev-parse', '--verify', '--end-of-options', `${base}^{tree}`])).trim();
  let verified = true;
  let reason = '';
  for (const [i, commit] of local.entries()) {
    const entries = async (inline: boolean): Promise<TreeEntry[]> => {
      const out: TreeEntry[] = [];
      for (const ch of perCommit[i]!) {
        if (ch.status === 'D') {
          out.push({ path: ch.path, mode: ch.oldMode as TreeEntry['mode'], type: typeOf(ch.oldMode), sha: null });
          continue;
        }
        const mode = ch.newMode as TreeEntry['mode'];
        const type = typeOf(ch.newMode);
        // A submodule's commit and an unchanged blob (a mode change) are referenced; new content is sent.
        if (type === 'blob' && ch.newSha !== ch.oldSha && !uploaded.has(ch.newSha)) {
          const text = inline ? inlineText(contents.get(ch.newSha)!) : null;
          if (text !== null) {
            out.push({ path: ch.path, mode, type, content: text });
            continue;
          }
          await upload(ch.newSha);
        }
        out.push({ path: ch.path, mode, type, sha: ch.newSha });
      }
      return out;
    };
    let tree = await github.createTree(repo, parentTree, await entries(true));
    if (tree !== commit.tree) {
      // Text sent inline came back different (GitHub re-encoded it): send every changed file as a blob.
      logger.debug(`tree of ${commit.sha.slice(0, 12)} came back as ${tree.slice(0, 12)}; sending blobs`);
      tree = await github.createTree(repo, parentTree, await entries(false));
    }
    if (tree !== commit.tree) {
      throw new UserError(
        'state',
        `GitHub built tree ${tree.slice(0, 12)} for the pick ${commit.sha.slice(0, 12)}, not ${commit.tree.slice(0, 12)} as git did: nothing was published to ${branch}. Set backport.signed-commits to false to push the picks instead, and report this.`,
      );
    }
    const made = await github.createCommit(repo, { message: messages[i]!, tree, parents: [parent] });
    if (!made.verified) {
      verified = false;
      reason = made.reason;
    }
    parent = made.sha;
    parentTree = tree;
  }

  if (!existing) await github.createRef(repo, `refs/heads/${branch}`, parent);
  else if (existing.sha !== parent) await github.updateRef(repo, `heads/${branch}`, parent, true);
  if (!verified) {
    logger.warning(
      `GitHub did not sign the commits of ${branch} (verification: ${reason}). It signs commits created through its API only for a GitHub App installation token (the job's GITHUB_TOKEN or an App's token); with a personal access token they are unsigned, and a branch that requires signed commits refuses them.`,
      { title: 'Backport commits not signed' },
    );
  }
  logger.info(`${branch}: ${local.length} commit(s) created through the API (${uploaded.size} blob(s) uploaded)${verified ? ', signed by GitHub' : ''}.`);
  return { head: parent, created: local.length, blobs: uploaded.size, verified };
}

/** The branch on GitHub already holds commits with these trees and messages, one per pick, right on `base`. */
async function holdsSame(github: GitHub, repo: RepoRef, base: string, head: string, local: LocalCommit[], messages: string[]): Promise<boolean> {
  const comparison = await github.compare(repo, base, head);
  if (comparison.behindBy !== 0 || comparison.mergeBaseSha !== base || comparison.totalCommits !== local.length) return false;
  if (comparison.commits.length !== local.length) return false;
  return comparison.commits.every((c, i) => c.tree === local[i]!.tree && c.message.trim() === messages[i]!.trim() && c.parents.length === 1);
}
