// A Worker whose `test()` handler runs the suite; `workerd test` fails when it throws.
import { allCases } from '../../suite/cases.js';
import { runCases } from '../harness.js';

export default {
  async test(): Promise<void> {
    const { passed, failed, failures } = await runCases(allCases());
    for (const failure of failures) console.error(`FAIL ${failure}`);
    console.log(`RESULT ${passed} passed, ${failed} failed`);
    if (failed > 0) throw new Error(`${failed} case(s) failed`);
  },
};
