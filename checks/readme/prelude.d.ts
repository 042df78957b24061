// What README blocks use without declaring it: the values a reader's own code would hold at that point.
// Global (this file is a script, not a module), so a block that declares one of these names itself
// shadows it in its own module.
declare const applicationId: string;
declare const privateKey: string;
declare const apiKey: string;
declare const apiSecret: string;
declare const sessionId: string;
declare const connectionId: string;
declare const streamId: string;
declare const customerStreamId: string;
declare const archiveId: string;
declare const broadcastId: string;
declare const publicKey: string;
declare const spkiPem: string;
declare const pkcs8Pem: string;
declare const client: import('@opentok/core').OpenTokClient;
declare const emulator: import('@opentok/emulator').Emulator;
