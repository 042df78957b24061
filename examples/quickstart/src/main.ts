/**
 * The quickstart: the whole OpenTok lifecycle, step by step, against the in-process emulator, or against
 * the real OpenTok API when OPENTOK_API_KEY and OPENTOK_API_SECRET are set (OPENTOK_API_URL and
 * OPENTOK_SIP_URI are read too). Exits with 1 when a step fails.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulator } from '@opentok/emulator';
import { OpenTok } from '@opentok/sdk';
import { lifecycleSteps, type LifecycleOptions } from './lifecycle.js';
import { runSteps } from './runner.js';

function emulatorMode(): LifecycleOptions & { banner: string } {
  const emulator = createEmulator();
  return {
    banner: `against the in-process OpenTok emulator (project ${emulator.project.apiKey}); set OPENTOK_API_KEY and OPENTOK_API_SECRET to use the real API`,
    opentok: new OpenTok({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch }),
    simulator: {
      connect: async (sessionId, token) => (await emulator.connectClient({ sessionId, token })).connectionId,
      publish: (sessionId, connectionId, name) => emulator.publishStream({ sessionId, connectionId, name }).streamId,
      signalsReceived: (sessionId, connectionId) => emulator.signals({ sessionId, connectionId }).length,
      advanceClock: (ms) => void emulator.clock.advance(ms),
    },
    sipUri: 'sip:quickstart@sip.example.com;transport=tls',
    sleep,
  };
}

function realMode(): LifecycleOptions & { banner: string } {
  const opentok = new OpenTok(); // OPENTOK_API_KEY, OPENTOK_API_SECRET and OPENTOK_API_URL from the environment
  return {
    banner: `against the OpenTok API at ${opentok.client.apiUrl} (project ${opentok.apiKey}); simulated clients exist only in the emulator, so the steps that need connected clients are skipped`,
    opentok,
    sipUri: process.env['OPENTOK_SIP_URI'] || undefined,
    sleep,
  };
}

const real = Boolean(process.env['OPENTOK_API_KEY'] && process.env['OPENTOK_API_SECRET']);
const { banner, ...options } = real ? realMode() : emulatorMode();
console.log(`OpenTok quickstart, ${banner}.\n`);
const steps = lifecycleSteps(options);
const { succeeded, skipped, failed } = await runSteps(steps, (line) => console.log(line));
const skippedNote = skipped > 0 ? ` (${skipped} skipped)` : '';
if (failed) {
  console.log(`\nStep ${succeeded + skipped + 1} failed: ${succeeded} of ${steps.length} steps succeeded before it.`);
  process.exitCode = 1;
} else if (skipped === 0) {
  console.log(`\nAll ${succeeded} steps succeeded.`);
} else {
  console.log(`\nAll ${succeeded} steps that ran succeeded${skippedNote}.`);
}
