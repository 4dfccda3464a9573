// Errors: every API failure becomes one actionable sentence.
import { RequestError } from '@octokit/request-error';
import { UserError, errorMessage } from '../errors.ts';
import { repoName, type RepoRef } from '../context.ts';
import { isNetworkFailure, networkErrorCode } from './client.ts';

/** An API failure, already explained. `status` lets callers treat expected 404/422 specially. */
export class GitHubError extends UserError {
  readonly status: number;
  readonly apiMessage: string;
  constructor(status: number, apiMessage: string, message: string) {
    super(status === 401 || status === 403 ? 'permission' : status === 404 ? 'not-found' : 'state', message);
    this.name = 'GitHubError';
    this.status = status;
    this.apiMessage = apiMessage;
  }
}

export function apiMessageOf(error: RequestError): string {
  const data = error.response?.data as { message?: string; errors?: { message?: string; code?: string }[] } | undefined;
  const parts = [data?.message ?? error.message];
  for (const e of data?.errors ?? []) if (e.message || e.code) parts.push(e.message ?? e.code ?? '');
  return parts.filter(Boolean).join(': ');
}

/**
 * Where the token came from, so that advice about a bad or weak token names what to change: the
 * action's `token` input on a runner, the GITHUB_TOKEN variable for the command-line interface.
 */
export type TokenSource = 'action-input' | 'cli-environment';

export const TOKEN_ADVICE: Record<TokenSource, { invalid: string; weak: (needs: string) => string }> = {
  'action-input': {
    invalid: 'The token is invalid or expired: check the `token` input (secrets are not available to workflows triggered from forks).',
    weak: (needs) =>
      `The token lacks permission: add \`${needs}\` to the workflow's \`permissions:\` block (for another repository use a GitHub App token that is installed there).`,
  },
  'cli-environment': {
    invalid: 'The token in GITHUB_TOKEN is invalid or expired: export a valid one (for example `export GITHUB_TOKEN=$(gh auth token)`).',
    weak: (needs) =>
      `The token in GITHUB_TOKEN lacks permission: use a token whose access to the repository includes \`${needs}\` (a fine-grained token's repository permissions, or a classic token's \`repo\` scope).`,
  },
};

/** Error codes that mean the connection was never made, in words. */
export const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve (DNS)',
  EAI_AGAIN: 'the host name could not be resolved (DNS, temporary failure)',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};

export function hostOf(error: RequestError): string {
  try {
    return new URL(error.request.url).host;
  } catch {
    return 'the API host';
  }
}

/** A POST that creates something (not a GraphQL query, not a read): never repeated automatically (see isRetrySafe). */
export function isCreatingPost(error: RequestError): boolean {
  return error.request.method.toUpperCase() === 'POST' && !error.request.url.endsWith('/graphql') && !error.request.url.endsWith('/generate-notes');
}

/** A request that got no HTTP answer: named as a network failure with the host, never as "GitHub answered 500". */
export function explainNetworkFailure(error: RequestError, operation: string): UserError {
  const host = hostOf(error);
  const code = networkErrorCode(error) ?? '';
  const known = NETWORK_CODES[code];
  if (known) {
    return new UserError(
      'network',
      `${operation} failed: a network failure, not an answer from GitHub — ${host}: ${known} (${code}), also on a second try. Check the API address (GITHUB_API_URL) and the network of the machine running this, then re-run.`,
      { cause: error },
    );
  }
  const lost = `the connection to ${host} broke before an answer arrived (${code || error.message})`;
  return new UserError(
    'network',
    isCreatingPost(error)
      ? `${operation} failed: a network failure — ${lost}. GitHub may have made the change; it is not sent twice (that could duplicate it). Re-run the job: the next run finds what was made.`
      : `${operation} failed: a network failure — ${lost}, also after retries. Re-run the job.`,
    { cause: error },
  );
}

/**
 * Explains an API failure: what was being done, what GitHub said, and what to change.
 * `needs` names the workflow permission that operation requires (e.g. "pull-requests: write").
 */
export function explainApiError(error: unknown, operation: string, needs: string, tokenSource: TokenSource = 'action-input'): Error {
  if (!(error instanceof RequestError)) return error instanceof Error ? error : new Error(errorMessage(error));
  if (isNetworkFailure(error)) return explainNetworkFailure(error, operation);
  const message = apiMessageOf(error);
  const said = `GitHub answered ${error.status}: ${message}`;
  const token = TOKEN_ADVICE[tokenSource];
  let advice: string;
  switch (error.status) {
    case 401:
      advice = token.invalid;
      break;
    case 403:
      if (/not permitted to create or approve pull requests/i.test(message)) {
        advice =
          'Enable "Allow GitHub Actions to create and approve pull requests" in the repository (or organization) Settings → Actions → General, or pass a GitHub App token.';
      } else if (/rate limit/i.test(message)) {
        advice = 'The API rate limit was exhausted even after retries; re-run the job later or use a GitHub App token (higher limits).';
      } else {
        advice = token.weak(needs);
      }
      break;
    case 404:
      advice = `Not found: check the repository and names, and that the token can see them (a 404 can also mean the token lacks \`${needs}\`).`;
      break;
    case 409:
      advice = 'The repository is empty or in a conflicting state; retry after the conflicting change settles.';
      break;
    case 422:
      advice = 'GitHub refused the change as invalid; the message above says why.';
      break;
    default:
      advice =
        error.status >= 500
          ? isCreatingPost(error)
            ? 'GitHub may have made the change all the same; it is not sent twice (that could duplicate it). Re-run the job: the next run finds what was made.'
            : 'GitHub had a server error that persisted after retries; re-run the job.'
          : 'See the message above.';
  }
  return new GitHubError(error.status, message, `${operation} failed. ${said}. ${advice}`);
}

/**
 * The one sentence for a repository that cannot be read: GitHub answers 404 both for a repository that
 * does not exist and for one the token may not see, so it names both.
 */
export function repositoryNotReachable(r: RepoRef, tokenSource: TokenSource = 'action-input'): UserError {
  const check = tokenSource === 'cli-environment' ? 'the --repo option and the token in GITHUB_TOKEN' : 'the repository name and the token';
  return new UserError(
    'not-found',
    `Repository ${repoName(r)} is not reachable with this token (GitHub answers 404 for a repository that does not exist and for one the token cannot see): check ${check}.`,
  );
}
