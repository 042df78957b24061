/**
 * The project details the service answers force-muting a session with (and lifting it): the owner's ID (the
 * project's API key or the application's ID), `status`, `name`, `environment` and `createdAt`, as the REST
 * reference documents them; `@vonage/video`'s `forceMuteAll` and `disableForceMute` resolve to it. The emulator
 * keeps no names: `name` is `OpenTok emulator <id>`. The secret the reference also lists is never sent.
 */
export function projectDetailsJson(ownerId: string, createdAt: number): Record<string, unknown> {
  return { id: ownerId, status: 'ACTIVE', name: `OpenTok emulator ${ownerId}`, environment: 'standard', createdAt };
}
