#!/usr/bin/env node
// The consumer test: the packages as a user installs them, not as the workspace links them, on Node 20 (the
// Node that runs this script), 22 and 24.
//
// 1. The tarballs: CI's pack step's (`--tarballs <dir>`), else `pnpm pack` of every published package
//    (workspace: ranges become versions, as `pnpm publish` does). Meanwhile npx fetches the other Nodes.
// 2. Check every tarball: no `workspace:` range and no private package in its manifest, the metadata a
//    registry page shows (repository with directory, homepage, bugs, keywords, license), caret ranges for
//    third-party dependencies, and the files: README, LICENSE (the root's text), dist, every export target
//    and its types, the bin; no src/ or test/.
// 3. `npm install` the tarballs into a scratch project in a temp dir, outside the workspace; npm fetches
//    jose, ky, hono, @hono/node-server, typescript and @types/node from the registry. Each @opentok package
//    must come from its tarball (never the registry) and exist once, with one copy of each dependency.
// 4. On each Node: run an ESM app and a CommonJS app (require() of the ESM-only packages) that use the facade
//    and the functions against the in-process emulator, and check the user agent carries core's version.
// 5. `tsc --noEmit` over a realistic app file with module/moduleResolution node16, nodenext, node20 and
//    bundler, strict flags and skipLibCheck off; a .cts file must compile with nodenext and node20 and be
//    refused by node16 with TS1479 (what the READMEs tell CommonJS users). Once, on this Node: tsc reads the
//    files and writes the same diagnostics whatever Node runs it.
// 6. On each Node: start the emulator CLI from the installed tarball (node_modules/.bin/opentok-emulator
//    --port 0), read its URL, and run session → token → simulated client → archive start/stop → clock →
//    available over HTTP; `npx @opentok/emulator --help` (the command the READMEs give) runs the installed bin.
// The Nodes run side by side, and tsc beside them.
//
// Nothing is cached across runs; the temp dir is removed. Prints one line per part and a closing line.
//   node checks/consumer/run.mjs [--tarballs <dir>] [--node <version>]... [--keep]
// --node: the other Node versions, fetched with `npx -y -p node@<version>` (default 22.23.3 and 24.21.0, the
// newest 22 and the Node 24 of CI's second test pass).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanEnv, fail, main, packPublished, pool, publishedTarballs, REPOSITORY, root, run } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    tarballs: { type: 'string' },
    node: { type: 'string', multiple: true, default: ['22.23.3', '24.21.0'] },
    keep: { type: 'boolean', default: false },
  },
});
const keep = values.keep;
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const tmp = mkdtempSync(join(tmpdir(), 'opentok-consumer-'));
const summary = [];

