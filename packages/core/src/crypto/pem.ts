/**
 * What reading PEM text found. A block: its armour label (`PRIVATE KEY`, `PUBLIC KEY`, …) and the DER bytes of
 * its body. Otherwise the problem, with the label when there was a `-----BEGIN …-----` line: `file-path` (it looks
 * like the name of a key file, not its text), `not-pem` (no `-----BEGIN …-----` line), `truncated` (no matching
 * `-----END …-----` line), `not-base64` (the body does not decode). Each caller words its own error from it; the
 * text itself is never repeated (it may be a private key).
 */
export type PemReading =
  | { readonly label: string; readonly der: Uint8Array<ArrayBuffer>; readonly problem?: undefined }
  | { readonly label?: string; readonly der?: undefined; readonly problem: 'file-path' | 'not-pem' | 'truncated' | 'not-base64' };

const BEGIN = /^-----BEGIN ([A-Z0-9 ]+)-----/;

/**
 * Reads one PEM block the way keys actually arrive: surrounding whitespace, CRLF line ends and the literal `\n`
 * escapes of one-line environment variables (`.env` files) are accepted. Synchronous, Web-platform only.
 */
export function readPem(input: string): PemReading {
  // Base64 never contains a backslash, so a literal "\n" can only be an escaped line end.
  const text = input
    .replace(/(?:\\r)?\\n/g, '\n')
    .replace(/\r\n?/g, '\n')
    .trim();
  const begin = BEGIN.exec(text);
  if (begin === null) {
    const path = text.length < 256 && !text.includes('-----') && /^[~.]?[\w.~-]*[/\\]|\.(?:key|pem)$/i.test(text);
    return { problem: path ? 'file-path' : 'not-pem' };
  }
  const label = begin[1]!;
  const end = `-----END ${label}-----`;
  if (!text.endsWith(end)) return { label, problem: 'truncated' };
  let binary: string;
  try {
    binary = atob(text.slice(begin[0].length, -end.length).replace(/\s+/g, ''));
  } catch {
    return { label, problem: 'not-base64' };
  }
  return { label, der: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
}

/** PEM text for DER bytes: base64 in lines of 64, LF line ends, a final newline. */
export function writePem(label: string, der: Uint8Array): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
