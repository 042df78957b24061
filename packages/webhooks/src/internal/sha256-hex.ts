/** Lower-case hex of SHA-256(bytes). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  let hex = '';
  for (const byte of new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  return hex;
}
