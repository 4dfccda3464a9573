import { describe, expect, it } from 'vitest';
import { withCoAuthor } from './signed.ts';

const SHA = 'a'.repeat(40);

describe('withCoAuthor', () => {
  it('joins the -x trailer block, so the provenance and the co-author are one block of trailers', () => {
    expect(withCoAuthor(`fix: two\n\n(cherry picked from commit ${SHA})\n`, { name: 'Alice', email: 'alice@example.com' })).toBe(
      `fix: two\n\n(cherry picked from commit ${SHA})\nCo-authored-by: Alice <alice@example.com>\n`,
    );
  });

  it('starts a trailer block after a body that is not one', () => {
    expect(withCoAuthor('fix: two\n\nA longer explanation.', { name: 'Alice', email: 'alice@example.com' })).toBe(
      'fix: two\n\nA longer explanation.\n\nCo-authored-by: Alice <alice@example.com>\n',
    );
    expect(withCoAuthor('fix: two', { name: 'Alice', email: 'alice@example.com' })).toBe('fix: two\n\nCo-authored-by: Alice <alice@example.com>\n');
  });

  it('adds nothing for an author already named, or one without a usable e-mail; a name cannot break the line', () => {
    const named = `fix\n\nSigned-off-by: A <a@x.io>\nCo-authored-by: Alice <alice@example.com>\n(cherry picked from commit ${SHA})`;
    expect(withCoAuthor(named, { name: 'Alice', email: 'alice@example.com' })).toBe(`${named}\n`);
    expect(withCoAuthor('fix', { name: 'Alice', email: 'not an address' })).toBe('fix\n');
    expect(withCoAuthor('fix', { name: 'Eve <x>\nCo-authored-by: Mallory', email: 'eve@example.com' })).toBe(
      'fix\n\nCo-authored-by: Eve x Co-authored-by: Mallory <eve@example.com>\n',
    );
  });
});
