import {
  addArchiveStream,
  deleteArchive,
  getArchive,
  listArchives,
  removeArchiveStream,
  setArchiveLayout,
  startArchive,
  stopArchive,
  type ComposedArchiveParams,
  type IndividualArchiveParams,
  type ListArchivesParams,
} from '@opentok/archive';
import {
  addBroadcastStream,
  getBroadcast,
  listBroadcasts,
  removeBroadcastStream,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
  type ListBroadcastsParams,
  type StartBroadcastParams,
} from '@opentok/broadcast';
import { createClient, type ClientConfig, type ClientSettings, type LayoutType, type OpenTokClient, type Page, type PrivateKeyInput, type ScreenshareType } from '@opentok/core';
import { invalid } from '@opentok/core/internal';
import {
  createSession,
  disableForceMute,
  forceDisconnect,
  getStream,
  listConnections,
  listStreams,
  muteAll,
  muteStream,
  setStreamClassLists,
  type ConnectionList,
  type CreateSessionParams,
  type Stream,
  type StreamClassListUpdate,
  type StreamList,
} from '@opentok/session';
import { sendSignal, type SendSignalParams } from '@opentok/signal';
import { dialSip, playDtmf, type SipCall, type SipOptions } from '@opentok/sip';
import { generateToken } from '@opentok/tokens';
import { connectAudioToWebsocket, disconnectAudioConnector, type AudioConnector, type WebsocketOptions } from '@opentok/audio-connector';
import { startCaptions, stopCaptions, type Captions, type StartCaptionsParams } from '@opentok/captions';
import { getRender, listRenders, startRender, stopRender, type ListRendersParams, type Render, type StartRenderParams } from '@opentok/render';
import { listCallbacks, registerCallback, unregisterCallback, type CallbackRegistration, type RegisterCallbackParams } from '@opentok/webhooks';
import { archiveHandle, archiveHandleList, type ArchiveHandle, type ArchiveHandleList } from './archive-handle.js';
import { broadcastHandle, broadcastHandleList, type BroadcastHandle, type BroadcastHandleList } from './broadcast-handle.js';
import { merge } from './internal/bind.js';
import { toLayout } from './internal/layout.js';
import { sessionHandle, type SessionHandle, type TokenOptions } from './session-handle.js';

/** Client settings for the positional constructor `new OpenTok(apiKey, apiSecret, options)`: everything `createClient` takes but the credentials. */
export type OpenTokOptions = ClientSettings;

/** A Vonage application ID: a UUID (OpenTok API keys are decimal numbers). */
const APPLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The options of {@link OpenTok.startArchive}: every `startArchive` parameter of `@opentok/archive` but the session ID. */
export type StartArchiveOptions = Omit<ComposedArchiveParams, 'sessionId'> | Omit<IndividualArchiveParams, 'sessionId'>;

/** The options of {@link OpenTok.startBroadcast}: every `startBroadcast` parameter of `@opentok/broadcast` but the session ID. */
export type StartBroadcastOptions = Omit<StartBroadcastParams, 'sessionId'>;

/** What {@link OpenTok.signal} sends: the signal's `type` (optional) and `data`. */
export type SignalPayload = Pick<SendSignalParams, 'type' | 'data'>;

/** The options of {@link OpenTok.dial}: every SIP option of `@opentok/sip` but the URI. */
export type DialOptions = Omit<SipOptions, 'uri'>;

/** The options of {@link OpenTok.startRender}: every `startRender` parameter of `@opentok/render` but the session, token and URL. */
export type StartRenderOptions = Omit<StartRenderParams, 'sessionId' | 'token' | 'url'>;

/** The options of {@link OpenTok.startCaptions}: every `startCaptions` parameter of `@opentok/captions` but the session and token. */
export type StartCaptionsOptions = Omit<StartCaptionsParams, 'sessionId' | 'token'>;

/** What of a stream {@link OpenTok.addArchiveStream} and {@link OpenTok.addBroadcastStream} include (both default `true`). */
export interface StreamTracks {
  /** Include the stream's audio (default `true`). */
  readonly hasAudio?: boolean;
  /** Include the stream's video (default `true`). */
  readonly hasVideo?: boolean;
}

