#!/usr/bin/env node
// The release dry run, on a throw-away copy of the working tree (the real tree is never modified):
//
// 1. Copy the tracked and untracked-but-not-ignored files, and each package's dist/, into a temp dir; give
//    every workspace project a node_modules whose @opentok links point inside the copy (everything else
//    links to the real install), so the copy resolves to its own versions.
// 2. `changeset version`: every package with a pending changeset gets the version its changesets ask for,
//    independently (no fixed or linked groups), and a CHANGELOG.md with that version's entry; no private
//    package is versioned; the changesets are consumed.
// 3. Rebuild @opentok/core in the copy (its tsup build injects the version from package.json) and check that
//    both of its builds (default and `node` condition) send `User-Agent: OpenTok-TS-SDK/<new version> …`.
// 4. `pnpm publish -r --dry-run`: exactly the published packages, at their new versions, each tarball with
//    package.json, README.md, LICENSE and dist/.
//
// Prints one line per part and a closing line; exits 1 on any mismatch.
//   node checks/release/dry-run.mjs [--keep]
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { workspaceProjects } from '../../scripts/workspace.mjs';
import { fail, main, pnpm, publishedPackages, root, run } from '../lib.mjs';

const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const tmp = mkdtempSync(join(tmpdir(), 'opentok-release-'));
const copy = join(tmp, 'repo');
const BUMPS = ['patch', 'minor', 'major'];

