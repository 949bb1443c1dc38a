import { Histogram, type MetricObjectWithValues, type MetricValue, Registry } from 'prom-client';

/**
 * The histograms a child process keeps (prom-client), reported to the
 * master with its stats every second; the master aggregates the children's
 * and serves them on /metrics. A scrape never waits on a child.
 *
 * Labels are bounded: command types come from the protocol's list, Tarantool
 * procedures from our own Lua namespaces.
 */

const FAST = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

export class ProcessMetrics {
  readonly registry = new Registry();
  private readonly commands = new Histogram({
    name: 'gameserver_command_duration_seconds',
    help: 'Time from a command leaving the connection queue to its answer, by command type.',
    labelNames: ['command'],
    buckets: FAST,
    registers: [this.registry],
  });
  private readonly calls = new Histogram({
    name: 'gameserver_tarantool_call_duration_seconds',
    help: 'Tarantool procedure calls, from the send to the answer, by procedure.',
    labelNames: ['procedure'],
    buckets: [...FAST, 5, 30],
    registers: [this.registry],
  });
  private readonly batches = new Histogram({
    name: 'gameserver_drain_batch_duration_seconds',
    help: 'One drain batch: from taking it from the queue to its acknowledgement.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  /** Label children cached: a hot-path observe does no label hashing. */
  private readonly byCommand = new Map<string, { observe(v: number): void }>();
  private readonly byProcedure = new Map<string, { observe(v: number): void }>();

  command(type: string, seconds: number): void {
    let h = this.byCommand.get(type);
    if (!h) this.byCommand.set(type, (h = this.commands.labels(type)));
    h.observe(seconds);
  }

  call(procedure: string, seconds: number): void {
    let h = this.byProcedure.get(procedure);
    if (!h) this.byProcedure.set(procedure, (h = this.calls.labels(procedure)));
    h.observe(seconds);
  }

  batch(seconds: number): void {
    this.batches.observe(seconds);
  }

  /** The metrics as JSON, for the master (prom-client's AggregatorRegistry format). */
  json(): Promise<MetricsJson> {
    return this.registry.getMetricsAsJSON() as Promise<MetricsJson>;
  }
}
