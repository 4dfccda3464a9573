import { inputError } from './errors.ts';

/** Where raw input strings come from: the runner's INPUT_* variables, or CLI flags. */
export type InputSource = (name: string) => string | undefined;

/** The runner's contract: input `dry-run` arrives as INPUT_DRY-RUN (spaces become `_`, hyphens stay). */
export function envInputSource(env: NodeJS.ProcessEnv): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return (name) => values[name];
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Parses inputs once, at the boundary, into typed values. Every method names the input in its
 * error and says what would have been valid.
 */
export class InputReader {
  private readonly source: InputSource;
  constructor(source: InputSource) {
    this.source = source;
  }

  raw(name: string): string {
    return (this.source(name) ?? '').trim();
  }

  string(name: string, options: { required?: boolean; default?: string } = {}): string {
    const value = this.raw(name);
    if (value === '') {
      if (options.required) throw inputError(name, "is required but was empty. Set it in the step's `with:` block.");
      return options.default ?? '';
    }
    return value;
  }

  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw inputError(name, `"${value}" is not a boolean. Valid values are: [true, false].`);
  }

  enumeration<const T extends string>(name: string, values: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === '') return fallback;
    if ((values as readonly string[]).includes(value)) return value as T;
    throw inputError(name, `"${value}" is not valid. Valid values are: [${values.join(', ')}].`);
  }

  integer(name: string, options: { min?: number; max?: number } = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    if (!/^-?\d+$/.test(value)) throw inputError(name, `"${value}" is not a whole number.`);
    const n = Number.parseInt(value, 10);
    if (options.min !== undefined && n < options.min) throw inputError(name, `${n} is below the minimum ${options.min}.`);
    if (options.max !== undefined && n > options.max) throw inputError(name, `${n} is above the maximum ${options.max}.`);
    return n;
  }

  /** A list separated by commas and/or newlines; empty items are dropped. */
  list(name: string): string[] {
    return this.raw(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** An ISO-8601 instant such as 2026-12-01 or 2026-12-01T10:00:00Z (dates without a zone are UTC). */
  instant(name: string): Date | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    const parsed = parseInstant(value);
    if (!parsed) {
      throw inputError(name, `"${value}" is not an ISO-8601 date or date-time (for example 2026-12-01 or 2026-12-01T10:00:00Z).`);
    }
    return parsed;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseInstant(value: string): Date | undefined {
  if (!ISO.test(value)) return undefined;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const date = new Date(text.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject impossible calendar dates such as 2026-02-31 that Date silently rolls over.
  if (date.toISOString().slice(0, 10) !== text.slice(0, 10) && /Z$/.test(text)) return undefined;
  return date;
}