await main(async () => {
  try {
    // 1. The throw-away copy.
    const listing = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
    if (listing.code !== 0) fail('release: git ls-files failed (the dry run needs a git checkout)', listing.output);
    const files = [...new Set(listing.stdout.split('\0').filter(Boolean))].filter(
      (file) => existsSync(join(root, file)) && !lstatSync(join(root, file)).isDirectory(),
    );
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    const workspaces = workspaceProjects(root).map((p) => p.folder);
    for (const project of workspaces) {
      const dist = join(root, project, 'dist');
      if (existsSync(dist)) cpSync(dist, join(copy, project, 'dist'), { recursive: true });
    }
    const names = new Map(workspaces.map((project) => [readJson(join(root, project, 'package.json')).name, project]));
    linkNodeModules('', names);
    for (const project of workspaces) linkNodeModules(project, names);
    console.log(`copied ${files.length} files and ${workspaces.filter((p) => existsSync(join(root, p, 'dist'))).length} dist folders to ${copy}`);

    // 2. changeset version.
    const config = readJson(join(copy, '.changeset/config.json'));
    if ((config.fixed ?? []).length > 0 || (config.linked ?? []).length > 0)
      fail(
        `release: .changeset/config.json groups packages (fixed ${JSON.stringify(config.fixed)}, linked ${JSON.stringify(config.linked)}); versions must be independent`,
      );
    const before = publishedPackages(copy);
    const privateBefore = new Map(
      workspaces
        .map((p) => [p, readJson(join(copy, p, 'package.json'))])
        .filter(([, m]) => m.private === true)
        .map(([p, m]) => [p, m.version]),
    );
    const asked = pendingBumps(join(copy, '.changeset'));
    if (asked.size === 0) fail('release: no pending changeset, so there is nothing to version (every change to a package carries one)');
    for (const name of asked.keys()) if (!before.some((p) => p.name === name)) fail(`release: a changeset names ${name}, which is not a published package`);
    const changeset = join(dirname(realpathSync(join(root, 'node_modules/@changesets/cli/package.json'))), 'bin.js');
    const version = await run(process.execPath, [changeset, 'version'], { cwd: copy });
    if (version.code !== 0) fail('release: changeset version failed', version.output);
    const after = new Map(publishedPackages(copy).map((p) => [p.name, p]));
    const rows = [];
    const problems = [];
    for (const pkg of before) {
      const now = after.get(pkg.name).version;
      const bump = asked.get(pkg.name);
      const expected = bump ? increment(pkg.version, bump) : undefined;
      if (expected && now !== expected) problems.push(`${pkg.name}: ${pkg.version} → ${now}, but its changesets ask for a ${bump} bump (${expected})`);
      if (!expected && now !== pkg.version && increment(pkg.version, 'patch') !== now)
        problems.push(`${pkg.name}: ${pkg.version} → ${now} with no changeset of its own (only a dependency's patch bump is expected)`);
      if (now !== pkg.version) {
        const changelog = join(copy, pkg.folder, 'CHANGELOG.md');
        if (!existsSync(changelog)) problems.push(`${pkg.name}: versioned to ${now} but has no CHANGELOG.md`);
        else if (!readFileSync(changelog, 'utf8').includes(`## ${now}\n`)) problems.push(`${pkg.name}: CHANGELOG.md has no "## ${now}" entry`);
        rows.push(`${pkg.name.replace('@opentok/', '')} ${pkg.version}→${now}`);
      }
    }
    for (const [project, was] of privateBefore) {
      const now = readJson(join(copy, project, 'package.json')).version;
      if (now !== was) problems.push(`${project} is private but was versioned ${was} → ${now}`);
    }
    const left = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    if (left.length > 0) problems.push(`changeset version left ${left.length} changesets: ${left.join(', ')}`);
    if (problems.length > 0) fail('release: changeset version did not produce the expected versions and changelogs', problems.join('\n'));
    const distinct = new Set([...after.values()].map((p) => p.version));
    console.log(
      `changeset version: ${rows.length} of ${before.length} packages versioned independently (${rows.join(', ')}), each with its CHANGELOG.md entry${distinct.size > 1 ? '' : '; they happen to share one version'}`,
    );

    // 3. Rebuild core and read its user agent.
    const core = after.get('@opentok/core');
    const coreDir = join(copy, core.folder);
    const build = await run(process.execPath, [join(copy, 'node_modules/tsup/dist/cli-default.js')], {
      cwd: coreDir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (build.code !== 0) fail('release: rebuilding @opentok/core in the copy failed', build.output);
    // The `node` condition's build (what Node picks through the exports map) and the default build (every other runtime).
    const probe = (index, internal) => `import { request } from '${internal}';
import { createClient } from '${index}';
const agents = [];
const fetch = async (input, init) => {
  agents.push(new Request(input, init).headers.get('user-agent'));
  return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
};
const client = createClient({ apiKey: '12345678', apiSecret: 'a'.repeat(40), apiUrl: 'http://127.0.0.1:9', fetch, retry: 0 });
await request(client, { operation: 'probe', method: 'GET', path: '/probe' });
console.log(JSON.stringify({ configured: client.userAgent, sent: agents[0] }));
`;
    writeFileSync(join(coreDir, 'probe-node.mjs'), probe('@opentok/core', '@opentok/core/internal'));
    writeFileSync(join(coreDir, 'probe-default.mjs'), probe('./dist/index.js', './dist/internal.js'));
    const agents = [];
    for (const file of ['probe-node.mjs', 'probe-default.mjs']) {
      const result = await run(process.execPath, [file], { cwd: coreDir });
      if (result.code !== 0) fail(`release: the rebuilt @opentok/core could not make a request (${file})`, result.output);
      const { configured, sent } = JSON.parse(result.stdout.trim().split('\n').at(-1));
      const want = `OpenTok-TS-SDK/${core.version} `;
      if (!configured.startsWith(want) || !sent?.startsWith(want))
        fail(`release: after changeset version the rebuilt core (${file}) sends User-Agent "${sent}" (configured "${configured}"); expected "${want}…"`);
      agents.push(sent);
    }
    console.log(`rebuilt @opentok/core ${core.version}: both builds send User-Agent "${agents[0]}"`);

    // 4. pnpm publish -r --dry-run.
    const publish = await pnpm(['publish', '-r', '--dry-run', '--no-git-checks', '--report-summary'], { cwd: copy, timeoutMs: 600_000 });
    if (publish.code !== 0) fail('release: pnpm publish -r --dry-run failed', publish.output);
    const report = existsSync(join(copy, 'pnpm-publish-summary.json')) ? readJson(join(copy, 'pnpm-publish-summary.json')) : { publishedPackages: [] };
    const published = new Map(report.publishedPackages.map((p) => [p.name, p.version]));
    const tarballs = parseNotices(publish.output);
    const publishProblems = [];
    for (const pkg of after.values()) {
      if (published.get(pkg.name) !== pkg.version)
        publishProblems.push(`${pkg.name}@${pkg.version} would not be published (summary: ${published.get(pkg.name) ?? 'absent'})`);
      const contents = tarballs.get(`${pkg.name}@${pkg.version}`);
      if (!contents) publishProblems.push(`${pkg.name}@${pkg.version}: no tarball contents in the dry run's output`);
      else
        for (const required of ['package.json', 'README.md', 'LICENSE'])
          if (!contents.includes(required)) publishProblems.push(`${pkg.name}@${pkg.version}: the tarball would lack ${required}`);
      if (contents && !contents.some((f) => f.startsWith('dist/'))) publishProblems.push(`${pkg.name}@${pkg.version}: the tarball would lack dist/`);
    }
    // What a dependent's manifest says after versioning: the new versions of its @opentok dependencies.
    const sdk = after.get('@opentok/sdk');
    if (sdk) {
      const packDir = join(tmp, 'sdk-pack');
      mkdirSync(packDir);
      const packed = await pnpm(['pack', '--pack-destination', packDir], { cwd: join(copy, sdk.folder) });
      const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
      const manifest = tgz && (await run('tar', ['-xzOf', join(packDir, tgz), 'package/package.json'])).stdout;
      if (packed.code !== 0 || !manifest) fail('release: pnpm pack of the versioned @opentok/sdk failed', packed.output);
      for (const [dep, spec] of Object.entries(JSON.parse(manifest).dependencies ?? {})) {
        if (after.has(dep) && spec !== `^${after.get(dep).version}`)
          publishProblems.push(`@opentok/sdk's packed manifest depends on ${dep} "${spec}", expected "^${after.get(dep).version}"`);
      }
    }
    for (const name of published.keys()) if (!after.has(name)) publishProblems.push(`${name} would be published, but it is not one of the published packages`);
    if (publishProblems.length > 0)
      fail('release: pnpm publish -r --dry-run would not publish exactly the packages', `${publish.output}\n${publishProblems.join('\n')}`);
    const packedFiles = [...tarballs.values()].reduce((n, list) => n + list.length, 0);
    console.log(
      `pnpm publish -r --dry-run: ${published.size} packages would be published (${packedFiles} files), exactly the non-private ones, each with package.json, README.md, LICENSE and dist/`,
    );
    console.log(
      `release dry run passed in ${seconds(Date.now() - started)}: ${rows.length} packages versioned, changelogs written, core's user agent says ${core.version}, ${published.size} packages packed for publishing`,
    );
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
});

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Gives the copy's project a node_modules of links: workspace packages (@opentok/*) to their folder in the
 * copy, so that pnpm turns `workspace:^` into the copy's new versions; everything else to the real install.
 */
function linkNodeModules(project, names) {
  const real = join(root, project, 'node_modules');
  if (!existsSync(real)) return;
  const target = join(copy, project, 'node_modules');
  mkdirSync(target, { recursive: true });
  const entries = readdirSync(real).flatMap((entry) => (entry.startsWith('@') ? readdirSync(join(real, entry)).map((inner) => `${entry}/${inner}`) : [entry]));
  for (const entry of entries) {
    if (entry === '.bin' || entry.startsWith('.')) continue;
    const link = join(target, entry);
    mkdirSync(dirname(link), { recursive: true });
    const workspace = names.get(entry);
    const destination = workspace !== undefined ? join(copy, workspace) : realpathSync(join(real, entry));
    symlinkSync(workspace !== undefined ? relative(dirname(link), destination) : destination, link);
  }
}

/** The bump each package's pending changesets ask for: the largest of them. */
function pendingBumps(dir) {
  const asked = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = /^---\s*\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
    for (const match of front.matchAll(/^\s*['"]?([^'":]+)['"]?\s*:\s*(patch|minor|major)\s*$/gm)) {
      const [, name, bump] = match;
      if (BUMPS.indexOf(bump) > BUMPS.indexOf(asked.get(name) ?? 'none')) asked.set(name, bump);
    }
  }
  return asked;
}

/** semver increment as changesets applies it (0.x included: a minor bump of 0.0.0 is 0.1.0). */
function increment(version, bump) {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The files of each tarball npm lists in its `npm notice` lines: name@version → paths. */
function parseNotices(output) {
  const tarballs = new Map();
  let current;
  let listing = false;
  for (const line of output.split('\n')) {
    const header = /npm notice\s+\S*\s*(@?[^@\s]+)@(\S+)\s*$/.exec(line);
    if (/npm notice 📦/.test(line) && header) {
      current = `${header[1]}@${header[2]}`;
      tarballs.set(current, []);
      listing = false;
    } else if (/npm notice Tarball Contents/.test(line)) {
      listing = true;
    } else if (/npm notice Tarball Details/.test(line)) {
      listing = false;
    } else if (listing && current) {
      const file = /npm notice\s+[\d.]+\s*[kMG]?B\s+(\S.*)$/.exec(line)?.[1];
      if (file) tarballs.get(current).push(file.trim());
    }
  }
  return tarballs;
}
