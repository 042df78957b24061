// A realistic app file, type-checked with module/moduleResolution node16, nodenext and bundler against the
// installed packages: the facade, the functions, typed errors, tokens, webhooks and the emulator in a test.
import { createServer, type IncomingMessage } from 'node:http';
import { type Archive, iterateArchives, startArchive, stopArchive } from '@opentok/archive';
import { connectAudioToWebsocket } from '@opentok/audio-connector';
import { startBroadcast } from '@opentok/broadcast';
import { startCaptions } from '@opentok/captions';
import { createClient, OpenTokApiError, type OpenTokClient, ValidationError } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { startRender } from '@opentok/render';
import { type ArchiveHandle, OpenTok, Roles } from '@opentok/sdk';
import { createSession, listStreams, muteAll } from '@opentok/session';
import { sendSignal } from '@opentok/signal';
import { dialSip } from '@opentok/sip';
import { generateToken, type VerifiedToken, verifyToken } from '@opentok/tokens';
import { type CallbackEvent, InvalidCallbackError, verifyCallback } from '@opentok/webhooks';

const client: OpenTokClient = createClient({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY, timeout: 10_000 });
const opentok = new OpenTok({ apiKey: process.env.OPENTOK_API_KEY, apiSecret: process.env.OPENTOK_API_SECRET });

export async function openRoom(name: string): Promise<{ sessionId: string; token: string }> {
  const { sessionId } = await createSession(client, { mediaMode: 'routed', archiveMode: 'manual' });
  const token = await generateToken(client, { sessionId, role: 'moderator', data: `name=${name}`, initialLayoutClassList: ['focus'] });
  return { sessionId, token };
}

export async function record(sessionId: string, signal?: AbortSignal): Promise<Archive> {
  const archive = await startArchive(client, { sessionId, name: 'meeting', resolution: '1280x720' }, signal ? { signal } : {});
  try {
    return await stopArchive(client, { archiveId: archive.id }, { timeout: 5_000 });
  } catch (error) {
    if (error instanceof OpenTokApiError) console.error(error.code, error.status, error.requestId);
    else if (error instanceof ValidationError) console.error(error.parameter, error.message);
    throw error;
  }
}

export async function archiveIds(sessionId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const archive of iterateArchives(client, { sessionId })) ids.push(archive.id);
  return ids;
}

export async function classic(sessionId: string): Promise<ArchiveHandle> {
  const token: string = await opentok.generateToken(sessionId, { role: Roles.publisher });
  const grant: VerifiedToken = await verifyToken(opentok.client, token);
  console.log(grant.role);
  const archive = await opentok.startArchive(sessionId, { name: 'classic' });
  await archive.stop();
  return archive;
}

export async function moderate(sessionId: string): Promise<void> {
  const { items } = await listStreams(client, { sessionId });
  const first = items[0];
  await muteAll(client, { sessionId, excludedStreamIds: first ? [first.id] : [] });
  await sendSignal(client, { sessionId, type: 'chat', data: 'muted' });
}

export async function everything(sessionId: string, token: string): Promise<string[]> {
  const broadcast = await startBroadcast(client, { sessionId, outputs: { hls: {} } });
  const call = await dialSip(client, { sessionId, token, sip: { uri: 'sip:bot@example.com;transport=tls' } });
  const render = await startRender(client, { sessionId, token, url: 'https://example.com/board' });
  const audio = await connectAudioToWebsocket(client, { sessionId, token, websocket: { uri: 'wss://example.com/audio' } });
  const { captionsId } = await startCaptions(client, { sessionId, token });
  return [broadcast.id, call.id, render.id, audio.id, captionsId];
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const server = createServer(async (request, response) => {
  try {
    const event: CallbackEvent = await verifyCallback(
      { headers: request.headers, body: await body(request) },
      { signatureSecret: process.env.CALLBACK_SECRET ?? '' },
    );
    if (event.kind === 'archive') console.log(event.id, event.status);
    response.writeHead(200).end();
  } catch (error) {
    response.writeHead(error instanceof InvalidCallbackError ? 401 : 500).end();
  }
});

export function testClient(): { emulator: Emulator; client: OpenTokClient } {
  const emulator = createEmulator();
  return { emulator, client: createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 }) };
}
