// The emulator scenario helpers are in `@opentok/testing/emulator`, so that the packages the emulator
// itself depends on (core, tokens) can use these helpers without loading it.
export { startRecorder, type CannedResponse, type Recorder, type RecordedRequest } from './recorder.js';
export { useRecorder, type RecorderHandle, type UseRecorderOptions } from './use-recorder.js';
export { capturedRequests, responseFixture, type CapturedRequest } from './fixtures.js';
export { authClaims, testClient, TEST_CREDENTIALS, TEST_SESSION_ID } from './test-client.js';
export { failure } from './failure.js';
export { TEST_APPLICATION, TEST_APPLICATION_PUBLIC_KEY, TEST_APPLICATION_SESSION_ID } from './test-application.js';
