/**
 * Live Captions for OpenTok sessions: start and stop real-time captions.
 * @module
 */
export type { Captions } from './captions.js';
export { type StartCaptionsParams, startCaptions } from './start-captions.js';
export { type StopCaptionsParams, stopCaptions } from './stop-captions.js';
