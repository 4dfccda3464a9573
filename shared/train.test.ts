import { describe, expect, it } from 'vitest';
import { releaseTrain, sameRepo } from './train.ts';

const current = { owner: 'acme', repo: 'backend' };
const names = (list: { owner: string; repo: string }[]) => list.map((r) => `${r.owner}/${r.repo}`);

describe('releaseTrain', () => {
  it('is this repository first, then the policy repos, each once in any letter case', () => {
    expect(names(releaseTrain(current, [], ['acme/frontend', 'ACME/Backend', 'acme/FRONTEND']))).toEqual(['acme/backend', 'acme/frontend']);
    expect(names(releaseTrain(current, [], []))).toEqual(['acme/backend']);
  });
  it('takes the input instead of the policy list when given, this repository still first', () => {
    expect(names(releaseTrain(current, [{ owner: 'acme', repo: 'infra' }], ['acme/frontend']))).toEqual(['acme/backend', 'acme/infra']);
    const both = [
      { owner: 'acme', repo: 'infra' },
      { owner: 'ACME', repo: 'INFRA' },
      { owner: 'Acme', repo: 'Backend' },
    ];
    expect(names(releaseTrain(current, both, []))).toEqual(['acme/backend', 'acme/infra']);
  });
  it('refuses a policy entry that is not a repository name, naming the policy key', () => {
    expect(() => releaseTrain(current, [], ['acme/../x y'])).toThrow(/Policy file: repos: "acme\/\.\.\/x y" is not a repository name/);
  });
  it('compares repository names without letter case', () => {
    expect(sameRepo({ owner: 'Acme', repo: 'App' }, { owner: 'acme', repo: 'app' })).toBe(true);
    expect(sameRepo({ owner: 'acme', repo: 'app' }, { owner: 'acme', repo: 'app2' })).toBe(false);
  });
});
