// OpenAPI description of api.github.com: lazy loading, route matching and ajv validation.
// The 13 MB JSON is parsed once per process; validators are compiled lazily per operation.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export is the plugin function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = any;

export interface Operation {
  template: string;
  method: string; // lower case
  op: Json;
  paramCount: number;
}

export interface RouteMatch {
  template: string;
  params: Record<string, string>;
  /** Methods documented for this path template (lower case). */
  methods: string[];
}

interface CompiledTemplate {
  template: string;
  segments: { literal?: string; param?: string }[];
  paramCount: number;
  greedy: boolean;
  methods: string[];
}

/** Parameters whose values may contain `/` when sent unencoded (e.g. `contents/{path}`). */
const GREEDY_PARAMS = new Set(['path', 'ref', 'basehead', 'branch', 'tag']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

let spec: Json | undefined;
let templates: CompiledTemplate[] | undefined;
let ajvBody: Ajv | undefined;
let ajvQuery: Ajv | undefined;
const validatorCache = new Map<string, ValidateFunction | null>();

/** Folder of an installed package, found by walking up node_modules (works for ESM-only packages too). */
export function packageDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package ${name} not found`);
    dir = up;
  }
}

function specPath(): string {
  // Never import the package index: it parses ~460 MB of JSON.
  return join(packageDir('@octokit/openapi'), 'generated', 'api.github.com.json');
}

export function loadSpec(): Json {
  if (!spec) spec = JSON.parse(readFileSync(specPath(), 'utf8'));
  return spec;
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    validateSchema: false,
    logger: false,
    discriminator: false,
  });
  addFormats(ajv);
  // Formats used by GitHub's description that ajv-formats does not know.
  for (const f of ['repo.nwo', 'binary', 'int32', 'int64', 'uri-template', 'ssh-key', 'ssh-key fingerprint']) {
    ajv.addFormat(f, true);
  }
  return ajv;
}

let fixedComponents: Json | undefined;

/** Components with OpenAPI 3.0 quirks fixed for ajv (e.g. `nullable` without `type`). */
function components(): Json {
  if (!fixedComponents) fixedComponents = fixSchema(loadSpec().components, false);
  return fixedComponents;
}

function bodyAjv(): Ajv {
  if (!ajvBody) {
    ajvBody = makeAjv(false);
    ajvBody.addSchema({ components: components() }, 'spec');
  }
  return ajvBody;
}

function queryAjv(): Ajv {
  if (!ajvQuery) {
    ajvQuery = makeAjv(true);
    ajvQuery.addSchema({ components: components() }, 'spec');
  }
  return ajvQuery;
}

/**
 * Deep copy fixing what ajv rejects: `nullable: true` without `type` becomes `anyOf: [schema, {type: null}]`.
 * With `refs`, local `#/components/...` refs are rewritten to the shared `spec#/components/...` schema.
 */
function fixSchema(schema: Json, refs: boolean): Json {
  if (Array.isArray(schema)) return schema.map((x) => fixSchema(x, refs));
  if (schema && typeof schema === 'object') {
    let out: Json = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = refs ? 'spec' + v : v;
      else out[k] = fixSchema(v, refs);
    }
    if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.nullable === true && out.type === undefined) {
      delete out.nullable;
      out = { anyOf: [out, { type: 'null' }] };
    }
    return out;
  }
  return schema;
}

function rebase(schema: Json): Json {
  return fixSchema(schema, true);
}

