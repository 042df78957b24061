/**
 * The quickstart: the whole lifecycle, step by step, against the in-process emulator (its demo Vonage
 * application, or its demo OpenTok project with `--project`), or against the real service when
 * VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY, or OPENTOK_API_KEY and OPENTOK_API_SECRET, are set
 * (OPENTOK_API_URL, OPENTOK_SIP_URI and OPENTOK_AUDIO_WEBSOCKET_URI are read too). Exits with 1 when a step
 * fails, 2 on an unknown argument.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulator } from '@opentok/emulator';
import { OpenTok } from '@opentok/sdk';
import { type LifecycleOptions, lifecycleSteps } from './lifecycle.js';
import { runSteps } from './runner.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const EMULATOR_HINT =
  "Set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (or OPENTOK_API_KEY and OPENTOK_API_SECRET) to run it against the real API; --project runs it with the emulator's demo OpenTok project instead of its demo Vonage application.";
const USAGE = "usage: npx -y pnpm@10.34.9 run demo [--project]   (--project: the emulator's demo OpenTok project instead of its demo Vonage application)";

// A throw-away signature secret shared by the emulator (which signs its callbacks) and the local receiver.
const SIGNATURE_SECRET = 'quickstart-signature-secret';

async function emulatorMode(project: boolean): Promise<LifecycleOptions & { banner: string; done(): Promise<void> }> {
  const receiver = await startWebhookReceiver(SIGNATURE_SECRET);
  const emulator = createEmulator({ callbacks: [{ url: receiver.url }], callbackSignatureSecret: SIGNATURE_SECRET });
  const { applicationId, privateKey } = emulator.application;
  const settings = { apiUrl: emulator.url, fetch: emulator.fetch };
  return {
    banner: project
      ? `against the in-process emulator with its demo OpenTok project (${emulator.project.apiKey}).\n${EMULATOR_HINT}`
      : `against the in-process emulator with its demo Vonage application (${applicationId}).\n${EMULATOR_HINT}`,
    opentok: project ? new OpenTok({ ...emulator.project, ...settings }) : new OpenTok({ applicationId, privateKey, ...settings }),
    simulator: {
      connect: async (sessionId, token) => (await emulator.connectClient({ sessionId, token })).connectionId,
      publish: (sessionId, connectionId, name) => emulator.publishStream({ sessionId, connectionId, name }).streamId,
      signalsReceived: (sessionId, connectionId) => emulator.signals({ sessionId, connectionId }).length,
      advanceClock: (ms) => void emulator.clock.advance(ms),
      verifiedCallbacks: async () => {
        await emulator.flushCallbacks();
        return { events: receiver.events, refused: receiver.refused() };
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
  const who = opentok.applicationId === undefined ? `OpenTok project ${opentok.apiKey}` : `Vonage application ${opentok.applicationId}`;
  return {
    banner: `against the API at ${opentok.client.apiUrl} (${who}); simulated clients exist only in the emulator, so the steps that need connected clients are skipped.`,
    opentok,
    sipUri: process.env['OPENTOK_SIP_URI'] || undefined,
    websocketUri: process.env['OPENTOK_AUDIO_WEBSOCKET_URI'] || undefined,
    sleep,
    done: async () => undefined,
  };
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = args.find((arg) => arg !== '--project' && arg !== '--vonage');
if (unknown !== undefined) {
  console.error(`Unknown argument "${unknown}".\n${USAGE}`);
  process.exit(2);
}
const env = process.env;
const real = Boolean((env['VONAGE_APPLICATION_ID'] && env['VONAGE_PRIVATE_KEY']) || (env['OPENTOK_API_KEY'] && env['OPENTOK_API_SECRET']));
const { banner, done, ...options } = real ? realMode() : await emulatorMode(args.includes('--project'));
console.log(`OpenTok quickstart, ${banner}\n`);
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
