/**
 * The documented native installation procedure, extracted from a README so CI runs exactly what
 * the docs tell people to run (RCA koa.2: "Why is CI currently not running the exact native
 * installation procedure?").
 *
 * The procedure is every shell-like fenced code block (```sh, ```bash, ```shell, ```console)
 * between the marker lines
 *
 *     <!-- portal-release:install -->
 *     …
 *     <!-- /portal-release:install -->
 *
 * A README may hold several marked sections; they run in document order as one script. In
 * ```console blocks (and in any block that uses prompts) only lines starting with `$ ` are
 * commands (the prompt is stripped; a trailing `\` continues onto the next line); other lines are
 * sample output. Other fences (```text, ```yaml, unlabelled …) are documentation and are skipped.
 *
 * This module has no dependencies so `extract-install.ts` runs with plain `node` (Node 24).
 */

export const INSTALL_OPEN = '<!-- portal-release:install -->';
export const INSTALL_CLOSE = '<!-- /portal-release:install -->';

/** Fence languages treated as the procedure. */
export const SHELL_LANGUAGES: readonly string[] = ['sh', 'bash', 'shell', 'console'];

export interface InstallBlock {
  /** The fence's language (sh, bash, shell, console). */
  language: string;
  /** 1-based line of the opening fence. */
  line: number;
  commands: string[];
}

export interface SkippedBlock {
  language: string;
  line: number;
  reason: string;
}

export interface InstallProcedure {
  file: string;
  sections: number;
  blocks: InstallBlock[];
  skipped: SkippedBlock[];
}

export class InstallExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallExtractionError';
  }
}

const OPEN = /^\s*<!--\s*portal-release:install\s*-->\s*$/;
const CLOSE = /^\s*<!--\s*\/portal-release:install\s*-->\s*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})\s*(.*)$/;
const PROMPT = /^\s*\$ /;

interface OpenFence {
  char: string;
  length: number;
  indent: number;
  language: string;
  line: number;
  body: string[];
}

/** Commands of one block: prompt lines (console style) or every line (script style). */
export function blockCommands(language: string, body: string[]): string[] {
  const consoleStyle = language === 'console' || body.some((l) => PROMPT.test(l));
  if (!consoleStyle) {
    const lines = [...body];
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    return lines;
  }
  const commands: string[] = [];
  let continuing = false;
  for (const line of body) {
    if (continuing) {
      commands.push(line);
      continuing = /\\\s*$/.test(line);
    } else if (PROMPT.test(line)) {
      const command = line.replace(PROMPT, '');
      commands.push(command);
      continuing = /\\\s*$/.test(command);
    }
  }
  return commands;
}

/** Extracts the marked installation procedure; throws `InstallExtractionError` with the file and line when there is none or it is malformed. */
export function extractInstallSteps(markdown: string, file = 'README.md'): InstallProcedure {
  const lines = markdown.split(/\r?\n/);
  const procedure: InstallProcedure = { file, sections: 0, blocks: [], skipped: [] };
  let sectionStart: number | null = null;
  let fence: OpenFence | null = null;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(text)) {
        if (sectionStart !== null) collect(procedure, fence);
        fence = null;
      } else {
        fence.body.push(stripIndent(text, fence.indent));
      }
      return;
    }
    const opening = FENCE_OPEN.exec(text);
    if (opening && !(opening[2]!.startsWith('`') && opening[3]!.includes('`'))) {
      const info = opening[3]!.trim();
      const language = (info.split(/[\s{,]/)[0] ?? '').replace(/^\./, '').toLowerCase();
      fence = { char: opening[2]![0]!, length: opening[2]!.length, indent: opening[1]!.length, language, line, body: [] };
      return;
    }
    if (OPEN.test(text)) {
      if (sectionStart !== null)
        throw new InstallExtractionError(
          `${file}:${line}: install section opened again before the one at line ${sectionStart} was closed with ${INSTALL_CLOSE}.`,
        );
      sectionStart = line;
      procedure.sections += 1;
    } else if (CLOSE.test(text)) {
      if (sectionStart === null) throw new InstallExtractionError(`${file}:${line}: ${INSTALL_CLOSE} without an opening ${INSTALL_OPEN}.`);
      sectionStart = null;
    }
  });
  const unclosedFence = fence as OpenFence | null;
  if (unclosedFence && sectionStart !== null) {
    throw new InstallExtractionError(`${file}:${unclosedFence.line}: code fence inside the install section is never closed.`);
  }
  if (sectionStart !== null)
    throw new InstallExtractionError(`${file}:${sectionStart}: install section is never closed; add ${INSTALL_CLOSE} after its last code block.`);
  if (procedure.sections === 0) {
    throw new InstallExtractionError(
      `${file}: no installation section found; put ${INSTALL_OPEN} and ${INSTALL_CLOSE} (each on its own line) around the documented install commands.`,
    );
  }
  if (procedure.blocks.length === 0) {
    throw new InstallExtractionError(
      `${file}: the install section holds no commands; only \`\`\`${SHELL_LANGUAGES.join(', ```')} code blocks are run (console blocks need "$ " prompts).`,
    );
  }
  return procedure;
}

function stripIndent(text: string, indent: number): string {
  let i = 0;
  while (i < indent && text[i] === ' ') i += 1;
  return text.slice(i);
}

function collect(procedure: InstallProcedure, fence: OpenFence): void {
  if (!SHELL_LANGUAGES.includes(fence.language)) {
    procedure.skipped.push({ language: fence.language, line: fence.line, reason: fence.language ? `not a shell block (${fence.language})` : 'no language' });
    return;
  }
  const commands = blockCommands(fence.language, fence.body);
  if (commands.length === 0) {
    procedure.skipped.push({ language: fence.language, line: fence.line, reason: 'no commands (console blocks need "$ " prompts)' });
    return;
  }
  procedure.blocks.push({ language: fence.language, line: fence.line, commands });
}

/**
 * One bash script running the blocks in order. `errexit` and `pipefail` make any failing
 * documented command fail the smoke run; `xtrace` shows each command in the log.
 */
export function renderInstallScript(procedure: InstallProcedure): string {
  const out = [
    '#!/usr/bin/env bash',
    `# The native installation procedure documented in ${oneLine(procedure.file)}, extracted by portal-release (do not edit: edit the README).`,
    'set -eo pipefail',
    'set -x',
  ];
  for (const block of procedure.blocks) {
    out.push('', `# ${oneLine(procedure.file)}:${block.line} (${block.language})`, ...block.commands);
  }
  return `${out.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
