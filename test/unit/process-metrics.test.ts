import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { AggregatorRegistry, Histogram, Registry } from 'prom-client';
import { LabelledHistogram, ProcessMetrics } from '../../src/metrics/process-metrics';

/** The hot-path histogram must report exactly what prom-client's would. */
describe('LabelledHistogram', () => {
  const buckets = [0.0001, 0.001, 0.01, 0.1];
  const observations: Array<[string, number]> = [
    ['plant', 0.00005],
    ['plant', 0.0001],
    ['plant', 0.002],
    ['sell', 0.5],
    ['plant', 0.1],
    ['sell', 0.00099],
  ];

  it("gives prom-client's getMetricsAsJSON for the same observations", async () => {
    const registry = new Registry();
    const reference = new Histogram({
      name: 'x_seconds',
      help: 'h',
      labelNames: ['command'],
      buckets,
      registers: [registry],
    });
    const ours = new LabelledHistogram('x_seconds', 'h', 'command', buckets);
    for (const [label, v] of observations) {
      reference.labels(label).observe(v);
      ours.observe(label, v);
    }
    const [expected] = await registry.getMetricsAsJSON();
    assert.deepEqual(JSON.parse(JSON.stringify(ours.json())), JSON.parse(JSON.stringify(expected)));
  });

  it("with labels of the process (role): still prom-client's JSON", async () => {
    const registry = new Registry();
    const reference = new Histogram({
      name: 'y_seconds',
      help: 'h',
      labelNames: ['role', 'kind'],
      buckets,
      registers: [registry],
    });
    const ours = new LabelledHistogram('y_seconds', 'h', 'kind', buckets, { role: 'worker' });
    for (const [label, v] of observations) {
      reference.labels({ role: 'worker', kind: label }).observe(v);
      ours.observe(label, v);
    }
    const [expected] = await registry.getMetricsAsJSON();
    assert.deepEqual(JSON.parse(JSON.stringify(ours.json())), JSON.parse(JSON.stringify(expected)));
  });

  it('GC pauses: counted by kind under the role while watched, not after', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const m = new ProcessMetrics('worker');
    const majors = async () => {
      await sleep(50); // the observer is told after the collection
      const text = await AggregatorRegistry.aggregate([await m.json()]).metrics();
      const line = /gameserver_gc_pause_seconds_count\{role="worker",kind="major"\} (\d+)/.exec(
        text,
      );
      return Number(line?.[1] ?? 0);
    };
    m.watchGc();
    gc();
    gc();
    const counted = await majors();
    assert.ok(counted >= 2, `${counted} major collections counted`);
    m.unwatchGc();
    gc();
    assert.equal(await majors(), counted);
  });

  it("aggregates across processes into prom-client's text, as the master serves it", async () => {
    const a = new ProcessMetrics();
    const b = new ProcessMetrics();
    a.command('plant', 0.0003);
    b.command('plant', 0.02);
    b.call('gs.save_batch', 0.001);
    a.batch(0.2);
    const text = await AggregatorRegistry.aggregate([await a.json(), await b.json()]).metrics();
    assert.match(
      text,
      /gameserver_command_duration_seconds_bucket\{le="0.0005",command="plant"\} 1\n/,
    );
    assert.match(text, /gameserver_command_duration_seconds_count\{command="plant"\} 2\n/);
    assert.match(
      text,
      /gameserver_tarantool_call_duration_seconds_count\{procedure="gs.save_batch"\} 1\n/,
    );
    assert.match(text, /gameserver_drain_batch_duration_seconds_count 1\n/);
  });
});
