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
 */
export class LoopLag {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({
    resolution: LOOP_LAG_RESOLUTION_MS,
  });
  /** The monitor's count and total at the last read. */
  private count = 0;
  private totalNs = 0;

  enable(): void {
    this.histogram.enable();
  }

  disable(): void {
    this.histogram.disable();
  }

  /** The mean lag since the last read, ms (0 with no run of the timer in between). */
  read(): number {
    const { count, mean } = this.histogram;
    const totalNs = count > 0 ? mean * count : 0;
    const runs = count - this.count;
    const ns = totalNs - this.totalNs;
    this.count = count;
    this.totalNs = totalNs;
    return runs > 0 ? Math.max(0, ns / runs / 1e6 - LOOP_LAG_RESOLUTION_MS) : 0;
  }
}
