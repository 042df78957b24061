// parseCallback: every payload the spec documents, unknown events, kept fields, and every refusal.
import { parseCallback } from '../../src/index.js';
import { deepEqual, equal, ok } from './assert.js';
import { PAYLOADS } from './payloads.js';
import { collector, expectRefusal, expectValidation, type TestCase } from './test-case.js';

const encoder = new TextEncoder();

export function parseCases(): TestCase[] {
  const cases: TestCase[] = [];
  const add = collector(cases);

  for (const example of PAYLOADS) {
    add(`parse: ${example.name} → kind ${example.kind} (${example.source}), as text, bytes and parsed object`, () => {
      const expected = { ...(JSON.parse(example.text) as object), kind: example.kind };
      deepEqual(parseCallback(example.text), expected, 'from text');
      deepEqual(parseCallback(encoder.encode(example.text)), expected, 'from bytes');
      deepEqual(parseCallback(JSON.parse(example.text) as Record<string, unknown>), expected, 'from a parsed object');
    });
  }

  add('parse: narrowing on kind reaches the typed fields', () => {
    const event = parseCallback(PAYLOADS[0]!.text);
    if (event.kind !== 'connectionCreated') throw new Error(`kind ${event.kind}`);
    equal(event.connection.id, 'c053fcc8-c681-41d5-8ec2-7a9e1434a21e');
    equal(event.connection.data, 'TOKENDATA');
    equal(event.timestamp, 1470257688309);
  });
  add('parse: unknown fields are kept, nested ones too', () => {
    const event = parseCallback(
      '{"event":"streamCreated","sessionId":"s","timestamp":1,"stream":{"id":"st","createdAt":2,"hasAudio":true,"connection":{"id":"c","createdAt":1,"extra":[1]}},"region":"eu"}',
    );
    deepEqual(event, {
      event: 'streamCreated',
      sessionId: 's',
      timestamp: 1,
      stream: { id: 'st', createdAt: 2, hasAudio: true, connection: { id: 'c', createdAt: 1, extra: [1] } },
      region: 'eu',
      kind: 'streamCreated',
    });
  });
  add('parse: the input object is not changed', () => {
    const body = { event: 'sessionCreated', sessionId: 's', timestamp: 1 };
    parseCallback(body);
    deepEqual(body, { event: 'sessionCreated', sessionId: 's', timestamp: 1 });
  });
  add('parse: optional fields may be null or absent', () => {
    deepEqual(
      parseCallback('{"event":"connectionCreated","sessionId":"s","projectId":null,"timestamp":1,"connection":{"id":"c","createdAt":1,"data":null}}').kind,
      'connectionCreated',
    );
    deepEqual(parseCallback('{"event":"broadcast","id":"b","status":"started","sessionId":"s","broadcastUrls":null}').kind, 'broadcast');
    deepEqual(parseCallback('{"event":"render","id":"r","status":"starting","sessionId":"s"}').kind, 'render');
  });

  // Unknown events are events, not errors.
  const unknown: [string, string][] = [
    ['no event member', '{"sessionId":"s","timestamp":1}'],
    ['an empty object', '{}'],
    ['an event that is not a string', '{"event":42}'],
    ['event "__proto__"', '{"event":"__proto__"}'],
    ['event "toString" (an Object.prototype member)', '{"event":"toString"}'],
    ['event "hasOwnProperty"', '{"event":"hasOwnProperty"}'],
    ['event "captions" without a captionId', '{"event":"captions","sessionId":"s","status":"started"}'],
    ['event "unknown"', '{"event":"unknown"}'],
    ['an event name in another case', '{"event":"ConnectionCreated","sessionId":"s","timestamp":1}'],
  ];
  for (const [label, text] of unknown) {
    add(`parse: ${label} is kind unknown, body kept`, () => deepEqual(parseCallback(text), { ...(JSON.parse(text) as object), kind: 'unknown' }));
  }
  add('parse: a captionId makes a captions event whatever its event name', () => {
    deepEqual(parseCallback('{"event":"captionsStatus","captionId":"c","sessionId":"s","status":"failed","reason":"x"}'), {
      event: 'captionsStatus',
      captionId: 'c',
      sessionId: 's',
      status: 'failed',
      reason: 'x',
      kind: 'captions',
    });
  });
  add('parse: a documented event name wins over a captionId', () =>
    equal(parseCallback('{"event":"sessionCreated","sessionId":"s","timestamp":1,"captionId":"c"}').kind, 'sessionCreated'),
  );
  add('parse: a body member named kind is shadowed by the kind', () => equal(parseCallback('{"event":"x","kind":"archive"}').kind, 'unknown'));
  add('parse: a "__proto__" member stays data and does not change the prototype', () => {
    const event = parseCallback('{"event":"sessionCreated","sessionId":"s","timestamp":1,"__proto__":{"polluted":true}}');
    equal(Object.getPrototypeOf(event), Object.prototype, 'prototype');
    equal((event as { polluted?: unknown }).polluted, undefined, 'no inherited member');
    deepEqual(Object.getOwnPropertyDescriptor(event, '__proto__')?.value, { polluted: true }, 'own data member');
    equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype untouched');
  });

  // Bodies that are not JSON objects.
  const malformed: [string, string | Uint8Array, string][] = [
    ['text that is not JSON', 'status=started', 'the body is not UTF-8 JSON'],
    ['an empty body', '', 'the body is not UTF-8 JSON'],
    ['truncated JSON', '{"event":"archive"', 'the body is not UTF-8 JSON'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'the body is not UTF-8 JSON'],
    ['a JSON array', '[{"event":"archive"}]', 'the body is not a JSON object'],
    ['JSON null', 'null', 'the body is not a JSON object'],
    ['a JSON string', '"connectionCreated"', 'the body is not a JSON object'],
    ['a JSON number', '42', 'the body is not a JSON object'],
  ];
  for (const [label, body, detail] of malformed) {
    add(`parse: ${label} is malformed-body`, () => expectRefusal(() => parseCallback(body), 'malformed-body', `Invalid callback (malformed-body): ${detail}`));
  }
  add('parse: an already parsed array is malformed-body', () =>
    expectRefusal(() => parseCallback([] as never), 'malformed-body', 'Invalid callback (malformed-body): the body is not a JSON object'),
  );

  // Known events with broken documented fields.
  const invalid: [string, string, string][] = [
    ['connectionCreated without connection', '{"event":"connectionCreated","sessionId":"s","timestamp":1}', 'connectionCreated: connection must be an object'],
    [
      'connectionCreated with a connection array',
      '{"event":"connectionCreated","sessionId":"s","timestamp":1,"connection":[]}',
      'connectionCreated: connection must be an object',
    ],
    [
      'a numeric connection.id',
      '{"event":"connectionDestroyed","sessionId":"s","timestamp":1,"connection":{"id":7,"createdAt":1}}',
      'connectionDestroyed: connection.id must be string',
    ],
    [
      'a missing stream.connection.createdAt',
      '{"event":"streamDestroyed","sessionId":"s","timestamp":1,"stream":{"id":"x","createdAt":1,"connection":{"id":"c"}}}',
      'streamDestroyed: stream.connection.createdAt must be number',
    ],
    ['a timestamp string', '{"event":"sessionCreated","sessionId":"s","timestamp":"1470257688309"}', 'sessionCreated: timestamp must be number'],
    ['a missing sessionId', '{"event":"sessionDestroyed","timestamp":1}', 'sessionDestroyed: sessionId must be string'],
    [
      'a numeric projectId in session monitoring',
      '{"event":"sessionCreated","sessionId":"s","projectId":123456,"timestamp":1}',
      'sessionCreated: projectId must be string',
    ],
    [
      'a reason that is not a string',
      '{"event":"streamDestroyed","sessionId":"s","timestamp":1,"reason":1,"stream":{"id":"x","createdAt":1,"connection":{"id":"c","createdAt":1}}}',
      'streamDestroyed: reason must be string',
    ],
    ['an archive without createdAt', '{"event":"archive","id":"a","status":"started","sessionId":"s"}', 'archive: createdAt must be number'],
    ['an archive without status', '{"event":"archive","id":"a","sessionId":"s","createdAt":1}', 'archive: status must be string'],
    [
      'an archive size that is a boolean',
      '{"event":"archive","id":"a","status":"started","sessionId":"s","createdAt":1,"size":true}',
      'archive: size must be number or string',
    ],
    [
      'a broadcast with broadcastUrls a string',
      '{"event":"broadcast","id":"b","status":"started","sessionId":"s","broadcastUrls":"x"}',
      'broadcast: broadcastUrls must be an object',
    ],
    [
      'a broadcast with a numeric hls URL',
      '{"event":"broadcast","id":"b","status":"started","sessionId":"s","broadcastUrls":{"hls":1}}',
      'broadcast: broadcastUrls.hls must be string',
    ],
    ['a render without id', '{"event":"render","status":"started","sessionId":"s"}', 'render: id must be string'],
    ['captions without sessionId', '{"captionId":"c","status":"started"}', 'captions: sessionId must be string'],
  ];
  for (const [label, text, detail] of invalid) {
    add(`parse: ${label} is invalid-payload`, () =>
      expectRefusal(() => parseCallback(text), 'invalid-payload', `Invalid callback (invalid-payload): ${detail}`),
    );
  }

  // Caller bugs.
  const notBodies: [string, unknown, string][] = [
    ['undefined (no body parser kept the body)', undefined, 'body must be a string, a Uint8Array or a plain object parsed from JSON (got undefined)'],
    ['null', null, 'body must be a string, a Uint8Array or a plain object parsed from JSON (got null)'],
    ['a number', 42, 'body must be a string, a Uint8Array or a plain object parsed from JSON (got 42)'],
    ['an ArrayBuffer', new ArrayBuffer(2), 'body must be a string, a Uint8Array or a plain object parsed from JSON (got an object)'],
    ['a Date', new Date(0), 'body must be a string, a Uint8Array or a plain object parsed from JSON (got an object)'],
  ];
  for (const [label, body, message] of notBodies) {
    add(`parse: a body that is ${label} is a ValidationError`, () => expectValidation(() => parseCallback(body as never), 'body', message));
  }
  add('parse: a null-prototype object is a plain object', () => {
    const body = Object.assign(Object.create(null) as Record<string, unknown>, { event: 'sessionCreated', sessionId: 's', timestamp: 1 });
    ok(parseCallback(body).kind === 'sessionCreated', 'kind');
  });
  return cases;
}
