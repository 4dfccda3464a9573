// Reading the policy file's YAML: js-yaml 5 (YAML 1.2 core schema) parses the text once into an event stream that
// keeps source offsets; the value is constructed from those events, and the same events say on which line a key
// or value sits when the validator refuses it (decision record 021). Loaded on demand, never at start-up.
import type { Event } from 'js-yaml';

type JsYaml = typeof import('js-yaml');
import { UserError } from './errors.ts';

/**
 * At most this many values once every alias is expanded. A policy file has a few hundred; aliases are shared
 * references in the parsed value, so a small file of nested aliases (an "alias bomb") would otherwise make the
 * validator and everything after it walk millions of values.
 */
export const MAX_EXPANDED_VALUES = 10_000;

/** A JSON-pointer-like path into the parsed value: keys and sequence indexes. */
export type ValuePath = readonly (string | number)[];

export interface ParsedYaml {
  /** The document's value; `undefined` for a file with no document (empty, or only comments). */
  value: unknown;
  /** The 1-based line of the value at `path`, or of the key `key` of the mapping at `path`; undefined when unknown. */
  lineOf(path: ValuePath, key?: string): number | undefined;
}

function invalid(file: string, line: number | undefined, reason: string): UserError {
  return new UserError('config', `${file}${line ? `:${line}` : ''}: invalid YAML: ${reason}`);
}

/** Loads js-yaml (once; a later call finds it loaded). */
export function loadYamlParser(): Promise<JsYaml> {
  return import('js-yaml');
}

/**
 * Parses one YAML document. Malformed YAML, several documents, a collection that contains itself through an alias
 * and aliases expanding past MAX_EXPANDED_VALUES are refused as `config` errors naming the file (and the line when
 * the parser gives one); nothing else is checked here.
 */
export async function parseYaml(text: string, file: string): Promise<ParsedYaml> {
  const jsYaml = await loadYamlParser();
  let events: Event[];
  let documents: unknown[];
  try {
    events = jsYaml.parseEvents(text, { filename: file });
    // The core schema (the default): YAML 1.2 types only, no `!!merge`, no custom tags; duplicate keys throw.
    documents = jsYaml.constructFromEvents(events, { source: text, filename: file, schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) throw invalid(file, error.mark ? error.mark.line + 1 : undefined, error.reason);
    throw error;
  }
  const lines = lineIndex(text);
  if (documents.length > 1) {
    const second = secondDocumentOffset(jsYaml, events);
    throw invalid(file, second === undefined ? undefined : lines(second), 'the file holds more than one document (`---`); a policy file is one');
  }
  const value = documents[0];
  checkExpansion(value, file);
  let offsets: Offsets | undefined;
  return {
    value,
    lineOf(path, key) {
      offsets ??= offsetsOf(jsYaml, events, text);
      const offset = key === undefined ? offsets.values.get(pointer(path)) : offsets.keys.get(pointer([...path, key]));
      return offset === undefined ? undefined : lines(offset);
    },
  };
}

/** Refuses a value that contains itself (`&a [*a]`) or expands to more than MAX_EXPANDED_VALUES values. */
function checkExpansion(value: unknown, file: string): void {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    if (open.has(v)) throw invalid(file, undefined, 'an alias refers to the collection that contains it');
    open.add(v);
    let total = 1;
    for (const child of Object.values(v)) {
      total += size(child);
      if (total > MAX_EXPANDED_VALUES) break;
    }
    open.delete(v);
    sizes.set(v, total);
    return total;
  };
  if (size(value) > MAX_EXPANDED_VALUES)
    throw invalid(file, undefined, `aliases expand the file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values; write the values out instead`);
}

/** Offset → 1-based line. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function pointer(path: ValuePath): string {
  return JSON.stringify(path);
}

/** Where the first node of the second document starts. */
function secondDocumentOffset(jsYaml: JsYaml, events: Event[]): number | undefined {
  let documents = 0;
  for (const event of events) {
    if (event.type === jsYaml.EVENT_ID.DOCUMENT) documents++;
    else if (documents === 2) return startOf(jsYaml, event);
  }
  return undefined;
}

/** Where a node starts: a collection's first token, a scalar's text, an alias's name. */
function startOf(jsYaml: JsYaml, event: Event): number | undefined {
  const { SEQUENCE, MAPPING, SCALAR, ALIAS } = jsYaml.EVENT_ID;
  if (event.type === SEQUENCE || event.type === MAPPING) return event.start;
  if (event.type === SCALAR) return event.valueStart;
  if (event.type === ALIAS) return event.anchorStart;
  return undefined;
}

interface Offsets {
  /** pointer(path) → where the value at that path starts. */
  values: Map<string, number>;
  /** pointer([...mapping path, key]) → where that key starts. */
  keys: Map<string, number>;
}

/**
 * Walks the first document's events, keeping the path of each node: in a mapping, nodes alternate key and value;
 * in a sequence, each node is the next index. Keys are read as the constructed value names them (a scalar's text);
 * a collection used as a key has no path.
 */
function offsetsOf(jsYaml: JsYaml, events: Event[], source: string): Offsets {
  const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = jsYaml.EVENT_ID;
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  interface Frame {
    kind: 'mapping' | 'sequence' | 'document';
    path: (string | number)[] | undefined;
    index: number;
    key: string | undefined;
  }
  const stack: Frame[] = [];
  let documents = 0;
  for (const event of events) {
    if (event.type === DOCUMENT) {
      if (++documents > 1) break;
      stack.push({ kind: 'document', path: [], index: 0, key: undefined });
      continue;
    }
    if (event.type === POP) {
      stack.pop();
      continue;
    }
    const frame = stack[stack.length - 1];
    if (!frame) continue;
    let path: (string | number)[] | undefined;
    if (frame.kind === 'mapping') {
      const isKey = frame.index++ % 2 === 0;
      if (isKey) {
        frame.key = event.type === SCALAR ? jsYaml.getScalarValue(source, event) : undefined;
        const start = startOf(jsYaml, event);
        if (frame.path && frame.key !== undefined && start !== undefined) keys.set(pointer([...frame.path, frame.key]), start);
        if (event.type === SEQUENCE || event.type === MAPPING)
          stack.push({ kind: event.type === MAPPING ? 'mapping' : 'sequence', path: undefined, index: 0, key: undefined });
        continue;
      }
      path = frame.path && frame.key !== undefined ? [...frame.path, frame.key] : undefined;
    } else if (frame.kind === 'sequence') {
      path = frame.path ? [...frame.path, frame.index++] : undefined;
    } else {
      path = frame.path;
    }
    const start = startOf(jsYaml, event);
    if (path && start !== undefined) values.set(pointer(path), start);
    if (event.type === SEQUENCE) stack.push({ kind: 'sequence', path, index: 0, key: undefined });
    else if (event.type === MAPPING) stack.push({ kind: 'mapping', path, index: 0, key: undefined });
  }
  return { values, keys };
}
