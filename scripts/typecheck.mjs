#!/usr/bin/env node
// The type-check of the whole workspace (`npx -y pnpm@10.34.9 run typecheck` and CI's typecheck step): every
// tsconfig that a project's `typecheck` script checks (`tsc -p <config>`), with tsc's own rules and messages,
// but the configs that resolve to the same compiler options checked together, as one TypeScript program. The
// configs come in two kinds, the sources without Node's types (each package's tsconfig.json) and the sources
// and tests with them (test/tsconfig.json, tsconfig.node.json), so the workspace is two programs, run side by
// side, instead of one tsc run per config: the DOM lib, @types/node, vitest's types and the packages'
// declarations are read once per program instead of once per config. One thing a shared program cannot see: a
// global that one project declares (core's `__SDK_VERSION__`) is visible to the others; each package's
// declaration build (tsup's dts, in the build step) still checks its sources alone. A project's own
// `typecheck` script stays the way to check one project alone. Needs the packages built (their declarations).
//
//   node scripts/typecheck.mjs
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { root, workspaceProjects } from './workspace.mjs';

const ts = createRequire(import.meta.url)('typescript');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A config's options, files and parsing errors, as `tsc -p` reads them. */
function parse(config) {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, host);
  if (!parsed) return { options: {}, fileNames: [], errors: [], key: `unreadable ${config}` };
  const { configFilePath, ...options } = parsed.options;
  return { options: parsed.options, fileNames: parsed.fileNames, errors: parsed.errors, key: JSON.stringify(options, Object.keys(options).sort()) };
}

if (isMainThread) {
  const started = Date.now();
  // Every `tsc -p <config>` of every project's typecheck script.
  const configs = workspaceProjects().flatMap(({ folder, manifest }) =>
    [...String(manifest.scripts?.typecheck ?? '').matchAll(/\btsc\s+-p\s+(\S+)/g)].map((match) => join(root, folder, match[1])),
  );
  const groups = new Map();
  for (const config of configs) {
    const { key } = parse(config);
    groups.set(key, [...(groups.get(key) ?? []), config]);
  }
  const results = await Promise.all(
    [...groups.values()].map(
      (group) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: group });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  let errors = 0;
  for (const result of results) {
    if (result.output) process.stdout.write(result.output);
    console.log(
      `${result.label}: ${result.configs} configs, ${result.files} files, ${result.errors === 0 ? 'no errors' : `${result.errors} error${result.errors === 1 ? '' : 's'}`} in ${seconds(result.ms)}`,
    );
    errors += result.errors;
  }
  console.log(
    `typecheck: ${configs.length} tsconfig files in ${results.length} programs, ${errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`} in ${seconds(Date.now() - started)}`,
  );
  process.exit(errors === 0 ? 0 : 1);
} else {
  const started = Date.now();
  const parsed = workerData.map(parse);
  const rootNames = [...new Set(parsed.flatMap((p) => p.fileNames))];
  const options = parsed[0].options;
  const program = ts.createProgram({ rootNames, options, configFileParsingDiagnostics: parsed.flatMap((p) => p.errors) });
  let output = '';
  let errors = 0;
  const report = ts.createDiagnosticReporter({ ...ts.sys, write: (text) => (output += text) }, false);
  // tsc's own sequence: syntax, options, globals, semantics, and (noEmit with declaration) declarations.
  ts.emitFilesAndReportErrorsAndGetExitStatus(program, (diagnostic) => {
    if (diagnostic.category === ts.DiagnosticCategory.Error) errors++;
    report(diagnostic);
  });
  const types = options.types?.length ? `with ${options.types.map((t) => `@types/${t}`).join(', ')}` : "without Node's types";
  parentPort.postMessage({
    label: `${types} (${workerData
      .map((config) => relative(root, config))
      .filter((_, i) => i < 2)
      .join(', ')}${workerData.length > 2 ? ', …' : ''})`,
    configs: workerData.length,
    files: program.getSourceFiles().length,
    errors,
    output,
    ms: Date.now() - started,
  });
}
