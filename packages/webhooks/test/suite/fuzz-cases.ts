// Seeded property cases: mutated tokens and bodies of a valid signed callback, and random bodies. Each input
// either verifies (only when the change cannot matter) or is refused with InvalidCallbackError; nothing else
// may escape. The seed and the input are in every failure message, so a failure replays.
import { type CallbackEvent, InvalidCallbackError, parseCallback, verifyCallback } from '../../src/index.js';
import { AssertionError } from './assert.js';
import { PAYLOADS } from './payloads.js';
import { signedCallback } from './sign.js';
import type { TestCase } from './test-case.js';
import { SECRET } from './verify-cases.js';

/** mulberry32, a small seeded generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = 1_700_000_000_000;
const CHARACTERS = 'AEIMQUYcgkosw048Zz_-.=+/ {}":,[]0123456789eé😀\u0000\\';

/** Runs `attempt`; returns the event, or undefined when it was refused with InvalidCallbackError; fails on anything else. */
async function probe(attempt: () => Promise<CallbackEvent> | CallbackEvent, label: string): Promise<CallbackEvent | undefined> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof InvalidCallbackError)) throw new AssertionError(`${label}: threw ${String(error)}, not InvalidCallbackError`);
    if (error.message.includes(SECRET)) throw new AssertionError(`${label}: the message leaks the secret`);
    return undefined;
  }
}

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const character = CHARACTERS[Math.floor(random() * CHARACTERS.length)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return text.slice(0, at) + character + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + character + text.slice(at);
    default:
      return text.slice(0, at);
  }
}

export function fuzzCases(): TestCase[] {
  const body = PAYLOADS[0]!.text;
  return [
    {
      name: 'fuzz: 400 mutated tokens are refused, never crash (seed 0xc0ffee01)',
      run: async () => {
        const { token } = await signedCallback(SECRET, body, NOW / 1000);
        const random = generator(0xc0ffee01);
        for (let i = 0; i < 400; i++) {
          const mutated = mutate(mutate(token, random), random);
          const label = `token #${i} ${JSON.stringify(mutated)}`;
          const event = await probe(
            () => verifyCallback({ headers: { authorization: `Bearer ${mutated}` }, body }, { signatureSecret: SECRET, now: NOW }),
            label,
          );
          if (event && mutated.trim() !== token) throw new AssertionError(`${label}: a changed token verified`);
        }
      },
    },
    {
      name: 'fuzz: 400 mutated bodies are refused unless their compact JSON is unchanged (seed 0xc0ffee02)',
      run: async () => {
        const { headers } = await signedCallback(SECRET, body, NOW / 1000);
        const random = generator(0xc0ffee02);
        for (let i = 0; i < 400; i++) {
          const mutated = mutate(body, random);
          const label = `body #${i} ${JSON.stringify(mutated)}`;
          const event = await probe(() => verifyCallback({ headers, body: mutated }, { signatureSecret: SECRET, now: NOW }), label);
          if (event && JSON.stringify(JSON.parse(mutated)) !== body) throw new AssertionError(`${label}: a changed body verified`);
        }
      },
    },
    {
      name: 'fuzz: 1000 random and mutated bodies parse to a well-formed event or are refused (seed 0xc0ffee03)',
      run: async () => {
        const random = generator(0xc0ffee03);
        const texts = PAYLOADS.map((example) => example.text);
        for (let i = 0; i < 1000; i++) {
          let text = texts[i % texts.length]!;
          for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) text = mutate(text, random);
          const label = `body #${i} ${JSON.stringify(text)}`;
          const event = await probe(() => parseCallback(text), label);
          if (event === undefined) continue;
          const fine =
            event.kind === 'unknown' ||
            ('sessionId' in event &&
              typeof event.sessionId === 'string' &&
              (!('connection' in event) || typeof (event.connection as { id?: unknown }).id === 'string') &&
              (!('stream' in event) || typeof (event.stream as { connection?: { createdAt?: unknown } }).connection?.createdAt === 'number'));
          if (!fine) throw new AssertionError(`${label}: accepted a malformed ${event.kind} event ${JSON.stringify(event)}`);
        }
      },
    },
  ];
}
