export const id = 775;
export const ids = [775];
export const modules = {

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ loadRunPolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_PATH, defaultPolicy, POLICY_SCHEMA, POLICY_VALIDATOR_OPTIONS, parsePolicy, loadPolicy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

const DEFAULT_POLICY_PATH = '.github/portal-release.yml';
function defaultPolicy() {
    return {
        branches: { development: 'dev', staging: 'stg', production: 'main' },
        tagPrefix: 'v',
        repos: [],
        freeze: {
            afterMajorDays: 30,
            windows: [],
            allow: {
                types: ['fix', 'docs', 'hotfix', 'security', 'revert'],
                labels: ['bug', 'documentation', 'hotfix', 'security'],
                paths: [],
            },
            exceptionLabel: 'freeze-exception',
            statusContext: 'portal-release/freeze',
        },
        backport: {
            labelPattern: 'backport {branch}',
            windowDays: 30,
            alwaysLabels: ['security'],
            neverTypes: ['feat'],
            conflict: 'fail',
            hotfixLabels: ['hotfix'],
        },
        milestone: {
            title: '{tag}',
            blockerLabels: ['must-have', 'release-blocker'],
            requireAllClosed: false,
            triageLabels: [],
        },
        promotion: { checklist: '.github/release-validation.md', requiredApprovals: 1, rcIdentifier: 'rc' },
        release: {
            smokeWorkflow: 'native-install-smoke.yml',
            deploymentEnvironment: '',
            floatingMajorTag: true,
            docsIssue: false,
        },
    };
}
const branchName = { type: 'string', minLength: 1, maxLength: 200, pattern: '^(?!-)(?!.*\\.\\.)(?!.*//)[A-Za-z0-9._/-]+(?<![./])$' };
const stringList = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 } };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?Z)?$' };
/** JSON Schema of the policy file. Unknown keys are errors: a typo must never silently disable a rule. */
const POLICY_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        branches: {
            type: 'object',
            additionalProperties: false,
            properties: { development: branchName, staging: branchName, production: branchName },
        },
        'tag-prefix': { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9._/-]*$' },
        repos: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$' } },
        freeze: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'after-major-days': { type: 'integer', minimum: 0, maximum: 3650 },
                windows: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['from', 'until'],
                        properties: { from: date, until: date, reason: { type: 'string', maxLength: 500 } },
                    },
                },
                allow: {
                    type: 'object',
                    additionalProperties: false,
                    properties: { types: stringList, labels: stringList, paths: stringList },
                },
                'exception-label': { type: 'string', minLength: 1, maxLength: 100 },
                'status-context': { type: 'string', minLength: 1, maxLength: 255 },
            },
        },
        backport: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'label-pattern': { type: 'string', pattern: '\\{branch\\}', maxLength: 100 },
                'window-days': { type: 'integer', minimum: 0, maximum: 3650 },
                'always-labels': stringList,
                'never-types': stringList,
                conflict: { enum: ['fail', 'draft'] },
                'hotfix-labels': stringList,
            },
        },
        milestone: {
            type: 'object',
            additionalProperties: false,
            properties: {
                title: { type: 'string', minLength: 1, maxLength: 200 },
                'blocker-labels': stringList,
                'require-all-closed': { type: 'boolean' },
                'triage-labels': stringList,
            },
        },
        promotion: {
            type: 'object',
            additionalProperties: false,
            properties: {
                checklist: { type: 'string', maxLength: 300 },
                'required-approvals': { type: 'integer', minimum: 0, maximum: 20 },
                'rc-identifier': { type: 'string', pattern: '^[a-z][a-z0-9]*$', maxLength: 20 },
            },
        },
        release: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'smoke-workflow': { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9._-]*$' },
                'deployment-environment': { type: 'string', maxLength: 255 },
                'floating-major-tag': { type: 'boolean' },
                'docs-issue': { type: 'boolean' },
            },
        },
    },
};
/**
 * How Ajv compiles POLICY_SCHEMA. The compilation happens at build time: scripts/policy-validator.ts
 * writes the validator as standalone code to shared/policy-validator.generated.ts (`npm run build`;
 * a test fails when it is stale), so no run pays for Ajv or for compiling the schema.
 */
