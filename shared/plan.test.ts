import { describe, expect, it } from 'vitest';
import { MemoryLogger } from './logger.ts';
import { Plan, withPlan } from './plan.ts';

function recorder(dryRun: boolean): { plan: Plan; logger: MemoryLogger } {
  const logger = new MemoryLogger();
  return { plan: new Plan({ dryRun, logger }), logger };
}

describe('the plan recorder', () => {
  it('in a dry run records the step as planned, never runs the write and returns undefined', async () => {
    const { plan, logger } = recorder(true);
    let ran = 0;
    const result = await plan.write('create the annotated tag v1.2.0 at abc1234', () => {
      ran++;
      return 'tag-sha';
    });
    expect(ran).toBe(0);
    expect(result).toBeUndefined();
    expect(plan.entries).toEqual([{ step: 'create the annotated tag v1.2.0 at abc1234', status: 'planned' }]);
    expect(plan.wrote).toBe(false);
    expect(logger.text()).toBe('[dry-run] would create the annotated tag v1.2.0 at abc1234');
  });

  it('in a real run runs the write once, returns its result and records the step as done', async () => {
    const { plan, logger } = recorder(false);
    let ran = 0;
    const result = await plan.write('open the pull request', async () => {
      ran++;
      return 12;
    });
    expect(ran).toBe(1);
    expect(result).toBe(12);
    expect(plan.entries).toEqual([{ step: 'open the pull request', status: 'done' }]);
    expect(plan.wrote).toBe(true);
    expect(logger.text()).toBe('open the pull request');
  });

  it('records a write that throws as failed and rethrows the same error', async () => {
    const { plan } = recorder(false);
    const boom = new Error('422 already exists');
    await expect(plan.write('create the release v1.2.0', () => Promise.reject(boom))).rejects.toBe(boom);
    expect(plan.entries).toEqual([{ step: 'create the release v1.2.0', status: 'failed' }]);
    expect(plan.wrote).toBe(false);
  });

  it('records what is kept the same way in a dry run and a real run', () => {
    for (const dryRun of [true, false]) {
      const { plan, logger } = recorder(dryRun);
      plan.keep('pull request #12 is already open');
      expect(plan.entries).toEqual([{ step: 'pull request #12 is already open', status: 'kept' }]);
      expect(logger.text()).toBe('pull request #12 is already open');
    }
  });

  it('names the repository of a step when the work spans several, in one shared list', async () => {
    const { plan } = recorder(true);
    await plan.about('acme/api').write('create the annotated tag v1.2.0 at abc1234', () => undefined);
    plan.about('acme/web').keep('tag v1.2.0 already exists');
    await plan.write('open the tracking issue', () => undefined);
    expect(plan.entries.map((e) => e.step)).toEqual([
      'acme/api: create the annotated tag v1.2.0 at abc1234',
      'acme/web: tag v1.2.0 already exists',
      'open the tracking issue',
    ]);
  });

  it('renders one escaped Plan section and the plan output, whatever the action', async () => {
    const { plan } = recorder(false);
    await plan.write('comment on #3 "<b>@team | [x](http://evil)</b>"', () => undefined);
    plan.keep('status "portal-release/freeze" already says success');
    const outcome = withPlan({ outputs: { decision: 'allow' }, summary: '## freeze-guard\n\nAllowed.\n' }, plan);
    expect(outcome.outputs.plan).toEqual([
      { step: 'comment on #3 "<b>@team | [x](http://evil)</b>"', status: 'done' },
      { step: 'status "portal-release/freeze" already says success', status: 'kept' },
    ]);
    expect(outcome.outputs.decision).toBe('allow');
    expect(outcome.summary).toBe(
      [
        '## freeze-guard',
        '',
        'Allowed.',
        '',
        '### Plan',
        '',
        '| Step | Status |',
        '|---|---|',
        '| comment on #3 "&lt;b&gt;@\u200bteam \\| \\[x\\](http:\u200b//evil)&lt;/b&gt;" | done |',
        '| status "portal-release/freeze" already says success | kept |',
        '',
      ].join('\n'),
    );
  });

  it('says a dry run wrote nothing, and bounds a long list in the summary but not in the output', async () => {
    const { plan } = recorder(true);
    expect(withPlan({ outputs: {} }, plan).summary).toContain('Nothing to write.');
    for (let i = 0; i < 105; i++) await plan.write(`close issue #${i}`, () => undefined);
    const outcome = withPlan({ outputs: {} }, plan);
    expect(outcome.summary).toContain('Dry run: nothing was written');
    expect(outcome.summary).toContain('| close issue #99 | planned |');
    expect(outcome.summary).not.toContain('#100 |');
    expect(outcome.summary).toContain('… and 5 more step(s) in the `plan` output.');
    expect(outcome.outputs.plan).toHaveLength(105);
  });
});
