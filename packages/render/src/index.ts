/**
 * Experience Composer for OpenTok sessions: render a web page into a session as a stream, then
 * read, list, iterate and stop renders.
 * @module
 */
export type { Render, RenderStatus } from './render.js';
export { startRender, type RenderProperties, type StartRenderParams } from './start-render.js';
export { getRender, type GetRenderParams } from './get-render.js';
export { stopRender, type StopRenderParams } from './stop-render.js';
export { listRenders, type ListRendersParams } from './list-renders.js';
export { iterateRenders, type IterateRendersParams } from './iterate-renders.js';
