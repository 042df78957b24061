import { fail } from '../kernel/errors.js';
import type { Fields } from '../kernel/fields.js';
import type { LayoutRecord } from './types.js';

const TYPES = ['bestFit', 'custom', 'horizontalPresentation', 'pip', 'verticalPresentation'] as const;

/** The six resolutions of composed archives and broadcasts. */
export const RESOLUTIONS = ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'] as const;

/**
 * Reads a layout: a known type; a stylesheet with `custom` (required) and never with other types;
 * `screenshareType` only with `bestFit`. Each violation is a 400.
 */
export function readLayout(layout: Fields, path = 'layout'): LayoutRecord {
  const type = layout.optOneOf('type', TYPES) ?? fail(400, `Invalid request: "${path}.type" is required.`);
  const stylesheet = layout.optString('stylesheet', { max: 10_000 });
  const screenshareType = layout.optOneOf(
    'screenshareType',
    TYPES.filter((t) => t !== 'custom'),
  );
  if (type === 'custom') {
    if (stylesheet === undefined || stylesheet.trim() === '') fail(400, `Invalid request: "${path}.stylesheet" is required with type "custom".`);
    if (screenshareType !== undefined) fail(400, `Invalid request: "${path}.screenshareType" is only allowed with type "bestFit".`);
    return { type, stylesheet };
  }
  if (stylesheet !== undefined) fail(400, `Invalid request: "${path}.stylesheet" is only allowed with type "custom".`);
  if (screenshareType !== undefined && type !== 'bestFit') fail(400, `Invalid request: "${path}.screenshareType" is only allowed with type "bestFit".`);
  return screenshareType === undefined ? { type } : { type, screenshareType };
}
