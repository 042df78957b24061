import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe, expect } from 'vitest';
import { type SendSignalParams, sendSignal } from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const ID_RULE = 'must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".."';
const S = TEST_SESSION_ID;
const any = (value: unknown) => value as never;

/** Bad params, from untyped JavaScript: a label, the params, the parameter named, the message, and a value it must not show. */
const cases: { label: string; params: SendSignalParams; parameter: string; message: string; hidden?: string }[] = [
  { label: 'params null', params: any(null), parameter: 'params', message: 'params must be an object (got null)' },
  { label: 'params a string', params: any('hi'), parameter: 'params', message: 'params must be an object (got "hi")' },
  {
    label: 'a misspelt option',
    params: any({ sessionId: S, typ: 'chat', data: 'x' }),
    parameter: 'params.typ',
    message: 'params.typ is not a known option (expected sessionId, connectionId, type, data)',
    // a misspelt key may hold a secret: its value is never shown
    hidden: 'chat',
  },
  { label: 'missing sessionId', params: any({ data: 'x' }), parameter: 'sessionId', message: 'sessionId must be a string (got undefined)' },
  { label: 'empty sessionId', params: { sessionId: '', data: 'x' }, parameter: 'sessionId', message: 'sessionId must not be empty (got "")' },
  { label: 'sessionId with a slash', params: { sessionId: 'a/b', data: 'x' }, parameter: 'sessionId', message: `sessionId ${ID_RULE} (got "a/b")` },
  {
    label: 'numeric connectionId',
    params: { sessionId: S, connectionId: any(5), data: 'x' },
    parameter: 'connectionId',
    message: 'connectionId must be a string (got 5)',
  },
  {
    label: 'empty connectionId',
    params: { sessionId: S, connectionId: '', data: 'x' },
    parameter: 'connectionId',
    message: 'connectionId must not be empty (got "")',
  },
  {
    label: 'connectionId with ..',
    params: { sessionId: S, connectionId: '../x', data: 'x' },
    parameter: 'connectionId',
    message: `connectionId ${ID_RULE} (got "../x")`,
  },
  { label: 'type a number', params: { sessionId: S, type: any(1), data: 'x' }, parameter: 'type', message: 'type must be a string (got 1)' },
  { label: 'type null', params: { sessionId: S, type: any(null), data: 'x' }, parameter: 'type', message: 'type must be a string (got null)' },
  { label: 'empty type', params: { sessionId: S, type: '', data: 'x' }, parameter: 'type', message: 'type must not be empty (got "")' },
  {
    label: 'type of 129 ASCII bytes',
    params: { sessionId: S, type: 't'.repeat(129), data: 'x' },
    parameter: 'type',
    message: `type must be at most 128 bytes in UTF-8 (is 129) (got "${'t'.repeat(57)}...")`,
  },
  {
    label: 'type of 43 characters but 129 bytes (multi-byte UTF-8)',
    params: { sessionId: S, type: '€'.repeat(43), data: 'x' },
    parameter: 'type',
    message: `type must be at most 128 bytes in UTF-8 (is 129) (got "${'€'.repeat(43)}")`,
  },
  { label: 'data missing', params: any({ sessionId: S }), parameter: 'data', message: 'data must be a string (got undefined)' },
  { label: 'data a number', params: { sessionId: S, data: any(42) }, parameter: 'data', message: 'data must be a string (got 42)' },
  {
    label: 'data an object',
    params: { sessionId: S, data: any({ text: 'hi' }) },
    parameter: 'data',
    message: expect.stringMatching(/^data must be a string \(got /) as unknown as string,
  },
  {
    label: 'data of 8193 ASCII bytes',
    params: { sessionId: S, data: 'd'.repeat(8193) },
    parameter: 'data',
    message: `data must be at most 8192 bytes in UTF-8 (is 8193) (got "${'d'.repeat(57)}...")`,
  },
  {
    label: 'data of 2049 emoji (4 bytes each) = 8196 bytes',
    params: { sessionId: S, data: '👋'.repeat(2049) },
    parameter: 'data',
    message: expect.stringMatching(/^data must be at most 8192 bytes in UTF-8 \(is 8196\)/) as unknown as string,
  },
];

describe('sendSignal refuses invalid input before any request', () => {
  validationRows(
    recorder,
    cases.map(({ label, params, parameter, message, hidden }): ValidationRow => [label, () => sendSignal(recorder.client, params), parameter, message, hidden]),
  );
});
