import { fail } from '../../kernel/errors.js';
import { Fields } from '../../kernel/fields.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { getStream, setStreamClassLists } from '../../state/sessions.js';
import type { SessionRecord, StreamRecord } from '../../state/types.js';

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
    handler: (ctx) => json(streamJson(getStream(findSession(ctx), ctx.params['streamId'] ?? ''))),
  });
  router.add({
    operation: 'listStreams',
    method: 'GET',
    path: `${SESSION}/stream`,
    handler: (ctx) => {
      const streams = [...findSession(ctx).streams.values()];
      return json({ count: streams.length, items: streams.map(streamJson) });
    },
  });
  router.add({
    operation: 'setStreamClassLists',
    method: 'PUT',
    path: `${SESSION}/stream`,
    handler: (ctx) => {
      const session = findSession(ctx);
      const items = ctx.fields().raw('items');
      if (!Array.isArray(items) || items.length === 0) fail(400, 'Invalid request: "items" must be a non-empty array of {id, layoutClassList}.');
      const changes = items.map((item: unknown, index) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(400, `Invalid request: "items[${index}]" must be an object.`);
        const fields = new Fields(item as Record<string, unknown>, `items[${index}]`);
        const id = fields.string('id');
        const classes = fields.optStringArray('layoutClassList', { maxItems: 100, maxLength: 200 }) ?? fail(400, `Invalid request: "items[${index}].layoutClassList" is required.`);
        return { stream: getStream(session, id), classes };
      });
      setStreamClassLists(changes);
      return empty(200);
    },
  });
}
