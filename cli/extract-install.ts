/**
 * Prints the native installation procedure documented in a README as a bash script.
 *
 *   node cli/extract-install.ts [README.md] [--output install.sh] [--format script|json]
 *
 * Runs with plain Node 24 (type stripping; no dependencies). Exit codes: 0 extracted, 1 no or
 * malformed install section, 2 usage error. The native-install-smoke workflow uses it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InstallExtractionError, extractInstallSteps, renderInstallScript } from './install-steps.ts';

export const USAGE = 'usage: node extract-install.ts [README.md] [--output FILE] [--format script|json]';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'script' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1 || (values.format !== 'script' && values.format !== 'json')) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const file = positionals[0] ?? 'README.md';
  let markdown: string;
  try {
    markdown = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  let text: string;
  try {
    const procedure = extractInstallSteps(markdown, file);
    for (const s of procedure.skipped) io.stderr(`${file}:${s.line}: skipped code block: ${s.reason}\n`);
    const commands = procedure.blocks.reduce((n, b) => n + b.commands.length, 0);
    io.stderr(`${file}: ${procedure.blocks.length} block(s), ${commands} line(s) of commands in ${procedure.sections} install section(s)\n`);
    text = values.format === 'json' ? `${JSON.stringify(procedure, null, 2)}\n` : renderInstallScript(procedure);
  } catch (error) {
    if (!(error instanceof InstallExtractionError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  if (values.output) await writeFile(values.output, text, { mode: 0o755 });
  else io.stdout(text);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`extract-install: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
