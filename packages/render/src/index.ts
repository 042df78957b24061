/**
 * Experience Composer for OpenTok sessions: render a web page into a session as a stream, then
 * read, list, iterate and stop renders.
 * @module
 */

export { type GetRenderParams, getRender } from './get-render.js';
export { type IterateRendersParams, iterateRenders } from './iterate-renders.js';
export { type ListRendersParams, listRenders } from './list-renders.js';
export type { Render, RenderStatus } from './render.js';
export { type RenderProperties, type StartRenderParams, startRender } from './start-render.js';
export { type StopRenderParams, stopRender } from './stop-render.js';
