// The cases against the default (Web Crypto) build: what Workers and browsers get.
import * as webBuild from '../../../src/index.js';
import { type TestCase, tokenCases } from '../../suite/cases.js';

export const webCases = (): TestCase[] => tokenCases(webBuild).map((c) => ({ ...c, name: `[web] ${c.name}` }));
