import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '@opentok/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Runs the built quickstart as `pnpm start` does, with the given OPENTOK_* and VONAGE_* variables only. */
function runQuickstart(env: Record<string, string> = {}, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(OPENTOK|VONAGE)_/.test(name)));
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env: { ...clean, ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  if (!existsSync(script)) throw new Error('build the quickstart first: pnpm --filter @opentok/example-quickstart run build');
});

const EMULATOR_HINT =
  "Set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (or OPENTOK_API_KEY and OPENTOK_API_SECRET) to run it against the real API; --project runs it with the emulator's demo OpenTok project instead of its demo Vonage application.";
const DEMO_APPLICATION_ID = createEmulator().application.applicationId;

describe.each([
  {
    mode: 'the demo Vonage application (the default)',
    args: [],
    banner: `OpenTok quickstart, against the in-process emulator with its demo Vonage application (${DEMO_APPLICATION_ID}).`,
    session: new RegExp(`✓ sessionId 1_${btoa(`1~${DEMO_APPLICATION_ID}~`).slice(0, 24).replace(/\+/g, '\\+')}\\S+ \\(routed, archive mode manual\\)`),
    token: /✓ Alice: eyJhbGciOiJSUzI1NiIs\S+ \(\d+ chars, JWT\)/,
  },
  {
    mode: 'the demo Vonage application (--vonage, the default said explicitly)',
    args: ['--vonage'],
    banner: `OpenTok quickstart, against the in-process emulator with its demo Vonage application (${DEMO_APPLICATION_ID}).`,
    session: new RegExp(`✓ sessionId 1_${btoa(`1~${DEMO_APPLICATION_ID}~`).slice(0, 24).replace(/\+/g, '\\+')}\\S+ \\(routed, archive mode manual\\)`),
    token: /✓ Alice: eyJhbGciOiJSUzI1NiIs\S+ \(\d+ chars, JWT\)/,
  },
  {
    mode: 'the OpenTok demo project (--project)',
    args: ['--project'],
    banner: 'OpenTok quickstart, against the in-process emulator with its demo OpenTok project (10000001).',
    session: /✓ sessionId 1_MX4xMDAwMDAwMX5\S+ \(routed, archive mode manual\)/,
    token: /✓ Alice: eyJhbGciOiJIUzI1NiIs\S+ \(\d+ chars, JWT\)/,
  },
])('the quickstart against the in-process emulator with $mode', ({ args, banner, session, token }) => {
  it('walks all 20 steps, printing each result, and exits 0', async () => {
    const { code, stdout, stderr } = await runQuickstart({}, args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(banner);
    expect(lines[1]).toBe(EMULATOR_HINT);
    const titles = lines.filter((line) => /^\s?\d+\. /.test(line)).map((line) => line.trim());
    expect(titles).toEqual([
      '1. Create a routed session',
      '2. Mint client tokens for Alice (moderator) and Bob (publisher)',
      '3. Connect Alice and Bob as simulated clients with their tokens',
      '4. Publish a camera stream from each client',
      "5. Put Alice's stream in focus (layout classes for archives and broadcasts)",
      '6. Signal everyone, then Bob alone',
      '7. Start an archive',
      '8. Let it record for 30 seconds, then stop the archive',
      '9. Wait for the archive to become available',
      "10. List the session's archives",
      '11. Start a broadcast to HLS and RTMP',
      "12. Change the broadcast's layout",
      '13. Stop the broadcast',
      '14. Dial a SIP endpoint into the session',
      "15. Mute Bob's stream, then everyone but Alice, then lift the mute",
      '16. Force Bob to disconnect',
      '17. Render a web page into the session (Experience Composer), then stop it',
      '18. Start Live Captions, then stop them',
      "19. Stream the session's audio to a WebSocket (Audio Connector), then disconnect it",
      '20. The callbacks a local webhook receiver got and verified',
    ]);
    expect(stdout).not.toContain('✗');
    expect(stdout).not.toContain('skipped');
    for (const expected of [
      session,
      token,
      /✓ Bob connected: connectionId [0-9a-f-]{36}/,
      /✓ listStreams: Alice \(camera\), Bob \(camera\)/,
      /✓ getStream: Alice's layout classes are \[focus\]/,
      /✓ signals received: Alice 1, Bob 2/,
      /✓ archive [0-9a-f-]{36} started \(composed, 1280x720\)/,
      /✓ status stopped, reason "user initiated"/,
      /✓ available after 5 s of emulator time \(clock advanced\): [\d.]+ kB, 30 s/,
      /✓ 1 archive\(s\)\n\s+✓ [0-9a-f-]{36} "Quickstart archive" available/,
      /✓ RTMP rtmp:\/\/live\.example\.com\/app\/quickstart \(connecting\)/,
      /✓ joined as connectionId [0-9a-f-]{36}, streamId [0-9a-f-]{36}/,
      /✓ Bob is gone; listConnections: Alice \(Connected\), the SIP call \(Connected\)/,
      /✓ render [0-9a-f-]{36} started\n\s+✓ stopped/,
      /✓ captions [0-9a-f-]{36} started \(en-US\)\n\s+✓ stopped/,
      /✓ connected [0-9a-f-]{36} to wss:\/\/audio\.example\.com\/quickstart as connectionId \S+\n\s+✓ disconnected/,
      // Every callback the run caused reached the receiver, signed and verified; each count says what it is.
      /✓ 25 signed callbacks verified \(0 refused\); by kind, with what each means:\n/,
    ]) {
      expect(stdout).toMatch(expected);
    }
    const callbacks = lines
      .slice(lines.findIndex((line) => line.includes('signed callbacks verified')) + 1, -3)
      .map((line) => line.trim().replace(/ {2,}/g, ' | '));
    expect(callbacks).toEqual([
      'sessionCreated 1 | the session started: its first client connected',
      'connectionCreated 5 | a client connected: Alice, Bob, SIP call, Scoreboard, Audio Connector',
      'streamCreated 4 | a stream started: Alice, Bob, quickstart@example.com, Scoreboard',
      "archive 3 | the archive's status changed: started, stopped, available",
      "broadcast 2 | the broadcast's status changed: started, stopped",
      'unknown 1 | an event with no type in @opentok/webhooks, kept whole (SIP call events, newer families): sipCallCreated',
      'streamDestroyed 2 | a stream ended: Bob, Scoreboard',
      'connectionDestroyed 3 | a client left: Bob, Scoreboard, Audio Connector',
      "render 2 | the Experience Composer render's status changed: started, stopped",
      "captions 2 | the Live Captions' status changed: started, stopped",
    ]);
    for (const expected of []) {
      expect(stdout).toMatch(expected);
    }
    expect(lines.at(-2)).toBe('All 20 steps succeeded.');
  });
});

describe('the quickstart against "the real API" (here the emulator over HTTP, reached through the OPENTOK_* variables)', () => {
  const emulator = createEmulator();
  let url = '';
  beforeAll(async () => {
    ({ url } = await emulator.listen({ port: 0, host: '127.0.0.1' }));
  });
  afterAll(() => emulator.close());

  it('runs the calls that need no simulated client, says it skips the others, and exits 0', async () => {
    const env = { OPENTOK_API_KEY: emulator.project.apiKey, OPENTOK_API_SECRET: emulator.project.apiSecret, OPENTOK_API_URL: url };
    const { code, stdout } = await runQuickstart({ ...env, OPENTOK_SIP_URI: 'sip:desk@sip.example.com' });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `OpenTok quickstart, against the API at ${url} (OpenTok project 10000001); simulated clients exist only in the emulator, so the steps that need connected clients are skipped.`,
    );
    expect(stdout.match(/\(skipped\)\n\s+- needs connected clients, which only the emulator can simulate/g)).toHaveLength(12);
    expect(stdout).toMatch(/19\. .+ {2}\(skipped\)\n\s+- set OPENTOK_AUDIO_WEBSOCKET_URI to stream to a real WebSocket server/);
    expect(stdout).toMatch(/20\. .+ {2}\(skipped\)\n\s+- a receiver on this machine is not reachable by the real service/);
    expect(stdout).toMatch(/✓ 0 archive\(s\)/);
    expect(stdout).toMatch(/✓ call [0-9a-f-]{36}/);
    expect(stdout.trim().split('\n').at(-1)).toBe('All 6 steps that ran succeeded (14 skipped).');
    expect(emulator.requests.map((r) => `${r.method} ${r.operation}`)).toEqual([
      'POST createSession',
      'GET listArchives',
      'POST dialSip',
      'POST startRender',
      'GET getRender',
      'DELETE stopRender',
      'POST startCaptions',
      'POST stopCaptions',
    ]);
    expect(JSON.parse(emulator.requests[2]?.body ?? '{}')).toMatchObject({ sip: { uri: 'sip:desk@sip.example.com' } });

    const withoutSip = await runQuickstart(env);
    expect(withoutSip.stdout).toMatch(/14\. Dial a SIP endpoint into the session {2}\(skipped\)\n\s+- set OPENTOK_SIP_URI to dial a real SIP endpoint/);
    expect(withoutSip.code).toBe(0);
  });

  it('uses VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (with \\n escapes, as .env files hold it) before the OpenTok pair', async () => {
    emulator.clearRequests();
    const { applicationId, privateKey = '' } = emulator.application;
    const env = {
      VONAGE_APPLICATION_ID: applicationId,
      VONAGE_PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'),
      OPENTOK_API_KEY: emulator.project.apiKey,
      OPENTOK_API_SECRET: 'unused',
      OPENTOK_API_URL: url,
    };
    const { code, stdout } = await runQuickstart(env);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `OpenTok quickstart, against the API at ${url} (Vonage application ${applicationId}); simulated clients exist only in the emulator, so the steps that need connected clients are skipped.`,
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('All 5 steps that ran succeeded (15 skipped).');
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`).slice(0, 3)).toEqual([
      'POST /session/create',
      `GET /v2/project/${applicationId}/archive`,
      `POST /v2/project/${applicationId}/render`,
    ]);
    expect(emulator.requests.every((r) => r.headers['authorization'] !== undefined && r.headers['x-opentok-auth'] === undefined)).toBe(true);
    expect(stdout).not.toContain(privateKey.split('\n')[3]);
  });

  it('refuses an unknown argument with its usage and exit code 2, before any request', async () => {
    emulator.clearRequests();
    const { code, stdout, stderr } = await runQuickstart({}, ['--projcet']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'Unknown argument "--projcet".\nusage: npx -y pnpm@10.34.9 run demo [--project]   (--project: the emulator\'s demo OpenTok project instead of its demo Vonage application)\n',
    );
  });

  it('stops at the first failing step and exits 1', async () => {
    const { code, stdout } = await runQuickstart({ OPENTOK_API_KEY: emulator.project.apiKey, OPENTOK_API_SECRET: 'a-wrong-secret', OPENTOK_API_URL: url });
    expect(code).toBe(1);
    expect(stdout).toMatch(/ 1\. Create a routed session\n\s+✗ AuthenticationError: createSession failed: .*\(HTTP 403: .+\)/);
    expect(stdout).not.toContain(' 2. ');
    expect(stdout.trim().split('\n').at(-1)).toBe('Step 1 failed: 0 of 20 steps succeeded before it.');
    expect(stdout).not.toContain('a-wrong-secret');
  });
});
