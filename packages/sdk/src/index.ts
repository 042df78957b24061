/**
 * The complete OpenTok server SDK: every public name of `@opentok/core`, `@opentok/tokens`,
 * `@opentok/session`, `@opentok/archive`, `@opentok/broadcast`, `@opentok/sip`, `@opentok/signal`,
 * `@opentok/render`, `@opentok/audio-connector`, `@opentok/captions` and `@opentok/webhooks`, plus the
 * classic {@link OpenTok} facade and its constants.
 * @module
 */

export * from '@opentok/archive';
export * from '@opentok/audio-connector';
export * from '@opentok/broadcast';
export * from '@opentok/captions';
export * from '@opentok/core';
export * from '@opentok/render';
export * from '@opentok/session';
export * from '@opentok/signal';
export * from '@opentok/sip';
export * from '@opentok/tokens';
export * from '@opentok/webhooks';
export type { ArchiveHandle, ArchiveHandleList } from './facade/archive-handle.js';
export type { BroadcastHandle, BroadcastHandleList } from './facade/broadcast-handle.js';
export { ArchiveModes, MediaModes, OutputModes, Roles } from './facade/constants.js';
export {
  type DialOptions,
  OpenTok,
  type OpenTokOptions,
  type SignalPayload,
  type StartArchiveOptions,
  type StartBroadcastOptions,
  type StartCaptionsOptions,
  type StartRenderOptions,
  type StreamTracks,
} from './facade/open-tok.js';
export type { SessionHandle, TokenOptions } from './facade/session-handle.js';