await main(async () => {
  try {
    // 1. The tarballs; the other Nodes come from npm meanwhile.
    const nodes = Promise.all(values.node.map(fetchNode));
    nodes.catch(() => {}); // awaited below; a failure here must not end the process first
    const packStarted = Date.now();
    let packages;
    if (values.tarballs) {
      packages = publishedTarballs(values.tarballs);
      console.log(`${packages.length} tarballs from ${values.tarballs}: ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
    } else {
      const tarballs = join(tmp, 'tarballs');
      mkdirSync(tarballs);
      packages = await packPublished(tarballs);
      console.log(`packed ${packages.length} packages in ${seconds(Date.now() - packStarted)}: ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
    }

    // 2. Inspect every tarball.
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    const versions = new Map(packages.map((p) => [p.name, p.version]));
    const privateNames = new Set(
      ['packages', 'examples']
        .flatMap((parent) => readdirSync(join(root, parent)).map((entry) => join(root, parent, entry, 'package.json')))
        .filter((file) => existsSync(file))
        .map((file) => JSON.parse(readFileSync(file, 'utf8')))
        .filter((manifest) => manifest.private === true)
        .map((manifest) => manifest.name),
    );
    const problems = [];
    for (const pkg of packages) {
      const listing = await run('tar', ['-tzf', pkg.tarball]);
      const files = new Set(
        listing.stdout
          .split('\n')
          .filter(Boolean)
          .map((f) => f.replace(/^package\//, '')),
      );
      const unpacked = join(tmp, 'unpacked', pkg.folder);
      mkdirSync(unpacked, { recursive: true });
      const untar = await run('tar', ['-xzf', pkg.tarball, '-C', unpacked]);
      if (listing.code !== 0 || untar.code !== 0) fail(`consumer: cannot read ${pkg.tarball}`, listing.output + untar.output);
      const text = readFileSync(join(unpacked, 'package/package.json'), 'utf8');
      const manifest = JSON.parse(text);
      const says = (message) => problems.push(`${pkg.name}: ${message}`);
      if (text.includes('workspace:')) says(`the packed package.json has a workspace: range (${text.match(/"[^"]+": "workspace:[^"]*"/g)?.join(', ')})`);
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
        for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
          if (privateNames.has(dep)) says(`${field} names the private package ${dep}`);
          if (field === 'dependencies' || field === 'peerDependencies') {
            if (versions.has(dep) && spec !== `^${versions.get(dep)}`) says(`${field}.${dep} is "${spec}", expected "^${versions.get(dep)}"`);
            if (!dep.startsWith('@opentok/') && !/^\^\d/.test(spec))
              says(`${field}.${dep} is "${spec}": a caret range lets an app that uses ${dep} too keep one copy`);
          }
        }
      }
      const repository = manifest.repository ?? {};
      if (repository.url !== `git+${REPOSITORY}.git` || repository.directory !== pkg.folder)
        says(`repository is ${JSON.stringify(manifest.repository)}, expected { url: "git+${REPOSITORY}.git", directory: "${pkg.folder}" }`);
      if (manifest.homepage !== `${REPOSITORY}/tree/main/${pkg.folder}#readme`) says(`homepage is ${JSON.stringify(manifest.homepage)}`);
      if (manifest.bugs?.url !== `${REPOSITORY}/issues`) says(`bugs is ${JSON.stringify(manifest.bugs)}`);
      if (!Array.isArray(manifest.keywords) || manifest.keywords.length < 3) says('keywords are missing');
      if (manifest.license !== 'MIT') says(`license is ${JSON.stringify(manifest.license)}`);
      if (!manifest.engines?.node) says('engines.node is missing');
      if (manifest.publishConfig?.access !== 'public') says('publishConfig.access is not "public" (a scoped package publishes as restricted by default)');
      for (const required of ['package.json', 'README.md', 'LICENSE']) if (!files.has(required)) says(`the tarball has no ${required}`);
      if (files.has('LICENSE') && readFileSync(join(unpacked, 'package/LICENSE'), 'utf8') !== license) says('its LICENSE differs from the repository LICENSE');
      if (![...files].some((f) => f.startsWith('dist/'))) says('the tarball has no dist/');
      for (const f of files) if (/^(src|test)\//.test(f)) says(`the tarball ships ${f}`);
      const targets = [];
      const walk = (value, where) => {
        if (typeof value === 'string') targets.push({ file: value.replace(/^\.\//, ''), where });
        else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
      };
      walk(manifest.exports, 'exports');
      walk(manifest.bin, 'bin');
      for (const field of ['main', 'module', 'types']) if (manifest[field]) walk(manifest[field], field);
      for (const { file, where } of targets) if (!files.has(file)) says(`${where} points at ${file}, which the tarball does not have`);
      for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
        if (subpath.endsWith('package.json')) continue;
        if (typeof conditions !== 'object' || !conditions.types) says(`exports["${subpath}"] has no types`);
      }
    }
    if (problems.length > 0) fail(`consumer: ${problems.length} problems in the packed packages`, problems.join('\n'));
    console.log(
      `checked ${packages.length} tarballs: versions not workspace ranges, no private packages, metadata, README, LICENSE, dist, every export target and its types`,
    );

    // 3. A scratch project outside the workspace; npm installs the tarballs and the registry the rest.
    const app = join(tmp, 'app');
    mkdirSync(app);
    const dependencies = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'opentok-consumer-app',
          version: '1.0.0',
          private: true,
          type: 'module',
          dependencies,
          devDependencies: { typescript: '5.9.3', '@types/node': '20.19.43' },
          // Each @opentok range in the tarballs (e.g. "@opentok/core": "^0.1.0") resolves to the tarball given
          // above, never to whatever the registry holds under that name.
          overrides: Object.fromEntries(packages.map((p) => [p.name, `$${p.name}`])),
        },
        null,
        2,
      ),
    );
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--no-update-notifier'], {
      cwd: app,
      env: cleanEnv(),
      timeoutMs: 600_000,
    });
    if (install.code !== 0) fail(`consumer: npm install failed (exit ${install.code}) after ${seconds(install.ms)}`, install.output);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    const installed = Object.entries(lock.packages ?? {}).filter(([path]) => path !== '');
    const lockProblems = [];
    for (const pkg of packages) {
      const entry = lock.packages[`node_modules/${pkg.name}`];
      if (!entry) lockProblems.push(`${pkg.name} is not installed`);
      else if (!String(entry.resolved ?? '').startsWith('file:')) lockProblems.push(`${pkg.name} came from ${entry.resolved}, not its tarball`);
    }
    const copies = new Map();
    for (const [path] of installed) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      copies.set(name, [...(copies.get(name) ?? []), path]);
    }
    for (const name of [...packages.map((p) => p.name), 'jose', 'ky', 'hono', '@hono/node-server']) {
      const paths = copies.get(name) ?? [];
      if (paths.length > 1) lockProblems.push(`${name} is installed ${paths.length} times: ${paths.join(', ')}`);
    }
    if (lockProblems.length > 0) fail('consumer: the install is not what a user gets', lockProblems.join('\n'));
    const third = ['jose', 'ky', 'hono', '@hono/node-server'].map((name) => `${name}@${lock.packages[`node_modules/${name}`]?.version}`);
    console.log(
      `npm install of ${packages.length} tarballs into ${app}: ${installed.length} packages in ${seconds(install.ms)} (${third.join(', ')}, one copy each)`,
    );
    for (const file of readdirSync(join(here, 'app'))) copyFileSync(join(here, 'app', file), join(app, file));

    // 4 and 6 on each Node, side by side, and 5 beside them.
    const others = await nodes;
    console.log(
      `Nodes: ${[process.version, ...others.map((n) => n.version)].join(', ')} (${others.map((n) => `${n.version} from npm in ${seconds(n.ms)}`).join(', ')})`,
    );
    const [, ...byNode] = await Promise.all([
      typecheck(app),
      ...[{ version: process.version, path: process.execPath }, ...others].map((node) => onNode(node, app)),
    ]);
    for (const lines of byNode) for (const line of lines) console.log(line);

    summary.push(
      `${packages.length} tarballs`,
      `npm install ${seconds(install.ms)}`,
      `ESM, CommonJS and the emulator CLI over HTTP on Node ${[process.version, ...others.map((n) => n.version)].join(', ')}`,
      'tsc node16/nodenext/node20/bundler',
    );
    console.log(`consumer test passed in ${seconds(Date.now() - started)}: ${summary.join(', ')}`);
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
});

