// Runs the suite in the page and leaves the result on `globalThis.__result` for the Playwright driver.
import { publishCaseResults } from '@opentok/testing/runtime-cases';
import { allCases } from '../../suite/cases.js';

publishCaseResults(allCases());
