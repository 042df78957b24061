/**
 * The Lambda entry point: `handler`. Credentials come from the function's environment: VONAGE_APPLICATION_ID
 * and VONAGE_PRIVATE_KEY (a Vonage application), or else OPENTOK_API_KEY and OPENTOK_API_SECRET (an OpenTok
 * project), and optionally OPENTOK_API_URL; `createClient()` reads them. The client is made on the first
 * invocation and reused while the execution environment stays warm.
 */
import { createClient } from '@opentok/core';
import { createHandler, type HttpEvent, type HttpResult } from './handler.js';

let handle: ((event: HttpEvent) => Promise<HttpResult>) | undefined;

/** The Lambda handler (API Gateway HTTP API, payload format 2.0). */
export function handler(event: HttpEvent): Promise<HttpResult> {
  handle ??= createHandler(createClient());
  return handle(event);
}