/** A Node from npm (`npx -y -p node@<version>`): { version, path of its binary, ms }. */
async function fetchNode(version) {
  const result = await run('npx', ['-y', '--loglevel=error', '-p', `node@${version}`, '-c', 'node -p "process.version + \' \' + process.execPath"'], {
    env: cleanEnv(),
    timeoutMs: 300_000,
  });
  const [got, path] = result.stdout.trim().split('\n').at(-1)?.split(' ') ?? [];
  if (result.code !== 0 || got !== `v${version}` || !path) fail(`consumer: npx could not fetch Node ${version} from npm`, result.output);
  return { version: got, path, ms: result.ms };
}

/** The ESM and CommonJS apps, `npx @opentok/emulator --help` and the emulator CLI over HTTP, on one Node: its lines. */
async function onNode(node, app) {
  // The bins (npx, opentok-emulator) start with `#!/usr/bin/env node`: this Node first on PATH.
  const env = cleanEnv({ PATH: [dirname(node.path), process.env.PATH].join(delimiter) });
  const lines = [];
  for (const script of ['esm.mjs', 'cjs.cjs']) {
    const result = await run(node.path, [script], { cwd: app, env });
    if (result.code !== 0) fail(`consumer: node ${script} failed on Node ${node.version} (exit ${result.code})`, result.output);
    lines.push(
      ...result.stdout
        .trim()
        .split('\n')
        .map((line) => `${node.version}: ${line}`),
    );
  }
  const help = await run('npx', ['--no', '@opentok/emulator', '--help'], { cwd: app, env });
  if (help.code !== 0 || !/Usage:/.test(help.stdout))
    fail(`consumer: \`npx @opentok/emulator --help\` in the scratch project did not print the usage on Node ${node.version}`, help.output);
  const cli = await startCli(
    join(app, 'node_modules/.bin/opentok-emulator'),
    ['--port', '0', '--private-key-out', join(tmp, `demo-application-${node.version}.key`)],
    app,
    env,
  );
  try {
    const flow = await run(node.path, ['http-flow.mjs', cli.url, cli.apiKey, cli.apiSecret], { cwd: app, env });
    if (flow.code !== 0)
      fail(
        `consumer: the flow over HTTP against the emulator CLI failed on Node ${node.version}`,
        `${flow.output}\n--- emulator CLI output ---\n${cli.output()}`,
      );
    lines.push(`${node.version}: emulator CLI at ${cli.url}: ${flow.stdout.trim().replace(/^http flow: /, '')}`);
  } finally {
    const code = await cli.stop();
    if (code !== 0) fail(`consumer: the emulator CLI exited ${code} on SIGTERM on Node ${node.version} (expected 0)`, cli.output());
  }
  return lines;
}

