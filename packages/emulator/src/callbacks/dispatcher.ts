import { fail } from '../kernel/errors.js';
import { type CallbackRegistry, checkSecret, redactUrl } from '../state/callback-registrations.js';
import type { DomainEvent, EventSink } from '../state/events.js';
import { isApplication } from '../state/owners.js';
import type { WireContext } from '../wire/context.js';
import { emissionOf } from './bodies.js';
import { type DeliveryEntry, DeliveryLog } from './delivery-log.js';
import { type SignedFor, signCallback } from './signature.js';
import type { CallbackDelivery, CallbackDeliveryOptions } from './types.js';

/** The fetch callbacks are POSTed with. */
export type CallbackFetch = (url: string, init: RequestInit) => Promise<Response>;

/** Resolved delivery settings. */
export interface DeliverySettings extends Required<CallbackDeliveryOptions> {
  readonly fetch: CallbackFetch;
  /** True with the default fetch: only loopback URLs are delivered to (nothing leaves the machine). */
  readonly loopbackOnly: boolean;
  /** The default signature secret (`callbackSignatureSecret`). */
  readonly secret?: string;
}

/** The defaults of {@link CallbackDeliveryOptions}, as documented there and in the README. */
const DEFAULTS: Required<CallbackDeliveryOptions> = { retries: 3, retryDelayMs: 100, timeoutMs: 5000, logLimit: 1000 };
const LIMITS: { readonly [K in keyof CallbackDeliveryOptions]-?: readonly [number, number] } = {
  retries: [0, 10],
  retryDelayMs: [0, 60_000],
  timeoutMs: [1, 120_000],
  logLimit: [1, 100_000],
};

/** Checks the callback options of `createEmulator` (400 {@link EmulatorError} naming a bad one). */
export function deliverySettings(options: { callbackFetch?: unknown; callbackSignatureSecret?: unknown; callbackDelivery?: unknown }): DeliverySettings {
  const { callbackFetch, callbackSignatureSecret, callbackDelivery = {} } = options;
  if (callbackFetch !== undefined && typeof callbackFetch !== 'function') fail(400, '"callbackFetch" must be a fetch function.');
  if (callbackDelivery === null || typeof callbackDelivery !== 'object')
    fail(400, '"callbackDelivery" must be an object {retries?, retryDelayMs?, timeoutMs?, logLimit?}.');
  const resolved: Record<string, number> = { ...DEFAULTS };
  for (const [name, value] of Object.entries(callbackDelivery)) {
    const range = LIMITS[name as keyof CallbackDeliveryOptions];
    if (range === undefined) fail(400, `"callbackDelivery.${name}" is not an option (expected retries, retryDelayMs, timeoutMs, logLimit).`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1])
      fail(400, `"callbackDelivery.${name}" must be an integer from ${range[0]} to ${range[1]}.`);
    resolved[name] = value;
  }
  const secret = callbackSignatureSecret === undefined ? undefined : checkSecret(callbackSignatureSecret, 'callbackSignatureSecret');
  return {
    ...(resolved as Required<CallbackDeliveryOptions>),
    fetch: (callbackFetch as CallbackFetch | undefined) ?? ((url, init) => fetch(url, init)),
    loopbackOnly: callbackFetch === undefined,
    ...(secret === undefined ? {} : { secret }),
  };
}

/** The error of a delivery the default fetch refuses to make. */
export const NOT_LOOPBACK = 'not delivered: the default callbackFetch delivers only to loopback URLs; pass callbackFetch to deliver elsewhere';