const POLICY_VALIDATOR_OPTIONS = { allErrors: true, strict: false };
function locate(yaml, doc, lines, path, key) {
    const { isMap, isPair, isScalar } = yaml;
    let node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (pair && isPair(pair))
            node = pair.key;
    }
    const range = node?.range;
    return range ? lines.linePos(range[0]).line : undefined;
}
function describe(e) {
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            return { key, text: `unknown key "${key}" (check the spelling; see the configuration reference in the README)` };
        }
        case 'enum':
            return { text: `must be one of: ${(e.params.allowedValues ?? []).join(', ')}` };
        case 'type':
            return { text: `must be ${e.params.type === 'integer' ? 'a whole number' : `of type ${e.params.type}`}` };
        case 'pattern':
            return { text: `has an invalid format (${e.message ?? 'pattern mismatch'})` };
        case 'required':
            return { text: `is missing the required key "${e.params.missingProperty}"` };
        default:
            return { text: e.message ?? 'is invalid' };
    }
}
/**
 * Parses and validates policy text. Errors name the file, the line, the key and what was expected.
 * The YAML parser and the validator are loaded here, when a run has a policy file to read, not at start-up.
 */
async function parsePolicy(text, file = DEFAULT_POLICY_PATH) {
    const [yaml, generated] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), __webpack_require__.e(/* import() */ 362).then(__webpack_require__.bind(__webpack_require__, 2362))]);
    const validate = generated.default;
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `${file}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 50 });
    }
    catch (error) {
        // yaml refuses alias expansion bombs ("Excessive alias count…"): a bad file, not a bug.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `${file}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    if (data === null || data === undefined)
        return defaultPolicy();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => {
            const path = e.instancePath
                .split('/')
                .slice(1)
                .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
                .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
            const { key, text: what } = describe(e);
            const line = locate(yaml, doc, lines, path, key);
            const name = [...path, ...(key ? [key] : [])].join('.') || '(top level)';
            return `${file}${line ? `:${line}` : ''}: ${name} ${what}`;
        });
        const unique = [...new Set(problems)];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `Invalid policy file: ${unique.join('; ')}.`);
    }
    return applyDefaults(data);
}
function section(raw, key) {
    const value = raw[key];
    return value && typeof value === 'object' ? value : {};
}
function pick(raw, key, fallback) {
    return raw[key] === undefined || raw[key] === null ? fallback : raw[key];
}
function applyDefaults(raw) {
    const d = defaultPolicy();
    const branches = section(raw, 'branches');
    const freeze = section(raw, 'freeze');
    const allow = section(freeze, 'allow');
    const backport = section(raw, 'backport');
    const milestone = section(raw, 'milestone');
    const promotion = section(raw, 'promotion');
    const release = section(raw, 'release');
    const policy = {
        branches: {
            development: pick(branches, 'development', d.branches.development),
            staging: pick(branches, 'staging', d.branches.staging),
            production: pick(branches, 'production', d.branches.production),
        },
        tagPrefix: pick(raw, 'tag-prefix', d.tagPrefix),
        repos: pick(raw, 'repos', d.repos),
        freeze: {
            afterMajorDays: pick(freeze, 'after-major-days', d.freeze.afterMajorDays),
            windows: pick(freeze, 'windows', []).map((w) => ({
                from: String(w.from),
                until: String(w.until),
                reason: typeof w.reason === 'string' ? w.reason : '',
            })),
            allow: {
                types: pick(allow, 'types', d.freeze.allow.types),
                labels: pick(allow, 'labels', d.freeze.allow.labels),
                paths: pick(allow, 'paths', d.freeze.allow.paths),
            },
            exceptionLabel: pick(freeze, 'exception-label', d.freeze.exceptionLabel),
            statusContext: pick(freeze, 'status-context', d.freeze.statusContext),
        },
        backport: {
            labelPattern: pick(backport, 'label-pattern', d.backport.labelPattern),
            windowDays: pick(backport, 'window-days', d.backport.windowDays),
            alwaysLabels: pick(backport, 'always-labels', d.backport.alwaysLabels),
            neverTypes: pick(backport, 'never-types', d.backport.neverTypes),
            conflict: pick(backport, 'conflict', d.backport.conflict),
            hotfixLabels: pick(backport, 'hotfix-labels', d.backport.hotfixLabels),
        },
        milestone: {
            title: pick(milestone, 'title', d.milestone.title),
            blockerLabels: pick(milestone, 'blocker-labels', d.milestone.blockerLabels),
            requireAllClosed: pick(milestone, 'require-all-closed', d.milestone.requireAllClosed),
            triageLabels: pick(milestone, 'triage-labels', d.milestone.triageLabels),
        },
        promotion: {
            checklist: pick(promotion, 'checklist', d.promotion.checklist),
            requiredApprovals: pick(promotion, 'required-approvals', d.promotion.requiredApprovals),
            rcIdentifier: pick(promotion, 'rc-identifier', d.promotion.rcIdentifier),
        },
        release: {
            smokeWorkflow: pick(release, 'smoke-workflow', d.release.smokeWorkflow),
            deploymentEnvironment: pick(release, 'deployment-environment', d.release.deploymentEnvironment),
            floatingMajorTag: pick(release, 'floating-major-tag', d.release.floatingMajorTag),
            docsIssue: pick(release, 'docs-issue', d.release.docsIssue),
        },
    };
    for (const w of policy.freeze.windows) {
        if (Date.parse(w.until) <= Date.parse(w.from)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `Invalid policy file: freeze window ${w.from}..${w.until} ends before it starts.`);
        }
    }
    const names = Object.values(policy.branches);
    if (new Set(names).size !== names.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `Invalid policy file: branches.development, staging and production must be three different branches (got ${names.join(', ')}).`);
    }
    return policy;
}
/**
 * Reads the policy from the repository's default branch (never from the pull request being
 * judged, so a PR cannot loosen the rules). A missing file means "all defaults".
 */
