// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { IncomingHttpHeaders } from 'node:http';
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ArchiveEvent,
  type CallbackBody,
  type CallbackConnection,
  type CallbackEvent,
  type CallbackRegistration,
  type CaptionsEvent,
  type InvalidCallbackError,
  type InvalidCallbackReason,
  listCallbacks,
  parseCallback,
  type RegisterCallbackParams,
  registerCallback,
  type SignedCallbackRequest,
  type UnknownCallbackEvent,
  type UnregisterCallbackParams,
  unregisterCallback,
  type VerifyCallbackOptions,
  verifyCallback,
} from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the signatures', () => {
    expectTypeOf(parseCallback).parameters.toEqualTypeOf<[CallbackBody]>();
    expectTypeOf(parseCallback).returns.toEqualTypeOf<CallbackEvent>();
    expectTypeOf(verifyCallback).parameters.toEqualTypeOf<[Request | SignedCallbackRequest, VerifyCallbackOptions]>();
    expectTypeOf(verifyCallback).returns.resolves.toEqualTypeOf<CallbackEvent>();
    expectTypeOf(registerCallback).parameters.toEqualTypeOf<[OpenTokClient, RegisterCallbackParams, Options?]>();
    expectTypeOf(registerCallback).returns.resolves.toEqualTypeOf<CallbackRegistration>();
    expectTypeOf(listCallbacks).parameters.toEqualTypeOf<[OpenTokClient, Options?]>();
    expectTypeOf(listCallbacks).returns.resolves.toEqualTypeOf<CallbackRegistration[]>();
    expectTypeOf(unregisterCallback).parameters.toEqualTypeOf<[OpenTokClient, UnregisterCallbackParams, Options?]>();
    expectTypeOf(unregisterCallback).returns.resolves.toBeVoid();
  });

  it('the event union narrows on kind and keeps unknown fields as unknown', () => {
    expectTypeOf<CallbackEvent['kind']>().toEqualTypeOf<
      | 'sessionCreated'
      | 'sessionDestroyed'
      | 'connectionCreated'
      | 'connectionDestroyed'
      | 'streamCreated'
      | 'streamDestroyed'
      | 'archive'
      | 'broadcast'
      | 'render'
      | 'captions'
      | 'unknown'
    >();
    expectTypeOf<Extract<CallbackEvent, { kind: 'connectionCreated' }>['connection']>().toEqualTypeOf<CallbackConnection>();
    expectTypeOf<Extract<CallbackEvent, { kind: 'archive' }>>().toEqualTypeOf<ArchiveEvent>();
    expectTypeOf<Extract<CallbackEvent, { kind: 'captions' }>>().toEqualTypeOf<CaptionsEvent>();
    expectTypeOf<Extract<CallbackEvent, { kind: 'unknown' }>>().toEqualTypeOf<UnknownCallbackEvent>();
    expectTypeOf<ArchiveEvent['url']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ArchiveEvent['outputMode']>().toEqualTypeOf<unknown>();
    expectTypeOf<CallbackConnection['data']>().toEqualTypeOf<string | null | undefined>();
    const change = (event: ArchiveEvent) => {
      // @ts-expect-error events are readonly
      event.status = 'started';
    };
    expectTypeOf(change).toBeFunction();
  });

  it('registration params pair each group with its events', () => {
    expectTypeOf<{ group: 'archive'; event: 'status'; url: string }>().toExtend<RegisterCallbackParams>();
    expectTypeOf<{ group: 'stream'; event: 'destroyed'; url: string }>().toExtend<RegisterCallbackParams>();
    expectTypeOf<{ group: 'archive'; event: 'created'; url: string }>().not.toExtend<RegisterCallbackParams>();
    expectTypeOf<{ group: 'connection'; event: 'status'; url: string }>().not.toExtend<RegisterCallbackParams>();
    expectTypeOf<CallbackRegistration['id']>().toEqualTypeOf<string>();
  });

  it('verify options and the error', () => {
    expectTypeOf<VerifyCallbackOptions['signatureSecret']>().toEqualTypeOf<string | readonly string[]>();
    expectTypeOf<VerifyCallbackOptions['maxAge']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<InvalidCallbackError['reason']>().toEqualTypeOf<InvalidCallbackReason>();
    expectTypeOf<SignedCallbackRequest['body']>().toEqualTypeOf<string | Uint8Array>();
    // Node's request headers and a Buffer body pass as they are.
    expectTypeOf<IncomingHttpHeaders>().toExtend<SignedCallbackRequest['headers']>();
    expectTypeOf<Buffer>().toExtend<SignedCallbackRequest['body']>();
  });
});
