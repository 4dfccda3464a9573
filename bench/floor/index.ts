// The start-up floor of `npm run bench`: the smallest action built on @actions/core + @actions/github that
// sends the same first request as the suite's actions (the policy file read). Bundled with ncc into a temp
// directory at bench time, never committed as a bundle.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';

const octokit = getOctokit(core.getInput('token', { required: true }), { baseUrl: process.env.GITHUB_API_URL });
try {
  await octokit.rest.repos.getContent({ ...context.repo, path: '.github/portal-release.yml' });
} catch (error) {
  core.info(`policy file: ${(error as { status?: number }).status ?? String(error)}`);
}
process.exit(0);