/**
 * The classic OpenTok object, for code coming from the Python, Node and Java SDKs: one object holding
 * the credentials, with one promise-returning method per API call. Every method is a thin binding of
 * a function of the `@opentok/*` packages (named in its description), which validates the input and
 * throws the same typed errors. Archives, broadcasts and sessions come back as frozen data objects
 * with the classic helper methods (`archive.stop()`, `session.generateToken()`...).
 *
 * It takes either kind of credentials: an OpenTok project's API key and secret, or a Vonage
 * application's ID and private key. The secret or key stays inside the client: `JSON.stringify`,
 * `util.inspect` and errors never show it.
 * For per-call options (`signal`, `timeout`, `headers`), call the package functions with `opentok.client`.
 *
 * @example
 * ```ts
 * import { OpenTok } from '@opentok/sdk';
 * const opentok = new OpenTok({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
 * const session = await opentok.createSession({ mediaMode: 'routed' });
 * const token = await session.generateToken({ role: 'moderator' });
 * ```
 */
export class OpenTok {
  /** The client every method uses; pass it to the package functions for anything the facade does not cover. */
  readonly client: OpenTokClient;
  /** The project's API key (OpenTok project credentials), else `undefined`. */
  readonly apiKey: string | undefined;
  /** The application ID (Vonage application credentials), else `undefined`. */
  readonly applicationId: string | undefined;

  /**
   * Creates the facade from a client configuration (`{ apiKey, apiSecret }` or `{ applicationId, privateKey }`, plus
   * `apiUrl?, timeout?, retry?, fetch?, userAgent?, logger?`; left-out credentials come from `VONAGE_APPLICATION_ID` +
   * `VONAGE_PRIVATE_KEY` or `OPENTOK_API_KEY` + `OPENTOK_API_SECRET`), or classic-style from an API key and secret, or an
   * application ID and private key, and optional client settings. In the positional form a UUID first argument is an
   * application ID (API keys are decimal numbers); nothing is guessed from the second.
   *
   * @throws {ValidationError} (from `@opentok/core`) when a setting is missing or invalid; the secret's or key's value is never shown.
   */
  constructor(config?: ClientConfig);
  constructor(apiKey: string, apiSecret: string, options?: OpenTokOptions);
  constructor(applicationId: string, privateKey: PrivateKeyInput, options?: OpenTokOptions);
  constructor(configOrId: ClientConfig | string = {}, secretOrKey?: string | PrivateKeyInput, options?: OpenTokOptions) {
    if (typeof configOrId === 'object' && configOrId !== null) {
      this.client = createClient(configOrId);
    } else {
      if (options !== undefined && (options === null || typeof options !== 'object')) invalid('options', 'must be an object of client settings such as { apiUrl, timeout }', options);
      const credentials =
        typeof configOrId === 'string' && APPLICATION_ID.test(configOrId)
          ? { applicationId: configOrId, privateKey: secretOrKey }
          : { apiKey: configOrId, apiSecret: secretOrKey as string | undefined };
      this.client = createClient({ ...options, ...credentials } as ClientConfig);
    }
    this.apiKey = this.client.apiKey;
    this.applicationId = this.client.applicationId;
  }

  /**
   * Creates a session (`createSession` of `@opentok/session`). Relayed and manually archived unless
   * the options say otherwise.
   *
   * @throws {ValidationError} (from `@opentok/core`) for bad options (e.g. `archiveMode: 'always'` without `mediaMode: 'routed'`).
   * @throws {OpenTokApiError} (from `@opentok/core`) when the API refuses the request.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const session = await opentok.createSession({ mediaMode: 'routed', archiveMode: 'always', location: '12.34.56.78' });
   * ```
   */
  async createSession(options?: CreateSessionParams): Promise<SessionHandle> {
    return sessionHandle(this.client, await createSession(this.client, options));
  }

  /**
   * Mints a client token for a session (`generateToken` of `@opentok/tokens`; no network call).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a session of another project, a bad role, expire time, data or layout class list.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const token = await opentok.generateToken(sessionId, { role: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 3600 });
   * ```
   */
  async generateToken(sessionId: string, options?: TokenOptions): Promise<string> {
    return generateToken(this.client, merge(options, 'options', { sessionId }));
  }

