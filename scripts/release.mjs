// node scripts/release.mjs X.Y.Z: tags the checked-out main as vX.Y.Z, moves the major tag vX to it, and creates
// the GitHub release with CHANGELOG.md's section, the way JavaScript actions are released (users pin @vX). The
// release workflow (.github/workflows/release.yml) runs it; it refuses before touching any tag unless:
//   - HEAD is origin's main and the working tree is clean, with dist/index.js committed;
//   - package.json's version is X.Y.Z and CHANGELOG.md has a non-empty "## [X.Y.Z]" section;
//   - vX.Y.Z is new (or already on HEAD: a re-run after a failed release step) and no newer vX.* tag exists;
//   - CI (ci.yml: lint, typecheck, every test) and Check dist (check-dist.yml: dist/ equals a fresh bundle)
//     succeeded on this very commit.
// Both tags are pushed in one atomic push. Needs GITHUB_REPOSITORY and GITHUB_TOKEN (contents: write,
// actions: read); GITHUB_API_URL points elsewhere (GitHub Enterprise Server, the tests' emulator).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/** The workflows that must have succeeded on the commit, and what each proves. */
const REQUIRED_RUNS = {
  'ci.yml': 'lint, typecheck and every test',
  'check-dist.yml': 'dist/ equals a fresh bundle',
};
const API_TIMEOUT_MS = 30_000;
// Annotated tags need a tagger; a runner has no git identity configured.
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

class ReleaseError extends Error {}

function git(...args) {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || BOT.name,
        GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || BOT.email,
      },
    }).trim();
  } catch (error) {
    const said = String(error.stderr ?? '').trim() || error.message;
    throw new ReleaseError(`git ${args[0]} failed: ${said}`);
  }
}

/** The section of CHANGELOG.md under "## [X.Y.Z]" (Keep a Changelog), up to the next "## " heading. */
function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return null;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .replace(/\n\[[^\]]+\]: \S+\s*$/, '') // link references at the file's end
    .trim();
}

/** The vX.Y.Z tags on origin: name, [major, minor, patch] and the commit each points at. */
function remoteVersionTags() {
  const commits = new Map();
  // An annotated tag is listed twice: its own object, then `<tag>^{}` with the commit it points at.
  for (const line of git('ls-remote', '--tags', 'origin', 'refs/tags/v*').split('\n')) {
    const match = /^([0-9a-f]{40})\trefs\/tags\/(v\d+\.\d+\.\d+)(\^\{\})?$/.exec(line);
    if (match && (match[3] || !commits.has(match[2]))) commits.set(match[2], match[1]);
  }
  return [...commits].map(([name, commit]) => ({ name, commit, parts: name.slice(1).split('.').map(Number) }));
}

