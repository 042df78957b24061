/**
 * Proof that the REST packages run in workerd, Cloudflare's runtime: test/workerd/lifecycle-worker.ts is
 * bundled as wrangler would and served by workerd; inside workerd it drives a whole lifecycle (session,
 * token, streams, signal, archive, broadcast, SIP, moderation, typed errors) against an in-process emulator,
 * once with project credentials (HS256) and once with application credentials (RS256 through Web Crypto).
 */
import { fileURLToPath } from 'node:url';
import { CREDENTIAL_KINDS } from '@opentok/testing/emulator';
import { bundleWorker, serveWorker, type WorkerdServer } from '@opentok/testing/workerd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LifecycleReport } from './workerd/lifecycle-worker.js';

let server: WorkerdServer | undefined;

beforeAll(async () => {
  const script = await bundleWorker(fileURLToPath(new URL('./workerd/lifecycle-worker.ts', import.meta.url)));
  server = await serveWorker({ script });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

describe('the SDK in workerd', () => {
  it.each(CREDENTIAL_KINDS)(
    'runs the whole lifecycle with %s credentials against the in-process emulator, every step passing',
    async (kind) => {
      if (server === undefined) throw new Error('workerd did not start');
      const response = await fetch(`${server.url}/?kind=${kind}`);
      const text = await response.text();
      expect(response.status, `${text}\n${server.output()}`).toBe(200);
      const report = JSON.parse(text) as LifecycleReport;
      console.log(`workerd lifecycle (${kind}): ${report.passed} passed, ${report.failed} failed`);
      expect(report.kind).toBe(kind);
      expect(report.failures).toEqual([]);
      expect(report.failed).toBe(0);
      expect(report.steps.length).toBeGreaterThanOrEqual(17);
      expect(report.passed).toBe(report.steps.length);
    },
    20_000,
  );
});
