import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  issueCommentEvent,
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  scheduleEvent,
  validateWebhook,
  webhookKey,
  workflowDispatchEvent,
} from './events.ts';
import type { Json, PullRequestAction } from './events.ts';

// REST-shaped objects from the REST description's own component examples (only this file is loaded).
let ex: Record<string, { value: unknown }>;
const example = (name: string): Json => structuredClone(ex[name]?.value) as Json;

beforeAll(() => {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  ex = (JSON.parse(readFileSync(file, 'utf8')) as { components: { examples: typeof ex } }).components.examples;
});

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('webhookKey', () => {
  it('maps event and action to the spec key', () => {
    expect(webhookKey('pull_request', 'closed')).toBe('pull-request-closed');
    expect(webhookKey('merge_group', 'checks_requested')).toBe('merge-group-checks-requested');
    expect(webhookKey('push')).toBe('push');
  });
});

describe('pull_request builders validate against @octokit/openapi-webhooks', () => {
  const actions: PullRequestAction[] = ['opened', 'synchronize', 'edited', 'labeled', 'unlabeled', 'reopened', 'closed'];
  for (const action of actions) {
    it(action, () => {
      const pr = example('pull-request');
      const payload = pullRequestEvent(action, pr, example('full-repository'), { before: SHA_A });
      expect(validateWebhook('pull_request', action, payload)).toEqual([]);
      expect(payload.action).toBe(action);
      expect(payload.number).toBe(pr.number);
    });
  }

  it('derives a merged pull_request.closed', () => {
    const pr = example('pull-request');
    const sender = example('simple-user');
    const payload = pullRequestEvent('closed', pr, example('full-repository'), {
      merged: true,
      sender,
      mergeCommitSha: SHA_B,
      at: '2026-01-02T03:04:05Z',
    });
    expect(validateWebhook('pull_request', 'closed', payload)).toEqual([]);
    const p = payload.pull_request as Json;
    expect(p).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: SHA_B,
      merged_at: '2026-01-02T03:04:05Z',
      closed_at: '2026-01-02T03:04:05Z',
    });
    expect(p.merged_by).toBeTruthy();
    const unmerged = pullRequestEvent('closed', pr, example('full-repository'));
    expect((unmerged.pull_request as Json).merged).toBe(false);
    expect((unmerged.pull_request as Json).merged_at).toBeNull();
    expect(validateWebhook('pull_request', 'closed', unmerged)).toEqual([]);
  });

  it('carries the given label on labeled', () => {
    const label = example('label');
    const payload = pullRequestEvent('labeled', example('pull-request'), example('full-repository'), { label });
    expect((payload.label as Json).name).toBe(label.name);
    expect(validateWebhook('pull_request', 'labeled', payload)).toEqual([]);
  });

  it('does not mutate its inputs', () => {
    const pr = example('pull-request');
    const before = JSON.stringify(pr);
    pullRequestEvent('closed', pr, example('full-repository'), { merged: true });
    expect(JSON.stringify(pr)).toBe(before);
  });

  it('validation catches a broken payload', () => {
    const payload = pullRequestEvent('opened', example('pull-request'), example('full-repository'));
    delete payload.repository;
    (payload.pull_request as Json).number = 'seven';
    const errors = validateWebhook('pull_request', 'opened', payload);
    expect(errors.some((e) => e.includes('repository'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/pull_request/number'))).toBe(true);
    expect(validateWebhook('pull_request', 'no_such_action', payload)).toEqual([expect.stringMatching(/no webhook schema/)]);
  });
});

describe('other builders validate', () => {
  it('pull_request_review submitted/dismissed', () => {
    for (const action of ['submitted', 'dismissed', 'edited'] as const) {
      const payload = pullRequestReviewEvent(action, example('pull-request-review'), example('pull-request'), example('full-repository'));
      expect(validateWebhook('pull_request_review', action, payload)).toEqual([]);
    }
  });

  it('push (built from scratch; the published example fails the current schema)', () => {
    const payload = pushEvent({
      ref: 'refs/heads/main',
      before: SHA_A,
      after: SHA_B,
      repo: example('full-repository'),
      pusher: { name: 'octocat', email: 'octocat@github.com' },
      commits: [
        {
          id: SHA_B,
          message: 'fix: thing\n\n(cherry picked from commit ' + SHA_A + ')',
          author: { name: 'Mona', email: 'mona@example.com' },
          timestamp: '2026-01-02T03:04:05Z',
          modified: ['a.ts'],
        },
      ],
    });
    expect(validateWebhook('push', null, payload)).toEqual([]);
    expect(payload).toMatchObject({ created: false, deleted: false, head_commit: { id: SHA_B } });
    const created = pushEvent({
      ref: 'refs/tags/v1.2.3',
      before: '0'.repeat(40),
      after: SHA_B,
      repo: example('full-repository'),
      pusher: { name: 'octocat' },
    });
    expect(created.created).toBe(true);
    expect(validateWebhook('push', undefined, created)).toEqual([]);
  });

  it('workflow_dispatch', () => {
    const payload = workflowDispatchEvent({ ref: 'main', inputs: { 'dry-run': 'true' }, repo: example('full-repository') });
    expect(payload.ref).toBe('refs/heads/main');
    expect(validateWebhook('workflow_dispatch', null, payload)).toEqual([]);
  });

  it('schedule is just { schedule }', () => {
    expect(scheduleEvent('0 6 * * 1')).toEqual({ schedule: '0 6 * * 1' });
    expect(validateWebhook('schedule', null, scheduleEvent('0 6 * * 1'))).toEqual([]);
    expect(validateWebhook('schedule', null, { schedule: 'nope' })).not.toEqual([]);
  });

  it('merge_group checks_requested', () => {
    const payload = mergeGroupEvent({
      baseRef: 'dev',
      baseSha: SHA_A,
      headRef: `gh-readonly-queue/dev/pr-7-${SHA_A}`,
      headSha: SHA_B,
      repo: example('full-repository'),
    });
    expect(validateWebhook('merge_group', 'checks_requested', payload)).toEqual([]);
    expect((payload.merge_group as Json).base_ref).toBe('refs/heads/dev');
  });

  it('issue_comment on an issue and on a pull request', () => {
    for (const isPullRequest of [false, true]) {
      const payload = issueCommentEvent({
        issue: example('issue'),
        comment: example('issue-comment'),
        repo: example('full-repository'),
        isPullRequest,
      });
      expect(validateWebhook('issue_comment', 'created', payload)).toEqual([]);
      expect('pull_request' in (payload.issue as Json)).toBe(isPullRequest);
    }
  });
});