/** Whether `url` names this machine: 127.0.0.0/8, ::1 or localhost (the only places the default fetch posts to). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const ignore = () => undefined;

/** What went wrong with an attempt, e.g. `fetch failed (ECONNREFUSED)`. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' ? `${message} (${code})` : message;
}

/** One POST that counts as failed after `ms` even when `fetch` ignores the abort signal. */
async function timedFetch(fetchFn: CallbackFetch, url: string, init: RequestInit, ms: number): Promise<Response> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const attempt = Promise.resolve().then(() => fetchFn(url, { ...init, signal: controller.signal }));
  attempt.then((response) => {
    if (late) response.body?.cancel().catch(ignore);
  }, ignore);
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new Error(`timed out after ${ms} ms`));
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([attempt, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Turns the domain's events into callback deliveries: finds the URLs that receive each one, serialises its body
 * once, and POSTs it in the background, one delivery at a time per URL (in the order the events happened),
 * retrying failures with exponential back-off on real timers. Never throws into the operation that caused
 * the change.
 */
export class CallbackDispatcher implements EventSink {
  readonly #log: DeliveryLog;
  readonly #queues = new Map<string, Promise<void>>();
  readonly #running = new Set<Promise<void>>();
  #generation = 0;

  constructor(
    readonly registry: CallbackRegistry,
    readonly settings: DeliverySettings,
    private readonly now: () => number,
    /** What the bodies are built from (the emulator's state). */
    private readonly context: () => WireContext,
  ) {
    this.#log = new DeliveryLog(settings.logLimit);
  }

  emit(event: DomainEvent): void {
    const context = this.context();
    const emission = emissionOf(event, context);
    const registrations = this.registry.match(emission.ownerId, emission.group, emission.event);
    const { statusCallbackUrl } = emission;
    if (registrations.length === 0 && statusCallbackUrl === undefined) return;
    const targets = new Map<string, { registrationId?: string; secret?: string }>();
    for (const registration of registrations) {
      const secret = registration.secret ?? this.settings.secret;
      if (!targets.has(registration.url)) targets.set(registration.url, { registrationId: registration.id, ...(secret === undefined ? {} : { secret }) });
    }
    if (statusCallbackUrl !== undefined && !targets.has(statusCallbackUrl))
      targets.set(statusCallbackUrl, this.settings.secret === undefined ? {} : { secret: this.settings.secret });
    const body = JSON.stringify(emission.body());
    const owner = context.owners.get(emission.ownerId);
    const signedFor: SignedFor = owner !== undefined && isApplication(owner) ? { applicationId: owner.apiKey } : { apiKey: emission.ownerId };
    const generation = this.#generation;
    for (const [url, { registrationId, secret }] of targets) {
      const entry = this.#log.add({
        at: this.now(),
        group: emission.group,
        event: emission.event,
        projectId: emission.ownerId,
        url: redactUrl(url),
        ...(registrationId === undefined ? {} : { registrationId }),
        body,
        signed: secret !== undefined,
      });
      this.#enqueue(url, () => this.#deliver(url, body, entry, secret, signedFor, generation));
    }
  }

  /** The delivery log, oldest first. */
  deliveries(): readonly CallbackDelivery[] {
    return this.#log.list();
  }

  /** Empties the delivery log (deliveries under way go on, unlisted). */
  clearDeliveries(): void {
    this.#log.clear();
  }

  /** Resolves once no delivery is pending, including ones caused while waiting. */
  async flush(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
  }

  /** Forgets the log; deliveries under way stop before their next attempt. */
  reset(): void {
    this.#generation += 1;
    this.#log.clear();
  }

  #enqueue(url: string, task: () => Promise<void>): void {
    const run = (this.#queues.get(url) ?? Promise.resolve()).then(task);
    this.#queues.set(url, run);
    this.#running.add(run);
    const done = () => {
      this.#running.delete(run);
      if (this.#queues.get(url) === run) this.#queues.delete(url);
    };
    run.then(done, done);
  }

  async #deliver(url: string, body: string, entry: DeliveryEntry, secret: string | undefined, signedFor: SignedFor, generation: number): Promise<void> {
    if (this.settings.loopbackOnly && !isLoopbackUrl(url)) {
      entry.attempts = 1;
      entry.error = NOT_LOOPBACK;
      entry.status = 'failed';
      return;
    }
    for (let attempt = 1; generation === this.#generation; attempt++) {
      entry.attempts = attempt;
      const outcome = await this.#attempt(url, body, secret, signedFor);
      if (outcome.status !== undefined) entry.responseStatus = outcome.status;
      if (outcome.error === undefined) {
        entry.status = 'delivered';
        delete entry.error;
        return;
      }
      entry.error = outcome.error;
      if (attempt > this.settings.retries) {
        entry.status = 'failed';
        return;
      }
      await sleep(this.settings.retryDelayMs * 2 ** (attempt - 1));
    }
  }

  async #attempt(url: string, body: string, secret: string | undefined, signedFor: SignedFor): Promise<{ status?: number; error?: string }> {
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret !== undefined) headers['authorization'] = `Bearer ${await signCallback(new TextEncoder().encode(body), secret, signedFor, Date.now())}`;
      const response = await timedFetch(this.settings.fetch, url, { method: 'POST', headers, body, redirect: 'manual' }, this.settings.timeoutMs);
      response.body?.cancel().catch(ignore);
      return response.ok ? { status: response.status } : { status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      return { error: describe(error) };
    }
  }
}
