/**
 * Audio Connector for OpenTok sessions: stream a session's audio to your WebSocket server (and,
 * bidirectionally, back into the session), and disconnect it.
 * @module
 */
export type { AudioConnector } from './audio-connector.js';
export {
  type AudioRate,
  type AudioTransport,
  type BinaryAudioTransport,
  type ConnectAudioToWebsocketParams,
  connectAudioToWebsocket,
  type JsonAudioTransport,
  type WebsocketOptions,
} from './connect-audio-to-websocket.js';
export { type DisconnectAudioConnectorParams, disconnectAudioConnector } from './disconnect-audio-connector.js';
