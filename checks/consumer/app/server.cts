// A CommonJS TypeScript file (.cts): its imports compile to require() calls of the ESM-only packages.
// Compiles with module nodenext or node20 (TypeScript >= 5.8 knows Node's require(esm)); node16 refuses
// it with TS1479, which the consumer test checks too, since the READMEs say so.

import { createClient, type OpenTokClient } from '@opentok/core';
import { OpenTok } from '@opentok/sdk';
import { createSession } from '@opentok/session';
import { generateToken } from '@opentok/tokens';

const client: OpenTokClient = createClient({ apiKey: '12345678', apiSecret: process.env.OPENTOK_API_SECRET });

export async function room(): Promise<string> {
  const { sessionId } = await createSession(client, { mediaMode: 'routed' });
  return generateToken(client, { sessionId });
}

export const opentok = new OpenTok('12345678', process.env.OPENTOK_API_SECRET ?? '');
