/** An Audio Connector started by {@link connectAudioToWebsocket}: the service's WebSocket client in a session. */
export interface AudioConnector {
  /** The Audio Connector's ID, for {@link disconnectAudioConnector}. */
  readonly id: string;
  /** The connection it has in the session (it can be force-disconnected like any other). */
  readonly connectionId: string;
}
