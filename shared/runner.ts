// The runner's contract, as a JavaScript action speaks it: workflow commands on stdout (`::warning
// title=…::message`, `::add-mask::`, `::group::`) and file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
//
// Why not @actions/core: it imports @actions/http-client for its OIDC helper, and that imports undici at
// load time; undici alone is most of a bundle's start-up (decision record 020). The encoding below is
// @actions/core 3's, byte for byte; runner.test.ts runs both side by side and compares what each writes.
// Formats: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points (the runner's `title`, `file`, `line`, `endLine`, `col`, `endColumn`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, with the runner's escaping (a message cannot start a second command). */
export function formatCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  // As @actions/core: a space follows the name whenever properties were given, even if all are empty.
  return `::${name}${Object.keys(properties).length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

function issue(name: string, properties: Record<string, string | number | undefined>, message: string): void {
  process.stdout.write(formatCommand(name, properties, message) + EOL);
}

function annotationProperties(a: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!a || Object.keys(a).length === 0) return {};
  return { title: a.title, file: a.file, line: a.startLine, endLine: a.endLine, col: a.startColumn, endColumn: a.endColumn };
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string, annotation?: AnnotationProperties): void {
  issue('notice', annotationProperties(annotation), message);
}

export function warning(message: string, annotation?: AnnotationProperties): void {
  issue('warning', annotationProperties(annotation), message);
}

export function error(message: string, annotation?: AnnotationProperties): void {
  issue('error', annotationProperties(annotation), message);
}

/** The runner replaces the value with *** in every later line of the log. */
export function setSecret(value: string): void {
  issue('add-mask', {}, value);
}

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', {}, name);
  try {
    return await fn();
  } finally {
    issue('endgroup', {}, '');
  }
}

function appendFileCommand(variable: string, text: string): void {
  const file = process.env[variable];
  if (!file) throw new Error(`Unable to find environment variable for file command ${variable.replace(/^GITHUB_/, '')}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, text + EOL, { encoding: 'utf8' });
}

/**
 * Sets a step output. On a runner it goes to the GITHUB_OUTPUT file as a heredoc whose delimiter is random,
 * so a value cannot end it early and set another output; without that file, the older stdout command.
 */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    appendFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`);
    return;
  }
  process.stdout.write(EOL);
  issue('set-output', { name }, value);
}

/** Appends Markdown (and a line end) to the job summary; throws when the runner gave no summary file. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}
