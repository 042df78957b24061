// Independent signers (Web Crypto directly) for tokens the suite builds by hand: Python-style T1 and JWT
// claim sets, and correctly signed garbage for the fuzz cases.

const encoder = new TextEncoder();

async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data)));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const base64Text = (text: string): string => base64(encoder.encode(text));
export const base64urlText = (text: string): string => base64Text(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** `T1==` token over an exact data string, as §3.1 builds it. */
export async function signT1(apiKey: string, apiSecret: string, dataString: string): Promise<string> {
  const sig = [...(await hmac('SHA-1', apiSecret, dataString))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `T1==${base64Text(`partner_id=${apiKey}&sig=${sig}:${dataString}`)}`;
}

/** HS256 JWT over an exact claims JSON text (and header JSON text). */
export async function signJwt(apiSecret: string, claimsJson: string, headerJson = '{"alg":"HS256","typ":"JWT"}'): Promise<string> {
  const input = `${base64urlText(headerJson)}.${base64urlText(claimsJson)}`;
  const sig = base64(await hmac('SHA-256', apiSecret, input))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `${input}.${sig}`;
}

/** Python's `quote_plus`: unreserved `A-Za-z0-9_.-~`, space → `+`, the rest `%XX` of UTF-8. */
export function quotePlus(value: string): string {
  return [...encoder.encode(value)]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9_.~-]/.test(c)) return c;
      return c === ' ' ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

function pemBytes(pem: string): Uint8Array<ArrayBuffer> {
  const binary = atob(pem.replace(/-----[^-]+-----|\s+/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** RS256 JWT over an exact claims JSON text, signed with a PKCS#8 PEM key (Web Crypto directly). */
export async function signRs256(privateKeyPem: string, claimsJson: string, headerJson = '{"alg":"RS256","typ":"JWT"}'): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', pemBytes(privateKeyPem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const input = `${base64urlText(headerJson)}.${base64urlText(claimsJson)}`;
  const sig = base64(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(input))));
  return `${input}.${sig.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}
