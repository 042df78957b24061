// Runs the suite in the page and leaves the result on `globalThis.__result` for the Playwright driver.
import { publishCaseResults } from '@opentok/testing/runtime-cases';
import { webCases } from './web-cases.js';

publishCaseResults(webCases());
