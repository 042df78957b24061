import { describe, expect, it } from 'vitest';
import { checkLayout } from '../src/internal.js';

describe('checkLayout', () => {
  it.each([
    [{ type: 'bestFit' }, { type: 'bestFit' }],
    [
      { type: 'bestFit', screenshareType: 'pip' },
      { type: 'bestFit', screenshareType: 'pip' },
    ],
    [
      { type: 'custom', stylesheet: 'stream.instructor {position: absolute;}' },
      { type: 'custom', stylesheet: 'stream.instructor {position: absolute;}' },
    ],
    [{ type: 'pip' }, { type: 'pip' }],
  ])('accepts %j', (input, wire) => {
    expect(checkLayout(input)).toEqual(wire);
  });

  it.each([
    [undefined, 'layout must be an object (got undefined)'],
    [{}, 'layout.type is required (got undefined)'],
    [{ type: 'grid' }, 'layout.type must be one of "bestFit", "custom", "horizontalPresentation", "pip", "verticalPresentation" (got "grid")'],
    [{ type: 'custom' }, 'layout.stylesheet must be a string (got undefined)'],
    [{ type: 'pip', stylesheet: 'x' }, 'layout.stylesheet is only allowed with type "custom" (got "x")'],
    [{ type: 'pip', screenshareType: 'bestFit' }, 'layout.screenshareType is only allowed with type "bestFit" (got "bestFit")'],
    [{ type: 'pip', styleSheet: 'x' }, 'layout.styleSheet is not a known option (expected type, stylesheet, screenshareType)'],
    [
      { type: 'bestFit', screenshareType: 'custom' },
      'layout.screenshareType must be one of "bestFit", "horizontalPresentation", "pip", "verticalPresentation" (got "custom")',
    ],
  ])('rejects %j', (input, message) => {
    expect(() => checkLayout(input)).toThrow(message);
  });
});

describe('projectPath', () => {
  it('builds the project path and refuses anything but a client', async () => {
    const { createClient } = await import('../src/index.js');
    const { projectPath } = await import('../src/internal.js');
    expect(projectPath(createClient({ apiKey: '123', apiSecret: 's' }), '/archive')).toBe('/v2/project/123/archive');
    expect(() => projectPath(null as never, '/archive')).toThrow('client must be a client made by createClient() (got null)');
    expect(() => projectPath({ apiKey: '1', apiSecret: 's' } as never, '/archive')).toThrow('client must be a client made by createClient() (got an object)');
  });
});

describe('checkParams', () => {
  it('refuses unknown keys when the known ones are given', async () => {
    const { checkParams } = await import('../src/internal.js');
    expect(checkParams({ a: 1 }, 'params', ['a', 'b'])).toEqual({ a: 1 });
    expect(() => checkParams({ a: 1, sesionId: 'x' }, 'params', ['a', 'sessionId'])).toThrow('params.sesionId is not a known option (expected a, sessionId)');
    // A misspelt key may hold a secret: its value is never shown.
    expect(() => checkParams({ tokn: 'secret-token-value' }, 'params', ['token'])).not.toThrow(/secret-token-value/);
    expect(checkParams({ anything: 1 })).toEqual({ anything: 1 });
    expect(() => checkParams([] as never)).toThrow('params must be an object (got an array of 0)');
  });
});
