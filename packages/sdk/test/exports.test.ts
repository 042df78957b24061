import * as archive from '@opentok/archive';
import * as audioConnector from '@opentok/audio-connector';
import * as broadcast from '@opentok/broadcast';
import * as captions from '@opentok/captions';
import * as core from '@opentok/core';
import * as render from '@opentok/render';
import * as session from '@opentok/session';
import * as signal from '@opentok/signal';
import * as sip from '@opentok/sip';
import * as tokens from '@opentok/tokens';
import * as webhooks from '@opentok/webhooks';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

const packages = { core, tokens, session, archive, broadcast, sip, signal, render, 'audio-connector': audioConnector, captions, webhooks };

describe('@opentok/sdk re-exports every package', () => {
  it.each(Object.entries(packages))('every runtime export of @opentok/%s, as the same value', (_, module) => {
    const names = Object.keys(module);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, (sdk as Record<string, unknown>)[name]]).toEqual([name, (module as Record<string, unknown>)[name]]);
  });

  it('adds only the facade and its constants', () => {
    const fromPackages = new Set(Object.values(packages).flatMap((module) => Object.keys(module)));
    expect(
      Object.keys(sdk)
        .filter((name) => !fromPackages.has(name))
        .sort(),
    ).toEqual(['ArchiveModes', 'MediaModes', 'OpenTok', 'OutputModes', 'Roles']);
  });

  it('no two packages export different values under one name', () => {
    const seen = new Map<string, unknown>();
    for (const [pkg, module] of Object.entries(packages)) {
      for (const [name, value] of Object.entries(module)) {
        if (seen.has(name)) expect([pkg, name, value]).toEqual([pkg, name, seen.get(name)]);
        seen.set(name, value);
      }
    }
  });
});
