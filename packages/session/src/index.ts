/**
 * OpenTok sessions: create sessions, read and lay out streams, list and disconnect connections,
 * force-mute streams.
 * @module
 */
export { createSession, type ArchiveMode, type CreateSessionParams, type MediaMode, type Session } from './create-session.js';
export { getStream, type GetStreamParams } from './get-stream.js';
export { listStreams, type ListStreamsParams } from './list-streams.js';
export { setStreamClassLists, type SetStreamClassListsParams, type StreamClassListUpdate } from './set-stream-class-lists.js';
export { listConnections, type Connection, type ConnectionList, type ConnectionState, type ListConnectionsParams } from './list-connections.js';
export { forceDisconnect, type ForceDisconnectParams } from './force-disconnect.js';
export { muteStream, type MuteStreamParams } from './mute-stream.js';
export { muteAll, type MuteAllParams } from './mute-all.js';
export { disableForceMute, type DisableForceMuteParams } from './disable-force-mute.js';
export type { Stream, StreamList, VideoType } from './stream.js';
