import type { ErrorObject } from 'ajv';
import { UserError } from './errors.ts';
import { loadYamlParser, parseYaml } from './policy-yaml.ts';
import type { RepoRef, RunContext } from './context.ts';
import type { Logger } from './logger.ts';

/** The policy file (`.github/portal-release.yml`), every key with its default applied. */
export interface Policy {
  branches: { development: string; staging: string; production: string };
  tagPrefix: string;
  repos: string[];
  /** Logins trusted as the suite besides its token's own (e.g. the App that opened older suite pull requests). */
  trustedLogins: string[];
  freeze: {
    afterMajorDays: number;
    windows: { from: string; until: string; reason: string }[];
    allow: { types: string[]; labels: string[]; paths: string[] };
    exceptionLabel: string;
    statusContext: string;
  };
  /** Branch discipline: only the release flow's own pull requests may enter staging and production. */
  discipline: {
    statusContext: string;
  };
  backport: {
    labelPattern: string;
    windowDays: number;
    alwaysLabels: string[];
    neverTypes: string[];
    conflict: 'fail' | 'draft';
    hotfixLabels: string[];
    /** Extra wordings (regular expressions with `{number}`) that say a pull request carries #number. */
    referencePatterns: string[];
    /** Title of a backport or merge-back pull request: `{title}`, `{number}`, `{branch}`. */
    title: string;
    /** Ask the original author (a person) to review the backport. */
    requestReview: boolean;
    /** Opt-in: GitHub's auto-merge, with this merge method, on clean backports and merge-backs. */
    autoMerge: false | 'merge' | 'squash' | 'rebase';
    /** Opt-in: create the picked commits through GitHub's git data API (signed by GitHub) instead of pushing them. */
    signedCommits: boolean;
  };
  milestone: {
    title: string;
    blockerLabels: string[];
    requireAllClosed: boolean;
    triageLabels: string[];
    /** A closed milestone issue no merged pull request is linked to: a warning, or a blocker. */
    closedWithoutChange: 'warn' | 'block';
    /** After a stable release, move the open non-blocking items to the next milestone before closing it (tag-and-release). */
    rollover: boolean;
  };
  promotion: { checklist: string; requiredApprovals: number; rcIdentifier: string };
  release: {
    smokeWorkflow: string;
    deploymentEnvironment: string;
    floatingMajorTag: boolean;
    docsIssue: boolean;
    /** After a stable release, tell each pull request and closed issue that shipped in it: a comment, a label, or nothing. */
    releasedIn: 'comment' | 'label' | 'off';
    /** The label of `released-in: label` (`{tag}` and `{version}` are replaced). */
    releasedInLabel: string;
  };
  /** Failures after merge (backport, release, promotion) tracked in one issue per kind. */
  alerts: {
    trackingIssue: boolean;
    /** Labels of the tracking issue; the first is how the suite finds its open issue (one request). */
    labels: string[];
    assignees: string[];
  };
}

export const DEFAULT_POLICY_PATH = '.github/portal-release.yml';

export function defaultPolicy(): Policy {
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
export const POLICY_SCHEMA = {
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
} as const;

/**
 * How Ajv compiles POLICY_SCHEMA. The compilation happens at build time: scripts/policy-validator.ts
 * writes the validator as standalone code to shared/policy-validator.generated.ts (`npm run build`;
 * a test fails when it is stale), so no run pays for Ajv or for compiling the schema.
 */
export const POLICY_VALIDATOR_OPTIONS = { allErrors: true, strict: false } as const;

type PolicyValidator = { (data: unknown): boolean; errors?: ErrorObject[] | null };

/** Loads the validator generated at build time (once; a later call finds it loaded). */
function loadValidator(): Promise<typeof import('./policy-validator.generated.ts')> {
  return import('./policy-validator.generated.ts');
}

function describe(e: ErrorObject): { key?: string; text: string } {
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return { key, text: `unknown key "${key}" (check the spelling; see the configuration reference in the README)` };
    }
    case 'enum':
      return { text: `must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}` };
    case 'type':
      return { text: `must be ${(e.params as { type: string }).type === 'integer' ? 'a whole number' : `of type ${(e.params as { type: string }).type}`}` };
    case 'pattern':
      return { text: `has an invalid format (${e.message ?? 'pattern mismatch'})` };
    case 'required':
      return { text: `is missing the required key "${(e.params as { missingProperty: string }).missingProperty}"` };
    default:
      return { text: e.message ?? 'is invalid' };
  }
}

