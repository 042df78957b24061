#!/usr/bin/env node
// Runs the portable token suite in real runtimes: Node (vitest), workerd, Deno, Bun and headless Chromium.
//   node test/runtimes/run.mjs [all|node|workerd|deno|bun|chromium]... [--results <dir>]
// The driver is @opentok/testing/runtimes; this package's own part is entries/ and the Deno permissions.
import { runRuntimes } from '@opentok/testing/runtimes';

process.exit(
  await runRuntimes(import.meta.url, {
    name: 'tokens',
    // --allow-env: the credential cases build a client with core's createClient, which reads OPENTOK_API_URL.
    denoPermissions: ['--allow-read', '--allow-env'],
    // The entries name a case `[web] …` (the default build) or `[node] …` (the node build); test/tokens.test.ts
    // runs the same cases in a describe block per build.
    nodeCase: (name) => ({
      file: 'test/tokens.test.ts',
      fullName: name.replace(/^\[web\] /, 'default build (Web Crypto) ').replace(/^\[node\] /, 'node build (node:crypto) '),
    }),
  }),
);
