/**
 * OpenTok sessions: create sessions, read and lay out streams, list and disconnect connections,
 * force-mute streams.
 * @module
 */
export { type ArchiveMode, type CreateSessionParams, createSession, type MediaMode, type Session } from './create-session.js';
export { type DisableForceMuteParams, disableForceMute } from './disable-force-mute.js';
export { type ForceDisconnectParams, forceDisconnect } from './force-disconnect.js';
export { type GetStreamParams, getStream } from './get-stream.js';
export { type Connection, type ConnectionList, type ConnectionState, type ListConnectionsParams, listConnections } from './list-connections.js';
export { type ListStreamsParams, listStreams } from './list-streams.js';
export { type MuteAllParams, muteAll } from './mute-all.js';
export { type MuteStreamParams, muteStream } from './mute-stream.js';
export { type SetStreamClassListsParams, type StreamClassListUpdate, setStreamClassLists } from './set-stream-class-lists.js';
export type { Stream, StreamList, VideoType } from './stream.js';
