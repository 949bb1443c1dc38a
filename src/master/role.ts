import type { Config } from '../config/schema';
import { startDrainerRuntime } from '../drainer/runtime';
import type { Logger } from '../log/logger';
import type { MetricsJson, ProcessMetrics } from '../metrics/process-metrics';
import { startWorkerRuntime } from '../worker/runtime';
import type { ChildMessage, ChildRole } from './ipc';

/**
 * One worker or one drainer, whoever runs it: the master's child process,
 * or `gameserver worker|drainer` alone in the foreground. Both start it
 * here; only how they report and stop differs.
 */
export interface RoleProcess {
  /** The worker id in Tarantool's owners space, or the drainer's consumer id. */
  readonly id: string;
  /** The stats message for the master. */
  report(): Promise<Extract<ChildMessage, { type: 'stats' }>>;
  /** Re-reads the catalog (a worker; a drainer has nothing to reload). Throws on a bad catalog. */
  reloadCatalog(): void;
  /** Graceful stop, then closes the connections. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startRole(
  role: ChildRole,
  config: Config,
  logger: Logger,
): Promise<RoleProcess> {
  if (role === 'worker') {
    const w = await startWorkerRuntime(config, logger);
    return {
      id: w.worker.workerId,
      report: async () => ({
        type: 'stats',
        role: 'worker',
        stats: w.worker.stats(),
        memory: process.memoryUsage(),
        cpu: process.cpuUsage(),
        ...(await timedJson(w.metrics)),
      }),
      reloadCatalog: () => w.reloadCatalog(),
      stop: () => w.stop(),
    };
  }
  const d = await startDrainerRuntime(config, logger);
  return {
    id: `drainer:${process.pid}`,
    report: async () => ({
      type: 'stats',
      role: 'drainer',
      stats: { ...d.drainer.counters(), queue: await d.queue.stats().catch(() => null) },
      memory: process.memoryUsage(),
      cpu: process.cpuUsage(),
      ...(await timedJson(d.metrics)),
    }),
    reloadCatalog: () => undefined,
    stop: () => d.stop(),
  };
}

/** The histograms as JSON, and how long that took (it runs on the event loop once a second). */
async function timedJson(m: ProcessMetrics): Promise<{ metrics: MetricsJson; metricsMs: number }> {
  const t0 = performance.now();
  const metrics = await m.json();
  return { metrics, metricsMs: performance.now() - t0 };
}
