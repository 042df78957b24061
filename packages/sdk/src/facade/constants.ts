import type { OutputMode } from '@opentok/archive';
import type { ArchiveMode, MediaMode } from '@opentok/session';
import type { TokenRole } from '@opentok/tokens';

/**
 * The token roles by name, for code ported from the classic SDKs (`Roles.moderator` in Python,
 * `Role.MODERATOR` in Java). Each value is the plain string a {@link TokenRole} takes.
 *
 * @example
 * ```ts
 * import { OpenTok, Roles } from '@opentok/sdk';
 * const token = await opentok.generateToken(sessionId, { role: Roles.moderator });
 * ```
 */
export const Roles = Object.freeze({
  publisher: 'publisher',
  subscriber: 'subscriber',
  moderator: 'moderator',
  publisherOnly: 'publisheronly',
} as const satisfies Record<string, TokenRole>);

/**
 * The media modes by name (`MediaModes.routed` in Python): `relayed` (peer to peer) or `routed`
 * (through the OpenTok Media Router, needed for archives, broadcasts and SIP).
 *
 * @example
 * ```ts
 * import { MediaModes, OpenTok } from '@opentok/sdk';
 * const session = await opentok.createSession({ mediaMode: MediaModes.routed });
 * ```
 */
export const MediaModes = Object.freeze({ relayed: 'relayed', routed: 'routed' } as const satisfies Record<string, MediaMode>);

/**
 * The archive modes by name (`ArchiveModes.always` in Python): `manual` or `always` (archived
 * automatically; routed sessions only).
 *
 * @example
 * ```ts
 * import { ArchiveModes, MediaModes, OpenTok } from '@opentok/sdk';
 * const session = await opentok.createSession({ mediaMode: MediaModes.routed, archiveMode: ArchiveModes.always });
 * ```
 */
export const ArchiveModes = Object.freeze({ manual: 'manual', always: 'always' } as const satisfies Record<string, ArchiveMode>);

/**
 * The archive output modes by name (`OutputModes.individual` in Python): `composed` (one mixed
 * file) or `individual` (one file per stream, in a ZIP).
 *
 * @example
 * ```ts
 * import { OpenTok, OutputModes } from '@opentok/sdk';
 * const archive = await opentok.startArchive(sessionId, { outputMode: OutputModes.individual });
 * ```
 */
export const OutputModes = Object.freeze({ composed: 'composed', individual: 'individual' } as const satisfies Record<string, OutputMode>);
