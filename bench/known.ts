/**
 * Known bugs the matrices found and keep disabled (`it.skip`, named in the test title) until they
 * are fixed. `npm run bench` lists them in RESULTS.md; `BENCH_KNOWN_BUGS=1 npm test` runs their
 * cases to check a fix. A fault-matrix bug is keyed "<action> <fault kind> <METHOD> <route>".
 */
export const KNOWN_BUGS: Record<string, string> = {};
