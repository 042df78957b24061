// The cases against both builds: Deno and Bun resolve the package's `node` condition, so both must work there.
import * as nodeBuild from '../../../dist/index.node.js';
import { type TestCase, tokenCases } from '../../suite/cases.js';
import { webCases } from './web-cases.js';

export const allCases = (): TestCase[] => [...webCases(), ...tokenCases(nodeBuild).map((c) => ({ ...c, name: `[node] ${c.name}` }))];
