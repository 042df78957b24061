/**
 * A local, stateful emulator of the OpenTok REST API, for OpenTok projects (HS256 `X-OPENTOK-AUTH`)
 * and Vonage applications (RS256 `Authorization: Bearer`): an in-process fetch handler, an HTTP
 * server (`listen`, Node) and the `opentok-emulator` CLI.
 * @module
 */
import { composeEmulator } from './emulator.js';
import type { Emulator, EmulatorOptions } from './types.js';

/**
 * Creates a stateful, in-memory OpenTok REST API emulator. Its `fetch` runs in any runtime;
 * `listen` serves it over HTTP on Node.
 *
 * @throws {EmulatorError} (400) when a project has no usable apiKey or apiSecret, an application no UUID or
 * no usable RSA key, or a callback option is unusable; (404) when a callback names an unknown owner; (409)
 * when two projects or applications share an ID.
 * @example
 * ```ts
 * import { createEmulator } from '@opentok/emulator';
 * import { createClient } from '@opentok/core';
 * const emulator = createEmulator();
 * const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch });
 * ```
 */
export function createEmulator(options?: EmulatorOptions): Emulator {
  // Node's HTTP server (node/listen.ts) is loaded only when listen() is called: the fetch handler runs anywhere.
  return composeEmulator(options, () => import('./node/listen.js'));
}

export type { CallbackFetch } from './callbacks/dispatcher.js';
export type { CallbackDelivery, CallbackDeliveryOptions, CallbackDeliveryStatus } from './callbacks/types.js';
export type { Fault, FaultSpec } from './control/faults.js';
export type { LoggedRequest } from './control/request-log.js';
export { DEMO_APPLICATION, DEMO_PROJECT, IN_PROCESS_URL } from './defaults.js';
export type { ClockOptions, EmulatorClock } from './kernel/clock.js';
export { DroppedConnectionError, EmulatorError } from './kernel/errors.js';
export type { EmulatorState } from './persisted-state.js';
export type { CallbackEvent, CallbackEvents, CallbackGroup, RegisterCallbackOptions, RegisteredCallback } from './state/callback-types.js';
export type { ApplicationOptions, EmulatorApplication, ProjectCredentials } from './state/credentials.js';
export type { ConnectClientParams, DisconnectClientParams, PublishStreamParams, UnpublishStreamParams } from './state/simulated-clients.js';
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
export type { ConnectionEndReason, StreamEndReason } from './state/types.js';
export type { CreateSessionOptions, Emulator, EmulatorOptions, ListenOptions, LogLimits } from './types.js';
