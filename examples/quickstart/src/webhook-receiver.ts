/**
 * A local webhook receiver, as an app would run one: a node:http server that verifies every signed
 * callback with `verifyCallback` (signature, freshness, payload hash of the raw body) and keeps the events.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CallbackEvent, verifyCallback } from '@opentok/sdk';

export interface WebhookReceiver {
  readonly url: string;
  /** The events that verified, in arrival order. */
  readonly events: CallbackEvent[];
  /** How many deliveries failed verification (answered 401). */
  readonly refused: () => number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(signatureSecret: string): Promise<WebhookReceiver> {
  const events: CallbackEvent[] = [];
  let refused = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      verifyCallback({ headers: req.headers, body: new Uint8Array(Buffer.concat(chunks)) }, { signatureSecret }).then(
        (event) => {
          events.push(event);
          res.writeHead(204).end();
        },
        () => {
          refused += 1;
          res.writeHead(401).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    events,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
