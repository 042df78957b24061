// The platform the package's functions run on: Web Crypto, in every runtime. The build for the `node` export
// condition (dist/index.node.js) swaps this module for bound-platform.node.ts (see tsup.config.ts).
export { webPlatform as platform } from './web-platform.js';
