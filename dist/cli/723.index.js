export const id = 723;
export const ids = [723];
export const modules = {

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ib: () => (/* binding */ loadRunPolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, POLICY_SCHEMA, POLICY_VALIDATOR_OPTIONS, defaultPolicy, loadPolicy, parsePolicy

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/policy-yaml.ts

/**
 * At most this many values once every alias is expanded. A policy file has a few hundred; aliases are shared
 * references in the parsed value, so a small file of nested aliases (an "alias bomb") would otherwise make the
 * validator and everything after it walk millions of values.
 */
const MAX_EXPANDED_VALUES = 10_000;
function invalid(file, line, reason) {
    return new errors/* UserError */.yo('config', `${file}${line ? `:${line}` : ''}: invalid YAML: ${reason}`);
}
/** Loads js-yaml (once; a later call finds it loaded). */
function loadYamlParser() {
    return Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3243));
}
/**
 * Parses one YAML document. Malformed YAML, several documents, a collection that contains itself through an alias
 * and aliases expanding past MAX_EXPANDED_VALUES are refused as `config` errors naming the file (and the line when
 * the parser gives one); nothing else is checked here.
 */
async function parseYaml(text, file) {
    const jsYaml = await loadYamlParser();
    let events;
    let documents;
    try {
        events = jsYaml.parseEvents(text, { filename: file });
        // The core schema (the default): YAML 1.2 types only, no `!!merge`, no custom tags; duplicate keys throw.
        documents = jsYaml.constructFromEvents(events, { source: text, filename: file, schema: jsYaml.CORE_SCHEMA });
    }
    catch (error) {
        if (error instanceof jsYaml.YAMLException)
            throw invalid(file, error.mark ? error.mark.line + 1 : undefined, error.reason);
        throw error;
    }
    const lines = lineIndex(text);
    if (documents.length > 1) {
        const second = secondDocumentOffset(jsYaml, events);
        throw invalid(file, second === undefined ? undefined : lines(second), 'the file holds more than one document (`---`); a policy file is one');
    }
    const value = documents[0];
    checkExpansion(value, file);
    let offsets;
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
function checkExpansion(value, file) {
    const sizes = new Map();
    const open = new Set();
    const size = (v) => {
        if (v === null || typeof v !== 'object')
            return 1;
        const known = sizes.get(v);
        if (known !== undefined)
            return known;
        if (open.has(v))
            throw invalid(file, undefined, 'an alias refers to the collection that contains it');
        open.add(v);
        let total = 1;
        for (const child of Object.values(v)) {
            total += size(child);
            if (total > MAX_EXPANDED_VALUES)
                break;
        }
        open.delete(v);
        sizes.set(v, total);
        return total;
    };
    if (size(value) > MAX_EXPANDED_VALUES)
        throw invalid(file, undefined, `aliases expand the file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values; write the values out instead`);
}
/** Offset → 1-based line. */
function lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function pointer(path) {
    return JSON.stringify(path);
}
/** Where the first node of the second document starts. */
function secondDocumentOffset(jsYaml, events) {
    let documents = 0;
    for (const event of events) {
        if (event.type === jsYaml.EVENT_ID.DOCUMENT)
            documents++;
        else if (documents === 2)
            return startOf(jsYaml, event);
    }
    return undefined;
}
/** Where a node starts: a collection's first token, a scalar's text, an alias's name. */
function startOf(jsYaml, event) {
    const { SEQUENCE, MAPPING, SCALAR, ALIAS } = jsYaml.EVENT_ID;
    if (event.type === SEQUENCE || event.type === MAPPING)
        return event.start;
    if (event.type === SCALAR)
        return event.valueStart;
    if (event.type === ALIAS)
        return event.anchorStart;
    return undefined;
}
/**
 * Walks the first document's events, keeping the path of each node: in a mapping, nodes alternate key and value;
 * in a sequence, each node is the next index. Keys are read as the constructed value names them (a scalar's text);
 * a collection used as a key has no path.
 */
function offsetsOf(jsYaml, events, source) {
    const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = jsYaml.EVENT_ID;
    const values = new Map();
    const keys = new Map();
    const stack = [];
    let documents = 0;
    for (const event of events) {
        if (event.type === DOCUMENT) {
            if (++documents > 1)
                break;
            stack.push({ kind: 'document', path: [], index: 0, key: undefined });
            continue;
        }
        if (event.type === POP) {
            stack.pop();
            continue;
        }
        const frame = stack[stack.length - 1];
        if (!frame)
            continue;
        let path;
        if (frame.kind === 'mapping') {
            const isKey = frame.index++ % 2 === 0;
            if (isKey) {
                frame.key = event.type === SCALAR ? jsYaml.getScalarValue(source, event) : undefined;
                const start = startOf(jsYaml, event);
                if (frame.path && frame.key !== undefined && start !== undefined)
                    keys.set(pointer([...frame.path, frame.key]), start);
                if (event.type === SEQUENCE || event.type === MAPPING)
                    stack.push({ kind: event.type === MAPPING ? 'mapping' : 'sequence', path: undefined, index: 0, key: undefined });
                continue;
            }
            path = frame.path && frame.key !== undefined ? [...frame.path, frame.key] : undefined;
        }
        else if (frame.kind === 'sequence') {
            path = frame.path ? [...frame.path, frame.index++] : undefined;
        }
        else {
            path = frame.path;
        }
        const start = startOf(jsYaml, event);
        if (path && start !== undefined)
            values.set(pointer(path), start);
        if (event.type === SEQUENCE)
            stack.push({ kind: 'sequence', path, index: 0, key: undefined });
        else if (event.type === MAPPING)
            stack.push({ kind: 'mapping', path, index: 0, key: undefined });
    }
    return { values, keys };
}

;// CONCATENATED MODULE: ./shared/config.ts


const DEFAULT_POLICY_PATH = '.github/portal-release.yml';
function defaultPolicy() {
    return {
        branches: { development: 'dev', staging: 'stg', production: 'main' },
        tagPrefix: 'v',
        repos: [],
        trustedLogins: [],
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
        discipline: {
            statusContext: 'portal-release/branch-discipline',
        },
        backport: {
            labelPattern: 'backport {branch}',
            windowDays: 30,
            alwaysLabels: ['security'],
            neverTypes: ['feat'],
            conflict: 'fail',
            hotfixLabels: ['hotfix'],
            referencePatterns: [],
            title: '{title} (backport #{number})',
            requestReview: true,
            autoMerge: false,
            signedCommits: false,
        },
        milestone: {
            title: '{tag}',
            blockerLabels: ['must-have', 'release-blocker'],
            requireAllClosed: false,
            triageLabels: [],
            closedWithoutChange: 'warn',
            rollover: false,
        },
        promotion: { checklist: '.github/release-validation.md', requiredApprovals: 1, rcIdentifier: 'rc' },
        release: {
            smokeWorkflow: 'native-install-smoke.yml',
            deploymentEnvironment: '',
            floatingMajorTag: true,
            docsIssue: false,
            releasedIn: 'comment',
            releasedInLabel: 'released',
        },
        alerts: { trackingIssue: true, labels: ['release-alert'], assignees: [] },
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
        'trusted-logins': { type: 'array', maxItems: 50, items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$' } },
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
        discipline: {
            type: 'object',
            additionalProperties: false,
            properties: {
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
                'reference-patterns': { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\{number\\}' } },
                title: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\{title\\}' },
                'request-review': { type: 'boolean' },
                'auto-merge': { enum: [false, 'merge', 'squash', 'rebase'] },
                'signed-commits': { type: 'boolean' },
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
                'closed-without-change': { enum: ['warn', 'block'] },
                rollover: { type: 'boolean' },
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
                'released-in': { enum: ['comment', 'label', 'off'] },
                'released-in-label': { type: 'string', minLength: 1, maxLength: 50 },
            },
        },
        alerts: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'tracking-issue': { type: 'boolean' },
                labels: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[^,]+$' } },
                assignees: { type: 'array', maxItems: 10, items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$' } },
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
/** Loads the validator generated at build time (once; a later call finds it loaded). */
function loadValidator() {
    return __webpack_require__.e(/* import() */ 362).then(__webpack_require__.bind(__webpack_require__, 2362));
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
 * The YAML parser and the validator are loaded on demand (loadPolicy starts them while it reads the file), not at start-up.
 */
async function parsePolicy(text, file = DEFAULT_POLICY_PATH) {
    const [yaml, generated] = await Promise.all([parseYaml(text, file), loadValidator()]);
    const validate = generated.default;
    const data = yaml.value;
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
            const line = yaml.lineOf(path, key);
            const name = [...path, ...(key ? [key] : [])].join('.') || '(top level)';
            return `${file}${line ? `:${line}` : ''}: ${name} ${what}`;
        });
        const unique = [...new Set(problems)];
        throw new errors/* UserError */.yo('config', `Invalid policy file: ${unique.join('; ')}.`);
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
    const discipline = section(raw, 'discipline');
    const backport = section(raw, 'backport');
    const alerts = section(raw, 'alerts');
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
        trustedLogins: pick(raw, 'trusted-logins', d.trustedLogins),
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
        discipline: {
            statusContext: pick(discipline, 'status-context', d.discipline.statusContext),
        },
        backport: {
            labelPattern: pick(backport, 'label-pattern', d.backport.labelPattern),
            windowDays: pick(backport, 'window-days', d.backport.windowDays),
            alwaysLabels: pick(backport, 'always-labels', d.backport.alwaysLabels),
            neverTypes: pick(backport, 'never-types', d.backport.neverTypes),
            conflict: pick(backport, 'conflict', d.backport.conflict),
            hotfixLabels: pick(backport, 'hotfix-labels', d.backport.hotfixLabels),
            referencePatterns: pick(backport, 'reference-patterns', d.backport.referencePatterns),
            title: pick(backport, 'title', d.backport.title),
            requestReview: pick(backport, 'request-review', d.backport.requestReview),
            autoMerge: pick(backport, 'auto-merge', d.backport.autoMerge),
            signedCommits: pick(backport, 'signed-commits', d.backport.signedCommits),
        },
        milestone: {
            title: pick(milestone, 'title', d.milestone.title),
            blockerLabels: pick(milestone, 'blocker-labels', d.milestone.blockerLabels),
            requireAllClosed: pick(milestone, 'require-all-closed', d.milestone.requireAllClosed),
            triageLabels: pick(milestone, 'triage-labels', d.milestone.triageLabels),
            closedWithoutChange: pick(milestone, 'closed-without-change', d.milestone.closedWithoutChange),
            rollover: pick(milestone, 'rollover', d.milestone.rollover),
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
            releasedIn: pick(release, 'released-in', d.release.releasedIn),
            releasedInLabel: pick(release, 'released-in-label', d.release.releasedInLabel),
        },
        alerts: {
            trackingIssue: pick(alerts, 'tracking-issue', d.alerts.trackingIssue),
            labels: pick(alerts, 'labels', d.alerts.labels),
            assignees: pick(alerts, 'assignees', d.alerts.assignees),
        },
    };
    for (const w of policy.freeze.windows) {
        if (Date.parse(w.until) <= Date.parse(w.from)) {
            throw new errors/* UserError */.yo('config', `Invalid policy file: freeze window ${w.from}..${w.until} ends before it starts.`);
        }
    }
    for (const pattern of policy.backport.referencePatterns) {
        try {
            new RegExp(pattern.replaceAll('{number}', '1'), 'iu');
        }
        catch (error) {
            throw new errors/* UserError */.yo('config', `Invalid policy file: backport.reference-patterns "${pattern}" is not a regular expression (${error.message}).`);
        }
    }
    const names = Object.values(policy.branches);
    if (new Set(names).size !== names.length) {
        throw new errors/* UserError */.yo('config', `Invalid policy file: branches.development, staging and production must be three different branches (got ${names.join(', ')}).`);
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
    // The YAML parser and the validator start loading while the file is read (parsePolicy's imports then find
    // them loaded): on a runner the read is a round trip to the API, long enough to hide most of their load.
    void Promise.all([loadYamlParser(), loadValidator()]).catch(() => undefined);
    const text = await reader.getFileContent(repo, path, ref);
    const at = `${repo.owner}/${repo.repo}@${ref ?? 'default branch'}`;
    if (text === null) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new errors/* UserError */.yo('config', `Policy file "${path}" (input "config") was not found in ${at}. Create it or remove the input to use the defaults.`);
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
    return env.logger.group('Policy', async () => {
        const loaded = await loadPolicy(env.github, env.context.repo, { path: inputs.config, ref: inputs.configRef, defaultBranch: env.context.defaultBranch });
        env.logger.info(`Policy: ${loaded.source}`);
        return loaded;
    });
}


/***/ }),

/***/ 2294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ actorLogin),
/* harmony export */   HR: () => (/* binding */ SuiteIdentity)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT, VIEWER_QUERY */
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7316);

/**
 * The login GitHub gives the job's GITHUB_TOKEN: an installation token of the GitHub Actions app.
 * Everything written with that token (pull requests, comments, issues) is authored by this bot.
 */
const ACTIONS_BOT = 'github-actions[bot]';
const VIEWER_QUERY = 'query SuiteIdentity { viewer { login } }';
/**
 * Who the suite is: the login its token writes as, plus the logins the policy trusts
 * (`trusted-logins`, e.g. the App or account that opened older suite pull requests).
 *
 * The token's login comes from GraphQL `viewer { login }`, which answers for user tokens and for
 * GitHub App installation tokens (as `<app-slug>[bot]`); REST `GET /user` refuses installation
 * tokens ("Resource not accessible by integration"), so it is never used. When the viewer query is
 * refused, the token is taken to be the job's GITHUB_TOKEN, which writes as github-actions[bot].
 * The query is sent lazily, at most once per run (per GitHub port), and only when a decision needs
 * it: a login listed in the policy is trusted without it.
 */
class SuiteIdentity {
    github;
    trusted;
    constructor(github, trustedLogins = []) {
        this.github = github;
        this.trusted = new Set(trustedLogins.map((l) => l.toLowerCase()));
    }
    /** Whether `login` is the suite (the token's own login or one the policy trusts). */
    async isSuite(login) {
        if (!login)
            return false;
        const key = login.toLowerCase();
        if (this.trusted.has(key))
            return true;
        return (await this.tokenLogin()).toLowerCase() === key;
    }
    /** The login the token writes as (one GraphQL query, cached for the run). */
    async tokenLogin() {
        return (await this.resolve()).login;
    }
    /** Every login the suite trusts, with how the token's own one was learnt (for summaries). */
    async describe() {
        const { login, how } = await this.resolve();
        const others = [...this.trusted].filter((l) => l !== login.toLowerCase());
        return `${login} (${how})${others.length ? `, and from the policy's trusted-logins: ${others.join(', ')}` : ''}`;
    }
    resolve() {
        let viewer = viewerCache.get(this.github);
        if (!viewer) {
            viewer = viewerLogin(this.github);
            viewerCache.set(this.github, viewer);
        }
        return viewer;
    }
}
/** One viewer query per GitHub port, whichever action part asks first. */
const viewerCache = new WeakMap();
async function viewerLogin(github) {
    try {
        const data = await github.graphql('Reading the login of the token (GraphQL viewer)', VIEWER_QUERY, {});
        const login = data.viewer?.login;
        if (login)
            return { login, how: 'the token, from GraphQL viewer' };
    }
    catch (error) {
        // Refused (FORBIDDEN / 403): the job's GITHUB_TOKEN. Anything else (bad token, outage) is a real failure.
        if (!(error instanceof _github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ && error.status === 403) && !isForbidden(error))
            throw error;
    }
    github.debug(`The viewer query was refused; taking the token to be the job's GITHUB_TOKEN (${ACTIONS_BOT}).`);
    return { login: ACTIONS_BOT, how: "the job's GITHUB_TOKEN: the viewer query was refused" };
}
function isForbidden(error) {
    const text = error instanceof Error ? error.message : String(error);
    return /FORBIDDEN|not accessible by integration/i.test(text);
}
/**
 * The REST spelling of a GraphQL Actor's login. GraphQL names a Bot without the `[bot]` suffix
 * that REST, `viewer` and the suite's identity use ("github-actions" vs "github-actions[bot]"), so
 * every query that reads an author asks for `__typename` and maps it here before comparing.
 */
function actorLogin(actor) {
    if (!actor)
        return '';
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ renderMarker),
/* harmony export */   D5: () => (/* binding */ ownComments),
/* harmony export */   Ed: () => (/* binding */ findMarker),
/* harmony export */   FT: () => (/* binding */ parseMarkers),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   vi: () => (/* binding */ PULL_REQUEST_MARKER_KINDS),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export removeComment */
const PULL_REQUEST_MARKER_KINDS = ['promotion', 'release-pr', 'backport', 'merge-back'];
const KIND = /^[a-z][a-z0-9-]*$/;
const ATTR_VALUE = /^[A-Za-z0-9._/@:+-]+$/;
function renderAny(kind, attrs) {
    if (!KIND.test(kind))
        throw new Error(`invalid marker kind "${kind}"`);
    const parts = Object.entries(attrs).map(([k, v]) => {
        const value = String(v);
        // Values come from a restricted set so a marker can never close its HTML comment.
        if (!KIND.test(k) || !ATTR_VALUE.test(value))
            throw new Error(`invalid marker attribute ${k}=${value}`);
        return `${k}=${value}`;
    });
    return `<!-- portal-release:${[kind, ...parts].join(' ')} -->`;
}
function renderMarker(kind, attrs) {
    return renderAny(kind, attrs);
}
const MARKER = /<!-- portal-release:([a-z][a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g;
/** Every marker in `text`, of any kind (kinds this version does not know are returned as they are). */
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
    const found = parseMarkers(text).find((m) => m.kind === kind && Object.entries(match).every(([k, v]) => m.attrs[k] === String(v)));
    return found;
}
function hasMarker(text, kind, match = {}) {
    return findMarker(text, kind, match) !== undefined;
}
/** Puts the marker first so the body is recognisable even when people edit the rest. */
function withMarker(body, kind, attrs) {
    return `${renderMarker(kind, attrs)}\n${body}`;
}
/**
 * The suite's own comments of `kind` (marker AND a suite author), oldest first. A person's comment
 * that quotes the marker is never among them. The identity is looked up only when a marked comment exists.
 */
async function ownComments(comments, identity, kind, match = {}) {
    const marked = comments.filter((c) => hasMarker(c.body, kind, match));
    const out = [];
    for (const c of marked)
        if (await identity.isSuite(c.author))
            out.push(c);
    return out;
}
/**
 * Creates or updates the suite's one comment of `kind` on an issue or pull request. A re-run with
 * the same content writes nothing; duplicates the suite itself left (an interrupted run) are removed;
 * anyone else's comment is never touched, whatever it contains. Every write goes through `plan`
 * (`what` names the comment in its steps: "the freeze comment"); in a dry run the outcome is what
 * a run would do and no comment is returned unless one is kept.
 */
async function upsertComment(github, repo, number, identity, kind, body, options) {
    const { plan, what } = options;
    const full = withMarker(body, kind, options.attrs);
    const comments = options.existing ?? (await github.listComments(repo, number));
    const [first, ...extra] = await ownComments(comments, identity, kind, options.attrs);
    for (const duplicate of extra)
        await plan.write(`delete the duplicate of ${what} on #${number} (comment ${duplicate.id})`, () => github.deleteComment(repo, duplicate.id));
    if (!first) {
        const created = await plan.write(`post ${what} on #${number}`, () => github.createComment(repo, number, full));
        return created ? { outcome: 'created', comment: created } : { outcome: 'created' };
    }
    if (first.body.trim() === full.trim()) {
        plan.keep(`${what} on #${number} is already up to date`);
        return { outcome: 'unchanged', comment: first };
    }
    const updated = await plan.write(`update ${what} on #${number}`, async () => {
        await github.updateComment(repo, first.id, full);
        return { ...first, body: full };
    });
    return updated ? { outcome: 'updated', comment: updated } : { outcome: 'updated' };
}
/** Removes the suite's own comments of `kind`, if any. Returns whether something was deleted. */
async function removeComment(github, repo, number, identity, kind, options) {
    const comments = options.existing ?? (await github.listComments(repo, number));
    const mine = await ownComments(comments, identity, kind, options.attrs ?? {});
    for (const c of mine)
        await options.plan.write(`delete ${options.what} on #${number} (comment ${c.id})`, () => github.deleteComment(repo, c.id));
    return mine.length > 0;
}


/***/ }),

