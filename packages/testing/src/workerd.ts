/// <reference path="./workerd-module.d.ts" />
// Runs a Worker in workerd, Cloudflare's runtime: bundle it the way wrangler does, serve it on a free
// loopback port, fetch it from Node.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';
import workerd, { compatibilityDate } from 'workerd';

/**
 * Bundles a Worker module (TypeScript or JavaScript) into one ES module, as wrangler does: esbuild,
 * platform `browser`, export conditions `workerd`, `worker`, `browser`. A Node API that slips in fails
 * the build (esbuild's error names the importing file).
 */
export async function bundleWorker(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}

/** Options of {@link serveWorker}. */
export interface ServeWorkerOptions {
  /** The Worker: one ES module with a default export `{ fetch }`. */
  readonly script: string | Uint8Array;
  /** Text bindings (the Worker's `env`). */
  readonly bindings?: Readonly<Record<string, string>>;
  /** Default: the newest date this workerd supports. */
  readonly compatibilityDate?: string;
  /** How long workerd may take to start listening, default 20 s. */
  readonly startTimeout?: number;
}

/** A Worker served by workerd on 127.0.0.1. */
export interface WorkerdServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Everything workerd wrote to stderr so far (the Worker's console output, uncaught errors). */
  output(): string;
  /** Stops workerd and removes its files. */
  close(): Promise<void>;
}

const capnp = (text: string): string => JSON.stringify(text);

/**
 * Serves a Worker with workerd on a free loopback port (workerd reports the port on `--control-fd`).
 * Rejects with workerd's output when it refuses the Worker (a module that fails to load, a missing
 * module) or does not listen within `startTimeout`.
 */
export async function serveWorker(options: ServeWorkerOptions): Promise<WorkerdServer> {
  const { script, bindings = {}, startTimeout = 20_000 } = options;
  const dir = await mkdtemp(join(tmpdir(), 'opentok-workerd-'));
  await writeFile(join(dir, 'worker.js'), script);
  const bindingList = Object.entries(bindings).map(([name, text]) => `(name = ${capnp(name)}, text = ${capnp(text)})`);
  await writeFile(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = ${capnp(options.compatibilityDate ?? compatibilityDate)},
  bindings = [${bindingList.join(', ')}],
);
`,
  );
  const child = spawn(workerd, ['serve', join(dir, 'config.capnp'), '--control-fd=3'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // workerd reports each socket's port on the control descriptor: {"event":"listen","socket":"http","port":NNNNN}
    let timer: ReturnType<typeof setTimeout> | undefined;
    const port = await new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`workerd did not listen within ${startTimeout} ms:\n${stderr}`)), startTimeout);
      child.once('exit', (code, signal) => reject(new Error(`workerd exited (${code ?? signal}) before listening:\n${stderr}`)));
      child.once('error', reject);
      createInterface({ input: child.stdio[3] as Readable }).on('line', (line) => {
        const message = JSON.parse(line) as { event?: string; socket?: string; port?: number };
        if (message.event === 'listen' && message.socket === 'http' && message.port) resolve(message.port);
      });
    }).finally(() => clearTimeout(timer));
    return { url: `http://127.0.0.1:${port}`, output: () => stderr, close };
  } catch (error) {
    await close();
    throw error;
  }
}
