// The stamp that ties dist/ to the sources it was built from: `npm run build` writes a SHA-256 of every
// source file the bundles can include (dist/sources.json); the bundle tests compare it with the sources
// on disk and refuse to run a stale dist/. File contents only — never mtimes — so the stamp is the same
// on every machine and clone, and a committed dist/ stays provably fresh in CI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders whose TypeScript (tests excepted) goes into the bundles, and the lockfile that pins the dependencies bundled with them. */
const SOURCE_DIRS = ['actions', 'shared', 'cli'];
const SOURCE_FILES = ['package-lock.json'];
export const STAMP = path.join('dist', 'sources.json');

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(root, rel, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(rel);
  }
}

/** SHA-256 of each source file, keyed by its path relative to the root (POSIX separators), sorted. */
export function sourceDigests(root: string): Record<string, string> {
  const files: string[] = [...SOURCE_FILES];
  for (const dir of SOURCE_DIRS) walk(root, dir, files);
  files.sort();
  const out: Record<string, string> = {};
  for (const file of files)
    out[file] = createHash('sha256')
      .update(readFileSync(path.join(root, file)))
      .digest('hex');
  return out;
}

export function writeStamp(root: string): void {
  writeFileSync(path.join(root, STAMP), `${JSON.stringify({ files: sourceDigests(root) }, null, 1)}\n`);
}

/** Why dist/ under `root` is not the build of the sources on disk, or null when it is. */
export function staleDist(root: string): string | null {
  const stampPath = path.join(root, STAMP);
  if (!existsSync(stampPath)) return `${STAMP} is missing: dist/ was not built by \`npm run build\`. Run \`npm run build\`.`;
  const built = (JSON.parse(readFileSync(stampPath, 'utf8')) as { files: Record<string, string> }).files;
  const now = sourceDigests(root);
  const changed = Object.keys(now).filter((f) => built[f] !== now[f]);
  const removed = Object.keys(built).filter((f) => !(f in now));
  if (!changed.length && !removed.length) return null;
  const names = [...changed, ...removed];
  const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
  return `dist/ is older than its sources (${listed} changed since the last build): run \`npm run build\`, then the bundle tests again.`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--check')) {
    const stale = staleDist(root);
    if (stale) {
      process.stderr.write(`${stale}\n`);
      process.exit(1);
    }
  } else writeStamp(root);
}
