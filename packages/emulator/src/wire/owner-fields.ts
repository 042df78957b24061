import { isApplication } from '../state/owners.js';
import type { Owner } from '../state/types.js';

/**
 * The field naming the owner in broadcast, render and captions JSON: `applicationId` for a Vonage application's
 * resource (as the service's Vonage-flavour JSON has it), `projectId` for a project's.
 */
export function ownerField(owners: ReadonlyMap<string, Owner>, ownerId: string): { projectId: string } | { applicationId: string } {
  const owner = owners.get(ownerId);
  return owner !== undefined && isApplication(owner) ? { applicationId: ownerId } : { projectId: ownerId };
}
