// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AudioConnector,
  type AudioRate,
  type AudioTransport,
  type BinaryAudioTransport,
  type ConnectAudioToWebsocketParams,
  connectAudioToWebsocket,
  type DisconnectAudioConnectorParams,
  disconnectAudioConnector,
  type JsonAudioTransport,
  type WebsocketOptions,
} from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(connectAudioToWebsocket).parameters.toEqualTypeOf<[OpenTokClient, ConnectAudioToWebsocketParams, Options?]>();
    expectTypeOf(connectAudioToWebsocket).returns.resolves.toEqualTypeOf<AudioConnector>();
    expectTypeOf(disconnectAudioConnector).parameters.toEqualTypeOf<[OpenTokClient, DisconnectAudioConnectorParams, Options?]>();
    expectTypeOf(disconnectAudioConnector).returns.resolves.toBeVoid();
  });

  it('pins the params', () => {
    expectTypeOf<ConnectAudioToWebsocketParams>().toEqualTypeOf<{ readonly sessionId: string; readonly token: string; readonly websocket: WebsocketOptions }>();
    expectTypeOf<WebsocketOptions>().toEqualTypeOf<{
      readonly uri: string;
      readonly streams?: readonly string[];
      readonly headers?: Readonly<Record<string, string>>;
      readonly audioRate?: AudioRate;
      readonly bidirectional?: boolean;
      readonly audioTransport?: AudioTransport;
    }>();
    expectTypeOf<AudioRate>().toEqualTypeOf<8000 | 16000 | 24000>();
    expectTypeOf<AudioTransport>().toEqualTypeOf<BinaryAudioTransport | JsonAudioTransport>();
    expectTypeOf<BinaryAudioTransport>().toEqualTypeOf<{ readonly transport: 'binary' }>();
    expectTypeOf<JsonAudioTransport>().toEqualTypeOf<{
      readonly transport: 'json';
      readonly encoding: 'base64';
      readonly audioField?: string;
      readonly receiveAudioField?: string;
      readonly staticFields?: Readonly<Record<string, string | number | boolean>>;
    }>();
    expectTypeOf<DisconnectAudioConnectorParams>().toEqualTypeOf<{ readonly audioConnectorId: string }>();
    // @ts-expect-error the audio rate is one of three
    const rate: WebsocketOptions = { uri: 'wss://x', audioRate: 44_100 };
    // @ts-expect-error JSON transport needs its encoding
    const withoutEncoding: WebsocketOptions = { uri: 'wss://x', audioTransport: { transport: 'json' } };
    // @ts-expect-error binary transport has no JSON field names
    const binaryWithField: WebsocketOptions = { uri: 'wss://x', audioTransport: { transport: 'binary', audioField: 'a' } };
    // @ts-expect-error the wire's snake_case names are not the option names
    const snakeCase: WebsocketOptions = { uri: 'wss://x', audioTransport: { transport: 'json', encoding: 'base64', audio_field: 'a' } };
    expectTypeOf([rate, withoutEncoding, binaryWithField, snakeCase]).toEqualTypeOf<WebsocketOptions[]>();
  });

  it('makes results readonly, typed data', () => {
    expectTypeOf<AudioConnector>().toEqualTypeOf<{ readonly id: string; readonly connectionId: string }>();
    const connector = {} as AudioConnector;
    // @ts-expect-error results are readonly
    connector.id = 'x';
  });
});
