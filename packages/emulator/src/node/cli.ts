#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator, DEMO_APPLICATION, DEMO_PROJECT } from '../index.js';

const DEFAULT_KEY_FILE = join(tmpdir(), 'opentok-emulator-demo-application.key');

const USAGE = `Usage: opentok-emulator [options]

A local emulator of the OpenTok REST API (https://api.opentok.com), also as the
Vonage Video API (https://video.api.vonage.com) for Vonage application credentials.

Options:
  --port <n>          TCP port (default 4010; 0 = any free port)
  --host <address>    interface to bind (default 127.0.0.1)
  --api-key <key>     API key of the project (default ${DEMO_PROJECT.apiKey})
  --api-secret <s>    API secret of the project (default: the demo secret)
  --private-key-out <path>
                      where to write the demo Vonage application's private key
                      (PKCS#8 PEM; default ${DEFAULT_KEY_FILE})
  -h, --help          show this help
`;

function usage(message: string): never {
  process.stderr.write(`opentok-emulator: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: { port?: string; host?: string; 'api-key'?: string; 'api-secret'?: string; 'private-key-out'?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      'api-secret': { type: 'string' },
      'private-key-out': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

if (values.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const portText = values.port ?? '4010';
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) usage(`--port must be an integer from 0 to 65535, not "${portText}"`);
const apiKey = values['api-key'] ?? DEMO_PROJECT.apiKey;
if (!/^[A-Za-z0-9_-]{1,64}$/.test(apiKey)) usage('--api-key must be 1-64 characters of [A-Za-z0-9_-]');
const apiSecret = values['api-secret'] ?? DEMO_PROJECT.apiSecret;
if (apiSecret.length === 0) usage('--api-secret must not be empty');
const keyFile = values['private-key-out'] ?? DEFAULT_KEY_FILE;
if (keyFile.trim() === '') usage('--private-key-out must be a file path');

try {
  writeFileSync(keyFile, DEMO_APPLICATION.privateKey, { mode: 0o600 });
} catch (error) {
  process.stderr.write(`opentok-emulator: cannot write the private key to ${keyFile}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const emulator = createEmulator({ projects: [{ apiKey, apiSecret }] });
try {
  const { url } = await emulator.listen({ port: Number(portText), host: values.host ?? '127.0.0.1' });
  process.stdout.write(
    `OpenTok emulator listening at ${url}\n` +
      `  OPENTOK_API_URL=${url}\n` +
      `  OPENTOK_API_KEY=${apiKey}\n` +
      `  OPENTOK_API_SECRET=${apiSecret}\n` +
      `Vonage application (Authorization: Bearer, RS256; same URL):\n` +
      `  VONAGE_APPLICATION_ID=${emulator.application.applicationId}\n` +
      `  private key (PKCS#8 PEM) written to ${keyFile}\n` +
      `  VONAGE_PRIVATE_KEY="$(cat '${keyFile}')"\n` +
      `Control API: ${url}/_emulator/  (Ctrl-C to stop)\n`,
  );
} catch (error) {
  process.stderr.write(`opentok-emulator: cannot listen: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the emulator\n`);
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
