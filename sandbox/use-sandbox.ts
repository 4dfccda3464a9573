// The one set-up of the stand-in for a test file: started once before its tests, closed after them,
// and after every test the requests and responses are checked against GitHub's OpenAPI description.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { runCli, type JsonResult } from '../cli/cli.ts';
import { standInPacing } from './harness.ts';
import { Sandbox } from './sandbox.ts';

export interface SandboxOptions {
  /** Check every exchange against the OpenAPI description after each test (default true). */
  checkViolations?: boolean;
}

/**
 * Starts the stand-in for the calling file (or `describe`) and returns its accessor. Call it at the
 * top of a file or a `describe`, never inside a test.
 */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sb: Sandbox | undefined;
  beforeAll(async () => {
    sb = await Sandbox.start();
  });
  afterAll(async () => {
    await sb?.close();
  });
  if (options.checkViolations ?? true) {
    afterEach(() => {
      if (!sb) return;
      try {
        sb.assertNoViolations();
      } finally {
        sb.clearViolations();
      }
    });
  }
  return () => {
    if (!sb) throw new Error('The stand-in is not started: call useSandbox() at the top of the file or a describe block.');
    return sb;
  };
}

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The `--json` result, when the run printed one. */
  json: JsonResult | null;
}

/**
 * Runs an action's definition from the source, in this process, through the CLI (the same inputs,
 * defaults and entry the bundles get), as the stand-in's default token. The orchestration tier: a
 * change to a rule fails here without a rebuild.
 */
export async function runInProcess(sb: Sandbox, argv: string[], env: Record<string, string> = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: {
      GITHUB_TOKEN: sb.token,
      GITHUB_API_URL: sb.apiUrl,
      GITHUB_SERVER_URL: sb.serverUrl,
      PORTAL_RELEASE_WRITE_PACING: standInPacing(),
      ...env,
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  let json: InProcessRun['json'] = null;
  if (argv.includes('--json')) {
    try {
      json = JSON.parse(stdout) as JsonResult;
    } catch {
      json = null;
    }
  }
  return { code, stdout, stderr, json };
}
