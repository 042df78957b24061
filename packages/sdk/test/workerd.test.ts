/**
 * Proof that the REST packages run in workerd, Cloudflare's runtime: test/workerd/lifecycle-worker.ts is
 * bundled as wrangler would and served by workerd; inside workerd it drives a whole lifecycle (session,
 * token, streams, signal, archive, broadcast, SIP, moderation, typed errors) against an in-process emulator.
 */
import { fileURLToPath } from 'node:url';
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
  it('runs the whole lifecycle against the in-process emulator, every step passing', async () => {
    if (server === undefined) throw new Error('workerd did not start');
    const response = await fetch(server.url);
    const text = await response.text();
    expect(response.status, `${text}\n${server.output()}`).toBe(200);
    const report = JSON.parse(text) as LifecycleReport;
    console.log(`workerd lifecycle: ${report.passed} passed, ${report.failed} failed`);
    expect(report.failures).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.steps.length).toBeGreaterThanOrEqual(16);
    expect(report.passed).toBe(report.steps.length);
  }, 20_000);
});
