import { fail } from '../../kernel/errors.js';
import { getStream, setStreamClassLists } from '../../state/sessions.js';
import type { SessionRecord, StreamRecord } from '../../state/types.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';

const SESSION = '/v2/project/:apiKey/session/:sessionId';

function streamJson(stream: StreamRecord): Record<string, unknown> {
  return { id: stream.streamId, videoType: stream.videoType, name: stream.name, layoutClassList: [...stream.layoutClassList] };
}

function findSession(ctx: ApiContext): SessionRecord {
  return ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
}

/** Streams (§6): get, list, set layout class lists. */
export function streamRoutes(router: ApiRouter): void {
  router.add({
    operation: 'getStream',
    method: 'GET',
    path: `${SESSION}/stream/:streamId`,
    handle: (ctx) => json(streamJson(getStream(findSession(ctx), ctx.params['streamId'] ?? ''))),
  });
  router.add({
    operation: 'listStreams',
    method: 'GET',
    path: `${SESSION}/stream`,
    handle: (ctx) => {
      const streams = [...findSession(ctx).streams.values()];
      return json({ count: streams.length, items: streams.map(streamJson) });
    },
  });
  router.add({
    operation: 'setStreamClassLists',
    method: 'PUT',
    path: `${SESSION}/stream`,
    read: (request) => {
      const NOT_A_LIST = 'must be a non-empty array of {id, layoutClassList}';
      const items = request.fields().optObjects('items', NOT_A_LIST) ?? fail(400, `Invalid request: "items" ${NOT_A_LIST}.`);
      if (items.length === 0) fail(400, `Invalid request: "items" ${NOT_A_LIST}.`);
      return items.map((item, index) => ({
        id: item.string('id'),
        classes:
          item.optStringArray('layoutClassList', { maxItems: 100, maxLength: 200 }) ??
          fail(400, `Invalid request: "items[${index}].layoutClassList" is required.`),
      }));
    },
    handle: (ctx, items) => {
      const session = findSession(ctx);
      const changes = items.map(({ id, classes }) => ({ stream: getStream(session, id), classes }));
      setStreamClassLists(changes);
      return empty(200);
    },
  });
}
