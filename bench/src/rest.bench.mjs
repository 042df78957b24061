// REST calls per second against the in-process emulator: getArchive through core's request with the
// client's auth signed by Web Crypto (the default build every runtime gets) and by node:crypto (the
// `node` export condition's build), side by side in interleaved rounds. The emulator's own
// verification is the same for both, so the ratio is what the Node signing path buys a Node app.
// A benchmark, not a test: it prints figures and the ratio against the target and exits 0 unless broken.
//   pnpm bench   (or: node src/rest.bench.mjs)
import { createClient as nodeCreateClient } from '@opentok/core';
import { createEmulator } from '@opentok/emulator';
import { getArchive, startArchive } from '@opentok/sdk';
import { generateToken } from '@opentok/tokens';
import { createClient as webCreateClient } from '../../packages/core/dist/index.js';

const ROUNDS = 5;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 400);
const emulator = createEmulator();
const settings = { ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 };
const contenders = {
  'getArchive, Web Crypto signing': webCreateClient(settings),
  'getArchive, node:crypto signing': nodeCreateClient(settings),
};

const { sessionId } = emulator.createSession({ mediaMode: 'routed' });
await emulator.connectClient({ sessionId, token: await generateToken(emulator.project, { sessionId }) });
const { id: archiveId } = await startArchive(contenders['getArchive, node:crypto signing'], { sessionId });

async function rate(client, ms) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 50; i++) await getArchive(client, { archiveId });
    calls += 50;
  }
  return (calls * 1000) / (performance.now() - start);
}

for (const client of Object.values(contenders)) await rate(client, 200);
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) for (const [name, client] of Object.entries(contenders)) samples[name].push(await rate(client, ROUND_MS));
console.log(`REST calls/s against the in-process emulator, median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms (node ${process.version})\n`);
const results = {};
for (const [name, values] of Object.entries(samples)) {
  results[name] = values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`${name.padEnd(36)} ${Math.round(results[name]).toLocaleString('en-US').padStart(8)}`);
}
const ratio = results['getArchive, node:crypto signing'] / results['getArchive, Web Crypto signing'];
const target = 1.5;
console.log(`\n${'node:crypto / Web Crypto'.padEnd(36)} ${ratio.toFixed(2).padStart(8)}×   target ≥ ${target}×   ${ratio >= target ? 'met' : 'MISSED'}`);
console.log(
  ratio >= target
    ? '\nREST target met'
    : `\nREST target MISSED: ${ratio.toFixed(2)}× of ${target}× (the emulator verifies every request with Web Crypto, the same cost on both sides)`,
);