  /**
   * Starts recording a routed session (`startArchive` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for bad options.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` when the session has no connected client, `ConflictError`
   * when it is relayed or already recording, and so on.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', resolution: '1280x720' });
   * ```
   */
  async startArchive(sessionId: string, options?: StartArchiveOptions): Promise<ArchiveHandle> {
    return archiveHandle(this.client, await startArchive(this.client, merge(options, 'options', { sessionId })));
  }

  /**
   * Stops a recording archive (`stopArchive` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed archive ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown archive, `ConflictError` when it is not recording.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const archive = await opentok.stopArchive(archiveId);
   * ```
   */
  async stopArchive(archiveId: string): Promise<ArchiveHandle> {
    return archiveHandle(this.client, await stopArchive(this.client, { archiveId }));
  }

  /**
   * Reads an archive (`getArchive` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed archive ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown archive.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { status, url } = await opentok.getArchive(archiveId);
   * ```
   */
  async getArchive(archiveId: string): Promise<ArchiveHandle> {
    return archiveHandle(this.client, await getArchive(this.client, { archiveId }));
  }

  /**
   * Deletes an archive's recording (`deleteArchive` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed archive ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown archive, `ConflictError` while it records.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.deleteArchive(archiveId);
   * ```
   */
  async deleteArchive(archiveId: string): Promise<void> {
    return deleteArchive(this.client, { archiveId });
  }

  /**
   * Lists one page of the project's archives, most recent first (`listArchives` of `@opentok/archive`;
   * `iterateArchives` walks every page).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a bad `count`, `offset` or `sessionId`.
   * @throws {OpenTokApiError} (from `@opentok/core`) when the API refuses the request.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const list = await opentok.listArchives({ count: 10, sessionId });
   * for (const archive of list) console.log(archive.id, archive.status, `${list.items.length} of ${list.total}`);
   * ```
   */
  async listArchives(options?: ListArchivesParams): Promise<ArchiveHandleList> {
    return archiveHandleList(this.client, await listArchives(this.client, options));
  }

  /**
   * Changes the layout of a recording composed archive (`setArchiveLayout` of `@opentok/archive`).
   *
   * @param type - the layout type; `custom` needs a `stylesheet`.
   * @param stylesheet - the CSS of a `custom` layout (only with `custom`).
   * @param screenshareType - the layout to switch to while a screen is shared (only with `bestFit`).
   * @throws {ValidationError} (from `@opentok/core`) for an unknown type or a stylesheet/screenshareType with the wrong type.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `ConflictError` when the archive is not recording.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.setArchiveLayout(archiveId, 'custom', 'stream.instructor { position: absolute; width: 100%; height: 50%; }');
   * ```
   */
  async setArchiveLayout(archiveId: string, type: LayoutType, stylesheet?: string, screenshareType?: ScreenshareType): Promise<void> {
    return setArchiveLayout(this.client, { archiveId, layout: toLayout(type, stylesheet, screenshareType) });
  }

  /**
   * Adds a stream to a recording archive started with `streamMode: 'manual'` (`addArchiveStream` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs or both tracks left out.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `MethodNotAllowedError` when the archive is in `auto` stream mode.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.addArchiveStream(archiveId, streamId, { hasVideo: false });
   * ```
   */
  async addArchiveStream(archiveId: string, streamId: string, options?: StreamTracks): Promise<void> {
    return addArchiveStream(this.client, merge(options, 'options', { archiveId, streamId }));
  }

  /**
   * Removes a stream from a recording archive started with `streamMode: 'manual'` (`removeArchiveStream` of `@opentok/archive`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `MethodNotAllowedError` when the archive is in `auto` stream mode.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.removeArchiveStream(archiveId, streamId);
   * ```
   */
  async removeArchiveStream(archiveId: string, streamId: string): Promise<void> {
    return removeArchiveStream(this.client, { archiveId, streamId });
  }

  /**
   * Sends a signal to every client of a session, or to one connection (`sendSignal` of `@opentok/signal`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs, or a type over 128 or data over 8192 UTF-8 bytes.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` when the session or connection has no connected client.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.signal(sessionId, { type: 'chat', data: 'Hello!' });
   * await opentok.signal(sessionId, { type: 'chat', data: 'Hello you' }, connectionId);
   * ```
   */
  async signal(sessionId: string, payload: SignalPayload, connectionId?: string): Promise<void> {
    return sendSignal(this.client, merge(payload, 'payload', { sessionId, ...(connectionId === undefined ? {} : { connectionId }) }));
  }

