import { fail } from '../errors.js';

/** The label and DER bytes of one PEM block. */
export interface PemBlock {
  /** The armour label, e.g. `PUBLIC KEY` or `RSA PRIVATE KEY`. */
  readonly label: string;
  readonly der: Uint8Array<ArrayBuffer>;
}

const BLOCK = /^-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----$/;

/**
 * Reads PEM text the way keys actually arrive: surrounding whitespace, CRLF line ends and the
 * literal `\n` of one-line environment variables are tolerated. A refusal never echoes the text
 * (it may be a private key). `name` is the option named in the message.
 */
export function readPem(text: unknown, name: string, expected: string): PemBlock {
  if (typeof text !== 'string' || text.trim() === '') fail(400, `Invalid application: "${name}" must be PEM text (-----BEGIN ${expected}-----).`);
  const normalised = text.replace(/\\r\\n|\\n/g, '\n').replace(/\r\n?/g, '\n').trim();
  const match = BLOCK.exec(normalised);
  if (match === null) {
    const path = !normalised.includes('-----') && /[/\\]|\.(key|pem)$/i.test(normalised);
    fail(400, `Invalid application: "${name}" ${path ? 'looks like a file path; pass the contents of the file' : `is not one PEM block (-----BEGIN ${expected}----- … -----END ${expected}-----)`}.`);
  }
  let binary: string;
  try {
    binary = atob(match[2]!.replace(/\s+/g, ''));
  } catch {
    return fail(400, `Invalid application: the body of "${name}" is not base64.`);
  }
  const der = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i);
  return { label: match[1]!, der };
}

/** PEM text for DER bytes: base64 in lines of 64, LF line ends, a final newline. */
export function writePem(label: string, der: Uint8Array): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
