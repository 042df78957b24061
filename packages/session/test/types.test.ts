// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions, Resolution } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ArchiveMode,
  type Connection,
  type ConnectionList,
  type ConnectionState,
  type CreateSessionParams,
  createSession,
  type DisableForceMuteParams,
  disableForceMute,
  type ForceDisconnectParams,
  forceDisconnect,
  type GetStreamParams,
  getStream,
  type ListConnectionsParams,
  type ListStreamsParams,
  listConnections,
  listStreams,
  type MediaMode,
  type MuteAllParams,
  type MuteStreamParams,
  muteAll,
  muteStream,
  type Session,
  type SetStreamClassListsParams,
  type Stream,
  type StreamList,
  setStreamClassLists,
  type VideoType,
} from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(createSession).parameters.toEqualTypeOf<[OpenTokClient, (CreateSessionParams | undefined)?, Options?]>();
    expectTypeOf(createSession).returns.resolves.toEqualTypeOf<Session>();
    expectTypeOf(getStream).parameters.toEqualTypeOf<[OpenTokClient, GetStreamParams, Options?]>();
    expectTypeOf(getStream).returns.resolves.toEqualTypeOf<Stream>();
    expectTypeOf(listStreams).parameters.toEqualTypeOf<[OpenTokClient, ListStreamsParams, Options?]>();
    expectTypeOf(listStreams).returns.resolves.toEqualTypeOf<StreamList>();
    expectTypeOf(listConnections).parameters.toEqualTypeOf<[OpenTokClient, ListConnectionsParams, Options?]>();
    expectTypeOf(listConnections).returns.resolves.toEqualTypeOf<ConnectionList>();
    expectTypeOf(setStreamClassLists).parameters.toEqualTypeOf<[OpenTokClient, SetStreamClassListsParams, Options?]>();
    expectTypeOf(forceDisconnect).parameters.toEqualTypeOf<[OpenTokClient, ForceDisconnectParams, Options?]>();
    expectTypeOf(muteStream).parameters.toEqualTypeOf<[OpenTokClient, MuteStreamParams, Options?]>();
    expectTypeOf(muteAll).parameters.toEqualTypeOf<[OpenTokClient, MuteAllParams, Options?]>();
    expectTypeOf(disableForceMute).parameters.toEqualTypeOf<[OpenTokClient, DisableForceMuteParams, Options?]>();
    for (const operation of [setStreamClassLists, forceDisconnect, muteStream, muteAll, disableForceMute]) expectTypeOf(operation).returns.resolves.toBeVoid();
  });

  it('pins the params', () => {
    expectTypeOf<CreateSessionParams>().toEqualTypeOf<{
      readonly mediaMode?: MediaMode;
      readonly archiveMode?: ArchiveMode;
      readonly location?: string;
      readonly e2ee?: boolean;
      readonly archiveName?: string;
      readonly archiveResolution?: Resolution;
    }>();
    expectTypeOf<MediaMode>().toEqualTypeOf<'relayed' | 'routed'>();
    expectTypeOf<ArchiveMode>().toEqualTypeOf<'manual' | 'always'>();
    expectTypeOf<SetStreamClassListsParams['items']>().toEqualTypeOf<readonly { readonly id: string; readonly layoutClassList: readonly string[] }[]>();
    expectTypeOf<MuteAllParams['excludedStreamIds']>().toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: CreateSessionParams = { mediaMod: 'routed' };
    // @ts-expect-error not a media mode
    const p2p: CreateSessionParams = { mediaMode: 'p2p' };
    // @ts-expect-error the session ID is required
    const noSession: ListStreamsParams = {};
    expectTypeOf([misspelt, p2p]).toEqualTypeOf<CreateSessionParams[]>();
    expectTypeOf(noSession).toEqualTypeOf<ListStreamsParams>();
  });

  it('makes results readonly, typed data', () => {
    expectTypeOf<Session>().toEqualTypeOf<{
      readonly sessionId: string;
      readonly mediaMode: MediaMode;
      readonly archiveMode: ArchiveMode;
      readonly e2ee: boolean;
      readonly location?: string;
      readonly archiveName?: string;
      readonly archiveResolution?: Resolution;
    }>();
    expectTypeOf<Stream>().toEqualTypeOf<{
      readonly id: string;
      readonly videoType: VideoType;
      readonly name: string;
      readonly layoutClassList: readonly string[];
    }>();
    expectTypeOf<StreamList>().toEqualTypeOf<{ readonly items: readonly Stream[]; readonly total: number }>();
    expectTypeOf<ConnectionList>().toEqualTypeOf<{ readonly items: readonly Connection[]; readonly total: number }>();
    expectTypeOf<Connection['connectionState']>().toExtend<string>();
    expectTypeOf<ConnectionState>().toEqualTypeOf<'Connecting' | 'Connected' | 'Disconnected'>();
    const session = {} as Session;
    const list: StreamList = { items: [], total: 0 };
    // @ts-expect-error results are readonly
    session.sessionId = 'other';
    // @ts-expect-error result lists are readonly
    list.items.push({} as Stream);
  });
});
