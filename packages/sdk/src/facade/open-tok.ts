import {
  type AddArchiveStreamParams,
  addArchiveStream,
  deleteArchive,
  getArchive,
  type ListArchivesParams,
  listArchives,
  removeArchiveStream,
  type StartArchiveParams,
  setArchiveLayout,
  startArchive,
  stopArchive,
} from '@opentok/archive';
import { type AudioConnector, connectAudioToWebsocket, disconnectAudioConnector, type WebsocketOptions } from '@opentok/audio-connector';
import {
  type AddBroadcastStreamParams,
  addBroadcastStream,
  getBroadcast,
  type ListBroadcastsParams,
  listBroadcasts,
  removeBroadcastStream,
  type StartBroadcastParams,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
} from '@opentok/broadcast';
import { type Captions, type StartCaptionsParams, startCaptions, stopCaptions } from '@opentok/captions';
import {
  type ClientConfig,
  type ClientSettings,
  createClient,
  type LayoutType,
  type OpenTokClient,
  type Page,
  type PrivateKeyInput,
  type ScreenshareType,
} from '@opentok/core';
import { invalid, UUID } from '@opentok/core/internal';
import { getRender, type ListRendersParams, listRenders, type Render, type StartRenderParams, startRender, stopRender } from '@opentok/render';
import {
  type ConnectionList,
  type CreateSessionParams,
  createSession,
  disableForceMute,
  forceDisconnect,
  getStream,
  listConnections,
  listStreams,
  muteAll,
  muteStream,
  type Stream,
  type StreamClassListUpdate,
  type StreamList,
  setStreamClassLists,
} from '@opentok/session';
import { type SendSignalParams, sendSignal } from '@opentok/signal';
import { dialSip, playDtmf, type SipCall, type SipOptions } from '@opentok/sip';
import { generateToken } from '@opentok/tokens';
import { type CallbackRegistration, listCallbacks, type RegisterCallbackParams, registerCallback, unregisterCallback } from '@opentok/webhooks';
import { type ArchiveHandle, type ArchiveHandleList, archiveHandle, archiveHandleList } from './archive-handle.js';
import { type BroadcastHandle, type BroadcastHandleList, broadcastHandle, broadcastHandleList } from './broadcast-handle.js';
import { merge } from './internal/bind.js';
import { toLayout } from './internal/layout.js';
import { type SessionHandle, sessionHandle, type TokenOptions } from './session-handle.js';

/** Client settings for the positional constructor `new OpenTok(apiKey, apiSecret, options)`: everything `createClient` takes but the credentials. */
export type OpenTokOptions = ClientSettings;

/**
 * The options of {@link OpenTok.startArchive}: the params of `startArchive` in `@opentok/archive` but the session ID,
 * each variant kept (composed, individual, transcribed), so that every archive `startArchive` takes, the facade takes.
 */
export type StartArchiveOptions = StartArchiveParams extends infer Params ? (Params extends unknown ? Omit<Params, 'sessionId'> : never) : never;

/** The options of {@link OpenTok.startBroadcast}: the params of `startBroadcast` in `@opentok/broadcast` but the session ID. */
export type StartBroadcastOptions = Omit<StartBroadcastParams, 'sessionId'>;

/** What {@link OpenTok.signal} sends: the `type` (optional) and `data` of the params of `sendSignal` in `@opentok/signal`. */
export type SignalPayload = Pick<SendSignalParams, 'type' | 'data'>;

/** The options of {@link OpenTok.dial}: the `sip` options of `dialSip` in `@opentok/sip` but the URI. */
export type DialOptions = Omit<SipOptions, 'uri'>;

/** The options of {@link OpenTok.startRender}: the params of `startRender` in `@opentok/render` but the session, token and URL. */
export type StartRenderOptions = Omit<StartRenderParams, 'sessionId' | 'token' | 'url'>;

/** The options of {@link OpenTok.startCaptions}: the params of `startCaptions` in `@opentok/captions` but the session and token. */
export type StartCaptionsOptions = Omit<StartCaptionsParams, 'sessionId' | 'token'>;

/**
 * What of a stream {@link OpenTok.addArchiveStream} and {@link OpenTok.addBroadcastStream} include: the params of
 * `addArchiveStream` in `@opentok/archive` (and of `addBroadcastStream`) but the IDs.
 */
