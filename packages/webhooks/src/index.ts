/**
 * The service's callbacks ("webhooks"): typed events, verification of signed callbacks (Web Crypto only, no
 * HTTP client), and callback registration over REST.
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
export type { CallbackGroup, CallbackRegistration, CallbackSubscription } from './callback-registration.js';
export { registerCallback, type RegisterCallbackParams } from './register-callback.js';
export { listCallbacks } from './list-callbacks.js';
export { unregisterCallback, type UnregisterCallbackParams } from './unregister-callback.js';
