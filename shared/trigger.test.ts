import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueCommentEvent, mergeGroupEvent, pullRequestEvent, pushEvent, validateWebhook, type Json } from '../sandbox/events.ts';
import { guessEventName, parseTrigger, payloadDefaultBranch } from './trigger.ts';

// Payloads built by the stand-in's event builders, each valid against GitHub's webhook description.
let ex: Record<string, { value: unknown }>;
const example = (name: string): Json => structuredClone(ex[name]?.value) as Json;
beforeAll(() => {
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  ex = (JSON.parse(readFileSync(file, 'utf8')) as { components: { examples: typeof ex } }).components.examples;
});

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('parseTrigger', () => {
  it('reads the pull request of a pull_request event, and only of a pull request event', () => {
    const pr = example('pull-request');
    const payload = pullRequestEvent('closed', pr, example('full-repository'), { merged: true, mergeCommitSha: SHA_B });
    expect(validateWebhook('pull_request', 'closed', payload)).toEqual([]);
    const trigger = parseTrigger('pull_request_target', payload);
    expect(trigger.kind).toBe('pull_request');
    if (trigger.kind !== 'pull_request') return;
    expect(trigger.action).toBe('closed');
    expect(trigger.pull.number).toBe(pr.number);
    expect(trigger.pull.merged).toBe(true);
    expect(trigger.pull.baseRef).toBe((pr.base as Json).ref);
    expect(trigger.pull.headRepo).toBe(((pr.head as Json).repo as Json).full_name);
    // The same payload under another event name is not a pull request event.
    expect(parseTrigger('workflow_dispatch', payload).kind).toBe('other');
    expect(payloadDefaultBranch(payload)).toBe((example('full-repository') as Json).default_branch);
  });

  it('turns a payload without the facts an event needs into absent facts, never a crash', () => {
    expect(parseTrigger('pull_request', {}).kind).toBe('other');
    expect(parseTrigger('pull_request', { pull_request: { number: '7' } }).kind).toBe('other');
    expect(parseTrigger('merge_group', { merge_group: 'x' })).toEqual({ kind: 'other', event: 'merge_group' });
    expect(parseTrigger('workflow_run', { workflow_run: null })).toEqual({ kind: 'other', event: 'workflow_run' });
    expect(parseTrigger('issue_comment', { issue: { number: -1 }, comment: { id: 3, body: 7 } })).toEqual({
      kind: 'issue_comment',
      event: 'issue_comment',
      action: '',
      issue: null,
      comment: { id: 3, body: '', login: '' },
    });
    expect(payloadDefaultBranch({ repository: { default_branch: 5 } })).toBeUndefined();
  });

  it('reads a push, falling back to the runner variables when the payload has no ref', () => {
    const payload = pushEvent({ ref: 'refs/tags/v1.2.3', before: '0'.repeat(40), after: SHA_B, repo: example('full-repository'), pusher: { name: 'octocat' } });
    expect(validateWebhook('push', undefined, payload)).toEqual([]);
    expect(parseTrigger('push', payload)).toEqual({ kind: 'push', event: 'push', ref: 'refs/tags/v1.2.3', after: SHA_B });
    expect(parseTrigger('push', {}, { ref: 'refs/heads/main', sha: SHA_A })).toEqual({ kind: 'push', event: 'push', ref: 'refs/heads/main', after: SHA_A });
  });

  it('reads a merge group with its base branch name', () => {
    const payload = mergeGroupEvent({
      baseRef: 'dev',
      baseSha: SHA_A,
      headRef: `gh-readonly-queue/dev/pr-7-${SHA_A}`,
      headSha: SHA_B,
      repo: example('full-repository'),
    });
    expect(validateWebhook('merge_group', 'checks_requested', payload)).toEqual([]);
    expect(parseTrigger('merge_group', payload)).toEqual({
      kind: 'merge_group',
      event: 'merge_group',
      headSha: SHA_B,
      headRef: `refs/heads/gh-readonly-queue/dev/pr-7-${SHA_A}`,
      baseRef: 'dev',
      baseSha: SHA_A,
    });
  });

  it('reads an issue comment, telling a pull request conversation from an issue', () => {
    for (const isPullRequest of [true, false]) {
      const comment = example('issue-comment');
      const payload = issueCommentEvent({ issue: example('issue'), comment, repo: example('full-repository'), isPullRequest });
      const trigger = parseTrigger('issue_comment', payload);
      expect(trigger).toMatchObject({
        kind: 'issue_comment',
        action: 'created',
        issue: { isPullRequest },
        comment: { id: comment.id, body: comment.body, login: (comment.user as Json).login },
      });
    }
  });

  it('reads a completed workflow run: who started it, on which branch, in which repository', () => {
    const trigger = parseTrigger('workflow_run', {
      action: 'completed',
      workflow_run: { id: 42, event: 'pull_request', head_sha: SHA_A, head_branch: 'main', head_repository: { full_name: 'fork/app' } },
    });
    expect(trigger).toEqual({
      kind: 'workflow_run',
      event: 'workflow_run',
      run: { id: 42, event: 'pull_request', headSha: SHA_A, headBranch: 'main', headRepository: 'fork/app' },
    });
  });
});

describe('guessEventName', () => {
  it('names the event an event file implies', () => {
    expect(guessEventName({ pull_request: {} })).toBe('pull_request');
    expect(guessEventName({ pull_request: {}, review: {} })).toBe('pull_request_review');
    expect(guessEventName({ issue: {}, comment: {} })).toBe('issue_comment');
    expect(guessEventName({ ref: 'refs/heads/main', after: 'abc' })).toBe('push');
    expect(guessEventName({ workflow_run: {} })).toBe('workflow_run');
    expect(guessEventName({ merge_group: {} })).toBe('merge_group');
    expect(guessEventName({ schedule: '0 6 * * 1' })).toBe('schedule');
    expect(guessEventName({})).toBe('workflow_dispatch');
  });
});
