import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_APPLICATION, DEMO_PROJECT } from '../defaults.js';
import { composeEmulator } from '../emulator.js';
import { DEFAULT_LIMITS } from '../options.js';
import type { Emulator, EmulatorOptions } from '../types.js';
import * as httpServer from './listen.js';

const DEFAULT_KEY_FILE = join(tmpdir(), 'opentok-emulator-demo-application.key');

const USAGE = `Usage: npx @opentok/emulator [options]
       npx @opentok/emulator [options] exec -- <command> [args...]
(inside a project that installs @opentok/emulator, its bin is also opentok-emulator)

A local emulator of the OpenTok REST API (https://api.opentok.com), also as the
Vonage Video API (https://video.api.vonage.com) for Vonage application credentials.

exec -- <command...>  start on a free port (unless --port is given), run the command
                      with OPENTOK_API_URL, VONAGE_APPLICATION_ID, VONAGE_PRIVATE_KEY,
                      OPENTOK_API_KEY and OPENTOK_API_SECRET in its environment,
                      stop, and exit with the command's exit code

Options:
  --port <n>          TCP port (default 4010, with exec 0; 0 = any free port)
  --host <address>    interface to bind (default 127.0.0.1)
  --api-key <key>     API key of the project (default ${DEMO_PROJECT.apiKey})
  --api-secret <s>    API secret of the project (default: the demo secret)
  --private-key-out <path>
                      where to write the demo Vonage application's private key
                      (PKCS#8 PEM; default ${DEFAULT_KEY_FILE})
  --clock <real|manual>
                      real (default): emulator time follows the wall clock;
                      manual: it stands still except through POST /_emulator/clock/advance
  --request-log-limit <n>
                      requests the request log keeps (default ${DEFAULT_LIMITS.requestLogLimit})
  --request-body-bytes <n>
                      characters of each request body the log keeps (default ${DEFAULT_LIMITS.requestBodyBytes})
  --request-log-bytes <n>
                      the most the request log keeps in all (default ${DEFAULT_LIMITS.requestLogBytes})
  --signals-per-session <n>
                      received signals each session keeps (default ${DEFAULT_LIMITS.signalsPerSession})
  --callback-log-limit <n>
                      callback deliveries the delivery log keeps (default 1000)
  --lag-ms <n>        read-after-write lag: a new session answers 404 for n ms (default 0: off)
  --strict            refuse (400) request fields the service would ignore; by default they
                      are answered as the service does and named in an X-Emulator-Warning header
  --import <file>     start from a state exported by GET /_emulator/state or --export-on-exit
  --export-on-exit <file>
                      write the whole state to the file when stopping
  -h, --help          show this help

The control API (/_emulator/…) answers GET /_emulator/health as soon as the emulator serves.
`;

function usage(message: string): never {
  process.stderr.write(`opentok-emulator: ${message}\n\n${USAGE}`);
  process.exit(2);
}

type Values = Record<string, string | boolean | undefined>;
let values: Values;
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      'api-secret': { type: 'string' },
      'private-key-out': { type: 'string' },
      clock: { type: 'string' },
      'request-log-limit': { type: 'string' },
      'request-body-bytes': { type: 'string' },
      'request-log-bytes': { type: 'string' },
      'signals-per-session': { type: 'string' },
      'callback-log-limit': { type: 'string' },
      'lag-ms': { type: 'string' },
      strict: { type: 'boolean' },
      import: { type: 'string' },
      'export-on-exit': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  }) as { values: Values; positionals: string[] });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

if (values['help'] === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const exec = positionals[0] === 'exec';
if (positionals.length > 0 && !exec) usage(`unknown command "${positionals[0]}" (the only command is exec)`);
const command = positionals.slice(1);
if (exec && command.length === 0) usage('exec needs a command: npx @opentok/emulator exec -- <command> [args...]');

const text = (name: string): string | undefined => values[name] as string | undefined;
const count = (name: string, min: number, max: number): number | undefined => {
  const raw = text(name);
  if (raw === undefined) return undefined;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max) usage(`--${name} must be an integer from ${min} to ${max}, not "${raw}"`);
  return Number(raw);
};

const portText = text('port') ?? (exec ? '0' : '4010');
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) usage(`--port must be an integer from 0 to 65535, not "${portText}"`);
const apiKey = text('api-key') ?? DEMO_PROJECT.apiKey;
if (!/^[A-Za-z0-9_-]{1,64}$/.test(apiKey)) usage('--api-key must be 1-64 characters of [A-Za-z0-9_-]');
const apiSecret = text('api-secret') ?? DEMO_PROJECT.apiSecret;
if (apiSecret.length === 0) usage('--api-secret must not be empty');
const keyFile = text('private-key-out') ?? DEFAULT_KEY_FILE;
if (keyFile.trim() === '') usage('--private-key-out must be a file path');
const clockMode = text('clock') ?? 'real';
if (clockMode !== 'real' && clockMode !== 'manual') usage(`--clock must be real or manual, not "${clockMode}"`);
const requestLogLimit = count('request-log-limit', 0, 1_000_000);
const requestBodyBytes = count('request-body-bytes', 0, 1_048_576);
const requestLogBytes = count('request-log-bytes', 0, 1_073_741_824);
const signalsPerSession = count('signals-per-session', 1, 1_000_000);
const callbackLogLimit = count('callback-log-limit', 1, 100_000);
const lagMs = count('lag-ms', 0, 600_000);
const importFile = text('import');
const exportFile = text('export-on-exit');

