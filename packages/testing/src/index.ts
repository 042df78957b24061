// The emulator scenario helpers are in `@opentok/testing/emulator`, so that the packages the emulator
// itself depends on (core, tokens) can use these helpers without loading it.
export { startRecorder, type CannedResponse, type Recorder, type RecordedRequest } from './recorder.js';
export { useRecorder, type RecorderHandle, type UseRecorderOptions } from './use-recorder.js';
export { capturedRequests, responseFixture, type CapturedRequest } from './fixtures.js';
export { officialRequest, type OfficialRequest } from './official.js';
export { wireRows, type WireRow } from './wire-rows.js';
export { validationRows, type ValidationRow } from './validation-rows.js';
export { errorRows, type ErrorRow } from './error-rows.js';
export { authClaims, testClient, TEST_CREDENTIALS, TEST_SESSION_ID } from './test-client.js';
export { failure } from './failure.js';
export { TEST_APPLICATION, TEST_APPLICATION_PUBLIC_KEY, TEST_APPLICATION_SESSION_ID } from './test-application.js';
