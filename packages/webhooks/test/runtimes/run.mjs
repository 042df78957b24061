#!/usr/bin/env node
// Runs the portable suite (test/suite) in real runtimes: Node (vitest), workerd, Deno, Bun and headless Chromium.
//   node test/runtimes/run.mjs [all|node|workerd|deno|bun|chromium]... [--results <dir>]
// The driver is @opentok/testing/runtimes; this package's own part is entries/ (Deno runs them with no permission).
import { runRuntimes } from '@opentok/testing/runtimes';

// test/webhooks.test.ts registers the same cases under the same names.
process.exit(await runRuntimes(import.meta.url, { name: 'webhooks', nodeCase: (name) => ({ file: 'test/webhooks.test.ts', fullName: name }) }));
