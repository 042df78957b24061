export { startRecorder, type CannedResponse, type Recorder, type RecordedRequest } from './recorder.js';
export { capturedRequests, responseFixture, type CapturedRequest } from './fixtures.js';
export { authClaims, testClient, TEST_CREDENTIALS, TEST_SESSION_ID } from './test-client.js';