  /**
   * Reads one stream of a session (`getStream` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session or stream.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { videoType, name, layoutClassList } = await opentok.getStream(sessionId, streamId);
   * ```
   */
  async getStream(sessionId: string, streamId: string): Promise<Stream> {
    return getStream(this.client, { sessionId, streamId });
  }

  /**
   * Lists the streams of a session (`listStreams` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed session ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { items } = await opentok.listStreams(sessionId);
   * ```
   */
  async listStreams(sessionId: string): Promise<StreamList> {
    return listStreams(this.client, { sessionId });
  }

  /**
   * Sets the layout classes of streams, for archive and broadcast layouts (`setStreamClassLists` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for an empty list, malformed IDs or non-string classes.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session or stream.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.setStreamClassLists(sessionId, [{ id: streamId, layoutClassList: ['full', 'focus'] }]);
   * ```
   */
  async setStreamClassLists(sessionId: string, items: readonly StreamClassListUpdate[]): Promise<void> {
    return setStreamClassLists(this.client, { sessionId, items });
  }

  /**
   * Lists the connections of a session, as the Java SDK does (`listConnections` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed session ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { items } = await opentok.listConnections(sessionId);
   * ```
   */
  async listConnections(sessionId: string): Promise<ConnectionList> {
    return listConnections(this.client, { sessionId });
  }

  /**
   * Disconnects a client from a session (`forceDisconnect` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` when the client is not connected.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.forceDisconnect(sessionId, connectionId);
   * ```
   */
  async forceDisconnect(sessionId: string, connectionId: string): Promise<void> {
    return forceDisconnect(this.client, { sessionId, connectionId });
  }

  /**
   * Mutes the audio of one stream (`muteStream` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session or stream.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.muteStream(sessionId, streamId);
   * ```
   */
  async muteStream(sessionId: string, streamId: string): Promise<void> {
    return muteStream(this.client, { sessionId, streamId });
  }

  /**
   * Mutes every stream of a session except some, and streams published later (`muteAll` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed session or stream ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.muteAll(sessionId, [moderatorStreamId]);
   * ```
   */
  async muteAll(sessionId: string, excludedStreamIds?: readonly string[]): Promise<void> {
    return muteAll(this.client, { sessionId, ...(excludedStreamIds === undefined ? {} : { excludedStreamIds }) });
  }

  /**
   * Ends the "mute all" state of a session, so new streams publish unmuted (`disableForceMute` of `@opentok/session`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed session ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.disableForceMute(sessionId);
   * ```
   */
  async disableForceMute(sessionId: string): Promise<void> {
    return disableForceMute(this.client, { sessionId });
  }

  /**
   * Dials a SIP endpoint into a routed session (`dialSip` of `@opentok/sip`).
   *
   * @param token - a client token for the session, with which the SIP call connects.
   * @param sipUri - `sip:user@host` or `sips:user@host`.
   * @throws {ValidationError} (from `@opentok/core`) for a bad URI, header name or option (token and password never shown).
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `ConflictError` for a relayed session, `BadRequestError`.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const call = await opentok.dial(sessionId, token, 'sip:user@sip.example.com;transport=tls', { secure: true, from: 'from@example.com' });
   * ```
   */
  async dial(sessionId: string, token: string, sipUri: string, options?: DialOptions): Promise<SipCall> {
    return dialSip(this.client, { sessionId, token, sip: merge(options, 'options', { uri: sipUri }) });
  }

  /**
   * Plays DTMF tones to every participant of a session, or to one connection (`playDtmf` of `@opentok/sip`).
   *
   * @param digits - `0`-`9`, `*`, `#`, and `p` for a 500 ms pause.
   * @throws {ValidationError} (from `@opentok/core`) for other characters or malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown session or connection.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.playDtmf(sessionId, '1713p#');
   * ```
   */
  async playDtmf(sessionId: string, digits: string, connectionId?: string): Promise<void> {
    return playDtmf(this.client, { sessionId, digits, ...(connectionId === undefined ? {} : { connectionId }) });
  }

