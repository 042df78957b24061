// Runs the portable suite in Node under vitest, once per build: Web Crypto (default export condition)
// and node:crypto (the `node` condition).
import { describe, it } from 'vitest';
import * as webBuild from '../src/index.js';
import * as nodeBuild from '../src/index.node.js';
import { tokenCases } from './suite/cases.js';

for (const [name, api] of [
  ['default build (Web Crypto)', webBuild],
  ['node build (node:crypto)', nodeBuild],
] as const) {
  describe(name, () => {
    for (const testCase of tokenCases(api)) it(testCase.name, testCase.run);
  });
}