try {
  writeFileSync(keyFile, DEMO_APPLICATION.privateKey, { mode: 0o600 });
} catch (error) {
  process.stderr.write(`opentok-emulator: cannot write the private key to ${keyFile}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

let state: EmulatorOptions['state'];
if (importFile !== undefined) {
  try {
    state = JSON.parse(readFileSync(importFile, 'utf8')) as EmulatorOptions['state'];
  } catch (error) {
    process.stderr.write(`opentok-emulator: cannot read the state in ${importFile}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

let emulator: Emulator;
try {
  emulator = composeEmulator(
    {
      ...(state === undefined ? { projects: [{ apiKey, apiSecret }] } : { state }),
      clock: { frozen: clockMode === 'manual' },
      ...(requestLogLimit === undefined ? {} : { requestLogLimit }),
      logs: {
        ...(requestBodyBytes === undefined ? {} : { requestBodyBytes }),
        ...(requestLogBytes === undefined ? {} : { requestLogBytes }),
        ...(signalsPerSession === undefined ? {} : { signalsPerSession }),
      },
      ...(callbackLogLimit === undefined ? {} : { callbackDelivery: { logLimit: callbackLogLimit } }),
      ...(lagMs === undefined ? {} : { readAfterWriteLagMs: lagMs }),
      ...(values['strict'] === true ? { strict: true } : {}),
    },
    async () => httpServer,
  );
} catch (error) {
  process.stderr.write(`opentok-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

let url: string;
try {
  ({ url } = await emulator.listen({ port: Number(portText), host: text('host') ?? '127.0.0.1' }));
} catch (error) {
  process.stderr.write(`opentok-emulator: cannot listen: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const project = emulator.project;

/** Writes the state file of --export-on-exit (when given); false when it could not. */
function exportState(): boolean {
  if (exportFile === undefined) return true;
  try {
    writeFileSync(exportFile, `${JSON.stringify(emulator.exportState(), null, 2)}\n`, { mode: 0o600 });
    return true;
  } catch (error) {
    process.stderr.write(`opentok-emulator: cannot write the state to ${exportFile}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the emulator\n`);
  const exported = exportState();
  emulator.close().then(
    () => process.exit(exported ? 0 : 1),
    () => process.exit(1),
  );
}
/** exec's command, once started (in the same tick as the banner, so before any signal listener runs). */
let commandProcess: ChildProcess | undefined;
// Listeners come before the banner: whoever reads it may signal at once, and a signal that no listener awaits ends
// Node at once (no --export-on-exit, no clean close). With exec, the command gets the signal and ends the emulator.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (exec ? commandProcess?.kill(signal) : stop(signal)));
// Run by the relaunching bin (relaunch.ts), the IPC channel closes when that process is gone: stop as on SIGTERM.
if (process.channel !== undefined) {
  process.channel.unref();
  process.once('disconnect', () => process.emit('SIGTERM', 'SIGTERM'));
}

// With exec, the command owns stdout: the banner goes to stderr.
(exec ? process.stderr : process.stdout).write(
  `OpenTok emulator listening at ${url}\n` +
    `  OPENTOK_API_URL=${url}  (for both kinds of credentials)\n` +
    `Vonage application (Authorization: Bearer, RS256):\n` +
    `  VONAGE_APPLICATION_ID=${emulator.application.applicationId}\n` +
    `  private key (PKCS#8 PEM) written to ${keyFile}\n` +
    `  VONAGE_PRIVATE_KEY="$(cat '${keyFile}')"\n` +
    `OpenTok project (X-OPENTOK-AUTH, HS256):\n` +
    `  OPENTOK_API_KEY=${project.apiKey}\n` +
    `  OPENTOK_API_SECRET=${project.apiSecret}\n` +
    `Control API: ${url}/_emulator/  (health: ${url}/_emulator/health${exec ? '' : '; Ctrl-C to stop'})\n`,
);

if (exec) {
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: {
      ...process.env,
      OPENTOK_API_URL: url,
      OPENTOK_API_KEY: project.apiKey,
      OPENTOK_API_SECRET: project.apiSecret,
      VONAGE_APPLICATION_ID: emulator.application.applicationId,
      VONAGE_PRIVATE_KEY: emulator.application.privateKey ?? DEMO_APPLICATION.privateKey,
    },
  });
  commandProcess = child;
  child.on('error', (error) => {
    process.stderr.write(`opentok-emulator: cannot run ${command[0]}: ${error.message}\n`);
    void emulator.close().then(() => process.exit(127));
  });
  child.on('exit', (code, signal) => {
    const exported = exportState();
    const status = code ?? (signal === null ? 1 : 128 + (osConstants.signals[signal] ?? 0));
    void emulator.close().then(() => process.exit(status === 0 && !exported ? 1 : status));
  });
}
