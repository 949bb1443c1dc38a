import { useNumbersForLongs } from '../../src/protocol/messages';
import { stopAll } from './servers';
import { removeTempDirs } from './temp';
import { stopAllWorkers } from './workers';

// What the CLI does at start-up, done once for every test file.
useNumbersForLongs();

/** Mocha root hooks (loaded with --require): nothing a test started outlives the run. */
export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60000);
    await stopAllWorkers();
    await stopAll();
    removeTempDirs();
  },
};
