import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { Histogram, type MetricObjectWithValues, type MetricValue, Registry } from 'prom-client';

/**
 * The histograms a child process keeps, reported to the master with its
 * stats every second; the master aggregates the children's (prom-client's
 * AggregatorRegistry) and serves them on /metrics. A scrape never waits on
 * a child.
 *
 * Labels are bounded: command types come from the protocol's list, Tarantool
 * procedures from our own Lua namespaces.
 */

const FAST = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

interface Series {
  /** Observations per bucket (not cumulative); the last is above every bound. */
  counts: number[];
  sum: number;
}

/**
 * A histogram with one label, for the hot path (each command observes it):
 * an observe is a bucket search and two additions, where prom-client's
 * converts, validates and hashes the labels every time (about 0.35 µs).
 * `json()` gives what prom-client's getMetricsAsJSON gives for the same
 * observations (test/unit/process-metrics.test.ts holds it to that).
 */
export class LabelledHistogram {
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelName: string,
    readonly buckets: readonly number[],
    /** Labels every series of this process carries (e.g. its role). */
    readonly constLabels: Readonly<Record<string, string>> = {},
  ) {}

  observe(label: string, value: number): void {
    let s = this.series.get(label);
    if (!s)
      this.series.set(label, (s = { counts: new Array(this.buckets.length + 1).fill(0), sum: 0 }));
    const b = this.buckets;
    let i = 0;
    while (i < b.length && value > b[i]!) i++;
    s.counts[i]!++;
    s.sum += value;
  }

  json(): MetricsJson[number] {
    const values: Array<Record<string, unknown>> = [];
    for (const [label, s] of this.series) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += s.counts[i]!;
        values.push(this.bucket(le, label, cumulative));
      });
      const count = cumulative + s.counts[this.buckets.length]!;
      values.push(this.bucket('+Inf', label, count));
      const labels = { ...this.constLabels, [this.labelName]: label };
      values.push({ value: s.sum, metricName: `${this.name}_sum`, labels });
      values.push({ value: count, metricName: `${this.name}_count`, labels });
    }
    const metric = {
      name: this.name,
      help: this.help,
      type: 'histogram',
      values,
      aggregator: 'sum',
    };
    return metric as unknown as MetricsJson[number];
  }

  private bucket(le: number | string, label: string, value: number): Record<string, unknown> {
    const labels = { le, ...this.constLabels, [this.labelName]: label };
    return { value, metricName: `${this.name}_bucket`, exemplar: null, labels };
  }
}

/** Node's names for V8's collections, as the `kind` label. */
const GC_KINDS = new Map<number, string>([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
]);

/** The collection a `gc` performance entry was (its `detail.kind`). */
export function gcKind(entry: PerformanceEntry): string {
  const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
  return (kind !== undefined && GC_KINDS.get(kind)) || 'other';
}

export class ProcessMetrics {
  readonly registry = new Registry();
  /**
   * The process's garbage-collection pauses: nothing else runs meanwhile,
   * so a command that arrives during one waits for all of it. A scavenge
   * (`minor`) is usually a few milliseconds; under load, with much in
   * flight, tens (BENCHMARKS.md).
   */
  private readonly gc: LabelledHistogram;
  private gcObserver: PerformanceObserver | null = null;
  private readonly commands = new LabelledHistogram(
    'gameserver_command_duration_seconds',
    'Time from a command leaving the connection queue to its answer, by command type.',
    'command',
    FAST,
  );
  private readonly calls = new LabelledHistogram(
    'gameserver_tarantool_call_duration_seconds',
    'Tarantool procedure calls, from the send to the answer, by procedure.',
    'procedure',
    [...FAST, 5, 30],
  );
  private readonly batches = new Histogram({
    name: 'gameserver_drain_batch_duration_seconds',
    help: 'One drain batch: from taking it from the queue to its acknowledgement.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** `role` labels this process's GC pauses (worker, drainer). */
  constructor(role = 'process') {
    this.gc = new LabelledHistogram(
      'gameserver_gc_pause_seconds',
      'Garbage-collection pauses of the workers and drainers, by role and kind.',
      'kind',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      { role },
    );
  }

  /** Starts timing this process's GC pauses (a few a second: no cost that shows). */
  watchGc(): void {
    if (this.gcObserver) return;
    this.gcObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.gc.observe(gcKind(e), e.duration / 1000);
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });
  }

  unwatchGc(): void {
    this.gcObserver?.disconnect();
    this.gcObserver = null;
  }

  command(type: string, seconds: number): void {
    this.commands.observe(type, seconds);
  }

  call(procedure: string, seconds: number): void {
    this.calls.observe(procedure, seconds);
  }

  batch(seconds: number): void {
    this.batches.observe(seconds);
  }

  /** The metrics as JSON, for the master (prom-client's AggregatorRegistry format). */
  async json(): Promise<MetricsJson> {
    const rest = (await this.registry.getMetricsAsJSON()) as MetricsJson;
    return [this.commands.json(), this.calls.json(), this.gc.json(), ...rest];
  }
}
