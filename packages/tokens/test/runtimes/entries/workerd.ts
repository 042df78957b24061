// A Worker whose `test()` handler runs the suite; `workerd test` fails when it throws.
import { casesWorker } from '@opentok/testing/runtime-cases';
import { webCases } from './web-cases.js';

export default casesWorker(webCases);