async function loadPolicy(reader, repo, options = {}) {
    const path = options.path || DEFAULT_POLICY_PATH;
    const ref = options.ref || options.defaultBranch;
    const text = await reader.getFileContent(repo, path, ref);
    const at = `${repo.owner}/${repo.repo}@${ref ?? 'default branch'}`;
    if (text === null) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('config', `Policy file "${path}" (input "config") was not found in ${at}. Create it or remove the input to use the defaults.`);
        }
        return { policy: defaultPolicy(), source: `defaults (no ${path} in ${at})` };
    }
    return { policy: await parsePolicy(text, path), source: `${path} in ${at}` };
}
/**
 * The policy of the run's repository, as every action loads it: inputs `config`/`config-ref`,
 * else the default branch named by the event payload (no extra request), in a log group.
 */
async function loadRunPolicy(env, inputs) {
    const repository = env.context.payload.repository;
    return env.logger.group('Policy', async () => {
        const loaded = await loadPolicy(env.github, env.context.repo, { path: inputs.config, ref: inputs.configRef, defaultBranch: repository?.default_branch });
        env.logger.info(`Policy: ${loaded.source}`);
        return loaded;
    });
}


/***/ }),

/***/ 6406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony exports formatOutput, runAction, main */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4061);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2635);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4026);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(954);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6640);