  /**
   * Starts a live-streaming broadcast of a routed session to HLS and/or RTMP (`startBroadcast` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for bad outputs or options.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` without connected clients, `ConflictError` when one is already running.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const broadcast = await opentok.startBroadcast(sessionId, {
   *   outputs: { hls: {}, rtmp: [{ id: 'yt', serverUrl: 'rtmp://a.rtmp.youtube.com/live2', streamName: 'key' }] },
   * });
   * ```
   */
  async startBroadcast(sessionId: string, options: StartBroadcastOptions): Promise<BroadcastHandle> {
    return broadcastHandle(this.client, await startBroadcast(this.client, merge(options, 'options', { sessionId })));
  }

  /**
   * Stops a broadcast (`stopBroadcast` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed broadcast ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `ConflictError` when it has already stopped.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const broadcast = await opentok.stopBroadcast(broadcastId);
   * ```
   */
  async stopBroadcast(broadcastId: string): Promise<BroadcastHandle> {
    return broadcastHandle(this.client, await stopBroadcast(this.client, { broadcastId }));
  }

  /**
   * Reads a broadcast (`getBroadcast` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a malformed broadcast ID.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown broadcast.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { broadcastUrls } = await opentok.getBroadcast(broadcastId);
   * ```
   */
  async getBroadcast(broadcastId: string): Promise<BroadcastHandle> {
    return broadcastHandle(this.client, await getBroadcast(this.client, { broadcastId }));
  }

  /**
   * Lists one page of the project's broadcasts, most recent first (`listBroadcasts` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a bad `count`, `offset` or `sessionId`.
   * @throws {OpenTokApiError} (from `@opentok/core`) when the API refuses the request.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * for (const broadcast of await opentok.listBroadcasts({ sessionId })) console.log(broadcast.id, broadcast.status);
   * ```
   */
  async listBroadcasts(options?: ListBroadcastsParams): Promise<BroadcastHandleList> {
    return broadcastHandleList(this.client, await listBroadcasts(this.client, options));
  }

  /**
   * Changes the layout of a running broadcast (`setBroadcastLayout` of `@opentok/broadcast`).
   *
   * @param type - the layout type; `custom` needs a `stylesheet`.
   * @param stylesheet - the CSS of a `custom` layout (only with `custom`).
   * @param screenshareType - the layout to switch to while a screen is shared (only with `bestFit`).
   * @throws {ValidationError} (from `@opentok/core`) for an unknown type or a stylesheet/screenshareType with the wrong type.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `ConflictError` when it is not running.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.setBroadcastLayout(broadcastId, 'bestFit', undefined, 'verticalPresentation');
   * ```
   */
  async setBroadcastLayout(broadcastId: string, type: LayoutType, stylesheet?: string, screenshareType?: ScreenshareType): Promise<void> {
    return setBroadcastLayout(this.client, { broadcastId, layout: toLayout(type, stylesheet, screenshareType) });
  }

  /**
   * Adds a stream to a broadcast started with `streamMode: 'manual'` (`addBroadcastStream` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs or both tracks left out.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `MethodNotAllowedError` in `auto` stream mode.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.addBroadcastStream(broadcastId, streamId);
   * ```
   */
  async addBroadcastStream(broadcastId: string, streamId: string, options?: StreamTracks): Promise<void> {
    return addBroadcastStream(this.client, merge(options, 'options', { broadcastId, streamId }));
  }

  /**
   * Removes a stream from a broadcast started with `streamMode: 'manual'` (`removeBroadcastStream` of `@opentok/broadcast`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for malformed IDs.
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError`, `MethodNotAllowedError` in `auto` stream mode.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.removeBroadcastStream(broadcastId, streamId);
   * ```
   */
  async removeBroadcastStream(broadcastId: string, streamId: string): Promise<void> {
    return removeBroadcastStream(this.client, { broadcastId, streamId });
  }

  /**
   * Starts an Experience Composer render: a web page published into the session as a stream (`startRender` of `@opentok/render`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for bad IDs, a token that is not a string, a URL that is not http(s), bad options.
   * @throws {OpenTokApiError} (from `@opentok/core`) when the API refuses the request.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const render = await opentok.startRender(sessionId, token, 'https://example.com/scoreboard', { maxDuration: 3600 });
   * ```
   */
  async startRender(sessionId: string, token: string, url: string, options?: StartRenderOptions): Promise<Render> {
    return startRender(this.client, merge(options, 'options', { sessionId, token, url }));
  }

