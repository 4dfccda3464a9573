// `npm start`: one release cycle of a three-repository release train (backend, frontend,
// infrastructure) played on the local GitHub stand-in through the BUNDLED actions, exactly as a
// runner runs them (sandbox/harness.ts): features → RC promotions with a UAT fix → release pull
// requests with checklist and gate → a must-have fix missing from the release branch, caught and
// picked → every repository's gate green → smoke run → tag and release in all three repos → code
// freeze → a security hotfix into main gets the required statuses ("not a release pull request"),
// is released as a patch and merged back → drift ledger back to zero. It narrates each step, ends with a summary table and leaves a
// markdown report (default report/release-cycle.md, git-ignored).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Git } from '../shared/git.ts';
import { MemoryLogger } from '../shared/logger.ts';
import { Sandbox, type RepoHandle } from './index.ts';
import { runAction, type ActionResult } from './harness.ts';
import { pullRequestEvent, pullRequestReviewEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from './events.ts';

export interface DemoStep {
  title: string;
  /** The actions that ran (or "git + API" when the step only plays the humans' part). */
  action: string;
  /** One line for the summary table. */
  outcome: string;
  /** The narration: what happened, with link-like references (acme/backend#12, acme/backend@v3.0.0). */
  details: string[];
  ok: boolean;
  ms: number;
  /** API requests (REST + GraphQL) the step caused at the stand-in. */
  requests: number;
}

export interface DemoResult {
  steps: DemoStep[];
  reportPath: string;
  report: string;
  /** Bundled action runs. */
  actionRuns: number;
}

export interface DemoOptions {
  /** Where to write the report (default report/release-cycle.md in the repository). */
  reportPath?: string;
  /** Called for every line of narration (default: stdout). */
  print?: (line: string) => void;
}

const BACKEND = 'acme/backend';
const FRONTEND = 'acme/frontend';
const INFRA = 'acme/infrastructure';
const REPOS = [BACKEND, FRONTEND, INFRA];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOUR = 3600_000;
const SMOKE = 'native-install-smoke.yml';
const LABELS = ['must-have', 'hotfix', 'security', 'bug', 'release', 'backport-drift'];

const README = (name: string): string => `# ${name}

## Installation

<!-- portal-release:install -->
\`\`\`bash
make install PREFIX="$HOME/.local"
\`\`\`
<!-- /portal-release:install -->
`;

/** The cycle's shared state, filled in as the steps go. */
interface Cycle {
  sb: Sandbox;
  repos: Map<string, RepoHandle>;
  /** The stand-in's clock (and the `now` of freeze-guard and backport-cherry-pick): advanced step by step. */
  clock: { at: number };
  bobToken: string;
  /** The demo's own reads (building webhook payloads) use this token, so the actions' requests can be told apart. */
  readToken: string;
  runs: number;
  tmp: string;
  mustHave?: { number: number; mergeSha: string };
  releasePrs: Map<string, number>;
  mergeBacks?: { stg: number; dev: number };
  /** The security hotfix merged into main (released as a patch, then merged back). */
  hotfix?: { number: number; mergeSha: string };
  ledger?: number;
}

type StepOutcome = Omit<DemoStep, 'title' | 'ms' | 'requests'>;
type StepFn = (c: Cycle) => Promise<StepOutcome>;

const repoOf = (c: Cycle, name: string): RepoHandle => c.repos.get(name)!;
const iso = (c: Cycle): string => new Date(c.clock.at).toISOString().replace(/\.\d{3}Z$/, 'Z');
const short = (sha: string | undefined | null): string => (sha ?? '').slice(0, 7);
const advance = (c: Cycle, hours: number): void => {
  c.clock.at += hours * HOUR;
};

async function api<T = Record<string, any>>(c: Cycle, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${c.sb.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token ?? c.readToken}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}

const repoJson = (c: Cycle, repo: RepoHandle) => api(c, 'GET', `/repos/${repo.fullName}`);
const pullJson = (c: Cycle, repo: RepoHandle, n: number) => api(c, 'GET', `/repos/${repo.fullName}/pulls/${n}`);

/** Runs a bundled action as the runner would; inputs `now` only go to the actions that have one. */
async function act(c: Cycle, repo: RepoHandle, action: string, eventName: string, event: unknown, inputs: Record<string, string> = {}): Promise<ActionResult> {
  c.runs += 1;
  const withNow = action === 'freeze-guard' || action === 'backport-cherry-pick' ? { now: iso(c), ...inputs } : inputs;
  return runAction({
    action,
    eventName,
    event,
    repository: repo.fullName,
    apiUrl: c.sb.apiUrl,
    serverUrl: c.sb.serverUrl,
    token: c.sb.token,
    inputs: withNow,
  });
}

/** Why an action run failed, in one line (its error annotation, else the tail of its log). */
function failureOf(r: ActionResult): string {
  const error = r.annotations.find((a) => a.level === 'error');
  return error ? error.message : (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ');
}

async function dispatch(c: Cycle, repo: RepoHandle, action: string, inputs: Record<string, string>): Promise<ActionResult> {
  return act(c, repo, action, 'workflow_dispatch', workflowDispatchEvent({ ref: 'main', repo: await repoJson(c, repo) }), inputs);
}

async function onPullRequest(c: Cycle, repo: RepoHandle, action: string, n: number, inputs: Record<string, string> = {}): Promise<ActionResult> {
  const event = pullRequestEvent('synchronize', await pullJson(c, repo, n), await repoJson(c, repo));
  return act(c, repo, action, 'pull_request', event, inputs);
}

/** A topic branch with one commit, a pull request by `user`, merged by a maintainer. */
async function mergedPull(
  c: Cycle,
  repo: RepoHandle,
  o: {
    branch: string;
    base: string;
    title: string;
    files: Record<string, string>;
    user: string;
    labels?: string[];
    milestone?: boolean;
    method?: 'merge' | 'squash';
  },
): Promise<{ number: number; mergeSha: string }> {
  const number = await openPull(c, repo, o);
  advance(c, 1);
  const mergeSha = await repo.mergePullRequest(number, { method: o.method ?? 'squash', by: 'bob' });
  return { number, mergeSha };
}

async function openPull(
  c: Cycle,
  repo: RepoHandle,
  o: { branch: string; base: string; title: string; files: Record<string, string>; user: string; labels?: string[]; milestone?: boolean | string },
): Promise<number> {
  await repo.createBranch(o.branch, o.base);
  await repo.commit(o.branch, o.files, o.title, { author: o.user });
  const title = typeof o.milestone === 'string' ? o.milestone : 'v3.0.0';
  const milestone = o.milestone ? (repo.milestones().find((m) => m.title === title)?.number as number | undefined) : undefined;
  const pr = await repo.openPullRequest({ head: o.branch, base: o.base, title: o.title, user: o.user, labels: o.labels, milestone });
  return pr.number as number;
}

function parse<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------------------------------------
// The cycle

const STEPS: [string, StepFn][] = [
  [
    'Three repositories of the release train at v2.4.0',
    async (c) => {
      for (const name of REPOS) {
        const files: Record<string, string> = { 'README.md': README(name), 'src/index.ts': 'export {};\n' };
        const repo = await c.sb.createRepo(name, { defaultBranch: 'main', branches: ['dev', 'stg'], files });
        for (const label of LABELS) repo.createLabel(label, { description: `${label} (portal-release demo)` });
        await repo.createRelease({ tag: 'v2.4.0', target: 'main', publishedAt: new Date(c.clock.at - 60 * 24 * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z') });
        repo.createMilestone('v3.0.0', { description: 'Release 3.0.0 of the portal' });
        repo.setPermission('alice', 'write');
        repo.setPermission('bob', 'maintain');
        c.repos.set(name, repo);
      }
      return {
        action: 'git + API',
        outcome: `${REPOS.join(', ')}: main = stg = dev at v2.4.0, milestone v3.0.0 in each`,
        details: [
          ...REPOS.map((r) => `${r}@v2.4.0 — branches main, stg, dev; milestone "v3.0.0"`),
          'no policy file: every default of .github/portal-release.yml applies',
        ],
        ok: true,
      };
    },
  ],
  [
    'Features merged to dev (freeze-guard: no freeze in force)',
    async (c) => {
      advance(c, 24);
      const details: string[] = [];
      const backend = repoOf(c, BACKEND);
      const first = await openPull(c, backend, {
        branch: 'feat/token-sessions',
        base: 'dev',
        title: 'feat!: token sessions replace cookies',
        files: { 'src/sessions.ts': 'export const sessions = "token";\n' },
        user: 'alice',
        milestone: true,
      });
      const guard = await onPullRequest(c, backend, 'freeze-guard', first);
      details.push(`${BACKEND}#${first} "feat!: token sessions replace cookies": freeze-guard says ${guard.outputs.decision} — ${guard.outputs.reason}`);
      advance(c, 1);
      await backend.mergePullRequest(first, { method: 'squash', by: 'bob' });
      details.push(`${BACKEND}#${first} merged into dev`);
      const features: [string, string, Record<string, string>][] = [
        [FRONTEND, 'feat: sign-in page for token sessions', { 'src/sign-in.ts': 'export const signIn = true;\n' }],
        [INFRA, 'feat: session store deployment', { 'deploy/session-store.yaml': 'kind: Deployment\n' }],
      ];
      for (const [name, title, files] of features) {
        const { number } = await mergedPull(c, repoOf(c, name), { branch: 'feat/sessions', base: 'dev', title, files, user: 'alice', milestone: true });
        details.push(`${name}#${number} "${title}" merged into dev`);
      }
      return {
        action: 'freeze-guard',
        outcome: `${BACKEND}#${first}: ${guard.outputs.decision}; 3 feature PRs merged into dev`,
        details,
        ok: guard.exitCode === 0 && guard.outputs.decision === 'not-frozen',
      };
    },
  ],
  [
    'Release candidate v3.0.0-rc.1 promoted dev → stg in the three repositories',
    async (c) => {
      advance(c, 24);
      // The three buttons are pressed at once: each repository's promotion runs in its own job.
      const runs = await Promise.all(
        // The backend's version follows its commits (feat! → major); the train shares that version.
        REPOS.map((name) => dispatch(c, repoOf(c, name), 'promote-rc', name === BACKEND ? { stage: 'rc', bump: 'auto' } : { stage: 'rc', version: '3.0.0' })),
      );
      const details: string[] = [];
      let ok = true;
      advance(c, 1);
      for (const [i, name] of REPOS.entries()) {
        const r = runs[i]!;
        const n = Number(r.outputs['pr-number']);
        ok &&= r.exitCode === 0 && r.outputs.operation === 'created' && r.outputs.tag === 'v3.0.0-rc.1' && n > 0;
        if (r.exitCode !== 0) details.push(`${name}: promote-rc failed — ${failureOf(r)}`);
        details.push(`${name}@${r.outputs.tag} on ${short(r.outputs.sha)}; release-candidate PR ${name}#${n} (changes since ${r.outputs['previous-tag']})`);
        if (n > 0) await repoOf(c, name).mergePullRequest(n, { method: 'merge', by: 'bob' });
        details.push(`${name}#${n} merged: staging deploys rc.1 and UAT starts`);
      }
      return { action: 'promote-rc', outcome: 'v3.0.0-rc.1 tagged and its PR merged into stg in 3 repositories', details, ok };
    },
  ],
  [
    'UAT finds a bug: the fix lands on dev and rc.2 is promoted',
    async (c) => {
      advance(c, 24);
      const backend = repoOf(c, BACKEND);
      const fix = await mergedPull(c, backend, {
        branch: 'fix/refresh-tokens',
        base: 'dev',
        title: 'fix: refresh tokens before they expire',
        files: { 'src/refresh.ts': 'export const refreshEarly = true;\n' },
        user: 'alice',
        labels: ['bug'],
        milestone: true,
      });
      const r = await dispatch(c, backend, 'promote-rc', { stage: 'rc' });
      const n = Number(r.outputs['pr-number']);
      const ok = r.exitCode === 0 && r.outputs.tag === 'v3.0.0-rc.2' && r.outputs['previous-tag'] === 'v3.0.0-rc.1' && n > 0;
      advance(c, 1);
      if (n > 0) await backend.mergePullRequest(n, { method: 'merge', by: 'bob' });
      // Meanwhile a must-have fix is merged into the frontend's dev — after its rc.1, and nobody promotes it.
      advance(c, 2);
      const frontend = repoOf(c, FRONTEND);
      c.mustHave = await mergedPull(c, frontend, {
        branch: 'fix/sign-in-loop',
        base: 'dev',
        title: 'fix: sign-in redirect loop on expired sessions',
        files: { 'src/redirect.ts': 'export const maxRedirects = 1;\n' },
        user: 'alice',
        labels: ['must-have'],
        milestone: true,
      });
      return {
        action: 'promote-rc',
        outcome: `${BACKEND}#${fix.number} fixed on dev → ${BACKEND}@${r.outputs.tag} via ${BACKEND}#${n}`,
        details: [
          `${BACKEND}#${fix.number} "fix: refresh tokens before they expire" merged into dev`,
          r.exitCode === 0
            ? `${BACKEND}@${r.outputs.tag} on ${short(r.outputs.sha)} (changes since ${r.outputs['previous-tag']}); PR ${BACKEND}#${n} ${r.outputs.operation} and merged: UAT passes on rc.2`
            : `promote-rc failed — ${failureOf(r)}`,
          `meanwhile ${FRONTEND}#${c.mustHave.number} "fix: sign-in redirect loop on expired sessions" (must-have, milestone v3.0.0) is merged into dev only`,
        ],
        ok,
      };
    },
  ],
  [
    'Release pull requests stg → main with the validation checklist; the gate is red',
    async (c) => {
      advance(c, 24);
      const runs = await Promise.all(REPOS.map((name) => dispatch(c, repoOf(c, name), 'promote-rc', { stage: 'release', labels: 'release' })));
      const details: string[] = [];
      let ok = true;
      for (const [i, name] of REPOS.entries()) {
        const r = runs[i]!;
        const n = Number(r.outputs['pr-number']);
        c.releasePrs.set(name, n);
        const body = n > 0 ? String((await pullJson(c, repoOf(c, name), n)).body) : '';
        const boxes = (body.match(/^- \[ \]/gm) ?? []).length;
        ok &&= r.exitCode === 0 && r.outputs.operation === 'created' && r.outputs.tag === 'v3.0.0' && boxes > 0;
        details.push(
          r.exitCode === 0
            ? `${name}#${n} "Release ${r.outputs.tag}" pinned at stg ${short(r.outputs.sha)}, ${boxes} checklist item(s) to tick`
            : `${name}: promote-rc failed — ${failureOf(r)}`,
        );
      }
      const backend = repoOf(c, BACKEND);
      const n = c.releasePrs.get(BACKEND)!;
      const gate = await onPullRequest(c, backend, 'promote-rc', n, { stage: 'gate' });
      const missing = parse<string[]>(gate.outputs.missing, []);
      ok &&= gate.exitCode === 0 && gate.outputs['gate-state'] === 'failure' && missing.length > 0;
      details.push(`${BACKEND}#${n}: portal-release/release-gate = ${gate.outputs['gate-state']}`, ...missing.map((m) => `still missing: ${m}`));
      return { action: 'promote-rc', outcome: `3 release PRs opened; gate on ${BACKEND}#${n}: ${gate.outputs['gate-state']}`, details, ok };
    },
  ],
  [
    'milestone-check catches a must-have fix missing from the release branch',
    async (c) => {
      const backend = repoOf(c, BACKEND);
      const n = c.releasePrs.get(BACKEND)!;
      const r = await onPullRequest(c, backend, 'milestone-check', n, { version: '3.0.0', repos: `${FRONTEND}, ${INFRA}`, 'comment-on': String(n) });
      const missing = parse<{ repo: string; number: number; command: string }[]>(r.outputs.missing, []);
      const caught = missing.find((m) => m.repo === FRONTEND && m.number === c.mustHave?.number);
      return {
        action: 'milestone-check',
        outcome: caught
          ? `not ready: ${FRONTEND}#${caught.number} is merged but not on stg — \`${caught.command}\``
          : `ready=${r.outputs.ready}: ${failureOf(r)}`,
        details: [
          `milestone v3.0.0 checked in ${REPOS.join(', ')} from ${BACKEND}#${n} (changes must be on stg)`,
          ...missing.map((m) => `${m.repo}#${m.number} is merged but missing from stg; pick it with: ${m.command}`),
          `the report is kept as one comment on ${BACKEND}#${n}; the job is red, so the release PR cannot merge`,
        ],
        ok: r.exitCode === 1 && r.outputs.ready === 'false' && caught !== undefined && missing.length === 1,
      };
    },
  ],
  [
    'The fix is picked onto stg, the release PR re-pinned, and milestone-check passes',
    async (c) => {
      advance(c, 2);
      const frontend = repoOf(c, FRONTEND);
      const git = await Git.scratch({
        logger: new MemoryLogger(),
        serverUrl: c.sb.serverUrl,
        token: c.bobToken,
        parent: c.tmp,
        identity: { name: 'Release Manager', email: 'bob@example.com' },
      });
      try {
        await git.addRemote('origin', frontend.cloneUrl);
        await git.fetch('origin', ['+refs/heads/*:refs/remotes/origin/*']);
        await git.checkoutNew('stg', 'refs/remotes/origin/stg');
        await git.run(['cherry-pick', '-x', c.mustHave!.mergeSha]);
        await git.push('origin', ['HEAD:refs/heads/stg']);
      } finally {
        await git.dispose();
      }
      const stg = (await frontend.refSha('stg'))!;
      const backend = repoOf(c, BACKEND);
      const n = c.releasePrs.get(BACKEND)!;
      const [repin, check] = await Promise.all([
        dispatch(c, frontend, 'promote-rc', { stage: 'release', labels: 'release' }),
        onPullRequest(c, backend, 'milestone-check', n, { version: '3.0.0', repos: `${FRONTEND}, ${INFRA}`, 'comment-on': String(n) }),
      ]);
      return {
        action: 'promote-rc, milestone-check',
        outcome: `git cherry-pick -x onto ${FRONTEND}@${short(stg)}; ${FRONTEND}#${repin.outputs['pr-number']} ${repin.outputs.operation}; milestone ready=${check.outputs.ready}`,
        details: [
          `the release manager ran the reported command on ${FRONTEND}'s stg and pushed: ${FRONTEND}@${short(stg)}`,
          repin.exitCode === 0
            ? `${FRONTEND}#${repin.outputs['pr-number']} re-pinned to stg ${short(repin.outputs.sha)} (operation: ${repin.outputs.operation})`
            : `promote-rc failed — ${failureOf(repin)}`,
          check.exitCode === 0 ? `milestone-check on ${BACKEND}#${n}: ready — every must-have item is done and on stg` : `milestone-check: ${failureOf(check)}`,
        ],
        ok: repin.exitCode === 0 && repin.outputs.sha === stg && check.exitCode === 0 && check.outputs.ready === 'true',
      };
    },
  ],
  [
    'Checklist ticked and approved by a maintainer: the release gate turns green in every repository of the train',
    async (c) => {
      advance(c, 4);
      const details: string[] = [];
      let ok = true;
      for (const name of REPOS) {
        const repo = repoOf(c, name);
        const n = c.releasePrs.get(name)!;
        const pr = await pullJson(c, repo, n);
        await api(c, 'PATCH', `/repos/${name}/pulls/${n}`, { body: String(pr.body).replace(/^- \[ \]/gm, '- [x]') }, c.bobToken);
        const review = await api(c, 'POST', `/repos/${name}/pulls/${n}/reviews`, { event: 'APPROVE', body: 'UAT signed off.' }, c.bobToken);
        const event = pullRequestReviewEvent('submitted', review, await pullJson(c, repo, n), await repoJson(c, repo));
        const gate = await act(c, repo, 'promote-rc', 'pull_request_review', event, { stage: 'gate' });
        ok &&= gate.exitCode === 0 && gate.outputs['gate-state'] === 'success';
        details.push(
          `every checklist box of ${name}#${n} ticked; bob (maintain) approved its head ${short(String((pr.head as { sha: string }).sha))}: ` +
            `portal-release/release-gate = ${gate.outputs['gate-state']}${gate.exitCode === 0 ? '' : ` — ${failureOf(gate)}`}`,
        );
      }
      return { action: 'promote-rc', outcome: `portal-release/release-gate green on the release PR of ${REPOS.join(', ')}`, details, ok };
    },
  ],
  [
    'Release PRs merged, CD deploys, the native-install smoke run is green on each deployed SHA',
    async (c) => {
      advance(c, 2);
      const details: string[] = [];
      for (const name of REPOS) {
        const repo = repoOf(c, name);
        const n = c.releasePrs.get(name)!;
        const sha = await repo.mergePullRequest(n, { method: 'merge', by: 'bob' });
        // The stand-in has no runners: the smoke workflow's run on the deployed SHA is recorded as GitHub would list it.
        repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main', name: 'native-install-smoke' });
        details.push(`${name}#${n} merged: main = ${name}@${short(sha)}; ${SMOKE} succeeded on ${short(sha)} (run recorded in the stand-in)`);
      }
      return { action: 'git + API', outcome: '3 release PRs merged; smoke runs green on the 3 deployed SHAs', details, ok: true };
    },
  ],
  [
    'tag-and-release: v3.0.0 tagged and released in all three repositories',
    async (c) => {
      advance(c, 1);
      // Each repository's release workflow reacts to its own deploy (push to main), all at once.
      const runs = await Promise.all(
        REPOS.map(async (name) => {
          const repo = repoOf(c, name);
          const sha = (await repo.refSha('main'))!;
          const event = pushEvent({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after: sha, repo: await repoJson(c, repo), pusher: { name: 'bob' } });
          return act(c, repo, 'tag-and-release', 'push', event);
        }),
      );
      let ok = true;
      const details: string[] = [];
      for (const [i, name] of REPOS.entries()) {
        const r = runs[i]!;
        const repo = repoOf(c, name);
        const tagged = await repo.refSha('refs/tags/v3.0.0');
        const commit = tagged ? (await repo.git(['rev-parse', 'refs/tags/v3.0.0^{commit}'])).trim() : null;
        const major = await repo.refSha('refs/tags/v3');
        const release = repo.releases().find((x) => x.tag_name === 'v3.0.0');
        const result = parse<{ status: string }[]>(r.outputs.results, [])[0];
        ok &&= r.exitCode === 0 && result?.status === 'released' && commit === r.outputs.sha && commit === (await repo.refSha('main'));
        ok &&= release !== undefined && release.prerelease === false && major === commit && Boolean(r.outputs['freeze-until']);
        details.push(
          r.exitCode === 0
            ? `${name}@v3.0.0 → ${short(commit)} (the deployed main), release "${release?.name ?? '?'}" with notes since ${r.outputs['previous-tag']}; floating ${name}@v3 points to it`
            : `${name}: tag-and-release failed — ${failureOf(r)}`,
        );
      }
      // "Released in v3.0.0": each pull request and closed issue that shipped since v2.4.0, told once by the suite.
      const snapshot = c.sb.snapshot() as { repos: Record<string, { comments: { issue: number; user: string; body: string }[] }> };
      for (const name of REPOS) {
        const told = snapshot.repos[name]!.comments.filter((x) => x.body.includes('<!-- portal-release:released-in tag=v3.0.0 -->')).map((x) => `#${x.issue}`);
        if (name === BACKEND) ok &&= told.length > 0 && new Set(told).size === told.length;
        details.push(`${name}: "🚀 Released in v3.0.0" commented on ${told.length > 0 ? told.join(', ') : 'nothing (nothing shipped since v2.4.0)'}`);
      }
      const freezeUntil = runs[0]!.outputs['freeze-until'] ?? '';
      details.push(`v3.0.0 is a major release: the code freeze on dev lasts until ${freezeUntil}`);
      return {
        action: 'tag-and-release',
        outcome: `${REPOS.map((n) => `${n}@v3.0.0`).join(', ')} released; freeze until ${freezeUntil.slice(0, 10)}`,
        details,
        ok,
      };
    },
  ],
  [
    'Code freeze: a feat PR into dev is blocked',
    async (c) => {
      advance(c, 48);
      const frontend = repoOf(c, FRONTEND);
      const n = await openPull(c, frontend, {
        branch: 'feat/dark-mode',
        base: 'dev',
        title: 'feat: dark mode',
        files: { 'src/theme.ts': 'export const dark = true;\n' },
        user: 'dana',
      });
      const r = await onPullRequest(c, frontend, 'freeze-guard', n);
      const pr = await pullJson(c, frontend, n);
      const status = frontend.statuses(String((pr.head as { sha: string }).sha)).find((s) => s.context === 'portal-release/freeze');
      return {
        action: 'freeze-guard',
        outcome: `${FRONTEND}#${n}: ${r.outputs.decision} — ${r.outputs.reason}`,
        details: [
          `${FRONTEND}#${n} "feat: dark mode": ${r.outputs.decision} (status portal-release/freeze = ${status?.state ?? 'none'}) — ${r.outputs.reason}`,
          'a guidance comment tells the author when the freeze ends and how a maintainer can grant an exception',
        ],
        ok: r.exitCode === 1 && r.outputs.decision === 'blocked' && status?.state === 'failure',
      };
    },
  ],
  [
    'Branch discipline: a stray PR into stg is blocked',
    async (c) => {
      advance(c, 1);
      const frontend = repoOf(c, FRONTEND);
      const n = await openPull(c, frontend, {
        branch: 'fix/straight-to-staging',
        base: 'stg',
        title: 'fix: patch staging directly',
        files: { 'src/staging-patch.ts': 'export const patched = true;\n' },
        user: 'dana',
      });
      const r = await onPullRequest(c, frontend, 'freeze-guard', n, { mode: 'discipline' });
      const pr = await pullJson(c, frontend, n);
      const status = frontend.statuses(String((pr.head as { sha: string }).sha)).find((s) => s.context === 'portal-release/branch-discipline');
      return {
        action: 'freeze-guard (discipline)',
        outcome: `${FRONTEND}#${n} into stg: ${r.outputs.decision} — ${status?.description ?? 'no status'}`,
        details: [
          `${FRONTEND}#${n} "fix: patch staging directly" into stg: ${r.outputs.decision} (status portal-release/branch-discipline = ${status?.state ?? 'none'}) — ${r.outputs.reason}`,
          'only the suite’s release candidates, backports and merge-backs enter stg; hotfixes labelled by someone who may push also enter main',
        ],
        ok: r.exitCode === 1 && r.outputs.decision === 'blocked' && status?.state === 'failure',
      };
    },
  ],
  [
    'Code freeze: a fix PR into dev is allowed',
    async (c) => {
      advance(c, 1);
      const backend = repoOf(c, BACKEND);
      const n = await openPull(c, backend, {
        branch: 'fix/session-expired-message',
        base: 'dev',
        title: 'fix: clearer message when a session expired',
        files: { 'src/messages.ts': 'export const expired = "Please sign in again";\n' },
        user: 'erin',
      });
      const r = await onPullRequest(c, backend, 'freeze-guard', n);
      return {
        action: 'freeze-guard',
        outcome: `${BACKEND}#${n}: ${r.outputs.decision} — ${r.outputs.reason}`,
        details: [`${BACKEND}#${n} "fix: clearer message when a session expired": ${r.outputs.decision} — ${r.outputs.reason}`],
        ok: r.exitCode === 0 && r.outputs.decision === 'allowed',
      };
    },
  ],
  [
    'Security hotfix into main: the required statuses say "not a release pull request", it merges and is released as v3.0.1',
    async (c) => {
      advance(c, 24);
      const backend = repoOf(c, BACKEND);
      backend.createMilestone('v3.0.1', { description: 'Security hotfix release' });
      const number = await openPull(c, backend, {
        branch: 'hotfix/session-fixation',
        base: 'main',
        title: 'fix(security): rotate the session id on sign-in',
        files: { 'src/session-id.ts': 'export const rotateOnSignIn = true;\n' },
        user: 'erin',
        labels: ['hotfix', 'security'],
        milestone: 'v3.0.1',
      });
      // main requires portal-release/release-gate and portal-release/milestone: both must be reported on the hotfix too.
      const gate = await onPullRequest(c, backend, 'promote-rc', number, { stage: 'gate' });
      const milestone = await onPullRequest(c, backend, 'milestone-check', number, {
        'pull-request': String(number),
        'status-context': 'portal-release/milestone',
        repos: `${FRONTEND}, ${INFRA}`,
      });
      const head = String(((await pullJson(c, backend, number)).head as { sha: string }).sha);
      const statuses = backend.statuses(head);
      const required = ['portal-release/release-gate', 'portal-release/milestone'].map((context) => statuses.find((x) => x.context === context));
      const green = required.every((x) => x?.state === 'success');
      advance(c, 1);
      const mergeSha = await backend.mergePullRequest(number, { method: 'squash', by: 'bob' });
      c.hotfix = { number, mergeSha };
      backend.addWorkflowRun({
        workflowFile: SMOKE,
        headSha: mergeSha,
        conclusion: 'success',
        event: 'push',
        headBranch: 'main',
        name: 'native-install-smoke',
      });
      const release = await dispatch(c, backend, 'tag-and-release', { version: '3.0.1' });
      const released = backend.releases().find((x) => x.tag_name === 'v3.0.1');
      const major = await backend.refSha('refs/tags/v3');
      return {
        action: 'promote-rc, milestone-check, tag-and-release',
        outcome: `${BACKEND}#${number}: release-gate ${required[0]?.state ?? 'none'}, milestone ${required[1]?.state ?? 'none'}; merged and released as ${BACKEND}@${release.outputs.tag || '?'}`,
        details: [
          ...required.map(
            (x, i) =>
              `${BACKEND}#${number}: ${i === 0 ? 'portal-release/release-gate' : 'portal-release/milestone'} = ${x?.state ?? 'none'} — "${x?.description ?? ''}"`,
          ),
          `${BACKEND}#${number} "fix(security): rotate the session id on sign-in" (hotfix, security) merged into main: ${BACKEND}@${short(mergeSha)}`,
          release.exitCode === 0
            ? `${BACKEND}@v3.0.1 → ${short(release.outputs.sha)} after the smoke run on it, notes since ${release.outputs['previous-tag']}; ${BACKEND}@v3 moved forward to it`
            : `tag-and-release failed — ${failureOf(release)}`,
        ],
        ok:
          gate.exitCode === 0 &&
          gate.outputs['gate-state'] === 'success' &&
          milestone.exitCode === 0 &&
          green &&
          release.exitCode === 0 &&
          release.outputs.sha === mergeSha &&
          released?.prerelease === false &&
          major === mergeSha,
      };
    },
  ],
  [
    'The hotfix is merged back to stg and dev by pull request',
    async (c) => {
      advance(c, 1);
      const backend = repoOf(c, BACKEND);
      const hotfix = c.hotfix!;
      const pr = await pullJson(c, backend, hotfix.number);
      const event = pullRequestEvent('closed', pr, await repoJson(c, backend), { merged: true });
      const r = await act(c, backend, 'backport-cherry-pick', 'pull_request', event);
      const results = parse<Record<string, { state: string; kind: string; pr?: number; reason: string }>>(r.outputs.results, {});
      const stg = results.stg;
      const dev = results.dev;
      if (stg?.pr && dev?.pr) c.mergeBacks = { stg: stg.pr, dev: dev.pr };
      // What each merge-back carries from the hotfix: its labels, milestone, author (assignee, reviewer).
      const carried: string[] = [];
      let carries = true;
      for (const n of [stg?.pr, dev?.pr]) {
        if (!n) continue;
        const mb = await pullJson(c, backend, n);
        const labels = (mb.labels as { name: string }[]).map((l) => l.name);
        const milestone = (mb.milestone as { title?: string } | null)?.title ?? 'none';
        const reviewers = (mb.requested_reviewers as { login: string }[]).map((u) => u.login);
        carried.push(
          `${BACKEND}#${n} "${String(mb.title)}": labels ${labels.join(', ') || 'none'} · milestone ${milestone} · review requested from ${reviewers.join(', ') || 'nobody'}`,
        );
        carries &&= labels.includes('security') && labels.includes('hotfix') && milestone === 'v3.0.1' && reviewers.includes('erin');
      }
      return {
        action: 'backport-cherry-pick',
        outcome: `${BACKEND}#${hotfix.number} → merge-back PRs ${BACKEND}#${stg?.pr ?? '?'} (stg), ${BACKEND}#${dev?.pr ?? '?'} (dev)`,
        details: [
          ...Object.entries(results).map(
            ([branch, x]) => `${branch}: ${x.kind} ${x.state}${x.pr ? ` — ${BACKEND}#${x.pr}` : ''} (cherry-pick -x; ${x.reason})`,
          ),
          ...carried,
          ...(r.exitCode === 0 ? [] : [`backport-cherry-pick failed — ${failureOf(r)}`]),
        ],
        ok: r.exitCode === 0 && stg?.state === 'created' && dev?.state === 'created' && stg.kind === 'merge-back' && dev.kind === 'merge-back' && carries,
      };
    },
  ],
  [
    'Drift ledger: the hotfix is tracked until every branch has it, then back to zero',
    async (c) => {
      advance(c, 12);
      const backend = repoOf(c, BACKEND);
      const audit = () => act(c, backend, 'backport-cherry-pick', 'schedule', scheduleEvent('17 6 * * *'), { mode: 'audit' });
      const first = await audit();
      const ledger = backend.issues().find((i) => String(i.body ?? '').includes('portal-release:drift-ledger'));
      const details = [
        `nightly drift audit: ${first.outputs.drift} production change(s) missing from stg or dev — ledger ${ledger ? `${BACKEND}#${ledger.number}` : 'missing'}`,
      ];
      let ok = first.exitCode === 0 && first.outputs.drift === '1' && ledger?.state === 'open' && c.mergeBacks !== undefined;
      if (c.mergeBacks) {
        // The merge-back into dev is a hotfix: the freeze lets it in.
        const guard = await onPullRequest(c, backend, 'freeze-guard', c.mergeBacks.dev);
        details.push(`${BACKEND}#${c.mergeBacks.dev} (merge-back into dev): freeze-guard says ${guard.outputs.decision} — ${guard.outputs.reason}`);
        ok &&= guard.exitCode === 0 && (guard.outputs.decision === 'allowed' || guard.outputs.decision === 'exempt');
        advance(c, 1);
        await backend.mergePullRequest(c.mergeBacks.stg, { method: 'squash', by: 'bob' });
        await backend.mergePullRequest(c.mergeBacks.dev, { method: 'squash', by: 'bob' });
        details.push(`${BACKEND}#${c.mergeBacks.stg} and ${BACKEND}#${c.mergeBacks.dev} merged`);
      }
      advance(c, 12);
      const second = await audit();
      const closed = ledger ? backend.issue(ledger.number as number).state : undefined;
      details.push(`next audit: drift ${second.outputs.drift}; ledger ${ledger ? `${BACKEND}#${ledger.number}` : '?'} ${closed ?? '?'}`);
      ok &&= second.exitCode === 0 && second.outputs.drift === '0' && closed === 'closed';
      return {
        action: 'backport-cherry-pick, freeze-guard',
        outcome: `drift ${first.outputs.drift} → ${second.outputs.drift}; ledger ${closed ?? '?'}`,
        details,
        ok,
      };
    },
  ],
];

// ---------------------------------------------------------------------------------------------
// Narration and report

/** API requests (REST + GraphQL) the actions made since log index `from`: they use the runner's token. */
function actionRequests(sb: Sandbox, from: number): number {
  return sb
    .requests()
    .slice(from)
    .filter((r) => r.route !== 'git' && r.login === sb.defaultLogin).length;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(steps: DemoStep[]): string {
  const rows = steps.map(
    (s, i) => `| ${i + 1} | ${s.ok ? '✅' : '❌'} | ${cell(s.title)} | ${cell(s.action)} | ${cell(s.outcome)} | ${s.requests} | ${s.ms} |`,
  );
  return ['| # | | Step | Action | Outcome | API requests | ms |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function terminalTable(steps: DemoStep[]): string {
  const width = Math.max(...steps.map((s) => s.title.length));
  return steps
    .map((s, i) => `${String(i + 1).padStart(2)}. ${s.ok ? '✔' : '✘'} ${s.title.padEnd(width)}  ${s.action} (${s.requests} requests, ${s.ms} ms)`)
    .join('\n');
}

function renderReport(steps: DemoStep[], runs: number, totalMs: number): string {
  const passed = steps.filter((s) => s.ok).length;
  const requests = steps.reduce((sum, s) => sum + s.requests, 0);
  const lines = [
    '# portal-release — a release cycle on the local sandbox',
    '',
    `${passed} of ${steps.length} steps behaved as the runbook requires. ${runs} runs of the bundled actions under Node 24, as on a GitHub runner, ` +
      `against a GitHub stand-in that checked each of their ${requests} API requests against GitHub's OpenAPI description; ${(totalMs / 1000).toFixed(1)} s in all.`,
    '',
    `Release train: ${REPOS.map((r) => `\`${r}\``).join(', ')}. Branches \`dev\` (development) → \`stg\` (staging, UAT) → \`main\` (production).`,
    '',
    '## Summary',
    '',
    table(steps),
    '',
    '## Steps',
    '',
  ];
  steps.forEach((s, i) => {
    lines.push(`### ${i + 1}. ${s.ok ? '✅' : '❌'} ${s.title}`, '', `*${s.action}* — ${s.outcome}`, '', ...s.details.map((d) => `- ${d}`), '');
  });
  return lines.join('\n');
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const reportPath = options.reportPath ?? join(ROOT, 'report', 'release-cycle.md');
  const started = Date.now();
  // The cycle spans about two weeks, ending now (commits pushed by the actions carry the real time).
  const clock = { at: Math.floor(started / HOUR) * HOUR - 14 * 24 * HOUR };
  const sb = await Sandbox.start({ now: () => new Date(clock.at) });
  const steps: DemoStep[] = [];
  let runs = 0;
  try {
    sb.addUser('alice');
    sb.addUser('dana');
    sb.addUser('erin');
    const bobToken = sb.addToken('bob');
    const readToken = sb.addToken('release-dashboard');
    const tmp = join(sb.root, 'demo-work');
    await mkdir(tmp, { recursive: true });
    const cycle: Cycle = { sb, repos: new Map(), clock, bobToken, readToken, runs: 0, tmp, releasePrs: new Map() };
    print(`portal-release: a release cycle of ${REPOS.join(', ')} on the local GitHub stand-in (${sb.serverUrl})`);
    for (const [i, [title, fn]] of STEPS.entries()) {
      const t0 = Date.now();
      const r0 = sb.requests().length;
      print(`\n[${i + 1}/${STEPS.length}] ${title}`);
      let step: DemoStep;
      try {
        const r = await fn(cycle);
        step = { title, ...r, ms: 0, requests: 0 };
      } catch (error) {
        step = { title, action: '-', outcome: `error: ${(error as Error).message}`, details: [], ok: false, ms: 0, requests: 0 };
      }
      step.ms = Date.now() - t0;
      step.requests = actionRequests(sb, r0);
      steps.push(step);
      for (const d of step.details) print(`      ${d}`);
      print(`      ${step.ok ? '✔' : '✘'} ${step.outcome} (${step.ms} ms)`);
    }
    runs = cycle.runs;
    const violations = sb.violations();
    if (violations.length) {
      steps.push({
        title: 'Every request matched GitHub’s OpenAPI description',
        action: 'sandbox',
        outcome: `${violations.length} violation(s): ${violations[0]!.method} ${violations[0]!.path}: ${violations[0]!.message}`,
        details: violations.slice(0, 10).map((v) => `${v.method} ${v.path}: ${v.message}`),
        ok: false,
        ms: 0,
        requests: 0,
      });
    }
  } finally {
    await sb.close();
  }
  const report = renderReport(steps, runs, Date.now() - started);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, report);
  const passed = steps.filter((s) => s.ok).length;
  print(`\n${terminalTable(steps)}\n`);
  print(`${passed} of ${steps.length} steps ok · ${runs} action runs · ${((Date.now() - started) / 1000).toFixed(1)} s`);
  print(`Report: ${relative(process.cwd(), reportPath) || reportPath}`);
  return { steps, reportPath, report, actionRuns: runs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--report');
  if (args.includes('--help') || (at !== -1 && !args[at + 1])) {
    process.stdout.write('Usage: npm start [-- --report path.md]   (default report: report/release-cycle.md)\n');
    process.exit(args.includes('--help') ? 0 : 1);
  }
  const result = await runDemo(at === -1 ? {} : { reportPath: resolve(args[at + 1]!) });
  process.exit(result.steps.every((s) => s.ok) ? 0 : 1);
}
