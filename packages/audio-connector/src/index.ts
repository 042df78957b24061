/**
 * Audio Connector for OpenTok sessions: stream a session's audio to your WebSocket server (and,
 * bidirectionally, back into the session), and disconnect it.
 * @module
 */
export type { AudioConnector } from './audio-connector.js';
export {
  connectAudioToWebsocket,
  type AudioRate,
  type AudioTransport,
  type BinaryAudioTransport,
  type ConnectAudioToWebsocketParams,
  type JsonAudioTransport,
  type WebsocketOptions,
} from './connect-audio-to-websocket.js';
export { disconnectAudioConnector, type DisconnectAudioConnectorParams } from './disconnect-audio-connector.js';
