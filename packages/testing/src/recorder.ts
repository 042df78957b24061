import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the recording server received it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as sent, e.g. `/v2/project/123/archive?offset=0`. */
  readonly url: string;
  /** Header names lower-cased, as Node receives them. */
  readonly headers: IncomingHttpHeaders;
  /** The raw body text (`''` when none). */
  readonly body: string;
}

/** A canned answer. */
export interface CannedResponse {
  readonly status?: number;
  /** An object or array is sent as JSON; a string as is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Drop the connection without answering: the client sees a network error. */
  readonly drop?: boolean;
}

/** An in-process HTTP server on 127.0.0.1 that records every request and answers from a queue. */
export interface Recorder {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues answers for the next requests, in order; when the queue is empty it answers 200 `{}`. */
  reply(...responses: CannedResponse[]): void;
  close(): Promise<void>;
}

/** Starts a recording server on an ephemeral loopback port. */
export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const queue: CannedResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const { status = 200, body = {}, headers = {}, drop = false } = queue.shift() ?? {};
      if (drop) {
        req.socket.destroy();
        return;
      }
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const type = typeof body === 'string' ? {} : { 'content-type': 'application/json' };
      res.writeHead(status, { ...type, ...headers });
      res.end(status === 204 ? undefined : text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...responses) => void queue.push(...responses),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
