import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';

/**
 * The most V8's young generation may take per semi-space, in MiB, in the process that serves the CLI. Under load
 * about 1 MB of the emulator's objects outlive each young collection, so V8's default lets that generation grow to
 * 16 MiB, and each collection then pauses every request in flight for 3–10 ms: p99 latency 1.6–1.9× a bare
 * node:http server's. At 4 MiB the pauses stay short, p99 is about 1.25× and throughput is no lower
 * (bench/src/emulator-scale.bench.mjs; README "Short garbage-collection pauses").
 */
export const SEMI_SPACE_MIB = 4;
const FLAG = '--max-semi-space-size';
const FORWARDED = ['SIGINT', 'SIGTERM'] as const;

/** True when this Node process already has a young-generation size (the relaunched child, or one the user chose). */
function sized(): boolean {
  const options = (process.env['NODE_OPTIONS'] ?? '').split(/\s+/);
  return [...process.execArgv, ...options].some((arg) => arg.startsWith(FLAG) || arg.startsWith('--inspect'));
}

/**
 * Runs this CLI again in a child Node process with `--max-semi-space-size` (a V8 flag that cannot change once the
 * process runs), unless this process already has one, or runs under `--inspect`. The child shares stdio and gets
 * SIGINT and SIGTERM forwarded; this process exits with the child's status. An IPC channel tells the child when
 * this process is gone (even by SIGKILL), so a server is never left behind.
 *
 * Resolves `false` when this process should run the CLI itself (no relaunch, or the child could not start);
 * otherwise it never resolves.
 */
export function relaunchWithSmallYoungGeneration(): Promise<boolean> {
  if (sized()) return Promise.resolve(false);
  return new Promise((resolve) => {
    const args = [...process.execArgv, `${FLAG}=${SEMI_SPACE_MIB}`, process.argv[1]!, ...process.argv.slice(2)];
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    child.once('error', () => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(false);
    });
    child.once('exit', (code, signal) => process.exit(code ?? 128 + (signal === null ? 0 : (osConstants.signals[signal] ?? 0))));
  });
}
