// The start-up floor of `npm run bench`: the smallest action built on @actions/core + @actions/github. With a
// token it sends the suite's first request (the policy file read) and stops; without one it fails on the missing
// input, as every action does. Bundled with ncc into a temp directory at bench time, never committed as a bundle.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';

try {
  const octokit = getOctokit(core.getInput('token', { required: true }), { baseUrl: process.env.GITHUB_API_URL });
  const { data } = await octokit.rest.repos.getContent({ ...context.repo, path: '.github/portal-release.yml' });
  core.info(`policy file: ${'size' in data ? data.size : 0} bytes`);
  process.exit(0);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
