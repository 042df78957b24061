import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { type CallbackEvent, type CallbackGroup, GROUP_EVENTS, type RegisterCallbackOptions, type RegisteredCallback } from './callback-types.js';
import { isApplication, namedOwner } from './owners.js';
import type { Owner } from './types.js';

/** A registered callback URL, with its secret (kept here only; see {@link viewRegistration}). */
export interface RegistrationRecord {
  readonly id: string;
  readonly url: string;
  readonly group?: CallbackGroup;
  readonly event?: CallbackEvent;
  /** The owner it listens to (API key or lower-case application ID), or every owner when absent. */
  readonly owner?: Owner;
  readonly secret?: string;
  readonly source: 'rest' | 'emulator';
  readonly createdAt: number;
}

/** The longest signature secret the service accepts (spec: callbacks §6). */
const MAX_SECRET_LENGTH = 50;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;
const OPTION_KEYS = new Set(['url', 'group', 'event', 'apiKey', 'applicationId', 'secret']);

/** A URL as listings and logs show it: any user name and password replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(/^(https?:\/\/)[^/?#@]*@/i, '$1[redacted]@');
}

/** A callback URL: `http(s)://host…` of at most 2048 characters, or a 400 naming `name`. */
export function checkCallbackUrl(url: unknown, name: string): string {
  if (typeof url !== 'string' || url.length > 2048 || !HTTP_URL.test(url)) {
    fail(400, `Invalid callback: "${name}" must be an http:// or https:// URL of at most 2048 characters.`);
  }
  return url;
}

/** A signature secret: 1–50 characters (never echoed in the error). */
export function checkSecret(secret: unknown, name: string): string {
  if (typeof secret !== 'string' || secret.length === 0 || secret.length > MAX_SECRET_LENGTH) {
    fail(400, `Invalid callback: "${name}" must be a string of 1 to ${MAX_SECRET_LENGTH} characters.`);
  }
  return secret;
}

/** A group and, optionally, one of its events; 400 naming what is allowed. */
export function checkGroupEvent(group: unknown, event: unknown, groups: readonly CallbackGroup[]): { group?: CallbackGroup; event?: CallbackEvent } {
  if (group === undefined) {
    if (event !== undefined) fail(400, 'Invalid callback: "event" needs a "group".');
    return {};
  }
  if (typeof group !== 'string' || !(groups as readonly string[]).includes(group)) fail(400, `Invalid callback: "group" must be one of ${groups.join(', ')}.`);
  const events: readonly string[] = GROUP_EVENTS[group as CallbackGroup];
  if (event === undefined) return { group: group as CallbackGroup };
  if (typeof event !== 'string' || !events.includes(event))
    fail(400, `Invalid callback: "event" must be ${events.length === 1 ? '' : 'one of '}${events.join(', ')} for group "${group}".`);
  return { group: group as CallbackGroup, event: event as CallbackEvent };
}

/**
 * Checks the options of an emulator registration (400 for a bad field, 404 for an unknown owner) and
 * makes its record.
 */
export function emulatorRegistration(options: RegisterCallbackOptions, owners: ReadonlyMap<string, Owner>, now: number): RegistrationRecord {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    fail(400, 'Invalid callback: the registration must be an object {url, group?, event?, apiKey?, applicationId?, secret?}.');
  const given = options as unknown as Record<string, unknown>;
  for (const key of Object.keys(given))
    if (!OPTION_KEYS.has(key)) fail(400, `Invalid callback: "${key}" is not an option (expected url, group, event, apiKey, applicationId, secret).`);
  const url = checkCallbackUrl(given['url'], 'url');
  const which = checkGroupEvent(given['group'], given['event'], Object.keys(GROUP_EVENTS) as CallbackGroup[]);
  const owner = namedOwner(owners, given['apiKey'] as string | undefined, given['applicationId'] as string | undefined);
  const secret = given['secret'] === undefined ? undefined : checkSecret(given['secret'], 'secret');
  return {
    id: uuid(),
    url,
    ...which,
    ...(owner === undefined ? {} : { owner }),
    ...(secret === undefined ? {} : { secret }),
    source: 'emulator',
    createdAt: now,
  };
}

