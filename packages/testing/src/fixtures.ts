import { readFileSync } from 'node:fs';

const root = new URL('../fixtures/', import.meta.url);

/**
 * A response body recorded from the real service in an official SDK's tests (see
 * `fixtures/responses/MANIFEST.json`), e.g. `responseFixture('archive_start.node.json')`.
 */
export function responseFixture<T = unknown>(name: string): T {
  const text = readFileSync(new URL(`responses/${name}`, root), 'utf8');
  return (name.endsWith('.json') ? JSON.parse(text) : text) as T;
}

/** One captured request of an official SDK (`fixtures/requests/<sdk>.json`). */
export interface CapturedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

/** Requests an official SDK sent, by operation name: `capturedRequests('opentok-node-2.23.1').startArchive`. */
export function capturedRequests(sdk: 'opentok-node-2.23.1' | 'python-2.10.0' | 'python-3.13.0'): Readonly<Record<string, CapturedRequest>> {
  const parsed = JSON.parse(readFileSync(new URL(`requests/${sdk}.json`, root), 'utf8')) as { requests: Record<string, CapturedRequest> };
  return parsed.requests;
}
