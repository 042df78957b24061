/**
 * Live-streaming broadcasts of OpenTok sessions to HLS and RTMP.
 * @module
 */
export type { Broadcast, BroadcastRtmp, BroadcastSettings, BroadcastStatus, BroadcastStream, BroadcastUrls, HlsStatus, RtmpStatus } from './broadcast.js';
export { startBroadcast, type BroadcastOutputs, type HlsOutput, type RtmpOutput, type StartBroadcastParams } from './start-broadcast.js';
export { stopBroadcast, type StopBroadcastParams } from './stop-broadcast.js';
export { getBroadcast, type GetBroadcastParams } from './get-broadcast.js';
export { listBroadcasts, type ListBroadcastsParams } from './list-broadcasts.js';
export { iterateBroadcasts, type IterateBroadcastsParams } from './iterate-broadcasts.js';
export { setBroadcastLayout, type SetBroadcastLayoutParams } from './set-broadcast-layout.js';
export { addBroadcastStream, type AddBroadcastStreamParams } from './add-broadcast-stream.js';
export { removeBroadcastStream, type RemoveBroadcastStreamParams } from './remove-broadcast-stream.js';
