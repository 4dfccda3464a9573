import { GitHubError, type GitHub } from './github/index.ts';

/**
 * The login GitHub gives the job's GITHUB_TOKEN: an installation token of the GitHub Actions app.
 * Everything written with that token (pull requests, comments, issues) is authored by this bot.
 */
export const ACTIONS_BOT = 'github-actions[bot]';

export const VIEWER_QUERY = 'query SuiteIdentity { viewer { login } }';

/**
 * Who the suite is: the login its token writes as, plus the logins the policy trusts
 * (`trusted-logins`, e.g. the App or account that opened older suite pull requests).
 *
 * The token's login comes from GraphQL `viewer { login }`, which answers for user tokens and for
 * GitHub App installation tokens (as `<app-slug>[bot]`); REST `GET /user` refuses installation
 * tokens ("Resource not accessible by integration"), so it is never used. When the viewer query is
 * refused, the token is taken to be the job's GITHUB_TOKEN, which writes as github-actions[bot].
 * The query is sent lazily, at most once per run (per GitHub port), and only when a decision needs
 * it: a login listed in the policy is trusted without it.
 */
export class SuiteIdentity {
  private readonly github: GitHub;
  private readonly trusted: Set<string>;

  constructor(github: GitHub, trustedLogins: readonly string[] = []) {
    this.github = github;
    this.trusted = new Set(trustedLogins.map((l) => l.toLowerCase()));
  }

  /** Whether `login` is the suite (the token's own login or one the policy trusts). */
  async isSuite(login: string | null | undefined): Promise<boolean> {
    if (!login) return false;
    const key = login.toLowerCase();
    if (this.trusted.has(key)) return true;
    return (await this.tokenLogin()).toLowerCase() === key;
  }

  /** The login the token writes as (one GraphQL query, cached for the run). */
  async tokenLogin(): Promise<string> {
    return (await this.resolve()).login;
  }

  /** Every login the suite trusts, with how the token's own one was learnt (for summaries). */
  async describe(): Promise<string> {
    const { login, how } = await this.resolve();
    const others = [...this.trusted].filter((l) => l !== login.toLowerCase());
    return `${login} (${how})${others.length ? `, and from the policy's trusted-logins: ${others.join(', ')}` : ''}`;
  }

  private resolve(): Promise<{ login: string; how: string }> {
    let viewer = viewerCache.get(this.github);
    if (!viewer) {
      viewer = viewerLogin(this.github);
      viewerCache.set(this.github, viewer);
    }
    return viewer;
  }
}

/** One viewer query per GitHub port, whichever action part asks first. */
const viewerCache = new WeakMap<GitHub, Promise<{ login: string; how: string }>>();

async function viewerLogin(github: GitHub): Promise<{ login: string; how: string }> {
  try {
    const data = await github.graphql<{ viewer: { login: string } | null }>('Reading the login of the token (GraphQL viewer)', VIEWER_QUERY, {});
    const login = data.viewer?.login;
    if (login) return { login, how: 'the token, from GraphQL viewer' };
  } catch (error) {
    // Refused (FORBIDDEN / 403): the job's GITHUB_TOKEN. Anything else (bad token, outage) is a real failure.
    if (!(error instanceof GitHubError && error.status === 403) && !isForbidden(error)) throw error;
  }
  github.debug(`The viewer query was refused; taking the token to be the job's GITHUB_TOKEN (${ACTIONS_BOT}).`);
  return { login: ACTIONS_BOT, how: "the job's GITHUB_TOKEN: the viewer query was refused" };
}

function isForbidden(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /FORBIDDEN|not accessible by integration/i.test(text);
}

/**
 * The REST spelling of a GraphQL Actor's login. GraphQL names a Bot without the `[bot]` suffix
 * that REST, `viewer` and the suite's identity use ("github-actions" vs "github-actions[bot]"), so
 * every query that reads an author asks for `__typename` and maps it here before comparing.
 */
export function actorLogin(actor: { __typename?: string; login: string } | null | undefined): string {
  if (!actor) return '';
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}
