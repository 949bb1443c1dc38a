import assert from 'node:assert/strict';
import {
  parseCommandBuckets,
  pausesBetween,
  quantileBetween,
  workerPauses,
} from '../../src/bench/server-latency';

/** The bench's reading of the workers' command histogram (src/bench/server-latency.ts). */
describe('bench: server-side latency from the command histogram', () => {
  const scrape = (plant: number[], sell: number[]) => {
    const les = ['0.001', '0.005', '0.01', '0.025', '+Inf'];
    const lines = (cmd: string, counts: number[]) =>
      les.map(
        (le, i) =>
          `gameserver_command_duration_seconds_bucket{command="${cmd}",le="${le}"} ${counts[i]}`,
      );
    return [
      '# HELP gameserver_command_duration_seconds Time ...',
      ...lines('plant', plant),
      ...lines('sell', sell),
      'gameserver_command_duration_seconds_sum{command="plant"} 1.5',
      'gameserver_tarantool_call_duration_seconds_bucket{procedure="gs.get",le="0.001"} 999',
    ].join('\n');
  };

  it('sums the commands by bound and ignores other metrics', () => {
    const b = parseCommandBuckets(scrape([1, 2, 3, 4, 5], [10, 20, 30, 40, 50]));
    assert.deepEqual(
      [...b],
      [
        [0.001, 11],
        [0.005, 22],
        [0.01, 33],
        [0.025, 44],
        [Infinity, 55],
      ],
    );
  });

  it('quantiles of what was counted between two readings, interpolated in their bucket', () => {
    const before = parseCommandBuckets(scrape([0, 0, 0, 0, 0], [100, 100, 100, 100, 100]));
    // 100 new commands: 50 within 1 ms, 90 within 5 ms, 99 within 10 ms, 100 within 25 ms.
    const after = parseCommandBuckets(scrape([50, 90, 99, 100, 100], [100, 100, 100, 100, 100]));
    assert.equal(quantileBetween(before, after, 0.5), 0.001);
    assert.ok(Math.abs(quantileBetween(before, after, 0.7) - 0.003) < 1e-9);
    assert.ok(Math.abs(quantileBetween(before, after, 0.99) - 0.01) < 1e-9);
    assert.ok(Math.abs(quantileBetween(before, after, 0.995) - 0.0175) < 1e-9);
    assert.ok(Number.isNaN(quantileBetween(after, after, 0.99)), 'nothing counted');
  });

  it('a quantile in +Inf is reported as the last finite bound', () => {
    const after = parseCommandBuckets(scrape([0, 0, 0, 1, 10], [0, 0, 0, 0, 0]));
    assert.equal(quantileBetween(new Map(), after, 0.99), 0.025);
  });

  it("the workers' GC pauses between two readings: count, total and the long ones, by role and kind", () => {
    const gc = (minor: number[], sum: number) =>
      [
        ...['0.005', '0.01', '+Inf'].map(
          (le, i) =>
            `gameserver_gc_pause_seconds_bucket{le="${le}",role="worker",kind="minor"} ${minor[i]}`,
        ),
        `gameserver_gc_pause_seconds_sum{role="worker",kind="minor"} ${sum}`,
        'gameserver_gc_pause_seconds_bucket{le="+Inf",role="drainer",kind="minor"} 999',
        'gameserver_gc_pause_seconds_sum{role="drainer",kind="minor"} 99',
        'gameserver_gc_pause_seconds_sum{role="worker",kind="major"} 7',
      ].join('\n');
    const read = (text: string) => workerPauses(text, 'minor');
    const p = pausesBetween(read(gc([1, 2, 3], 0.02)), read(gc([5, 8, 12], 0.145)), 0.01);
    assert.equal(p.count, 9);
    assert.equal(p.longer, 3);
    assert.ok(Math.abs(p.ms - 125) < 1e-9, `${p.ms}`);
  });
});