export type StreamTracks = Omit<AddArchiveStreamParams, 'archiveId' | 'streamId'> & Omit<AddBroadcastStreamParams, 'broadcastId' | 'streamId'>;

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
      if (options !== undefined && (options === null || typeof options !== 'object'))
        invalid('options', 'must be an object of client settings such as { apiUrl, timeout }', options);
      const credentials =
        typeof configOrId === 'string' && UUID.pattern.test(configOrId)
          ? { applicationId: configOrId, privateKey: secretOrKey }
          : { apiKey: configOrId, apiSecret: secretOrKey as string | undefined };
      this.client = createClient({ ...options, ...credentials } as ClientConfig);
    }
    this.apiKey = this.client.apiKey;
    this.applicationId = this.client.applicationId;
  }

  /**
   * {@link @opentok/session!createSession}; returns a {@link SessionHandle}, the session with `generateToken()`.
   *
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
   * {@link @opentok/tokens!generateToken} for the session given first (no network call).
   *
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
   * {@link @opentok/archive!startArchive} for the session given first, with every variant of its params (composed,
   * individual, transcribed); returns an {@link ArchiveHandle}, the archive with `stop()` and `delete()`.
   *
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', resolution: '1280x720' });
   * const transcribed = await opentok.startArchive(sessionId, { outputMode: 'individual', hasTranscription: true });
   * ```
   */
  async startArchive(sessionId: string, options?: StartArchiveOptions): Promise<ArchiveHandle> {
    return archiveHandle(this.client, await startArchive(this.client, merge(options, 'options', { sessionId })));
  }
  /**
   * {@link @opentok/archive!stopArchive} by ID; returns an {@link ArchiveHandle}.
   *
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
   * {@link @opentok/archive!getArchive} by ID; returns an {@link ArchiveHandle}.
   *
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
   * {@link @opentok/archive!deleteArchive} by ID.
   *
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
   * {@link @opentok/archive!listArchives}; returns an {@link ArchiveHandleList}: archive handles, the total, and
   * iterable over the handles (`iterateArchives` walks every page).
   *
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
   * {@link @opentok/archive!setArchiveLayout} with the layout as the classic SDKs take it: its type, then the
   * stylesheet of a `custom` layout, then the screen-share type of a `bestFit` one.
   *
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
   * {@link @opentok/archive!addArchiveStream} with the archive and the stream given first.
   *
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
   * {@link @opentok/archive!removeArchiveStream} with the archive and the stream given first.
   *
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
   * {@link @opentok/signal!sendSignal}, classic style: the session, the payload, then a connection to signal only it.
   *
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
   * {@link @opentok/session!getStream} with the session and the stream given first.
   *
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
   * {@link @opentok/session!listStreams} of the session given first.
   *
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
   * {@link @opentok/session!setStreamClassLists}: the session, then the class list of each stream.
   *
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
   * {@link @opentok/session!listConnections} of the session given first, as the Java SDK has it.
   *
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
   * {@link @opentok/session!forceDisconnect} with the session and the connection given first.
   *
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
   * {@link @opentok/session!muteStream} with the session and the stream given first.
   *
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
   * {@link @opentok/session!muteAll}: the session, then the streams to leave unmuted.
   *
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
   * {@link @opentok/session!disableForceMute} of the session given first.
   *
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
   * {@link @opentok/sip!dialSip}, classic style: the session, a token for it, the SIP URI, then the other SIP options.
   *
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
   * {@link @opentok/sip!playDtmf}: the session, the digits, then a connection to play them to it only.
   *
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
   * {@link @opentok/broadcast!startBroadcast} for the session given first; returns a {@link BroadcastHandle}, the
   * broadcast with `stop()`.
   *
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
   * {@link @opentok/broadcast!stopBroadcast} by ID; returns a {@link BroadcastHandle}.
   *
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
   * {@link @opentok/broadcast!getBroadcast} by ID; returns a {@link BroadcastHandle}.
   *
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
   * {@link @opentok/broadcast!listBroadcasts}; returns a {@link BroadcastHandleList}: broadcast handles, the total,
   * and iterable over the handles.
   *
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
   * {@link @opentok/broadcast!setBroadcastLayout} with the layout as the classic SDKs take it: its type, then the
   * stylesheet of a `custom` layout, then the screen-share type of a `bestFit` one.
   *
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
   * {@link @opentok/broadcast!addBroadcastStream} with the broadcast and the stream given first.
   *
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
   * {@link @opentok/broadcast!removeBroadcastStream} with the broadcast and the stream given first.
   *
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
   * {@link @opentok/render!startRender}: the session, a token for it, the page's URL, then the other options.
   *
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
   * {@link @opentok/render!getRender} by ID.
   *
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
   * {@link @opentok/render!stopRender} by ID.
   *
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
   * {@link @opentok/render!listRenders}.
   *
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
   * {@link @opentok/audio-connector!connectAudioToWebsocket}: the session, a token for it, then the WebSocket options.
   *
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
   * {@link @opentok/audio-connector!disconnectAudioConnector} by ID.
   *
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
   * {@link @opentok/captions!startCaptions}: the session, a moderator's token for it, then the other options.
   *
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
   * {@link @opentok/captions!stopCaptions} by ID.
   *
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
   * {@link @opentok/webhooks!registerCallback}.
   *
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
   * {@link @opentok/webhooks!listCallbacks}.
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
   * {@link @opentok/webhooks!unregisterCallback} by ID.
   *
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