function deref(obj: Json): Json {
  let cur = obj;
  for (let i = 0; i < 10 && cur && typeof cur === 'object' && typeof cur.$ref === 'string'; i++) {
    const parts = (cur.$ref as string).replace(/^#\//, '').split('/');
    let node: Json = loadSpec();
    for (const p of parts) node = node?.[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    cur = node;
  }
  return cur;
}

function compileTemplates(): CompiledTemplate[] {
  if (templates) return templates;
  const s = loadSpec();
  templates = Object.keys(s.paths).map((template) => {
    const segments = template
      .split('/')
      .slice(1)
      .map((seg) => {
        const m = /^\{([^}]+)\}$/.exec(seg);
        return m ? { param: m[1] } : { literal: seg };
      });
    const last = segments[segments.length - 1];
    const methods = METHODS.filter((m) => s.paths[template][m]);
    return {
      template,
      segments,
      paramCount: segments.filter((x) => x.param).length,
      greedy: !!last?.param && GREEDY_PARAMS.has(last.param),
      methods,
    };
  });
  return templates;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Match a request path (below the API prefix, without query) against the documented path templates. */
export function matchRoute(path: string): RouteMatch | undefined {
  const parts = path.split('/').slice(1);
  let best: { t: CompiledTemplate; params: Record<string, string> } | undefined;
  for (const t of compileTemplates()) {
    const segs = t.segments;
    if (parts.length < segs.length) continue;
    if (parts.length > segs.length && !t.greedy) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      const part = parts[i]!;
      if (seg.literal !== undefined) {
        if (seg.literal !== part) {
          ok = false;
          break;
        }
      } else {
        if (part === '') {
          ok = false;
          break;
        }
        if (i === segs.length - 1 && parts.length > segs.length) {
          params[seg.param!] = parts.slice(i).map(decode).join('/');
        } else params[seg.param!] = decode(part);
      }
    }
    if (!ok) continue;
    const exact = parts.length === segs.length;
    if (!best || t.paramCount < best.t.paramCount || (t.paramCount === best.t.paramCount && exact && best.t.segments.length !== parts.length)) {
      best = { t, params };
    }
  }
  return best && { template: best.t.template, params: best.params, methods: best.t.methods };
}

export function getOperation(template: string, method: string): Json | undefined {
  return loadSpec().paths[template]?.[method.toLowerCase()];
}

export interface ValidationProblem {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
  errors?: ErrorObject[] | undefined;
}

function fmtErrors(errors: ErrorObject[] | null | undefined, prefix: string): string {
  if (!errors?.length) return '';
  return errors
    .slice(0, 8)
    .map((e) => {
      const extra =
        e.keyword === 'enum'
          ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
          : e.keyword === 'additionalProperties'
            ? ` (${(e.params as { additionalProperty?: string }).additionalProperty})`
            : '';
      return `${prefix}${e.instancePath || ''} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

function opParams(template: string, method: string): Json[] {
  const pathItem = loadSpec().paths[template] ?? {};
  const params = [...(pathItem.parameters ?? []), ...(pathItem[method]?.parameters ?? [])];
  return params.map(deref);
}

function cached(key: string, build: () => ValidateFunction | null): ValidateFunction | null {
  if (!validatorCache.has(key)) validatorCache.set(key, build());
  return validatorCache.get(key)!;
}

/** Validate path params, query params and JSON body of a request. */
export function validateRequest(
  template: string,
  method: string,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
  hasBody: boolean,
): ValidationProblem[] {
  const m = method.toLowerCase();
  const op = getOperation(template, m);
  if (!op) return [];
  const problems: ValidationProblem[] = [];
  const params = opParams(template, m);
  for (const where of ['path', 'query'] as const) {
    const ps = params.filter((p) => p.in === where);
    if (!ps.length) continue;
    const v = cached(`${m} ${template} ${where}`, () => {
      const properties: Json = {};
      const required: string[] = [];
      for (const p of ps) {
        properties[p.name] = rebase(p.schema ?? {});
        if (p.required) required.push(p.name);
      }
      return queryAjv().compile({ type: 'object', properties, required });
    });
    const data: Record<string, unknown> = {};
    if (where === 'path') Object.assign(data, pathParams);
    else for (const p of ps) if (query.has(p.name)) data[p.name] = query.get(p.name);
    if (v && !v(data)) problems.push({ where, message: fmtErrors(v.errors, where), errors: v.errors ?? undefined });
  }
  const rb = op.requestBody ? deref(op.requestBody) : undefined;
  const schema = rb?.content?.['application/json']?.schema;
  if (schema) {
    if (!hasBody) {
      if (rb.required) problems.push({ where: 'body', message: 'body: a JSON request body is required' });
    } else {
      const v = cached(`${m} ${template} body`, () => bodyAjv().compile(rebase(schema)));
      if (v && !v(body)) problems.push({ where: 'body', message: fmtErrors(v.errors, 'body'), errors: v.errors ?? undefined });
    }
  }
  return problems;
}

/** Validate a JSON response body against the documented schema for its status code. */
export function validateResponse(template: string, method: string, status: number, body: unknown): ValidationProblem[] {
  const m = method.toLowerCase();
  const op = getOperation(template, m);
  if (!op) return [];
  const responses = op.responses ?? {};
  const res = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  if (!res) {
    if (status >= 200 && status < 300) {
      return [{ where: 'response', message: `status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})` }];
    }
    return [];
  }
  const content = deref(res).content;
  const schema = content?.['application/json']?.schema;
  if (!schema) return [];
  const v = cached(`${m} ${template} response ${status}`, () => bodyAjv().compile(rebase(schema)));
  if (v && !v(body)) return [{ where: 'response', message: fmtErrors(v.errors, 'response'), errors: v.errors ?? undefined }];
  return [];
}

/** Validate any value against a named component schema (used by tests of the object factories). */
export function validateComponent(name: string, value: unknown): string | undefined {
  const v = cached(`component ${name}`, () => bodyAjv().compile({ $ref: `spec#/components/schemas/${name}` }));
  if (v && !v(value)) return fmtErrors(v.errors, name);
  return undefined;
}
