import { fail } from '../../kernel/errors.js';
import type { Owner } from '../../state/types.js';
import { authenticateApplication } from './application-auth.js';
import type { ProjectAuth } from './project-auth.js';

const BEARER = /^\s*bearer\s+(\S+)\s*$/i;

/**
 * Authenticates an OpenTok API request by its headers and returns the project or application it
 * acts for: `Authorization: Bearer <JWT>` (scheme case-insensitive) is checked as a Vonage
 * application's RS256 JWT, otherwise `X-OPENTOK-AUTH` as a project's HS256 JWT (by the emulator's
 * `projects`). `pathId` is the ID in `/v2/project/{id}/…`, undefined for `/session/create`. A refusal is
 * a 403 naming the failed check.
 */
export async function authenticate(
  headers: Headers,
  owners: ReadonlyMap<string, Owner>,
  projects: ProjectAuth,
  pathId: string | undefined,
  nowMs: number,
): Promise<Owner> {
  const authorization = headers.get('authorization');
  const bearer = authorization === null ? undefined : BEARER.exec(authorization)?.[1];
  if (bearer !== undefined) return authenticateApplication(bearer, owners, pathId, nowMs);
  const opentok = headers.get('x-opentok-auth');
  if (opentok !== null && opentok.trim() !== '') return projects.authenticate(opentok, owners, pathId, nowMs);
  if (authorization !== null) {
    fail(
      403,
      'Authentication failed: the Authorization header must be "Bearer <JWT>" (an RS256 JWT of a Vonage application; other schemes such as Basic are not accepted).',
    );
  }
  return fail(
    403,
    'Authentication failed: no X-OPENTOK-AUTH header (No suitable authentication found). Send X-OPENTOK-AUTH (an HS256 JWT of an OpenTok project) or Authorization: Bearer (an RS256 JWT of a Vonage application).',
  );
}
