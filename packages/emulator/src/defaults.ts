import type { EmulatorApplication, ProjectCredentials } from './state/credentials.js';

/**
 * The default project: demo credentials that can never be real (OpenTok secrets are 40 hex digits;
 * this one has letters outside hex). The CLI prints them.
 *
 * @example
 * ```ts
 * import { DEMO_PROJECT } from '@opentok/emulator';
 * const client = createClient({ ...DEMO_PROJECT, apiUrl: 'http://127.0.0.1:4010' });
 * ```
 */
export const DEMO_PROJECT: ProjectCredentials = Object.freeze({ apiKey: '10000001', apiSecret: 'emulator-demo-secret-not-a-real-opentok-secret' });

/**
 * The in-process base URL, until `listen` switches `emulator.url` to the real HTTP address.
 *
 * @example
 * ```ts
 * import { createEmulator, IN_PROCESS_URL } from '@opentok/emulator';
 * createEmulator().url === IN_PROCESS_URL; // true until listen()
 * ```
 */
export const IN_PROCESS_URL = 'http://opentok.emulator';

/**
 * The default Vonage application: a fixed, throw-away 2048-bit RSA key pair committed with the
 * emulator. It is public knowledge, like the demo project's secret, so it is never a credential:
 * fixed so that the demo, tests and the CLI's key file are the same on every run, and so that
 * `createEmulator()` stays synchronous (Web Crypto generates keys asynchronously). The ID is a
 * version-4-shaped UUID no real application has (its digits echo the demo API key). The CLI writes
 * the private key to a file.
 *
 * @example
 * ```ts
 * import { DEMO_APPLICATION } from '@opentok/emulator';
 * const { applicationId, privateKey } = DEMO_APPLICATION;
 * const client = createClient({ applicationId, privateKey, apiUrl: 'http://127.0.0.1:4010' });
 * ```
 */
export const DEMO_APPLICATION: Required<EmulatorApplication> = Object.freeze({
  applicationId: '00000000-0000-4000-8000-000010000001',
  publicKey: `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsxKyC2kRv1eCcCn7lRH7
QkgKHVRRldK1wLmpL8tlCqDwGfKn5rjhgy2q7hNnlfdttOe4QreSc8bda0ZVTsDM
NA05OBMuR4+JDRMoIka7rHxG6s2DDTZSVY4PEQOSWHNarfz/JudxtkLbq0JuHi2Q
9ZC3VtDdla4w6h3ly9/rNFTmFlPwPxQCtndZfvFWyTiW7jrR4zoSHCgldMAE+xkC
rvJAcW63GgqZu4H9iK5xO7OXYZsMUxQtcfEsFwlzEoOSdlIOOm2Lni4Z4DOqA5jp
w5Y4dL5INvPqG9jrWLXFUgC/BuKSzUu6niruorUdZaBHLUpAamRxL07ndFuY48oy
9wIDAQAB
-----END PUBLIC KEY-----
`,
  privateKey: `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCzErILaRG/V4Jw
KfuVEftCSAodVFGV0rXAuakvy2UKoPAZ8qfmuOGDLaruE2eV922057hCt5Jzxt1r
RlVOwMw0DTk4Ey5Hj4kNEygiRrusfEbqzYMNNlJVjg8RA5JYc1qt/P8m53G2Qtur
Qm4eLZD1kLdW0N2VrjDqHeXL3+s0VOYWU/A/FAK2d1l+8VbJOJbuOtHjOhIcKCV0
wAT7GQKu8kBxbrcaCpm7gf2IrnE7s5dhmwxTFC1x8SwXCXMSg5J2Ug46bYueLhng
M6oDmOnDljh0vkg28+ob2OtYtcVSAL8G4pLNS7qeKu6itR1loEctSkBqZHEvTud0
W5jjyjL3AgMBAAECggEALy6AWdBLvEn+1LXDE0JjHNIlVBf4zQxxFf/1C2JAU54W
1Qdh5MEWrfz02fij5NgGAFHDc1Sx0i51/YNRC8hxpU9MobEwEuvHNPo0q19OqIIw
H0KZwnvrEp606osx3ns6S7hqs+HsTJTuEwAUSoA//uur2sR6daspOS46c06ixq0c
8mL1kJKhxOi35N7Zn1olFNOsd6kD895JGdC/ZnkXQkxgJDhOu95HAPte9tLaXS33
H1pPFQ3zxLL1bCvXDEwM2iowzWV7Jy8kGUnGQMvC32RbgoIpaLy8AKmU6BTMzriH
wj5HsbUB4okBcLKI6M9cvTod4pgmJ/KDWaBmiESvcQKBgQDd4CQqJwaaodjfxWm0
F5OJL5KRddWe/g+bzOTjp58EupEyiAMCsToRr/hIcynWnQdAtVuMeh/hPsUNG/VQ
TZv9sbES9KO90R3q36Dgx5VROLiZuFYqB9HN0xi9/AlnCV7Gee1X3e7k6ft43h8r
cDY5pfS1kKNZMkJ3trjV+vwmJwKBgQDOnUy04YsZjnScb/oJcl2JSVEUnsx6k5eV
7B1xDfeVR9C01MT+AhpjAcylPXXwUYBap/yZoZDIqlvhM2lshEsf/7rvIvlGSSYM
DVUn233+NrZocH1wMW3X28Jt/dTOfZHXTN+77qXkx+H7bK97BedV2KeEvyvsPomz
UieBw3LesQKBgQCPhmCei+QvvyZlinRYNTAQ/B8ZzVnEoaBDLoWZ5mJtUqp+P5GC
+lYP/v7jDuwvkiCQ8UApXQ6mTE53rnA/5BRWRc2/71TEgzORLdwJy9GBWum/Nok2
YxyKwlUtAI6sglk2lsS7pCrXFazAgR80oD/ThtEHamrgViy8+AwVD2hw3QKBgQCT
R1VyaoO5B+7fxII7UaaTQgvl4vxnM+YOHG0wNYCSjMqc3D4/wkgE4zd5YkI7uB0C
glRxPtXx9F3iPb+cdwEGIkiiRg/ipinU1XwqGS/Kkj2cXPNNki52fFQwC4wyVRgs
nMOvNwJR/pl7m5HK4/5vFyzyV0N792g4xwsaWLP9QQKBgHagcG7rRfo+w8rqWCJp
9eoiKR4J6gacgyT+K9kcznyyzQYP2VKC8rdEm4zQ9SNrpGJaJK2ZZ30tlmlBHxIT
ZtStoNNvyw0cF+um6UIafdXEkD3SGtpb5fDRARmgXZiFQlYyk850RLyVEBrVCsab
6TxW+AngC93SNyXwzTIi+J+C
-----END PRIVATE KEY-----
`,
});
