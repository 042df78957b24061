import type { OpenTokClient } from '@opentok/core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type Recorder, startRecorder } from './recorder.js';
import { testClient } from './test-client.js';

/** Options of {@link useRecorder}. */
export interface UseRecorderOptions {
  /**
   * For validation suites: keep every request for the whole file and fail it (in `afterAll`) if any
   * request reached the server. Without it, the request log is cleared before each test.
   */
  readonly expectNoRequests?: boolean;
}

/** The recording server of a test file and a {@link testClient} for it; read them inside tests and hooks. */
export interface RecorderHandle extends Omit<Recorder, 'close'> {
  readonly client: OpenTokClient;
}

/**
 * Registers the vitest hooks of a wire or validation test file: starts a recording server and a
 * client for it before the first test, clears its request log before each test (unless
 * `expectNoRequests`) and closes it after the last one.
 */
export function useRecorder(options: UseRecorderOptions = {}): RecorderHandle {
  let current: { recorder: Recorder; client: OpenTokClient } | undefined;
  const started = () => current ?? expect.unreachable('the recorder is only available inside tests and hooks');
  beforeAll(async () => {
    const recorder = await startRecorder();
    current = { recorder, client: testClient(recorder.url) };
  });
  afterAll(async () => {
    const recorder = current?.recorder;
    try {
      // No validation failure may reach the network.
      if (options.expectNoRequests) expect(recorder?.requests).toEqual([]);
    } finally {
      await recorder?.close();
    }
  });
  if (!options.expectNoRequests) {
    beforeEach(() => {
      started().recorder.requests.length = 0;
    });
  }
  return {
    get url() {
      return started().recorder.url;
    },
    get requests() {
      return started().recorder.requests;
    },
    get client() {
      return started().client;
    },
    reply: (...responses) => started().recorder.reply(...responses),
  };
}
