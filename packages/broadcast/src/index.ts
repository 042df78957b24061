/**
 * Live-streaming broadcasts of OpenTok sessions to HLS and RTMP.
 * @module
 */

export { type AddBroadcastStreamParams, addBroadcastStream } from './add-broadcast-stream.js';
export type { Broadcast, BroadcastRtmp, BroadcastSettings, BroadcastStatus, BroadcastStream, BroadcastUrls, HlsStatus, RtmpStatus } from './broadcast.js';
export { type GetBroadcastParams, getBroadcast } from './get-broadcast.js';
export { type IterateBroadcastsParams, iterateBroadcasts } from './iterate-broadcasts.js';
export { type ListBroadcastsParams, listBroadcasts } from './list-broadcasts.js';
export { type RemoveBroadcastStreamParams, removeBroadcastStream } from './remove-broadcast-stream.js';
export { type SetBroadcastLayoutParams, setBroadcastLayout } from './set-broadcast-layout.js';
export { type BroadcastOutputs, type HlsOutput, type RtmpOutput, type StartBroadcastParams, startBroadcast } from './start-broadcast.js';
export { type StopBroadcastParams, stopBroadcast } from './stop-broadcast.js';
