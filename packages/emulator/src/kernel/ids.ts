/** A random RFC 4122 version-4 UUID (the shape of archive, broadcast and connection IDs). */
export function uuid(): string {
  return crypto.randomUUID();
}
