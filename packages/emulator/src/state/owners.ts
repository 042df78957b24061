import { fail } from '../kernel/errors.js';
import { publicKeyFromPkcs8, publicKeyFromSpki } from '../kernel/keys/rsa-public-key.js';
import type { ApplicationOptions, ProjectCredentials } from './credentials.js';
import type { ApplicationRecord, Owner, Project } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Whether an owner is a Vonage application (otherwise it is an OpenTok project). */
export function isApplication(owner: Owner): owner is ApplicationRecord {
  return 'application' in owner;
}

/** Checks a project's credentials (400 naming the problem); the result is frozen. */
export function checkProject(project: ProjectCredentials): Project {
  const { apiKey, apiSecret } = (project ?? {}) as Partial<ProjectCredentials>;
  if (typeof apiKey !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(apiKey)) fail(400, 'A project needs an apiKey of 1–64 characters [A-Za-z0-9_-].');
  if (typeof apiSecret !== 'string' || apiSecret.length === 0) fail(400, 'A project needs a non-empty apiSecret.');
  return Object.freeze({ apiKey, apiSecret });
}

/**
 * Checks an application (400 naming the problem: ID not a UUID, key not an RSA PEM of ≥ 2048 bits,
 * public and private key not a pair) and makes its owner record, keyed by the lower-case ID.
 */
export function checkApplication(options: ApplicationOptions): ApplicationRecord {
  const { applicationId, publicKey, privateKey } = (options ?? {}) as Partial<Record<keyof ApplicationOptions, unknown>>;
  if (typeof applicationId !== 'string' || !UUID.test(applicationId))
    fail(400, `Invalid application: "applicationId" must be a UUID (got ${JSON.stringify(applicationId) ?? 'nothing'}).`);
  if (publicKey === undefined && privateKey === undefined) fail(400, 'Invalid application: give its "publicKey" (SPKI PEM) or its "privateKey" (PKCS#8 PEM).');
  const given = publicKey === undefined ? undefined : publicKeyFromSpki(publicKey);
  const derived = privateKey === undefined ? undefined : publicKeyFromPkcs8(privateKey);
  const key = (given ?? derived)!;
  if (given !== undefined && derived !== undefined && !sameBytes(given.spki, derived.spki))
    fail(400, 'Invalid application: "publicKey" is not the public key of "privateKey".');
  const id = applicationId.toLowerCase();
  let imported: Promise<CryptoKey> | undefined;
  return Object.freeze({
    apiKey: id,
    application: Object.freeze({ applicationId: id, publicKey: key.pem, ...(privateKey === undefined ? {} : { privateKey: privateKey as string }) }),
    verifyKey: () => (imported ??= crypto.subtle.importKey('spki', key.spki, RS256, false, ['verify'])),
  });
}

/** Adds a project or application under its ID; 409 when the ID is taken (by either kind). */
export function addOwner<T extends Owner>(owners: Map<string, Owner>, owner: T): T {
  if (owners.has(owner.apiKey)) fail(409, `${isApplication(owner) ? 'Application' : 'Project'} ${owner.apiKey} already exists.`);
  owners.set(owner.apiKey, owner);
  return owner;
}

/** The owner named by an API key or an application ID (404 when unknown, 400 when both are given), or undefined when neither is. */
export function namedOwner(owners: ReadonlyMap<string, Owner>, apiKey: string | undefined, applicationId: string | undefined): Owner | undefined {
  if (apiKey !== undefined && applicationId !== undefined) fail(400, 'Give apiKey or applicationId, not both.');
  if (applicationId !== undefined) {
    const owner = owners.get(String(applicationId).toLowerCase());
    return owner !== undefined && isApplication(owner) ? owner : fail(404, `No application ${String(applicationId)}.`);
  }
  if (apiKey === undefined) return undefined;
  const owner = owners.get(apiKey);
  return owner !== undefined && !isApplication(owner) ? owner : fail(404, `No project ${String(apiKey)}.`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