/**
 * tsc over a realistic file with each module setting, as a Node server project sets it up (@tsconfig/node20:
 * lib es2023, no DOM, skipLibCheck on), then our declarations on their own (skipLibCheck off) with the lib the
 * packages are built against.
 */
async function typecheck(app) {
  const node = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noEmit: true,
    target: 'es2022',
    lib: ['es2023'],
    types: ['node'],
    skipLibCheck: true,
  };
  const configs = [
    { name: 'node16', options: { module: 'node16', moduleResolution: 'node16' }, files: ['server.ts'] },
    { name: 'nodenext', options: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['server.ts', 'server.cts'] },
    { name: 'node20', options: { module: 'node20', moduleResolution: 'node16' }, files: ['server.ts', 'server.cts'] },
    { name: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler' }, files: ['server.ts'] },
    { name: 'node16 with the .cts', options: { module: 'node16', moduleResolution: 'node16' }, files: ['server.cts'], expect: 'TS1479' },
    {
      name: 'declarations (skipLibCheck off, lib es2023 + DOM)',
      options: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false, lib: ['es2023', 'dom'] },
      files: ['server.ts', 'server.cts'],
    },
    // A Node project has no DOM lib: our declarations name keys by shape (core's WebCryptoKey, tokens' PublicJwk),
    // not the DOM globals CryptoKey and JsonWebKey.
    {
      name: 'declarations without the DOM lib',
      options: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false },
      files: ['server.ts', 'server.cts'],
    },
  ];
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  const tscResults = await pool(configs, 2, async (config, index) => {
    const file = `tsconfig.${index}.json`;
    writeFileSync(join(app, file), JSON.stringify({ compilerOptions: { ...node, ...config.options }, files: config.files }, null, 2));
    return { config, result: await run(process.execPath, [tsc, '-p', file, '--pretty', 'false'], { cwd: app, env: cleanEnv() }) };
  });
  for (const { config, result } of tscResults) {
    if (config.expect) {
      if (result.code === 0 || !result.output.includes(config.expect))
        fail(`consumer: tsc (${config.name}) was expected to fail with ${config.expect}`, result.output);
    } else if (result.code !== 0) {
      fail(`consumer: tsc --noEmit (${config.name}) failed`, result.output);
    }
  }
  console.log(
    'tsc --noEmit (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess): node16, nodenext, node20, bundler pass; node16 refuses the .cts with TS1479, as the READMEs say; our declarations pass with skipLibCheck off, with and without the DOM lib',
  );
}

/** Starts the CLI and resolves once it printed its URL and credentials. */
function startCli(bin, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let settled = false;
    const exited = new Promise((done) => child.on('close', (code, signal) => done(code ?? (signal ? 128 : -1))));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the emulator CLI printed no URL within 15 s:\n${text}`));
    }, 15_000);
    const onData = (chunk) => {
      text += chunk;
      const url = /listening at (http:\/\/\S+)/.exec(text)?.[1];
      const apiKey = /OPENTOK_API_KEY=(\S+)/.exec(text)?.[1];
      const apiSecret = /OPENTOK_API_SECRET=(\S+)/.exec(text)?.[1];
      if (!settled && url && apiKey && apiSecret && /Control API/.test(text)) {
        settled = true;
        clearTimeout(timer);
        resolve({
          url,
          apiKey,
          apiSecret,
          output: () => text,
          stop: () => {
            child.kill('SIGTERM');
            const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
            return exited.finally(() => clearTimeout(kill));
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData); // the banner may go to either stream
    child.on('error', reject);
    exited.then((code) => {
      if (!settled) {
        clearTimeout(timer);
        reject(new Error(`the emulator CLI exited ${code} before it printed its URL:\n${text}`));
      }
    });
  });
}
