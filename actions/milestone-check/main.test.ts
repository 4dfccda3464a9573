import { describe, expect, it } from 'vitest';
import { InputReader, mapInputSource } from '../../shared/inputs.ts';
import { parseInputs } from './main.ts';

describe('inputs and defaults', () => {
  const read = (values: Record<string, string>) => parseInputs(new InputReader(mapInputSource(values)));
  it('parses the train, booleans and the comment target', () => {
    const inputs = read({ repos: 'acme/web,\nacme/infra', 'create-missing': 'true', 'comment-on': '42' });
    expect(inputs.repos).toEqual([
      { owner: 'acme', repo: 'web' },
      { owner: 'acme', repo: 'infra' },
    ]);
    expect(inputs).toMatchObject({ createMissing: true, failOnBlockers: true, commentOn: 42, dryRun: false });
  });
  it('names the bad input', () => {
    expect(() => read({ repos: 'not a repo' })).toThrow(/Input "repos"/);
    expect(() => read({ 'comment-on': 'x' })).toThrow(/Input "comment-on"/);
    expect(() => read({ 'fail-on-blockers': 'yes' })).toThrow(/Valid values are: \[true, false\]/);
  });
});
