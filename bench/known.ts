/**
 * Known bugs the matrices found and keep disabled (`it.skip`, named in the test title) until they
 * are fixed. `npm run bench` lists them in RESULTS.md; `BENCH_KNOWN_BUGS=1 npm test` runs their
 * cases to check a fix. Empty: every bug found so far is fixed and its case runs in CI.
 */
export const KNOWN_BUGS: Record<string, string> = {};
