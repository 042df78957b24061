import { type ArchiveHandle, type CallbackEvent, type OpenTok, Roles } from '@opentok/sdk';
import { summarizeCallbacks } from './callback-summary.js';
import { bytes, short } from './format.js';
import type { Step } from './runner.js';

/** What only the emulator can do: simulated clients and a clock that can be moved forward. */
export interface Simulator {
  connect(sessionId: string, token: string): Promise<string>;
  publish(sessionId: string, connectionId: string, name: string): string;
  /** How many signals a connection has received. */
  signalsReceived(sessionId: string, connectionId: string): number;
  /** Moves emulator time forward (archives finish processing, broadcasts go live). */
  advanceClock(ms: number): void;
  /** Waits until every callback delivery settled; returns the events the local receiver verified, and how many it refused. */
  verifiedCallbacks(): Promise<{ events: readonly CallbackEvent[]; refused: number }>;
}

/** Where the walk-through runs. */
export interface LifecycleOptions {
  readonly opentok: OpenTok;
  /** Present against the emulator; absent against the real API, where the steps that need clients are skipped. */
  readonly simulator?: Simulator | undefined;
  /** The SIP URI to dial; without one, the SIP step is skipped against the real API (the emulator gets a made-up one). */
  readonly sipUri?: string | undefined;
  /** The WebSocket the Audio Connector step streams to; without one, that step is skipped against the real API. */
  readonly websocketUri?: string | undefined;
  /** Waits between polls of the real API. */
  readonly sleep: (ms: number) => Promise<void>;
}

