import type { PatternRule } from './checks.js';

// The formats of strings the service takes, as rules for `checkString`: `checkString(url, 'url', HTTP_URL)`. Each URL
// has a scheme (or its secure twin), a host, and no whitespace.

/** A URL the service calls or opens: a callback, a page to render. */
export const HTTP_URL: PatternRule = { pattern: /^https?:\/\/[^\s/?#]+\S*$/i, patternRule: 'must be an http:// or https:// URL' };

/** An RTMP target of a broadcast. */
export const RTMP_URL: PatternRule = { pattern: /^rtmps?:\/\/[^\s/?#]+\S*$/i, patternRule: 'must be an rtmp:// or rtmps:// URL' };

/** A WebSocket server the Audio Connector connects to. */
export const WEBSOCKET_URL: PatternRule = { pattern: /^wss?:\/\/[^\s/?#]+\S*$/i, patternRule: 'must be a ws:// or wss:// URL' };

/** A UUID, in any case: a Vonage application ID. */
export const UUID: PatternRule = { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, patternRule: 'must be a UUID' };

/** A BCP-47 language code with a region, as transcription and captions take it: `en-US`, `ja-JP`. */
export const LANGUAGE_CODE: PatternRule = { pattern: /^[a-z]{2}-[A-Z]{2}$/, patternRule: 'must be a language code such as "en-US"' };
