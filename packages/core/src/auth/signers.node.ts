import { createHmac, KeyObject, sign } from 'node:crypto';
import type { Signers } from './signers.js';

// The KeyObject of each imported private key, made once.
const keyObjects = new WeakMap<CryptoKey, KeyObject>();

/** REST auth signatures on node:crypto, chosen by the `node` export condition (see `signers.ts`). */
export const signers: Signers = {
  hs256: (secret) => async (input) => createHmac('sha256', secret).update(input).digest(),
  rs256: async (key, input) => {
    let object = keyObjects.get(key);
    if (object === undefined) {
      object = KeyObject.from(key);
      keyObjects.set(key, object);
    }
    return sign('sha256', input, object);
  },
};