/**
 * Checks a registration of the REST callback API (`{group, event, url}`: only `archive`/`status` and `connection` or
 * `stream` with `created`/`destroyed`; 400 otherwise) and makes its record, owned by the caller.
 */
export function restRegistration(owner: Owner, fields: { group: string; event: string; url: string }, now: number): RegistrationRecord {
  const { group, event } = checkGroupEvent(fields.group, fields.event, ['archive', 'connection', 'stream']);
  return {
    id: uuid(),
    url: checkCallbackUrl(fields.url, 'url'),
    ...(group === undefined ? {} : { group }),
    ...(event === undefined ? {} : { event }),
    owner,
    source: 'rest',
    createdAt: now,
  };
}

/** The public view of a registration: everything but the secret. */
export function viewRegistration(record: RegistrationRecord, defaultSecret: boolean): RegisteredCallback {
  const { owner } = record;
  return Object.freeze({
    id: record.id,
    url: redactUrl(record.url),
    ...(record.group === undefined ? {} : { group: record.group }),
    ...(record.event === undefined ? {} : { event: record.event }),
    ...(owner === undefined ? {} : isApplication(owner) ? { applicationId: owner.apiKey } : { apiKey: owner.apiKey }),
    source: record.source,
    signed: record.secret !== undefined || defaultSecret,
    createdAt: record.createdAt,
  });
}

/** The registered callback URLs of every owner; the ones given to `createEmulator` survive `reset`. */
export class CallbackRegistry {
  #records = new Map<string, RegistrationRecord>();

  constructor(private readonly initial: readonly RegistrationRecord[]) {
    this.reset();
  }

  /** Adds a registration; a REST one replaces the owner's earlier REST registration of the same group and event (spec: callbacks §2.2). */
  add(record: RegistrationRecord): RegistrationRecord {
    if (record.source === 'rest') {
      for (const other of this.#records.values()) {
        if (other.source === 'rest' && other.owner === record.owner && other.group === record.group && other.event === record.event)
          this.#records.delete(other.id);
      }
    }
    this.#records.set(record.id, record);
    return record;
  }

  /** Puts a registration back as it was (state import): no replacement rule. */
  set(record: RegistrationRecord): void {
    this.#records.set(record.id, record);
  }

  /** Forgets every registration, the initial ones included (state import). */
  clearAll(): void {
    this.#records.clear();
  }

  /** The registration `id`, or undefined. */
  get(id: string): RegistrationRecord | undefined {
    return this.#records.get(id);
  }

  /** Removes a registration; whether it existed. */
  remove(id: string): boolean {
    return this.#records.delete(id);
  }

  /** The REST registrations of an owner, oldest first. */
  restRegistrationsOf(owner: Owner): RegistrationRecord[] {
    return this.list().filter((record) => record.source === 'rest' && record.owner === owner);
  }

  /** Every registration, oldest first. */
  list(): RegistrationRecord[] {
    return [...this.#records.values()];
  }

  /** The registrations that receive `event` of `group` for the owner `ownerId`. */
  match(ownerId: string, group: CallbackGroup, event: CallbackEvent): RegistrationRecord[] {
    const found: RegistrationRecord[] = [];
    for (const record of this.#records.values()) {
      if (
        (record.owner === undefined || record.owner.apiKey === ownerId) &&
        (record.group === undefined || record.group === group) &&
        (record.event === undefined || record.event === event)
      ) {
        found.push(record);
      }
    }
    return found;
  }

  /** Forgets every registration but the initial ones. */
  reset(): void {
    this.#records = new Map(this.initial.map((record) => [record.id, record]));
  }
}
