/**
 * A local, stateful emulator of the OpenTok REST API, for OpenTok projects (HS256 `X-OPENTOK-AUTH`)
 * and Vonage applications (RS256 `Authorization: Bearer`): an in-process fetch handler, an HTTP
 * server (`listen`, Node) and the `opentok-emulator` CLI.
 * @module
 */
export { createEmulator } from './emulator.js';
export { DEMO_APPLICATION, DEMO_PROJECT, IN_PROCESS_URL } from './defaults.js';
export { DroppedConnectionError, EmulatorError } from './kernel/errors.js';
export type { CreateSessionOptions, Emulator, EmulatorOptions, ListenOptions } from './types.js';
export type { ApplicationOptions, EmulatorApplication, ProjectCredentials } from './state/credentials.js';
export type { ClockOptions, EmulatorClock } from './kernel/clock.js';
export type { Fault, FaultSpec } from './control/faults.js';
export type { LoggedRequest } from './control/request-log.js';
export type { ConnectClientParams, DisconnectClientParams, PublishStreamParams, UnpublishStreamParams } from './state/simulated-clients.js';
export type { CallbackFetch } from './callbacks/dispatcher.js';
export type { CallbackDelivery, CallbackDeliveryOptions, CallbackDeliveryStatus } from './callbacks/types.js';
export type { CallbackEvent, CallbackEvents, CallbackGroup, RegisterCallbackOptions, RegisteredCallback } from './state/callback-types.js';
export type { ConnectionEndReason, StreamEndReason } from './state/types.js';
export type {
  ArchiveSnapshot,
  AudioConnectionSnapshot,
  BroadcastSnapshot,
  CaptionsSnapshot,
  ConnectionSnapshot,
  LayoutSnapshot,
  RenderSnapshot,
  RtmpSnapshot,
  SessionSnapshot,
  SignalSnapshot,
  SipCallSnapshot,
  StreamSelection,
  StreamSnapshot,
} from './state/snapshots.js';
export type { LogLimits } from './types.js';
export type { EmulatorState } from './persisted-state.js';
