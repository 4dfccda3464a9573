// Executes every committed bundle once under the current Node (24 in CI) with the runner's
// contract and no token: each must load all its modules and fail with the actionable input error.
// A bundle built from a CommonJS package loads but throws "Cannot find module" instead.
import { execFile } from 'node:child_process';
import { readdirSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));
let failed = 0;
for (const name of actions) {
  const bundle = join(root, 'dist', name, 'index.js');
  const temp = mkdtempSync(join(tmpdir(), `bundle-${name}-`));
  const output = join(temp, 'output');
  writeFileSync(output, '');
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      { env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_REPOSITORY: 'acme/backend', RUNNER_TEMP: temp }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
  const ok =
    result.code === 1 && result.stdout.includes('::error::Input "token": is required') && !/Cannot find module|webpackMissingModule/.test(result.stderr);
  console.log(`${ok ? 'ok  ' : 'FAIL'} dist/${name}/index.js (exit ${result.code})`);
  if (!ok) {
    failed += 1;
    console.log(result.stdout.slice(0, 2000), result.stderr.slice(0, 2000));
  }
}
if (actions.length === 0) {
  console.log('FAIL no action found');
  failed += 1;
}
process.exit(failed ? 1 : 0);
