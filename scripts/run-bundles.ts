// Executes every committed bundle once under the current Node (24 in CI) with the runner's
// contract and no token: each must load all its modules and fail with the actionable input error.
// A bundle built from a CommonJS package still builds, but throws "Cannot find module" here.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BundleCheck {
  ok: boolean;
  code: number;
  detail: string;
}

export async function checkBundle(bundle: string): Promise<BundleCheck> {
  const temp = mkdtempSync(join(tmpdir(), 'bundle-check-'));
  const output = join(temp, 'output');
  writeFileSync(output, '');
  try {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [bundle],
        { env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_REPOSITORY: 'acme/backend', RUNNER_TEMP: temp }, timeout: 30_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    const ok =
      result.code === 1 && result.stdout.includes('::error::Input "token": is required') && !/Cannot find module|webpackMissingModule/.test(result.stderr);
    return { ok, code: result.code, detail: `${result.stdout.slice(0, 1500)}${result.stderr.slice(0, 1500)}` };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'action.yml')));
  let failed = actions.length === 0 ? 1 : 0;
  if (actions.length === 0) console.log('FAIL no action found');
  for (const name of actions) {
    const result = await checkBundle(join(root, 'dist', name, 'index.js'));
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} dist/${name}/index.js (exit ${result.code})`);
    if (!result.ok) {
      failed += 1;
      console.log(result.detail);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