function formatOutput(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/**
 * The one entry path of every action: inputs parsed once, the real world built and injected,
 * one error path (a user mistake is one actionable sentence; anything else is reported as a bug
 * with its stack in the debug log), outputs and the job summary written once.
 * Returns the process exit code.
 */
async function runAction(definition, processEnv = process.env) {
    const logger = actionsLogger();
    try {
        const reader = new InputReader(envInputSource(processEnv));
        const token = reader.string('token', { required: true });
        core.setSecret(token);
        const context = contextFromEnv(processEnv);
        const inputs = definition.parseInputs(reader, context);
        const now = reader.instant('now');
        const clock = now ? fixedClock(now) : systemClock;
        const dryRun = definition.isDryRun(inputs);
        // PORTAL_RELEASE_RETRY_BASE_MS shortens the back-off between retries (the fault matrix uses it).
        const retryBase = Number.parseInt(processEnv.PORTAL_RELEASE_RETRY_BASE_MS ?? '', 10);
        const octokit = createOctokit({
            token,
            apiUrl: context.apiUrl,
            logger,
            ...(Number.isFinite(retryBase) && retryBase >= 0 ? { retryBaseMs: retryBase } : {}),
        });
        const github = new GitHub(octokit, logger, { readOnly: dryRun });
        const tempDir = await mkdtemp(join(processEnv.RUNNER_TEMP || tmpdir(), `portal-release-${definition.name}-`));
        if (dryRun)
            logger.notice(`${definition.name}: dry run — the plan is computed and printed; nothing is written.`);
        const outcome = await definition.run(inputs, { context, github, logger, clock, token, tempDir });
        for (const [name, value] of Object.entries(outcome.outputs))
            core.setOutput(name, formatOutput(value));
        logger.debug(`${definition.name}: ${github.requestCount} API requests`);
        if (outcome.summary)
            await core.summary.addRaw(outcome.summary, true).write();
        if (outcome.failure) {
            core.setFailed(outcome.failure);
            return 1;
        }
        return 0;
    }
    catch (error) {
        if (isUserError(error)) {
            core.setFailed(error.message);
        }
        else {
            core.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
            core.setFailed(`portal-release ${definition.name} hit an internal error: ${errorMessage(error)}. This is a bug in portal-release; please report it with the debug log (re-run with "Enable debug logging").`);
        }
        try {
            await core.summary.addRaw(`### ❌ ${definition.name} failed\n\n${escapeMarkdown(errorMessage(error))}\n`, true).write();
        }
        catch {
            // No summary file outside a runner: the failure message above is enough.
        }
        return 1;
    }
}
/** Entry point for a bundle: run, then exit explicitly so dangling handles cannot hang the job. */
function main(definition) {
    runAction(definition).then((code) => process.exit(code), () => process.exit(1));
}
function escapeMarkdown(text) {
    return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ findMarker),
/* harmony export */   FT: () => (/* binding */ parseMarkers),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony exports renderMarker, removeComment */
const KIND = /^[a-z][a-z0-9-]*$/;
const ATTR_VALUE = /^[A-Za-z0-9._/@:+-]+$/;
function renderMarker(kind, attrs = {}) {
    if (!KIND.test(kind))
        throw new Error(`invalid marker kind "${kind}"`);
    const parts = Object.entries(attrs).map(([k, v]) => {
        const value = String(v);
        if (!KIND.test(k) || !ATTR_VALUE.test(value))
            throw new Error(`invalid marker attribute ${k}=${value}`);
        return `${k}=${value}`;
    });
    return `<!-- portal-release:${[kind, ...parts].join(' ')} -->`;
}
const MARKER = /<!-- portal-release:([a-z][a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g;
function parseMarkers(text) {
    const out = [];
    for (const m of (text ?? '').matchAll(MARKER)) {
        const attrs = {};
        for (const pair of (m[2] ?? '').trim().split(' ').filter(Boolean)) {
            const i = pair.indexOf('=');
            attrs[pair.slice(0, i)] = pair.slice(i + 1);
        }
        out.push({ kind: m[1], attrs });
    }
    return out;
}
/** The first marker of `kind` whose attributes include every pair of `match`. */
function findMarker(text, kind, match = {}) {
    return parseMarkers(text).find((m) => m.kind === kind && Object.entries(match).every(([k, v]) => m.attrs[k] === String(v)));
}
function hasMarker(text, kind, match = {}) {
    return findMarker(text, kind, match) !== undefined;
}
/** Puts the marker first so the body is recognisable even when people edit the rest. */
function withMarker(body, kind, attrs = {}) {
    return `${renderMarker(kind, attrs)}\n${body}`;
}
/**
 * Creates or updates the one comment of `kind` on an issue or pull request. A re-run with the
 * same content writes nothing; duplicates left by an interrupted earlier run are removed.
 */
async function upsertComment(github, repo, number, kind, body, options = {}) {
    const full = withMarker(body, kind, options.attrs);
    const comments = options.existing ?? (await github.listComments(repo, number));
    const mine = comments.filter((c) => hasMarker(c.body, kind, options.attrs));
    const [first, ...extra] = mine;
    for (const duplicate of extra)
        await github.deleteComment(repo, duplicate.id);
    if (!first)
        return { outcome: 'created', comment: await github.createComment(repo, number, full) };
    if (first.body.trim() === full.trim())
        return { outcome: 'unchanged', comment: first };
    await github.updateComment(repo, first.id, full);
    return { outcome: 'updated', comment: { ...first, body: full } };
}
/** Removes the managed comment of `kind`, if any. Returns whether something was deleted. */
async function removeComment(github, repo, number, kind, options = {}) {
    const comments = options.existing ?? (await github.listComments(repo, number));
    const mine = comments.filter((c) => hasMarker(c.body, kind, options.attrs));
    for (const c of mine)
        await github.deleteComment(repo, c.id);
    return mine.length > 0;
}


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   NL: () => (/* binding */ previousTagFor),
/* harmony export */   NQ: () => (/* binding */ latestStable),
/* harmony export */   O$: () => (/* binding */ nextRcNumber),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   bb: () => (/* binding */ compareTags),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   pI: () => (/* binding */ parseStableVersion),
/* harmony export */   rE: () => (/* binding */ parseReleaseTag)
/* harmony export */ });
/* unused harmony export isMajorRelease */
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2338);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);




