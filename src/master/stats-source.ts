import { maskedSettings } from '../config/load';
import type { Config } from '../config/schema';
import type { AdminSource } from './admin-server';
import { RateMeter, statsRows, totals, workersRows } from './stats';
import type { StatsSource } from './stats-server';
import type { StorePoller } from './store-poller';
import type { Supervisor } from './supervisor';

/** What the master's stats port reads: the supervisor's children, the store poller, and `stats reset`. */
export function masterStatsSource(
  supervisor: Supervisor,
  version: string,
  config: () => Config,
  poller: () => StorePoller | undefined,
  monitor: { rejected: number } = { rejected: 0 },
): StatsSource {
  const m = { supervisor, version, config, poller, startedAt: Date.now() };
  const rate = new RateMeter();
  let base: Record<string, number> = {};
  const counters = (): Record<string, number> => ({
    ...totals(m.supervisor.slots, m.supervisor.restartsTotal),
    monitor_rejected_connections: monitor.rejected,
  });
  return {
    version: m.version,
    stats() {
      const now = Date.now();
      const c = counters();
      const ru = process.resourceUsage();
      return statsRows({
        pid: process.pid,
        uptimeSeconds: Math.floor((now - m.startedAt) / 1000),
        now,
        version: m.version,
        rusage: { user: ru.userCPUTime, system: ru.systemCPUTime },
        masterRss: process.memoryUsage().rss,
        slots: m.supervisor.slots,
        counters: Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v - (base[k] ?? 0)])),
        currentRps: rate.read(c.game_commands ?? 0, now),
        store: m.poller()?.store ?? null,
        mysqlUp: m.poller()?.mysqlUp ?? false,
      });
    },
    group(name) {
      if (name === 'settings') return maskedSettings(m.config());
      if (name === 'workers') return workersRows(m.supervisor.slots, Date.now());
      return null;
    },
    reset() {
      base = counters();
    },
  };
}

/** What /healthz and /readyz answer: from the supervisor, the store poller and the master's state. */
export function masterAdminSource(
  supervisor: Supervisor,
  state: () => string,
  poller: () => StorePoller | undefined,
): AdminSource {
  return {
    health() {
      if (!supervisor.workerServing()) return { ok: false, reason: 'no worker is serving' };
      if (!poller()?.store) return { ok: false, reason: 'tarantool does not answer' };
      return { ok: true };
    },
    ready() {
      const now = state();
      return now === 'running' ? { ok: true } : { ok: false, reason: now };
    },
  };
}