function newer(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

async function api(method, path, body) {
  const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const url = `${base}${path}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
        'x-github-api-version': '2022-11-28',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ReleaseError(`${method} ${url} failed: ${error.name === 'TimeoutError' ? `no answer in ${API_TIMEOUT_MS / 1000} s` : error.message}.`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  return { status: response.status, json, url };
}

function apiError(method, { status, json, url }, remedy) {
  const message = typeof json?.message === 'string' ? `: ${json.message}` : '';
  return new ReleaseError(`${method} ${url} answered ${status}${message}. ${remedy}`);
}

async function release(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version ?? '');
  if (!match) throw new ReleaseError(`The version must be X.Y.Z, e.g. 1.2.0 (got '${version ?? ''}'); the tag is vX.Y.Z.`);
  const parts = match.slice(1, 4).map(Number);
  const tag = `v${version}`;
  const major = `v${parts[0]}`;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository || !process.env.GITHUB_TOKEN) {
    throw new ReleaseError('GITHUB_REPOSITORY and GITHUB_TOKEN must be set (the release workflow sets both).');
  }

  const head = git('rev-parse', 'HEAD');
  git('fetch', '--quiet', 'origin', 'main');
  const main = git('rev-parse', 'FETCH_HEAD');
  if (head !== main) {
    throw new ReleaseError(`HEAD is ${head} but origin's main is ${main}: release from an up-to-date checkout of main.`);
  }
  const dirty = git('status', '--porcelain');
  if (dirty !== '') {
    throw new ReleaseError(`The working tree has changes (${dirty.split('\n').length} paths, e.g. '${dirty.split('\n')[0].slice(3)}'): a release tags what is committed.`);
  }
  if (git('ls-files', 'dist/index.js') === '') {
    throw new ReleaseError('dist/index.js is not committed: run `npm run bundle`, commit dist/, and release that commit.');
  }

  const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;
  if (packageVersion !== version) {
    throw new ReleaseError(`package.json's version is ${packageVersion}, not ${version}: set it to ${version} on main first.`);
  }
  const notes = existsSync('CHANGELOG.md') ? changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version) : null;
  if (!notes) {
    throw new ReleaseError(`CHANGELOG.md has no non-empty '## [${version}]' section: move the Unreleased entries under it on main first.`);
  }

  const tags = remoteVersionTags();
  const existing = tags.find((candidate) => candidate.name === tag);
  if (existing && existing.commit !== head) {
    throw new ReleaseError(`${tag} already exists on another commit: a released version never changes. Release ${parts[0]}.${parts[1]}.${parts[2] + 1} instead.`);
  }
  const newest = tags.filter((candidate) => candidate.parts[0] === parts[0] && newer(candidate.parts, parts))[0];
  if (newest) throw new ReleaseError(`${newest.name} is newer than ${tag}: moving ${major} to ${tag} would take users back.`);

  for (const [workflow, proves] of Object.entries(REQUIRED_RUNS)) {
    const path = `/repos/${repository}/actions/workflows/${workflow}/runs?head_sha=${head}&status=success&per_page=1`;
    const answer = await api('GET', path);
    if (answer.status !== 200) throw apiError('GET', answer, 'The token needs actions: read.');
    if (!(answer.json?.total_count > 0)) {
      throw new ReleaseError(`${workflow} (${proves}) has not succeeded on ${head}: wait for it to finish green, or fix main, then release again.`);
    }
  }

  const refspecs = [`+refs/tags/${major}:refs/tags/${major}`];
  if (existing) {
    // A re-run after a failed release step: the version's tag is already where it belongs.
    console.log(`${tag} is already on ${head}: keeping it.`);
  } else {
    git('tag', '--annotate', '--message', tag, tag, head);
    refspecs.unshift(`refs/tags/${tag}:refs/tags/${tag}`);
  }
  git('tag', '--force', '--annotate', '--message', `${major}: ${tag}`, major, head);
  // One atomic push: both tags move, or neither does.
  git('push', '--atomic', 'origin', ...refspecs);
  console.log(`Tagged ${head} as ${tag} and moved ${major} to it.`);

  const created = await api('POST', `/repos/${repository}/releases`, { tag_name: tag, name: tag, body: notes, make_latest: 'legacy' });
  if (created.status === 422 && created.json?.errors?.some((error) => error.code === 'already_exists')) {
    console.log(`The release ${tag} already exists: keeping it.`);
  } else if (created.status !== 201) {
    throw apiError('POST', created, `The tags are pushed; create the release ${tag} by hand, or re-run this workflow (it keeps the tags).`);
  } else {
    console.log(`Released ${tag}: ${created.json.html_url}`);
  }
  return `**Released ${tag}** (${head}); ${major} points at it.\n\n${notes}`;
}

/** The run's job summary, when there is one: the first thing a maintainer reads on the run's page. */
function summarize(markdown) {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}

try {
  summarize(await release(process.argv[2]));
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.log(`::error::${error.message}`);
  summarize(`**Not released:** ${error.message}`);
  process.exitCode = 1;
}
