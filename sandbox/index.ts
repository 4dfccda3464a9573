export { Sandbox, RepoHandle } from './sandbox.ts';
export type { SandboxOptions, ApiObject, PullRequest, Issue, Milestone, Release, WorkflowRun } from './sandbox.ts';
export type { RequestLogEntry, SpecViolation } from './server.ts';
export type { Fault } from './faults.ts';
export type { Permission } from './state.ts';
export { validateComponent, matchRoute } from './openapi.ts';
export { routes } from './server.ts';
