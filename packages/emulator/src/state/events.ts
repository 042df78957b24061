import type {
  ArchiveRecord,
  BroadcastRecord,
  CaptionsRecord,
  ConnectionEndReason,
  ConnectionRecord,
  RenderRecord,
  SessionRecord,
  SipCallRecord,
  StreamEndReason,
  StreamRecord,
} from './types.js';

/**
 * A state change the domain announces. A subscriber reads the records it names during `emit`, so it sees the state
 * at the time of the change (callbacks build their bodies then).
 */
export type DomainEvent =
  /** The first connection joined (`created`) or the last one left. */
  | { readonly type: 'session'; readonly session: SessionRecord; readonly created: boolean; readonly at: number }
  /** A connection joined, or left with `reason`. */
  | {
      readonly type: 'connection';
      readonly session: SessionRecord;
      readonly connection: ConnectionRecord;
      readonly reason?: ConnectionEndReason;
      readonly at: number;
    }
  /** A stream was published, or ended with `reason` (before its connection goes). */
  | { readonly type: 'stream'; readonly session: SessionRecord; readonly stream: StreamRecord; readonly reason?: StreamEndReason; readonly at: number }
  /** An archive's status changed. */
  | { readonly type: 'archive'; readonly archive: ArchiveRecord }
  /** A broadcast started, went live or stopped. */
  | { readonly type: 'broadcast'; readonly broadcast: BroadcastRecord }
  /** A render's status changed. */
  | { readonly type: 'render'; readonly render: RenderRecord }
  /** A Live Captions job's status changed. */
  | { readonly type: 'captions'; readonly captions: CaptionsRecord }
  /** A SIP call was dialled, ended, or had its stream force-muted while it observes force mute. */
  | { readonly type: 'sip'; readonly event: 'created' | 'destroyed' | 'muteForced'; readonly call: SipCallRecord; readonly at: number };

/** Where the domain announces its changes: its one link outward (`createEmulator` plugs the callbacks in). */
export interface EventSink {
  emit(event: DomainEvent): void;
}
