/** An OpenTok project (API key and secret) the emulator accepts. */
export interface ProjectCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/**
 * A Vonage application to accept: its ID (a UUID) and its RSA public key as SPKI PEM text
 * (`-----BEGIN PUBLIC KEY-----`, at least 2048 bits), or, handy in tests, its PKCS#8 PEM private key
 * (`-----BEGIN PRIVATE KEY-----`), from which the emulator derives the public key. Given both, they
 * must match.
 */
export type ApplicationOptions =
  | { readonly applicationId: string; readonly publicKey: string; readonly privateKey?: string }
  | { readonly applicationId: string; readonly privateKey: string; readonly publicKey?: string };

/**
 * A Vonage application the emulator accepts: REST calls authenticate with an RS256
 * `Authorization: Bearer` JWT signed with its private key, client tokens are RS256 JWTs.
 */
export interface EmulatorApplication {
  /** The application ID, a UUID in lower case (IDs are compared case-insensitively). */
  readonly applicationId: string;
  /** Its RSA public key, SPKI PEM text (derived from the private key when only that was given). */
  readonly publicKey: string;
  /** Its PKCS#8 PEM private key, as given; absent when the application was given by its public key only. */
  readonly privateKey?: string;
}
