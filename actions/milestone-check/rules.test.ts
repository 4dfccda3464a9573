import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/config.ts';
import type { RunContext } from '../../shared/context.ts';
import { parseTrigger } from '../../shared/trigger.ts';
import { defaultTargetBranch } from './rules.ts';

describe('defaultTargetBranch', () => {
  it('checks production, or staging while the release PR into production is open', () => {
    const policy = defaultPolicy();
    const on = (event: string, payload: Record<string, unknown>) => ({ trigger: parseTrigger(event, payload) }) as RunContext;
    const pull = (base: string) => ({ pull_request: { number: 7, base: { ref: base } } });
    expect(defaultTargetBranch(policy, on('workflow_dispatch', {}))).toBe('main');
    expect(defaultTargetBranch(policy, on('pull_request', pull('main')))).toBe('stg');
    expect(defaultTargetBranch(policy, on('pull_request', pull('dev')))).toBe('main');
    // A payload that merely contains a pull request (an issue comment's) is not a pull request event.
    expect(defaultTargetBranch(policy, on('issue_comment', pull('main')))).toBe('main');
  });
});
