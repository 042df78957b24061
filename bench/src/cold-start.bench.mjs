// Cold start: a serverless function that imports an SDK and mints one token, in a fresh Node process
// each time. CPU time (user + system) of the whole process, from start to the token, is what a cold
// start costs; contenders run in interleaved rounds so that load on the shared machine hits them alike.
// A benchmark, not a test: it prints medians and ratios against the target and exits 0 unless broken.
//   pnpm bench   (or: node src/cold-start.bench.mjs)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 15);
const here = fileURLToPath(new URL('..', import.meta.url));
const { applicationId, privateKey } = JSON.parse(readFileSync(new URL('../../packages/testing/fixtures/test-application.json', import.meta.url), 'utf8'));
const apiKey = '12345678';
const apiSecret = '0123456789abcdef0123456789abcdef01234567';
const sessionId = '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg';
const appSessionId = '1_MX4yOWY3NjBmOC03Y2UxLTQ2YzktYWRlMy1mMmRlZGVlNGVkNWZ-fjE2OTk5OTk5OTUwMDB-QWJDZEVmR2hJaktsTW5PcFFyU3RVdld4fn5-';

// Each script imports its SDK, mints one token, and prints the process's CPU time in ms and the token.
const done = `const t = process.cpuUsage(); console.log(JSON.stringify({ cpu: (t.user + t.system) / 1000, token }));`;
const contenders = {
  '@opentok/tokens': `import { generateToken } from '@opentok/tokens'; const token = await generateToken({ apiKey: '${apiKey}', apiSecret: '${apiSecret}' }, { sessionId: '${sessionId}' }); ${done}`,
  '@opentok/sdk facade': `import { OpenTok } from '@opentok/sdk'; const token = await new OpenTok('${apiKey}', '${apiSecret}').generateToken('${sessionId}'); ${done}`,
  'opentok 2.23.2': `import OpenTok from 'opentok'; const token = new OpenTok('${apiKey}', '${apiSecret}').generateToken('${sessionId}'); ${done}`,
  '@vonage/video 1.28.0': `import { Video } from '@vonage/video'; const token = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.APP_KEY }).generateClientToken('${appSessionId}'); ${done}`,
};

function run(source) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: here,
    env: { ...process.env, APP_ID: applicationId, APP_KEY: privateKey },
    encoding: 'utf8',
  });
  const { cpu, token } = JSON.parse(out.trim().split('\n').at(-1));
  if (typeof token !== 'string' || !token.startsWith('eyJ')) throw new Error(`no JWT from ${source.slice(0, 40)}`);
  return cpu;
}

console.log(`cold start: CPU ms of a fresh process that imports the SDK and mints one token, median of ${ROUNDS} interleaved runs (node ${process.version})\n`);
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (const source of Object.values(contenders)) run(source); // warm the file system cache
for (let round = 0; round < ROUNDS; round++) for (const [name, source] of Object.entries(contenders)) samples[name].push(run(source));
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
for (const [name, ms] of Object.entries(results)) console.log(`${name.padEnd(30)} ${ms.toFixed(1).padStart(8)} ms`);

const base = results['@opentok/tokens'];
const target = 1.2;
const ours = results['@opentok/sdk facade'] / base;
console.log('');
console.log(`${'facade / tokens'.padEnd(30)} ${ours.toFixed(2).padStart(8)}×   target ≤ ${target}×   ${ours <= target ? 'met' : 'MISSED'}`);
for (const name of ['opentok 2.23.2', '@vonage/video 1.28.0'])
  console.log(`${`${name} / tokens`.padEnd(30)} ${(results[name] / base).toFixed(2).padStart(8)}×   (for comparison)`);
console.log(ours <= target ? '\ncold-start target met' : `\ncold-start target MISSED by ${(ours - target).toFixed(2)}×`);
