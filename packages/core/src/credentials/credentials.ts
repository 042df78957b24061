import { ValidationError } from '../errors/validation-error.js';
import { checkId } from '../validation/checks.js';
import { checkPrivateKey, importPrivateKey, type PrivateKeyInput } from './private-key.js';
import type { WebCryptoKey } from './web-crypto-key.js';

/** An OpenTok project's API key and secret (HS256 auth, `https://api.opentok.com`). */
export interface ProjectCredentials {
  /** The project's API key (a decimal string such as `"12345678"`). */
  readonly apiKey: string;
  /** The project's API secret. Never logged, serialised or put in an error. */
  readonly apiSecret: string;
}

/** A Vonage application's ID and RSA private key (RS256 auth, `https://video.api.vonage.com`). */
export interface ApplicationCredentials {
  /** The application ID, a UUID such as `"29f760f8-7ce1-46c9-ade3-f2dedee4ed5f"`. */
  readonly applicationId: string;
  /** The application's private key: the PEM text of `private.key` (PKCS#8 or PKCS#1), its bytes, or a `CryptoKey`. Never logged, serialised or put in an error. */
  readonly privateKey: PrivateKeyInput;
}

/** Either kind of credentials; the kind is told by which fields are present, never guessed from their values. */
export type Credentials = ApplicationCredentials | ProjectCredentials;

/** `project`: an OpenTok API key and secret; `application`: a Vonage application ID and private key. */
export type CredentialKind = 'project' | 'application';

/** Checked credentials of either kind, as the signers use them. `projectId` is what request paths carry. */
export type ResolvedCredentials =
  | { readonly kind: 'project'; readonly projectId: string; readonly apiKey: string; readonly apiSecret: string }
  | {
      readonly kind: 'application';
      readonly projectId: string;
      readonly applicationId: string;
      /** The imported private key (cached; extractable when it came as PEM, so that its public half can be derived). */
      readonly signingKey: () => Promise<WebCryptoKey>;
    };

/** Where a client keeps its credentials: a non-enumerable symbol-keyed getter, invisible to JSON and inspect. */
export const CREDENTIALS: unique symbol = Symbol.for('@opentok/core:credentials') as never;

/** Anything that carries credentials: a client from `createClient`, or bare credentials of either kind. */
export type CredentialSource = Credentials | { readonly [CREDENTIALS]: () => ResolvedCredentials };