const RECORDING_MS = 30_000;
const ARCHIVE_POLL_MS = 1_000;
const ARCHIVE_WAIT_LIMIT_MS = 120_000;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing: an earlier step did not run`);
  return value;
}

/** The steps of the walk-through, sharing what earlier steps created. */
export function lifecycleSteps({ opentok, simulator, sipUri, websocketUri, sleep }: LifecycleOptions): Step[] {
  const needsClients = simulator ? undefined : 'needs connected clients, which only the emulator can simulate';
  const client = () => required(simulator, 'the emulator');
  const state = {
    sessionId: '',
    tokens: { Alice: '', Bob: '' },
    connections: { Alice: '', Bob: '' },
    streams: { Alice: '', Bob: '' },
    archive: undefined as ArchiveHandle | undefined,
    broadcastId: '',
    sipConnectionId: '',
  };
  const people = ['Alice', 'Bob'] as const;
  const archive = () => required(state.archive, 'the archive');

  return [
    {
      title: 'Create a routed session',
      async run() {
        const session = await opentok.createSession({ mediaMode: 'routed' });
        state.sessionId = session.sessionId;
        return `sessionId ${short(session.sessionId, 32)} (${session.mediaMode}, archive mode ${session.archiveMode})`;
      },
    },
    {
      title: 'Mint client tokens for Alice (moderator) and Bob (publisher)',
      async run() {
        state.tokens.Alice = await opentok.generateToken(state.sessionId, { role: Roles.moderator, data: 'name=Alice' });
        state.tokens.Bob = await opentok.generateToken(state.sessionId, { role: Roles.publisher, data: 'name=Bob' });
        return people.map((name) => `${name}: ${short(state.tokens[name], 24)} (${state.tokens[name].length} chars, JWT)`);
      },
    },
    {
      title: 'Connect Alice and Bob as simulated clients with their tokens',
      skip: needsClients,
      async run() {
        for (const name of people) state.connections[name] = await client().connect(state.sessionId, state.tokens[name]);
        return people.map((name) => `${name} connected: connectionId ${state.connections[name]}`);
      },
    },
    {
      title: 'Publish a camera stream from each client',
      skip: needsClients,
      async run() {
        for (const name of people) state.streams[name] = client().publish(state.sessionId, state.connections[name], name);
        const { items } = await opentok.listStreams(state.sessionId);
        return [
          ...people.map((name) => `${name} publishes stream ${state.streams[name]}`),
          `listStreams: ${items.map((s) => `${s.name} (${s.videoType})`).join(', ')}`,
        ];
      },
    },
    {
      title: "Put Alice's stream in focus (layout classes for archives and broadcasts)",
      skip: needsClients,
      async run() {
        await opentok.setStreamClassLists(state.sessionId, [{ id: state.streams.Alice, layoutClassList: ['focus'] }]);
        const stream = await opentok.getStream(state.sessionId, state.streams.Alice);
        return `getStream: ${stream.name}'s layout classes are [${stream.layoutClassList.join(', ')}]`;
      },
    },
    {
      title: 'Signal everyone, then Bob alone',
      skip: needsClients,
      async run() {
        await opentok.signal(state.sessionId, { type: 'chat', data: 'Welcome, everyone!' });
        await opentok.signal(state.sessionId, { type: 'chat', data: 'Psst, Bob' }, state.connections.Bob);
        const received = people.map((name) => `${name} ${client().signalsReceived(state.sessionId, state.connections[name])}`);
        return `signals received: ${received.join(', ')}`;
      },
    },
    {
      title: 'Start an archive',
      skip: needsClients,
      async run() {
        state.archive = await opentok.startArchive(state.sessionId, { name: 'Quickstart archive', resolution: '1280x720' });
        const { id, status, outputMode, resolution } = state.archive;
        return `archive ${id} ${status} (${outputMode}, ${resolution})`;
      },
    },
    {
      title: 'Let it record for 30 seconds, then stop the archive',
      skip: needsClients,
      async run() {
        if (simulator) simulator.advanceClock(RECORDING_MS);
        else await sleep(RECORDING_MS);
        state.archive = await archive().stop();
        return `status ${state.archive.status}, reason "${state.archive.reason}"${simulator ? ' (emulator clock advanced 30 s)' : ''}`;
      },
    },
    {
      title: 'Wait for the archive to become available',
      skip: needsClients,
      async run() {
        for (let waited = 0; ; waited += ARCHIVE_POLL_MS) {
          const current = await opentok.getArchive(archive().id);
          if (current.status === 'available') {
            const clock = simulator ? ' of emulator time (clock advanced)' : '';
            return [`available after ${waited / 1000} s${clock}: ${bytes(current.size)}, ${current.duration} s`, `url ${short(current.url ?? '', 60)}`];
          }
          if (current.status !== 'stopped' && current.status !== 'uploaded') throw new Error(`the archive ended up ${current.status}`);
          if (waited >= ARCHIVE_WAIT_LIMIT_MS) throw new Error(`the archive is still ${current.status} after ${waited / 1000} s`);
          if (simulator) simulator.advanceClock(ARCHIVE_POLL_MS);
          else await sleep(ARCHIVE_POLL_MS);
        }
      },
    },
    {
      title: "List the session's archives",
      async run() {
        const list = await opentok.listArchives({ sessionId: state.sessionId });
        return [`${list.total} archive(s)`, ...list.items.map((a) => `${a.id} "${a.name ?? ''}" ${a.status}`)];
      },
    },
    {
      title: 'Start a broadcast to HLS and RTMP',
      skip: needsClients,
      async run() {
        const broadcast = await opentok.startBroadcast(state.sessionId, {
          outputs: { hls: {}, rtmp: [{ id: 'live', serverUrl: 'rtmp://live.example.com/app', streamName: 'quickstart' }] },
          layout: { type: 'bestFit' },
          maxDuration: 3600,
        });
        state.broadcastId = broadcast.id;
        const { hls, rtmp } = broadcast.broadcastUrls;
        return [
          `broadcast ${broadcast.id} ${broadcast.status}`,
          `HLS ${short(hls ?? '', 60)}`,
          ...rtmp.map((r) => `RTMP ${r.serverUrl}/${r.streamName} (${r.status})`),
        ];
      },
    },
    {
      title: "Change the broadcast's layout",
      skip: needsClients,
      async run() {
        await opentok.setBroadcastLayout(state.broadcastId, 'custom', 'stream.focus { width: 100%; height: 100%; }');
        return 'layout is now custom: stream.focus { width: 100%; height: 100%; }';
      },
    },
    {
      title: 'Stop the broadcast',
      skip: needsClients,
      async run() {
        const broadcast = await opentok.stopBroadcast(state.broadcastId);
        return `status ${broadcast.status}`;
      },
    },
    {
      title: 'Dial a SIP endpoint into the session',
      skip: sipUri ? undefined : 'set OPENTOK_SIP_URI to dial a real SIP endpoint',
      async run() {
        const token = await opentok.generateToken(state.sessionId, { data: 'name=SIP call' });
        const call = await opentok.dial(state.sessionId, token, required(sipUri, 'the SIP URI'), {
          from: 'quickstart@example.com',
          headers: { 'X-Demo': 'quickstart' },
        });
        state.sipConnectionId = call.connectionId;
        return [`call ${call.id}`, `joined as connectionId ${call.connectionId}, streamId ${call.streamId}`];
      },
    },
    {
      title: "Mute Bob's stream, then everyone but Alice, then lift the mute",
      skip: needsClients,
      async run() {
        await opentok.muteStream(state.sessionId, state.streams.Bob);
        await opentok.muteAll(state.sessionId, [state.streams.Alice]);
        await opentok.disableForceMute(state.sessionId);
        return ["Bob's stream muted", `everyone muted except Alice (${state.streams.Alice})`, 'force mute disabled'];
      },
    },
    {
      title: 'Force Bob to disconnect',
      skip: needsClients,
      async run() {
        await opentok.forceDisconnect(state.sessionId, state.connections.Bob);
        const { items } = await opentok.listConnections(state.sessionId);
        const names = new Map([
          [state.connections.Alice, 'Alice'],
          [state.sipConnectionId, 'the SIP call'],
        ]);
        return `Bob is gone; listConnections: ${items.map((c) => `${names.get(c.connectionId) ?? c.connectionId} (${c.connectionState})`).join(', ')}`;
      },
    },
    {
      title: 'Render a web page into the session (Experience Composer), then stop it',
      async run() {
        const token = await opentok.generateToken(state.sessionId, { role: 'publisher', data: 'name=Scoreboard' });
        const render = await opentok.startRender(state.sessionId, token, 'https://example.com/scoreboard', {
          maxDuration: 600,
          properties: { name: 'Scoreboard' },
        });
        const { status } = await opentok.getRender(render.id);
        await opentok.stopRender(render.id);
        return [`render ${render.id} ${status}`, `stopped`];
      },
    },
    {
      title: 'Start Live Captions, then stop them',
      async run() {
        const token = await opentok.generateToken(state.sessionId, { role: 'moderator' });
        const { captionsId } = await opentok.startCaptions(state.sessionId, token, { languageCode: 'en-US', maxDuration: 600 });
        await opentok.stopCaptions(captionsId);
        return [`captions ${captionsId} started (en-US)`, 'stopped'];
      },
    },
    {
      title: "Stream the session's audio to a WebSocket (Audio Connector), then disconnect it",
      skip: simulator || websocketUri ? undefined : 'set OPENTOK_AUDIO_WEBSOCKET_URI to stream to a real WebSocket server',
      async run() {
        const token = await opentok.generateToken(state.sessionId, { data: 'name=Audio Connector' });
        const uri = websocketUri ?? 'wss://audio.example.com/quickstart';
        const { id, connectionId } = await opentok.connectAudioToWebsocket(state.sessionId, token, { uri, audioRate: 16000 });
        await opentok.disconnectAudioConnector(id);
        return [`connected ${id} to ${uri} as connectionId ${short(connectionId, 9)}`, 'disconnected'];
      },
    },
    {
      title: 'The callbacks a local webhook receiver got and verified',
      skip: simulator ? undefined : 'a receiver on this machine is not reachable by the real service: see @opentok/webhooks for receiving callbacks',
      async run() {
        const { events, refused } = await client().verifiedCallbacks();
        if (refused > 0) throw new Error(`${refused} callback(s) failed verification`);
        return [
          `${events.length} signed callbacks verified (${refused} refused); by kind, with what each means:`,
          ...summarizeCallbacks(events).map((line) => `  ${line}`),
        ];
      },
    },
  ];
}
