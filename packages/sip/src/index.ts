/**
 * SIP interconnect for OpenTok sessions: dial a SIP endpoint into a session and play DTMF tones.
 * @module
 */
export { dialSip, type DialSipParams, type SipAuth, type SipCall, type SipOptions } from './dial-sip.js';
export { playDtmf, type PlayDtmfParams } from './play-dtmf.js';
