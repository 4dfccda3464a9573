import { describe, expect, it } from 'vitest';
import { InputReader, mapInputSource } from '../../shared/inputs.ts';
import { parseInputs } from './main.ts';

describe('inputs', () => {
  const parse = (values: Record<string, string>) => parseInputs(new InputReader(mapInputSource(values)));

  it('parses defaults and lists', () => {
    expect(parse({ reviewers: 'alice, acme/release-team', labels: 'release\nrc' })).toMatchObject({
      stage: 'rc',
      bump: 'auto',
      reviewers: ['alice', 'acme/release-team'],
      labels: ['release', 'rc'],
      draft: false,
      dryRun: false,
      gateContext: 'portal-release/release-gate',
    });
  });

  it('explains invalid values', () => {
    expect(() => parse({ stage: 'prod' })).toThrow('Input "stage": "prod" is not valid. Valid values are: [rc, release, gate].');
    expect(() => parse({ bump: 'huge' })).toThrow(/Valid values are: \[auto, patch, minor, major\]/);
    expect(() => parse({ version: '1.3.0', bump: 'minor' })).toThrow(/not both/);
    expect(() => parse({ version: '1.3.0', stage: 'release' })).toThrow(/only applies to stage: rc/);
    expect(() => parse({ reviewers: '--upload-pack=x' })).toThrow(/not a user login/);
  });
});
