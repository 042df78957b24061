import { readFileSync } from 'node:fs';

interface TestApplication {
  readonly applicationId: string;
  /** PKCS#8 PEM text. */
  readonly privateKey: string;
  /** SPKI PEM text. */
  readonly publicKey: string;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/test-application.json', import.meta.url), 'utf8')) as TestApplication & { sessionId: string };

/** Vonage application credentials for wire tests: the throw-away key pair of the RS256 client-token vector. */
export const TEST_APPLICATION: Readonly<{ applicationId: string; privateKey: string }> = Object.freeze({
  applicationId: fixture.applicationId,
  privateKey: fixture.privateKey,
});

/** The public half of {@link TEST_APPLICATION}'s key (SPKI PEM), for verifying what it signed. */
export const TEST_APPLICATION_PUBLIC_KEY: string = fixture.publicKey;

/** A session ID that belongs to {@link TEST_APPLICATION} (the vector's). */
export const TEST_APPLICATION_SESSION_ID: string = fixture.sessionId;
