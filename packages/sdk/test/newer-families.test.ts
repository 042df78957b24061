// The facade's bindings of the newer API families (Experience Composer, Audio Connector, Live Captions,
// callback registration), against the emulator, once per kind of credentials: what went over the wire
// and what came back.
import { createEmulator, type LoggedRequest } from '@opentok/emulator';
import { CREDENTIAL_KINDS, emulatorCredentials } from '@opentok/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { OpenTok, ValidationError } from '../src/index.js';

for (const kind of CREDENTIAL_KINDS) {
  describe(`the newer families through the facade, with ${kind} credentials`, () => {
    const emulator = createEmulator();
    const opentok = new OpenTok({ ...emulatorCredentials(emulator, kind), apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
    const project = `/v2/project/${opentok.client.projectId}`;
    const last = (): LoggedRequest =>
      emulator.requests.at(-1) ??
      (() => {
        throw new Error('no request');
      })();
    const body = () => JSON.parse(last().body || 'null') as unknown;

    let sessionId = '';
    beforeEach(async () => {
      ({ sessionId } = await opentok.createSession({ mediaMode: 'routed' }));
      emulator.clearRequests();
    });

    it('startRender, getRender, listRenders and stopRender', async () => {
      const token = await opentok.generateToken(sessionId, { role: 'publisher' });
      const render = await opentok.startRender(sessionId, token, 'https://example.com/scoreboard', { maxDuration: 1800, properties: { name: 'Scoreboard' } });
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/render` });
      expect(body()).toEqual({ sessionId, token, url: 'https://example.com/scoreboard', maxDuration: 1800, properties: { name: 'Scoreboard' } });
      expect(render).toMatchObject({ sessionId, url: 'https://example.com/scoreboard' });
      expect((await opentok.getRender(render.id)).id).toBe(render.id);
      expect(last()).toMatchObject({ method: 'GET', path: `${project}/render/${render.id}` });
      expect((await opentok.listRenders({ count: 5 })).items.map((r) => r.id)).toContain(render.id);
      expect(last()).toMatchObject({ method: 'GET', path: `${project}/render`, query: 'count=5' });
      await opentok.stopRender(render.id);
      expect(last()).toMatchObject({ method: 'DELETE', path: `${project}/render/${render.id}` });
    });

    it('connectAudioToWebsocket and disconnectAudioConnector', async () => {
      const token = await opentok.generateToken(sessionId);
      const connector = await opentok.connectAudioToWebsocket(sessionId, token, { uri: 'wss://example.com/audio', audioRate: 16000 });
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/connect` });
      expect(body()).toEqual({ sessionId, token, websocket: { uri: 'wss://example.com/audio', audioRate: 16000 } });
      expect(connector).toEqual({ id: expect.any(String), connectionId: expect.any(String) });
      await opentok.disconnectAudioConnector(connector.id);
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/connect/${connector.id}/stop` });
    });

    it('startCaptions and stopCaptions (a moderator token)', async () => {
      const token = await opentok.generateToken(sessionId, { role: 'moderator' });
      const { captionsId } = await opentok.startCaptions(sessionId, token, { languageCode: 'en-US', maxDuration: 600 });
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/captions` });
      expect(body()).toMatchObject({ sessionId, token, languageCode: 'en-US', maxDuration: 600 });
      await opentok.stopCaptions(captionsId);
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/captions/${captionsId}/stop` });
    });

    it('registerCallback, listCallbacks and unregisterCallback', async () => {
      const registration = await opentok.registerCallback({ group: 'archive', event: 'status', url: 'https://example.com/hooks/archive' });
      expect(last()).toMatchObject({ method: 'POST', path: `${project}/callback` });
      expect(body()).toEqual({ group: 'archive', event: 'status', url: 'https://example.com/hooks/archive' });
      expect((await opentok.listCallbacks()).map((c) => c.id)).toContain(registration.id);
      await opentok.unregisterCallback(registration.id);
      expect(last()).toMatchObject({ method: 'DELETE', path: `${project}/callback/${registration.id}` });
      expect((await opentok.listCallbacks()).map((c) => c.id)).not.toContain(registration.id);
    });

    it('bad input is refused before any request, naming the parameter', async () => {
      await expect(opentok.startRender(sessionId, '', 'https://example.com')).rejects.toThrow(ValidationError);
      await expect(opentok.connectAudioToWebsocket(sessionId, 'x', { uri: 'https://not-a-websocket' })).rejects.toThrow(/websocket\.uri/);
      await expect(opentok.startCaptions(sessionId, 'x', { languageCode: 'english' } as never)).rejects.toThrow(/languageCode/);
      await expect(opentok.stopRender('..')).rejects.toThrow(/renderId must be an ID/);
      expect(emulator.requests).toHaveLength(0);
    });
  });
}
