/** The fetch handler stays free of Node APIs: only `src/node/` (listen, CLI) may touch Node. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('runtime neutrality', () => {
  it('no src file outside src/node imports node:* or uses process/Buffer/require', () => {
    const offenders = files(join(root, 'src'))
      .filter((file) => !relative(root, file).startsWith(join('src', 'node')))
      .filter((file) => /from ['"]node:|import\(['"]node:|\bprocess\.|\bBuffer\.|\brequire\(|@hono\/node-server/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the built entry reaches @hono/node-server only through the dynamic import of listen', () => {
    const dist = join(root, 'dist');
    const entry = readFileSync(join(dist, 'index.js'), 'utf8');
    const staticImports = (code: string) => [...code.matchAll(/^(?:import|export) .* from ['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    const reached = new Set<string>();
    const visit = (code: string) => {
      for (const spec of staticImports(code)) {
        if (reached.has(spec)) continue;
        reached.add(spec);
        if (spec.startsWith('./')) visit(readFileSync(join(dist, spec), 'utf8'));
      }
    };
    visit(entry);
    expect([...reached].filter((spec) => !spec.startsWith('./')).sort()).toEqual([
      '@opentok/core',
      '@opentok/core/internal',
      '@opentok/tokens',
      'hono',
      'jose',
    ]);
    const chunks = [entry, ...[...reached].filter((spec) => spec.startsWith('./')).map((spec) => readFileSync(join(dist, spec), 'utf8'))];
    expect(chunks.some((code) => /import\(["']\.\/listen-[\w-]+\.js["']\)/.test(code))).toBe(true);
  });
});
