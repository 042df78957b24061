/**
 * OpenTok signaling: send signals to every client of a session or to one connection.
 * @module
 */
export { MAX_SIGNAL_DATA_BYTES, MAX_SIGNAL_TYPE_BYTES, type SendSignalParams, sendSignal } from './send-signal.js';