/***/ 9451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ releaseHeadBranch),
/* harmony export */   I$: () => (/* binding */ rcHeadBranch),
/* harmony export */   JB: () => (/* binding */ suiteReleasePrMergedAt),
/* harmony export */   S: () => (/* binding */ judgeMarkedPullRequest),
/* harmony export */   U5: () => (/* binding */ IgnoredMarkers),
/* harmony export */   rX: () => (/* binding */ backportBranch),
/* harmony export */   yU: () => (/* binding */ judgePullRequest),
/* harmony export */   yX: () => (/* binding */ promotionRole)
/* harmony export */ });
/* unused harmony export backportRole */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7987);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9985);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2763);



/** The suite's fixed head branches: a re-run finds (and moves) the same branch. */
function rcHeadBranch(policy) {
    return `portal-release/rc-${policy.branches.staging}`;
}
function releaseHeadBranch(policy) {
    return `portal-release/release-${policy.branches.production}`;
}
function backportBranch(pr, target) {
    return `backport/${pr}-to-${target}`;
}
/** The role of a promote-rc pull request: rc (dev → stg) or release (stg → main). */
function promotionRole(kind, policy) {
    return kind === 'promotion'
        ? { headBranch: rcHeadBranch(policy), base: policy.branches.staging }
        : { headBranch: releaseHeadBranch(policy), base: policy.branches.production };
}
/** The role of a backport or merge-back pull request of #pr into `target`. */
function backportRole(pr, target) {
    return { headBranch: backportBranch(pr, target), base: target };
}
/**
 * The one test of "a pull request the suite opened for this role": opened by a suite identity AND
 * its head is the suite's branch for the role in the same repository (never a fork) AND it goes into
 * the role's base AND, where its marker pins a commit, that commit is the pull request's head (the
 * merged head for a merged one). The marker alone proves nothing: anyone can type it. The identity is
 * looked up last, only for pull requests that pass the cheap tests.
 */