function parseReleaseTag(tag, prefix, rcIdentifier = 'rc') {
    if (!tag.startsWith(prefix))
        return null;
    const version = tag.slice(prefix.length);
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(version);
    if (!parsed || parsed.build.length > 0 || parsed.version !== version)
        return null;
    const pre = parsed.prerelease;
    let rc = null;
    if (pre.length > 0) {
        if (pre.length !== 2 || pre[0] !== rcIdentifier || typeof pre[1] !== 'number')
            return null;
        rc = pre[1];
    }
    return { tag, version, base: `${parsed.major}.${parsed.minor}.${parsed.patch}`, rc, major: parsed.major };
}
function formatTag(prefix, version, rc = null, rcIdentifier = 'rc') {
    return rc === null ? `${prefix}${version}` : `${prefix}${version}-${rcIdentifier}.${rc}`;
}
/** Validates a version given by a person (input `version`): X.Y.Z, optionally with the tag prefix. */
function parseStableVersion(value, prefix, input = 'version') {
    const text = value.startsWith(prefix) && prefix !== '' ? value.slice(prefix.length) : value;
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text);
    if (!parsed || parsed.prerelease.length > 0 || parsed.build.length > 0 || parsed.version !== text) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('input', `Input "${input}": ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not a stable version X.Y.Z (for example 3.2.0).`);
    }
    return parsed.version;
}
function compareTags(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default()(a.version, b.version);
}
/** Release tags among `names`, highest first. */
function releaseTags(names, prefix, rcIdentifier = 'rc') {
    return names
        .map((n) => parseReleaseTag(n, prefix, rcIdentifier))
        .filter((t) => t !== null)
        .sort((a, b) => compareTags(b, a));
}
function latestStable(tags) {
    return tags.filter((t) => t.rc === null).sort((a, b) => compareTags(b, a))[0] ?? null;
}
function bumpVersion(version, bump) {
    const next = semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default()(version, bump);
    if (!next)
        throw new Error(`cannot bump ${version} by ${bump}`);
    return next;
}
/** The next RC number for `base`: one more than the highest existing `base-rc.N`. */
function nextRcNumber(tags, base) {
    const rcs = tags.filter((t) => t.base === base && t.rc !== null).map((t) => t.rc);
    return rcs.length === 0 ? 1 : Math.max(...rcs) + 1;
}
/**
 * The tag release notes should start from: a stable release starts from the previous stable
 * (not from its own RCs); rc.1 from the previous stable; rc.N from rc.N-1.
 */
function previousTagFor(tag, all) {
    const older = all.filter((t) => compareTags(t, tag) < 0);
    if (tag.rc !== null && tag.rc > 1) {
        const prev = older.filter((t) => t.base === tag.base && t.rc !== null).sort((a, b) => compareTags(b, a))[0];
        if (prev)
            return prev;
    }
    return latestStable(older.filter((t) => t.base !== tag.base));
}
/** True for X.0.0: the release that starts a code freeze. */
function isMajorRelease(version) {
    const v = parse(version);
    return v !== null && v.prerelease.length === 0 && v.minor === 0 && v.patch === 0;
}


/***/ })

};
