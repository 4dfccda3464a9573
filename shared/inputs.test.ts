import { describe, expect, it } from 'vitest';
import { envInputSource, InputReader, mapInputSource, parseInstant } from './inputs.ts';
import { renderMarker, parseMarkers, findMarker, withMarker } from './markers.ts';
import { parseRepo } from './context.ts';

describe('InputReader', () => {
  it('follows the runner mangling (hyphens kept, spaces to underscores)', () => {
    const reader = new InputReader(envInputSource({ 'INPUT_DRY-RUN': 'true', INPUT_MY_INPUT: ' x ' }));
    expect(reader.boolean('dry-run', false)).toBe(true);
    expect(reader.string('my input')).toBe('x');
  });

  it('explains invalid values and lists the valid ones', () => {
    const reader = new InputReader(mapInputSource({ mode: 'sweeep', flag: 'yes', n: '1.5', when: '2026-02-31', list: 'a, b\nc,,' }));
    expect(() => reader.enumeration('mode', ['check', 'sweep'], 'check')).toThrow('Input "mode": "sweeep" is not valid. Valid values are: [check, sweep].');
    expect(() => reader.boolean('flag', false)).toThrow('Valid values are: [true, false]');
    expect(() => reader.integer('n')).toThrow('Input "n": "1.5" is not a whole number.');
    expect(() => reader.instant('when')).toThrow(/Input "when": "2026-02-31" is not an ISO-8601 date/);
    expect(() => reader.string('missing', { required: true })).toThrow('Input "missing": is required');
    expect(reader.list('list')).toEqual(['a', 'b', 'c']);
  });

  it('parses instants as UTC', () => {
    expect(parseInstant('2026-12-01')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(parseInstant('2026-12-01T10:00:00Z')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(parseInstant('2026-12-01T10:00:00+02:00')?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(parseInstant('next tuesday')).toBeUndefined();
  });
});

describe('markers', () => {
  it('round-trips kind and attributes and ignores look-alikes', () => {
    const body = withMarker('hello', 'backport', { pr: 12, target: 'stg' });
    expect(body.startsWith('<!-- portal-release:backport pr=12 target=stg -->')).toBe(true);
    expect(parseMarkers(`${body}\n<!-- portal-release:Bad -->\n<!-- other -->`)).toEqual([{ kind: 'backport', attrs: { pr: '12', target: 'stg' } }]);
    expect(findMarker(body, 'backport', { target: 'dev' })).toBeUndefined();
    expect(findMarker(body, 'backport', { pr: 12 })?.attrs.target).toBe('stg');
  });

  it('refuses attribute values that could break out of the comment', () => {
    expect(() => renderMarker('backport-deferred', { target: 'b --> <script>' })).toThrow(/invalid marker attribute/);
  });
});

describe('parseRepo', () => {
  it('accepts owner/name and refuses anything else', () => {
    expect(parseRepo('acme/backend')).toEqual({ owner: 'acme', repo: 'backend' });
    for (const bad of ['acme', 'acme/', '../x', 'acme/back end', '-x/y', 'a/b/c', 'acme/..']) expect(() => parseRepo(bad), bad).toThrow(/owner\/name/);
  });
});
