import assert from 'node:assert/strict';
import { CpuMeter, machineTicks, runQueueWait, threadTimes } from '../../src/bench/cpu';

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

  it('run-queue wait grows while more threads spin than there are cores; the machine shows busy', async () => {
    const { Worker } = await import('node:worker_threads');
    const cores = (await import('node:os')).availableParallelism();
    const spin = 'const end = Date.now() + 900; while (Date.now() < end);';
    const before = runQueueWait(process.pid);
    const ticks = machineTicks();
    const workers = Array.from({ length: cores + 2 }, () => new Worker(spin, { eval: true }));
    const exited = Promise.all(workers.map((w) => new Promise((r) => w.once('exit', r))));
    await new Promise((r) => setTimeout(r, 600));
    // Two threads more than cores, for half a second: about a second of waiting between them.
    const waited = runQueueWait(process.pid) - before;
    const after = machineTicks();
    await exited;
    assert.ok(waited > 100_000, `${waited} µs waited`);
    assert.ok(after.busy - ticks.busy > 0 && after.total > ticks.total);
    assert.equal(runQueueWait(2 ** 22 + 12345), 0);
  });
});