  /**
   * Reads a render (`getRender` of `@opentok/render`).
   *
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown render.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { status } = await opentok.getRender(renderId);
   * ```
   */
  async getRender(renderId: string): Promise<Render> {
    return getRender(this.client, { renderId });
  }

  /**
   * Stops a render (`stopRender` of `@opentok/render`).
   *
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown render.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.stopRender(renderId);
   * ```
   */
  async stopRender(renderId: string): Promise<void> {
    return stopRender(this.client, { renderId });
  }

  /**
   * Lists the project's renders, most recent first (`listRenders` of `@opentok/render`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for an offset or count out of range.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { items, total } = await opentok.listRenders({ count: 10 });
   * ```
   */
  async listRenders(options?: ListRendersParams): Promise<Page<Render>> {
    return listRenders(this.client, options);
  }

  /**
   * Streams the session's audio to a WebSocket server (`connectAudioToWebsocket` of `@opentok/audio-connector`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a bad session ID, token, `ws:`/`wss:` URI, audio rate or transport.
   * @throws {OpenTokApiError} (from `@opentok/core`) when the API refuses the request.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { id, connectionId } = await opentok.connectAudioToWebsocket(sessionId, token, { uri: 'wss://example.com/audio', audioRate: 16000 });
   * ```
   */
  async connectAudioToWebsocket(sessionId: string, token: string, websocket: WebsocketOptions): Promise<AudioConnector> {
    return connectAudioToWebsocket(this.client, { sessionId, token, websocket });
  }

  /**
   * Disconnects an Audio Connector (`disconnectAudioConnector` of `@opentok/audio-connector`).
   *
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown connector.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.disconnectAudioConnector(audioConnectorId);
   * ```
   */
  async disconnectAudioConnector(audioConnectorId: string): Promise<void> {
    return disconnectAudioConnector(this.client, { audioConnectorId });
  }

  /**
   * Starts Live Captions for a session (`startCaptions` of `@opentok/captions`; the token must be a moderator's).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a bad session ID, token or options.
   * @throws {OpenTokApiError} (from `@opentok/core`): `ConflictError` when captions already run.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { captionsId } = await opentok.startCaptions(sessionId, moderatorToken, { languageCode: 'en-US' });
   * ```
   */
  async startCaptions(sessionId: string, token: string, options?: StartCaptionsOptions): Promise<Captions> {
    return startCaptions(this.client, merge(options, 'options', { sessionId, token }));
  }

  /**
   * Stops Live Captions (`stopCaptions` of `@opentok/captions`).
   *
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown captions job.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.stopCaptions(captionsId);
   * ```
   */
  async stopCaptions(captionsId: string): Promise<void> {
    return stopCaptions(this.client, { captionsId });
  }

  /**
   * Registers a callback URL for a group of events (`registerCallback` of `@opentok/webhooks`).
   *
   * @throws {ValidationError} (from `@opentok/core`) for an unknown group or event or a URL that is not http(s).
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const { id } = await opentok.registerCallback({ group: 'archive', event: 'status', url: 'https://example.com/hooks/archive' });
   * ```
   */
  async registerCallback(options: RegisterCallbackParams): Promise<CallbackRegistration> {
    return registerCallback(this.client, options);
  }

  /**
   * Lists the project's callback registrations (`listCallbacks` of `@opentok/webhooks`).
   *
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * for (const { group, event, url } of await opentok.listCallbacks()) console.log(group, event, url);
   * ```
   */
  async listCallbacks(): Promise<readonly CallbackRegistration[]> {
    return listCallbacks(this.client);
  }

  /**
   * Removes a callback registration (`unregisterCallback` of `@opentok/webhooks`).
   *
   * @throws {OpenTokApiError} (from `@opentok/core`): `NotFoundError` for an unknown registration.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await opentok.unregisterCallback(callbackId);
   * ```
   */
  async unregisterCallback(callbackId: string): Promise<void> {
    return unregisterCallback(this.client, { callbackId });
  }
}
