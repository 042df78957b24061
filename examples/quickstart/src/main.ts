/**
 * The quickstart: the whole lifecycle, step by step, against the in-process emulator (its OpenTok demo
 * project, or its demo Vonage application with `--vonage`), or against the real service when
 * VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY, or OPENTOK_API_KEY and OPENTOK_API_SECRET, are set
 * (OPENTOK_API_URL and OPENTOK_SIP_URI are read too). Exits with 1 when a step fails.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulator } from '@opentok/emulator';
import { OpenTok } from '@opentok/sdk';
import { lifecycleSteps, type LifecycleOptions } from './lifecycle.js';
import { runSteps } from './runner.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const REAL_API_HINT = 'set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (or OPENTOK_API_KEY and OPENTOK_API_SECRET) to use the real API';

// A throw-away signature secret shared by the emulator (which signs its callbacks) and the local receiver.
const SIGNATURE_SECRET = 'quickstart-signature-secret';

async function emulatorMode(vonage: boolean): Promise<LifecycleOptions & { banner: string; done(): Promise<void> }> {
  const receiver = await startWebhookReceiver(SIGNATURE_SECRET);
  const emulator = createEmulator({ callbacks: [{ url: receiver.url }], callbackSignatureSecret: SIGNATURE_SECRET });
  const { applicationId, privateKey } = emulator.application;
  const settings = { apiUrl: emulator.url, fetch: emulator.fetch };
  return {
    banner: vonage
      ? `against the in-process emulator with its demo Vonage application (${applicationId}); ${REAL_API_HINT}`
      : `against the in-process OpenTok emulator (project ${emulator.project.apiKey}); ${REAL_API_HINT}`,
    opentok: vonage ? new OpenTok({ applicationId, privateKey, ...settings }) : new OpenTok({ ...emulator.project, ...settings }),
    simulator: {
      connect: async (sessionId, token) => (await emulator.connectClient({ sessionId, token })).connectionId,
      publish: (sessionId, connectionId, name) => emulator.publishStream({ sessionId, connectionId, name }).streamId,
      signalsReceived: (sessionId, connectionId) => emulator.signals({ sessionId, connectionId }).length,
      advanceClock: (ms) => void emulator.clock.advance(ms),
      verifiedCallbacks: async () => {
        await emulator.flushCallbacks();
        return { kinds: receiver.events.map((event) => event.kind), refused: receiver.refused() };
      },
    },
    sipUri: 'sip:quickstart@sip.example.com;transport=tls',
    sleep,
    done: () => receiver.close(),
  };
}

function realMode(): LifecycleOptions & { banner: string; done(): Promise<void> } {
  // VONAGE_APPLICATION_ID + VONAGE_PRIVATE_KEY, else OPENTOK_API_KEY + OPENTOK_API_SECRET; OPENTOK_API_URL overrides the URL.
  const opentok = new OpenTok();
  const who = opentok.applicationId === undefined ? `project ${opentok.apiKey}` : `Vonage application ${opentok.applicationId}`;
  return {
    banner: `against the API at ${opentok.client.apiUrl} (${who}); simulated clients exist only in the emulator, so the steps that need connected clients are skipped`,
    opentok,
    sipUri: process.env['OPENTOK_SIP_URI'] || undefined,
    websocketUri: process.env['OPENTOK_AUDIO_WEBSOCKET_URI'] || undefined,
    sleep,
    done: async () => undefined,
  };
}

const env = process.env;
const real = Boolean((env['VONAGE_APPLICATION_ID'] && env['VONAGE_PRIVATE_KEY']) || (env['OPENTOK_API_KEY'] && env['OPENTOK_API_SECRET']));
const { banner, done, ...options } = real ? realMode() : await emulatorMode(process.argv.includes('--vonage'));
console.log(`OpenTok quickstart, ${banner}.\n`);
const steps = lifecycleSteps(options);
const { succeeded, skipped, failed } = await runSteps(steps, (line) => console.log(line));
await done();
const skippedNote = skipped > 0 ? ` (${skipped} skipped)` : '';
if (failed) {
  console.log(`\nStep ${succeeded + skipped + 1} failed: ${succeeded} of ${steps.length} steps succeeded before it.`);
  process.exitCode = 1;
} else if (skipped === 0) {
  console.log(`\nAll ${succeeded} steps succeeded.`);
} else {
  console.log(`\nAll ${succeeded} steps that ran succeeded${skippedNote}.`);
}
