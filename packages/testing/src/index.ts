// The emulator scenario helpers are in `@opentok/testing/emulator`, so that the packages the emulator
// itself depends on (core, tokens) can use these helpers without loading it.

export { type ErrorRow, errorRows } from './error-rows.js';
export { failure } from './failure.js';
export { type CapturedRequest, capturedRequests, responseFixture } from './fixtures.js';
export { type OfficialRequest, officialRequest } from './official.js';
export { type CannedResponse, type RecordedRequest, type Recorder, startRecorder } from './recorder.js';
export { TEST_APPLICATION, TEST_APPLICATION_PUBLIC_KEY, TEST_APPLICATION_SESSION_ID } from './test-application.js';
export { authClaims, TEST_CREDENTIALS, TEST_SESSION_ID, testClient } from './test-client.js';
export { type RecorderHandle, type UseRecorderOptions, useRecorder } from './use-recorder.js';
export { type ValidationRow, validationRows } from './validation-rows.js';
export { type WireRow, wireRows } from './wire-rows.js';
