import assert from 'node:assert/strict';
import { CpuMeter, threadTimes } from '../../src/bench/cpu';

describe('bench CPU meter (/proc)', () => {
  it("reads each thread's CPU by thread name, and nothing for a process that is gone", () => {
    const spin = Date.now() + 30;
    while (Date.now() < spin);
    const mine = threadTimes(process.pid);
    assert.ok(mine.size >= 1, 'at least the main thread');
    const total = [...mine.values()].reduce((a, b) => a + b, 0);
    assert.ok(total > 0, 'this process has spent CPU');
    assert.equal(threadTimes(2 ** 22 + 12345).size, 0);
  });

  it('splits a group by thread when asked, the threads adding up to the group', () => {
    const meter = new CpuMeter({ me: [process.pid] }, ['me']);
    meter.start();
    const spin = Date.now() + 60;
    while (Date.now() < spin);
    const spent = meter.stop();
    const threads = Object.values(meter.threads.me ?? {}).reduce((a, b) => a + b, 0);
    assert.ok((spent.me ?? 0) > 0);
    // Clock ticks: the two readings may differ by a tick or so per thread.
    assert.ok(Math.abs(threads - (spent.me ?? 0)) <= 50_000, `${threads} vs ${spent.me}`);
  });
});
