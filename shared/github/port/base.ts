// The port's foundation: the Octokit it sends through, the request count, the dry-run guard, and the one way every call's failure is explained.

import { RequestError } from '@octokit/request-error';
import { UserError, errorMessage } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Octokit, RequestShape } from '../client.ts';
import { isGraphqlQuery } from '../client.ts';
import type { TokenSource } from '../errors.ts';
import { explainApiError } from '../errors.ts';

export class PortBase {
  readonly octokit: Octokit;
  protected readonly logger: Logger;
  /** Counts requests made through this port (for budgets and job summaries). */
  requestCount = 0;

  /** When true (dry-run), any write request is refused before it leaves the process. */
  readonly readOnly: boolean;

  /** Where the token came from: advice about a bad token names the `token` input or GITHUB_TOKEN. */
  readonly tokenSource: TokenSource;

  constructor(octokit: Octokit, logger: Logger, options: { readOnly?: boolean; tokenSource?: TokenSource } = {}) {
    this.octokit = octokit;
    this.logger = logger;
    this.readOnly = options.readOnly ?? false;
    this.tokenSource = options.tokenSource ?? 'action-input';
    octokit.hook.before('request', (request) => {
      this.requestCount += 1;
      if (this.readOnly && request.method !== 'GET' && request.method !== 'HEAD' && !isGraphqlQuery(request as unknown as RequestShape)) {
        throw new Error(`Dry run: refused to send ${request.method} ${request.url} (a write). This is a bug: the plan must not write.`);
      }
    });
  }

  protected async call<T>(operation: string, needs: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw explainApiError(error, operation, needs, this.tokenSource);
    }
  }

  protected async maybe<T>(operation: string, needs: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof RequestError && error.status === 404) return null;
      throw explainApiError(error, operation, needs, this.tokenSource);
    }
  }

  // -- GraphQL -----------------------------------------------------------------------------

  async graphql<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T> {
    try {
      return await this.octokit.graphql<T>(query, variables);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (error instanceof RequestError || status) throw explainApiError(error, operation, 'issues: read, pull-requests: read', this.tokenSource);
      throw new UserError('state', `${operation} failed: ${errorMessage(error)}`);
    }
  }

  debug(message: string): void {
    this.logger.debug(message);
  }
}
