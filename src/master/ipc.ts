import type { MetricsJson } from '../metrics/process-metrics';
import type { Drainer } from '../drainer/drainer';
import type { WorkerStats } from '../worker/worker';

/** Messages between the master and its children (Node's IPC channel). */

export type ChildRole = 'worker' | 'drainer';

/** Set in a child's environment: what to run. Not a GAMESERVER_ variable (those are config). */
export const ROLE_ENV = 'GS_ROLE';

/** A child that exits with this code is not restarted: its configuration is wrong. */
export const EXIT_FATAL = 78;

/** What a drainer reports: its counters and the queue as it saw it. */
export type DrainerStats = ReturnType<Drainer['counters']> & {
  queue: Record<string, unknown> | null;
};

export type ChildMessage =
  | { type: 'ready'; role: ChildRole; id: string }
  | ({ type: 'stats'; role: 'worker'; stats: WorkerStats } & Usage)
  | ({ type: 'stats'; role: 'drainer'; stats: DrainerStats } & Usage)
  | { type: 'fatal'; message: string };

export type MasterMessage = { type: 'stop' } | { type: 'reopen' };

export function isChildMessage(m: unknown): m is ChildMessage {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** What every child reports of itself with its stats. */
export interface Usage {
  memory: NodeJS.MemoryUsage;
  /** CPU used since the process started, microseconds. */
  cpu: NodeJS.CpuUsage;
  /** Its histograms (prom-client JSON), aggregated by the master for /metrics. */
  metrics: MetricsJson;
  /** How long collecting them took on its event loop, ms. */
  metricsMs: number;
}
