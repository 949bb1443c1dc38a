import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { IdleSweep, IdleWatched } from '../../src/transport/idle';

/** A watched connection whose sweep-time work is a function of the test's. */
class Watched extends IdleWatched {
  awakes = 0;
  failures: unknown[] = [];

  constructor(
    sweep: IdleSweep,
    private readonly work: () => void = () => undefined,
  ) {
    super(sweep);
  }

  protected override awake(): void {
    this.awakes++;
    this.work();
  }

  override sweepFailed(err: unknown): void {
    this.failures.push(err);
  }
}

describe('IdleSweep (one timer for a transport)', () => {
  it("one connection's throw is its own: the others are still checked, nothing escapes the timer", async () => {
    const sweep = new IdleSweep(300);
    const boom = new Error('boom');
    const broken = new Watched(sweep, () => {
      throw boom;
    });
    const fine = new Watched(sweep);
    const idled: string[] = [];
    broken.idleAfter(60000, () => idled.push('broken'));
    fine.idleAfter(60000, () => idled.push('fine'));
    try {
      await sleep(600);
    } finally {
      sweep.stop();
    }
    assert.ok(fine.awakes >= 2, `${fine.awakes} sweeps reached the second connection`);
    assert.ok(broken.failures.length >= 2 && broken.failures.every((e) => e === boom));
    assert.deepEqual(idled, []);
  });
});
