// The `node` build's twin of bound-platform.ts: the same functions over node:crypto, for speed.
export { nodePlatform as platform } from './node-platform.js';
