#!/usr/bin/env node
// The opentok-emulator command: a committed launcher, so package managers can link the bin
// before the package is built; the CLI itself is dist/cli.js.
import '../dist/cli.js';
