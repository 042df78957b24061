/**
 * The service's callbacks ("webhooks"): typed events and verification of signed callbacks (Web Crypto only, no
 * HTTP client).
 * @module
 */
export type {
  ArchiveCallbackStatus,
  ArchiveEvent,
  BroadcastCallbackStatus,
  BroadcastCallbackUrls,
  BroadcastEvent,
  CallbackConnection,
  CallbackEvent,
  CallbackStream,
  CaptionsCallbackStatus,
  CaptionsEvent,
  ConnectionCreatedEvent,
  ConnectionDestroyedEvent,
  ConnectionDestroyedReason,
  RenderCallbackStatus,
  RenderEvent,
  ResourceCallbackFields,
  SessionCreatedEvent,
  SessionDestroyedEvent,
  SessionMonitoringFields,
  StatusCallbackFields,
  StreamCreatedEvent,
  StreamDestroyedEvent,
  StreamDestroyedReason,
  StreamVideoType,
  UnknownCallbackEvent,
  UnknownFields,
} from './callback-event.js';
export { parseCallback, type CallbackBody } from './parse-callback.js';
export { verifyCallback, type SignedCallbackRequest, type VerifyCallbackOptions } from './verify-callback.js';
export { InvalidCallbackError, type InvalidCallbackReason } from './invalid-callback-error.js';