/** The credential fields of a config, each possibly left out. */
export interface CredentialFields {
  readonly apiKey?: unknown;
  readonly apiSecret?: unknown;
  readonly applicationId?: unknown;
  readonly privateKey?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function missing(parameter: string, rule: string, value?: unknown, redact = false): never {
  throw new ValidationError({ parameter, rule, value, redact });
}

function projectCredentials(apiKey: unknown, apiSecret: unknown): ResolvedCredentials {
  if (typeof apiKey === 'number' && Number.isSafeInteger(apiKey)) apiKey = String(apiKey);
  if (typeof apiKey !== 'string' || apiKey.trim().length === 0) missing('apiKey', 'must be a non-empty string (pass it or set OPENTOK_API_KEY)', apiKey);
  checkId(apiKey, 'apiKey');
  if (typeof apiSecret !== 'string' || apiSecret.length === 0)
    missing('apiSecret', 'must be a non-empty string (pass it or set OPENTOK_API_SECRET)', undefined, true);
  return { kind: 'project', projectId: apiKey as string, apiKey: apiKey as string, apiSecret };
}

function applicationCredentials(applicationId: unknown, privateKey: unknown): ResolvedCredentials {
  if (typeof applicationId !== 'string' || !UUID.test(applicationId)) {
    missing('applicationId', 'must be a Vonage application ID, a UUID (pass it or set VONAGE_APPLICATION_ID)', applicationId);
  }
  if (privateKey === undefined) missing('privateKey', 'is required with applicationId (pass it or set VONAGE_PRIVATE_KEY)', undefined, true);
  const material = checkPrivateKey(privateKey);
  let imported: Promise<CryptoKey> | undefined;
  return { kind: 'application', projectId: applicationId, applicationId, signingKey: () => (imported ??= importPrivateKey(material)) };
}

/**
 * Checks credential fields and resolves them into one kind. `env` reads a variable for a field the
 * config leaves out; with no credential field at all, the Vonage pair (`VONAGE_APPLICATION_ID`,
 * `VONAGE_PRIVATE_KEY`) wins over the OpenTok pair (`OPENTOK_API_KEY`, `OPENTOK_API_SECRET`), and with
 * neither, the error names both, the Vonage pair first.
 */
export function resolveCredentials(fields: CredentialFields, env?: (name: string) => string | undefined): ResolvedCredentials {
  const read = env ?? (() => undefined);
  const { apiKey, apiSecret, applicationId, privateKey } = fields;
  // Only a field that is left out (undefined) falls back: null is a value, and refused below.
  const project = apiKey !== undefined || apiSecret !== undefined;
  const application = applicationId !== undefined || privateKey !== undefined;
  if (project && application) missing('credentials', 'must be { applicationId, privateKey } or { apiKey, apiSecret }, not fields of both', undefined, true);
  const [id, key, projectKey, secret] = ['VONAGE_APPLICATION_ID', 'VONAGE_PRIVATE_KEY', 'OPENTOK_API_KEY', 'OPENTOK_API_SECRET'].map((name) => read(name));
  if (application || (!project && (id !== undefined || key !== undefined))) {
    return applicationCredentials(applicationId === undefined ? id : applicationId, privateKey === undefined ? key : privateKey);
  }
  if (!project && projectKey === undefined && secret === undefined) {
    // Application credentials first: they are what new customers get. The variables are named only where they are read.
    const pass = (shape: string, variables: string) => `pass ${shape}${env ? ` or set ${variables}` : ''}`;
    const vonage = pass('{ applicationId, privateKey }', 'VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY');
    missing(
      'credentials',
      `are missing: ${vonage} (a Vonage application), or ${pass('{ apiKey, apiSecret }', 'OPENTOK_API_KEY and OPENTOK_API_SECRET')} (an OpenTok project)`,
      undefined,
      true,
    );
  }
  return projectCredentials(apiKey === undefined ? projectKey : apiKey, apiSecret === undefined ? secret : apiSecret);
}

/** Imported keys of bare application credentials, so that minting many tokens imports the key once (bounded). */
const bareKeys = new Map<unknown, ResolvedCredentials>();

/**
 * Reads the credentials from a client or from bare credentials (`{ apiKey, apiSecret }` or
 * `{ applicationId, privateKey }`; no environment fallback). What it returns holds the API secret or the
 * imported private key, so it is for the SDK's own packages (`@opentok/core/internal`), not the public door.
 *
 * @throws {ValidationError} when the source holds no usable credentials of exactly one kind.
 * @example
 * ```ts
 * import { readCredentials } from '@opentok/core/internal';
 * const { kind, projectId } = readCredentials(client);
 * ```
 */
export function readCredentials(source: CredentialSource): ResolvedCredentials {
  if (source === null || typeof source !== 'object') {
    missing('client', 'must be a client from createClient, { applicationId, privateKey } or { apiKey, apiSecret }', source);
  }
  const getter = (source as { [CREDENTIALS]?: unknown })[CREDENTIALS];
  if (typeof getter === 'function') return getter() as ResolvedCredentials;
  const fields = source as CredentialFields;
  if (fields.privateKey === undefined || fields.apiKey !== undefined || fields.apiSecret !== undefined) return resolveCredentials(fields);
  const cached = bareKeys.get(fields.privateKey);
  if (cached?.kind === 'application' && cached.applicationId === fields.applicationId) return cached;
  const resolved = resolveCredentials(fields);
  if (bareKeys.size >= 16) bareKeys.clear();
  bareKeys.set(fields.privateKey, resolved);
  return resolved;
}
