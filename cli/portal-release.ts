#!/usr/bin/env node
// `portal-release` (bundled to dist/cli/index.js): wires the process into runCli, then exits
// explicitly so keep-alive sockets cannot hold the terminal.
import { runCli } from './cli.ts';

runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`portal-release: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
