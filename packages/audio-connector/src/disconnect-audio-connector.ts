import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';

/** Parameters of {@link disconnectAudioConnector}. */
export interface DisconnectAudioConnectorParams {
  /** The `id` that `connectAudioToWebsocket` returned (not its `connectionId`). */
  readonly audioConnectorId: string;
}

/**
 * Stops an Audio Connector: the service closes the WebSocket and its connection leaves the session.
 *
 * @param client - The client from `createClient`.
 * @param params - The Audio Connector to stop.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when `audioConnectorId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no Audio Connector with this ID.
 * @throws {ConflictError} (409) when it has already stopped.
 * @example
 * ```ts
 * import { disconnectAudioConnector } from '@opentok/audio-connector';
 * await disconnectAudioConnector(client, { audioConnectorId: connector.id });
 * ```
 */
export async function disconnectAudioConnector(client: OpenTokClient, params: DisconnectAudioConnectorParams, options?: RequestOptions): Promise<void> {
  const audioConnectorId = checkId(checkCall(client, params, ['audioConnectorId']).audioConnectorId, 'audioConnectorId');
  const path = projectPath(client, `/connect/${audioConnectorId}/stop`);
  const hints = { 404: 'there is no Audio Connector with this ID', 409: 'the Audio Connector has already stopped' };
  await request(client, { operation: 'disconnectAudioConnector', method: 'POST', path, hints }, options);
}
