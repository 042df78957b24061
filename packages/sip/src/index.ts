/**
 * SIP interconnect for OpenTok sessions: dial a SIP endpoint into a session and play DTMF tones.
 * @module
 */
export { type DialSipParams, dialSip, type SipAuth, type SipCall, type SipOptions } from './dial-sip.js';
export { type PlayDtmfParams, playDtmf } from './play-dtmf.js';