async function judgePullRequest(pr, kind, role, ctx) {
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(pr.body, kind);
    const marked = marker !== undefined;
    const foreign = (reason) => ({ verdict: 'foreign', marked, reason });
    const here = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Qq)(ctx.repo).toLowerCase();
    if (pr.headRepo === null || pr.headRepo.toLowerCase() !== here) {
        return foreign(`its head is in ${pr.headRepo ? `the fork ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(pr.headRepo)}` : 'a deleted fork'}, not in ${(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Qq)(ctx.repo)}`);
    }
    if (pr.headRef !== role.headBranch)
        return foreign(`its head branch is ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(pr.headRef)}, not the suite's ${role.headBranch}`);
    if (pr.baseRef !== role.base)
        return foreign(`it goes into ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(pr.baseRef)}, not ${role.base}`);
    const base = marker?.attrs?.base;
    if (base !== undefined && base !== pr.baseRef)
        return foreign(`its marker names the base ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(base)}, but it goes into ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(pr.baseRef)}`);
    if (!(await ctx.identity.isSuite(pr.author)))
        return foreign(`it was opened by ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(pr.author || 'a deleted account')}, not by the suite`);
    const pinned = marker?.attrs?.sha;
    if (marker && pinned !== undefined && pinned !== pr.headSha) {
        const where = pr.merged ? 'was merged at' : 'is at';
        return {
            verdict: 'suite-moved',
            marker,
            reason: `its marker pins ${pinned.slice(0, 12)}, but it ${where} ${pr.headSha.slice(0, 12)} (someone pushed onto it)`,
        };
    }
    return { verdict: 'suite', marker };
}
/**
 * For a pull request that carries a marker of a suite pull request kind (any of them), the kind and
 * whether it is the suite's; null when it carries none. The role comes from the kind (and, for a
 * backport, from the marker's `pr` and `target`, which the head branch must then match).
 */
