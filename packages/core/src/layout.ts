import { checkOneOf, checkParams, checkString, invalid } from './validation/checks.js';

/** Predefined layout types for composed archives and broadcasts (`custom` takes a stylesheet). */
export type LayoutType = 'bestFit' | 'custom' | 'horizontalPresentation' | 'pip' | 'verticalPresentation';
/** The layout types as a list. */
export const LAYOUT_TYPES: readonly LayoutType[] = ['bestFit', 'custom', 'horizontalPresentation', 'pip', 'verticalPresentation'];
/** Layout types a screen-share may switch to (only with `bestFit`). */
export type ScreenshareType = Exclude<LayoutType, 'custom'>;

/** The layout of a composed archive or a broadcast. */
export type Layout =
  | { readonly type: 'custom'; readonly stylesheet: string }
  | { readonly type: 'bestFit'; readonly screenshareType?: ScreenshareType }
  | { readonly type: 'horizontalPresentation' | 'pip' | 'verticalPresentation' };

/** Video resolutions of composed archives, broadcasts and renders. */
export type Resolution = '640x480' | '480x640' | '1280x720' | '720x1280' | '1920x1080' | '1080x1920';
/** The resolutions as a list. */
export const RESOLUTIONS: readonly Resolution[] = ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'];

/** Whether streams join an archive or broadcast automatically or are added by hand. */
export type StreamMode = 'auto' | 'manual';

/**
 * Checks a layout before it is sent: a known type, a stylesheet only (and always) with `custom`,
 * `screenshareType` only with `bestFit`. Returns the wire body with unset fields left out.
 */
export function checkLayout(value: unknown, parameter = 'layout'): Layout {
  const layout = checkParams(value as Record<string, unknown>, parameter, ['type', 'stylesheet', 'screenshareType']);
  const type = checkOneOf(layout['type'], `${parameter}.type`, LAYOUT_TYPES) ?? invalid(`${parameter}.type`, 'is required', undefined);
  const { stylesheet, screenshareType } = layout;
  if (type === 'custom') {
    return { type, stylesheet: checkString(stylesheet, `${parameter}.stylesheet`, { maxLength: 10_000 }) };
  }
  if (stylesheet !== undefined) invalid(`${parameter}.stylesheet`, 'is only allowed with type "custom"', stylesheet);
  if (type === 'bestFit') {
    const share = checkOneOf(
      screenshareType,
      `${parameter}.screenshareType`,
      LAYOUT_TYPES.filter((t): t is ScreenshareType => t !== 'custom'),
    );
    return share === undefined ? { type } : { type, screenshareType: share };
  }
  if (screenshareType !== undefined) invalid(`${parameter}.screenshareType`, 'is only allowed with type "bestFit"', screenshareType);
  return { type };
}