/**
 * Parses and validates policy text. Errors name the file, the line, the key and what was expected.
 * The YAML parser and the validator are loaded on demand (loadPolicy starts them while it reads the file), not at start-up.
 */
export async function parsePolicy(text: string, file = DEFAULT_POLICY_PATH): Promise<Policy> {
  const [yaml, generated] = await Promise.all([parseYaml(text, file), loadValidator()]);
  const validate = generated.default as PolicyValidator;
  const data = yaml.value;
  if (data === null || data === undefined) return defaultPolicy();
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
    throw new UserError('config', `Invalid policy file: ${unique.join('; ')}.`);
  }
  return applyDefaults(data as Record<string, unknown>);
}

type Raw = Record<string, unknown>;
function section(raw: Raw, key: string): Raw {
  const value = raw[key];
  return value && typeof value === 'object' ? (value as Raw) : {};
}
function pick<T>(raw: Raw, key: string, fallback: T): T {
  return raw[key] === undefined || raw[key] === null ? fallback : (raw[key] as T);
}

function applyDefaults(raw: Raw): Policy {
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
  const policy: Policy = {
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
      windows: (pick(freeze, 'windows', [] as Raw[]) as Raw[]).map((w) => ({
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
      throw new UserError('config', `Invalid policy file: freeze window ${w.from}..${w.until} ends before it starts.`);
    }
  }
  for (const pattern of policy.backport.referencePatterns) {
    try {
      new RegExp(pattern.replaceAll('{number}', '1'), 'iu');
    } catch (error) {
      throw new UserError('config', `Invalid policy file: backport.reference-patterns "${pattern}" is not a regular expression (${(error as Error).message}).`);
    }
  }
  const names = Object.values(policy.branches);
  if (new Set(names).size !== names.length) {
    throw new UserError(
      'config',
      `Invalid policy file: branches.development, staging and production must be three different branches (got ${names.join(', ')}).`,
    );
  }
  return policy;
}

/** What the policy loader needs from GitHub: one file at one ref. */
export interface ContentReader {
  getFileContent(repo: RepoRef, path: string, ref?: string): Promise<string | null>;
}

export interface LoadPolicyOptions {
  /** Input `config`: path of the policy file in the repository. */
  path?: string;
  /** Input `config-ref`: the ref to read it from; defaults to the default branch. */
  ref?: string;
  /** The repository's default branch, when the event payload already told us (saves a request). */
  defaultBranch?: string;
}

export interface LoadedPolicy {
  policy: Policy;
  source: string;
}

/**
 * Reads the policy from the repository's default branch (never from the pull request being
 * judged, so a PR cannot loosen the rules). A missing file means "all defaults".
 */
export async function loadPolicy(reader: ContentReader, repo: RepoRef, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const path = options.path || DEFAULT_POLICY_PATH;
  const ref = options.ref || options.defaultBranch;
  // The YAML parser and the validator start loading while the file is read (parsePolicy's imports then find
  // them loaded): on a runner the read is a round trip to the API, long enough to hide most of their load.
  void Promise.all([loadYamlParser(), loadValidator()]).catch(() => undefined);
  const text = await reader.getFileContent(repo, path, ref);
  const at = `${repo.owner}/${repo.repo}@${ref ?? 'default branch'}`;
  if (text === null) {
    if (options.path && options.path !== DEFAULT_POLICY_PATH) {
      throw new UserError('config', `Policy file "${path}" (input "config") was not found in ${at}. Create it or remove the input to use the defaults.`);
    }
    return { policy: defaultPolicy(), source: `defaults (no ${path} in ${at})` };
  }
  return { policy: await parsePolicy(text, path), source: `${path} in ${at}` };
}

/**
 * The policy of the run's repository, as every action loads it: inputs `config`/`config-ref`,
 * else the default branch named by the event payload (no extra request), in a log group.
 */
export async function loadRunPolicy(
  env: { github: ContentReader; context: RunContext; logger: Logger },
  inputs: { config?: string; configRef?: string },
): Promise<LoadedPolicy> {
  return env.logger.group('Policy', async () => {
    const loaded = await loadPolicy(env.github, env.context.repo, { path: inputs.config, ref: inputs.configRef, defaultBranch: env.context.defaultBranch });
    env.logger.info(`Policy: ${loaded.source}`);
    return loaded;
  });
}
