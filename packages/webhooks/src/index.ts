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
export type { CallbackGroup, CallbackRegistration, CallbackSubscription } from './callback-registration.js';
export { InvalidCallbackError, type InvalidCallbackReason } from './invalid-callback-error.js';
export { listCallbacks } from './list-callbacks.js';
export { type CallbackBody, parseCallback } from './parse-callback.js';
export { type RegisterCallbackParams, registerCallback } from './register-callback.js';
export { type UnregisterCallbackParams, unregisterCallback } from './unregister-callback.js';
export { type SignedCallbackRequest, type VerifyCallbackOptions, verifyCallback } from './verify-callback.js';
