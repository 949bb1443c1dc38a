import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/** How often the timer behind the figure runs, ms: 50 wake-ups a second. */
export const LOOP_LAG_RESOLUTION_MS = 20;

/**
 * How late the event loop runs a worker's timers: `game_event_loop_lag_ms`.
 * Node's monitor records the time between two runs of a timer of
 * LOOP_LAG_RESOLUTION_MS, so an idle loop reads as that interval itself;
 * the lag is what comes on top of it. Each read() covers the time since
 * the one before (the worker's report, once a second), not the worker's
 * whole life: from the monitor's running count and total, since its
 * reset() would drop the first interval after it, a stall included.
 *
 * The monitor runs only while the worker has connections (`serving`): its
 * timer is most of an idle worker's wake-ups, about 4 ms of CPU a second
 * on the benchmark machine. A monitor enabled again records the time it
 * was off as one late run, so each start is a new monitor.
 */
export class LoopLag {
  private histogram: IntervalHistogram | null = null;
  private enabled = false;
  /** The monitor's count and total at the last read. */
  private count = 0;
  private totalNs = 0;

  enable(): void {
    this.enabled = true;
    this.start();
  }

  disable(): void {
    this.enabled = false;
    this.stop();
  }

  /** Whether there is anyone to be late for: with no connection the monitor stops. */
  serving(yes: boolean): void {
    if (!this.enabled) return;
    if (yes) this.start();
    else this.stop();
  }

  /** Whether the monitor is running now. */
  get running(): boolean {
    return this.histogram !== null;
  }

  /** The mean lag since the last read, ms (0 with no run of the timer in between). */
  read(): number {
    if (!this.histogram) return 0;
    const { count, mean } = this.histogram;
    const totalNs = count > 0 ? mean * count : 0;
    const runs = count - this.count;
    const ns = totalNs - this.totalNs;
    this.count = count;
    this.totalNs = totalNs;
    return runs > 0 ? Math.max(0, ns / runs / 1e6 - LOOP_LAG_RESOLUTION_MS) : 0;
  }

  private start(): void {
    if (this.histogram) return;
    this.histogram = monitorEventLoopDelay({ resolution: LOOP_LAG_RESOLUTION_MS });
    this.histogram.enable();
    this.count = 0;
    this.totalNs = 0;
  }

  private stop(): void {
    this.histogram?.disable();
    this.histogram = null;
  }
}
