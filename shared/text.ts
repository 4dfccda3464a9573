/**
 * Untrusted text (titles, labels, branch names, logins, commit subjects, bodies) rendered into
 * comments, summaries, pull request bodies and issues. One home for the rules, so that no rendering
 * can ping people, link or embed what a title says, or inject HTML.
 */

/** GitHub's limits: 256 characters for a title, 65,536 for an issue, pull request or comment body. */
export const MAX_TITLE = 256;
export const MAX_BODY = 65536;

const ZWSP = '\u200b';

/** Escapes what Markdown would treat as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

/**
 * One line of untrusted text, safe to render inline: no HTML, no line breaks, no live @-mentions or
 * team pings (a zero-width space after `@`), no links or images (brackets escaped, URL schemes and
 * `www.` broken so they are not autolinked), and `|` escaped so it cannot break a table.
 */
export function inline(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' ').trim())
    .replace(/@/g, `@${ZWSP}`)
    .replace(/([\\[\]|])/g, '\\$1')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, `www${ZWSP}.`);
}

/** A list of at most `max` rendered items, ending with an explicit "… and N more" line when cut. */
export function boundedList<T>(items: readonly T[], max: number, render: (item: T) => string, what = 'more'): string[] {
  const lines = items.slice(0, max).map(render);
  if (items.length > max) lines.push(`- … and ${items.length - max} ${what}`);
  return lines;
}

/** A title within GitHub's limit, cut with an ellipsis. */
export function boundTitle(title: string): string {
  const chars = [...title];
  return chars.length <= MAX_TITLE ? title : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/**
 * A body within GitHub's limit: whole lines are kept while they fit, and the cut is said explicitly
 * ("… and N more line(s) not shown"); `tail` (e.g. a closing note) is always kept.
 */
export function boundBody(lines: readonly string[], tail: readonly string[] = [], limit = MAX_BODY): string {
  const end = tail.length ? `\n${tail.join('\n')}` : '';
  const full = `${lines.join('\n')}${end}`;
  if ([...full].length <= limit) return full;
  const kept: string[] = [];
  let size = [...end].length + 80;
  for (const line of lines) {
    const n = [...line].length + 1;
    if (size + n > limit) break;
    kept.push(line);
    size += n;
  }
  return `${kept.join('\n')}\n\n_… and ${lines.length - kept.length} more line(s) not shown (GitHub's ${limit}-character limit)._${end}`;
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
