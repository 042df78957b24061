/**
 * What the demo prints about the callbacks its receiver verified: one line per kind (the `kind` that
 * `verifyCallback` and `parseCallback` of `@opentok/webhooks` give an event), with its count, what it means
 * and what the events were about (the clients' names, the streams, the statuses).
 */
import type { CallbackEvent } from '@opentok/sdk';

type Kind = CallbackEvent['kind'];

/** What a callback of each kind tells an app. */
const MEANINGS: Readonly<Record<Kind, string>> = {
  sessionCreated: 'the session started: its first client connected',
  sessionDestroyed: 'the session ended: its last client left',
  connectionCreated: 'a client connected',
  connectionDestroyed: 'a client left',
  streamCreated: 'a stream started',
  streamDestroyed: 'a stream ended',
  archive: "the archive's status changed",
  broadcast: "the broadcast's status changed",
  render: "the Experience Composer render's status changed",
  captions: "the Live Captions' status changed",
  unknown: 'an event with no type in @opentok/webhooks, kept whole (SIP call events, newer families)',
};

/** The client a connection belongs to: the `name` in its token's data, as the demo's tokens carry one. */
function clientName(data: string | null | undefined): string {
  return new URLSearchParams(data ?? '').get('name') ?? 'a client with no name in its token';
}

/** What one event was about. */
function subject(event: CallbackEvent): string {
  switch (event.kind) {
    case 'connectionCreated':
    case 'connectionDestroyed':
      return clientName(event.connection.data);
    case 'streamCreated':
    case 'streamDestroyed':
      return event.stream.name ?? 'a stream without a name';
    case 'archive':
    case 'broadcast':
    case 'render':
    case 'captions':
      return event.status;
    case 'unknown':
      return typeof event.event === 'string' ? event.event : 'no event name';
    default:
      return '';
  }
}

/** One line per kind, in order of first arrival: `kind count  meaning: subjects`. */
export function summarizeCallbacks(events: readonly CallbackEvent[]): string[] {
  const byKind = new Map<Kind, string[]>();
  for (const event of events) byKind.set(event.kind, [...(byKind.get(event.kind) ?? []), subject(event)]);
  const labels = [...byKind].map(([kind, subjects]) => `${kind} ${subjects.length}`);
  const width = Math.max(...labels.map((label) => label.length));
  return [...byKind].map(([kind, subjects], index) => {
    const distinct = [...new Set(subjects.filter(Boolean))];
    return `${(labels[index] ?? '').padEnd(width)}  ${MEANINGS[kind]}${distinct.length > 0 ? `: ${distinct.join(', ')}` : ''}`;
  });
}
