import type { ProjectCredentials } from './types.js';

/**
 * The default project: demo credentials that can never be real (OpenTok secrets are 40 hex digits;
 * this one has letters outside hex). The CLI prints them.
 *
 * @example
 * ```ts
 * import { DEMO_PROJECT } from '@opentok/emulator';
 * const client = createClient({ ...DEMO_PROJECT, apiUrl: 'http://127.0.0.1:4010' });
 * ```
 */
export const DEMO_PROJECT: ProjectCredentials = Object.freeze({ apiKey: '10000001', apiSecret: 'emulator-demo-secret-not-a-real-opentok-secret' });

/**
 * The in-process base URL, until `listen` switches `emulator.url` to the real HTTP address.
 *
 * @example
 * ```ts
 * import { createEmulator, IN_PROCESS_URL } from '@opentok/emulator';
 * createEmulator().url === IN_PROCESS_URL; // true until listen()
 * ```
 */
export const IN_PROCESS_URL = 'http://opentok.emulator';
