// Runs the portable suite in Node under vitest, once per build: Web Crypto (default export condition, from the
// source) and node:crypto (the `node` condition: the built dist/index.node.js, whose platform the build swaps in).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as nodeBuild from '../dist/index.node.js';
import * as webBuild from '../src/index.js';
import { tokenCases } from './suite/cases.js';

for (const [name, api] of [
  ['default build (Web Crypto)', webBuild],
  ['node build (node:crypto)', nodeBuild],
] as const) {
  describe(name, () => {
    for (const testCase of tokenCases(api)) it(testCase.name, testCase.run);
  });
}

describe('the two builds', () => {
  const built = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');

  it('binds node:crypto in the node build only', () => {
    expect(built('index.node.js')).toMatch(/from ["']node:crypto["']/);
    expect(built('index.js')).not.toMatch(/node:/);
  });
});
