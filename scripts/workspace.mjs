// The workspace as pnpm sees it, for the CI scripts: its projects (from pnpm-workspace.yaml's globs), which of
// them have tests and stress tests, and which project a test file belongs to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every workspace project: { folder (relative to the root), manifest }, in pnpm-workspace.yaml order, then by folder. */
export function workspaceProjects(from = root) {
  const yaml = readFileSync(join(from, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(yaml)?.[1] ?? '';
  const globs = [...block.matchAll(/-\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => m[1]);
  const folders = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(join(from, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort();
  });
  return folders
    .filter((folder) => existsSync(join(from, folder, 'package.json')))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(from, folder, 'package.json'), 'utf8')) }));
}

/** The projects with a `test` script. */
export function testProjects(from = root) {
  return workspaceProjects(from).filter(({ manifest }) => typeof manifest.scripts?.test === 'string');
}

/** The projects with stress tests: a `vitest.stress.config.ts` beside their `vitest.config.ts`. */
export function stressProjects(from = root) {
  return testProjects(from).filter(({ folder }) => existsSync(join(from, folder, 'vitest.stress.config.ts')));
}

/** The project of `projects` (default: those with tests) whose folder holds a file (an absolute path), or undefined. */
export function projectOf(file, projects = testProjects(), from = root) {
  return projects.find(({ folder }) => file.startsWith(join(from, folder) + sep));
}

/** The runtimes other than Node a project's tests run in: its `test:<runtime>` scripts (not `test:node`). */
export function otherRuntimes(manifest) {
  return Object.keys(manifest.scripts ?? {})
    .filter((name) => name.startsWith('test:') && name !== 'test:node')
    .map((name) => name.slice('test:'.length))
    .sort();
}

/** A file name for a project's results and logs. */
export const slug = (name) => name.replace(/^@/, '').replace(/\//g, '__');
