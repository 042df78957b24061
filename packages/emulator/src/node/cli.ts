#!/usr/bin/env node
import { relaunchWithSmallYoungGeneration } from './relaunch.js';

// The opentok-emulator bin. The server runs in a Node process with a bounded young generation (relaunch.ts); the CLI
// itself is cli-run.ts.
if (!(await relaunchWithSmallYoungGeneration())) await import('./cli-run.js');
