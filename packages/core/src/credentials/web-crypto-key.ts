/**
 * A Web Crypto key (`CryptoKey`) as this SDK's declarations name it: by its shape, so that a Node project compiles
 * them without the DOM lib. Every runtime's `CryptoKey` fits it (the DOM lib's, Node's `webcrypto.CryptoKey`,
 * workerd's, Deno's, Bun's); at run time the value must be a real `CryptoKey`.
 */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}
