/**
 * Live Captions for OpenTok sessions: start and stop real-time captions.
 * @module
 */
export type { Captions } from './captions.js';
export { startCaptions, type StartCaptionsParams } from './start-captions.js';
export { stopCaptions, type StopCaptionsParams } from './stop-captions.js';