async function judgeMarkedPullRequest(pr, policy, ctx) {
    const kind = _markers_js__WEBPACK_IMPORTED_MODULE_1__/* .PULL_REQUEST_MARKER_KINDS */ .vi.find((k) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(pr.body, k) !== undefined);
    if (!kind)
        return null;
    let role;
    if (kind === 'promotion' || kind === 'release-pr')
        role = promotionRole(kind, policy);
    else {
        const attrs = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findMarker */ .Ed)(pr.body, kind).attrs;
        const number = Number(attrs.pr);
        if (!Number.isInteger(number) || number <= 0 || !attrs.target) {
            return { kind, ownership: { verdict: 'foreign', marked: true, reason: 'its marker names no pull request and target' } };
        }
        role = backportRole(number, attrs.target);
    }
    return { kind, ownership: await judgePullRequest(pr, kind, role, ctx) };
}
/**
 * The suite's merged release pull request whose merge is `sha`: promote-rc opened it (identity, head
 * branch in this repository, into production), it was merged at the commit its marker pins, and
 * `sha` is its merge commit (a merge commit or a squash commit alike). Its `release-pr` marker then
 * says what was released (version, the release candidate). A marker typed into any other pull request
 * is ignored and said in `ignored`.
 */
async function suiteReleasePrMergedAt(github, repo, sha, policy, ctx) {
    const prs = await github.listPullRequestsForCommit(repo, sha);
    const merged = prs.filter((p) => p.merged && p.mergeCommitSha === sha && p.baseRef === policy.branches.production).sort((a, b) => b.number - a.number);
    for (const pr of merged) {
        const ownership = await judgePullRequest(pr, 'release-pr', promotionRole('release-pr', policy), { repo, identity: ctx.identity });
        if (ownership.verdict === 'suite' && ownership.marker?.attrs.version)
            return { pr, marker: ownership.marker };
        if (ownership.verdict === 'suite-moved')
            ctx.ignored.note(`#${pr.number}`, `is the suite's release pull request, but ${ownership.reason}: its version is not released`);
        else
            ctx.ignored.notePull(pr, 'release-pr', ownership);
    }
    return null;
}
/**
 * Markers that were ignored in a run (a pull request, comment or issue that carries one but is not
 * the suite's), each said once in the job summary with why.
 */
class IgnoredMarkers {
    notes = new Map();
    note(what, reason) {
        if (!this.notes.has(what))
            this.notes.set(what, reason);
    }
    /** Notes a foreign pull request that carries the marker; returns whether one was noted. */
    notePull(pr, kind, ownership) {
        if (ownership.verdict !== 'foreign' || !ownership.marked)
            return false;
        this.note(`#${pr.number}`, `carries a \`${kind}\` marker, but ${ownership.reason ?? 'it is not the suite’s'}: treated as any pull request`);
        return true;
    }
    get size() {
        return this.notes.size;
    }
    /** Markdown lines for the job summary (empty when nothing was ignored). */
    summary() {
        if (this.notes.size === 0)
            return [];
        return [
            '**Markers ignored** (a marker alone proves nothing; only what the suite itself opened or wrote counts):',
            '',
            ...[...this.notes].map(([what, why]) => `- ${what} ${why}.`),
            '',
        ];
    }
    /** Plain sentences for the log. */
    sentences() {
        return [...this.notes].map(([what, why]) => `Marker ignored: ${what} ${why}.`);
    }
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
