import { secondsMicros } from './memcached';
import type { Slot } from './supervisor';

/**
 * What `stats` and `stats workers` answer, computed from what the children
 * reported and what the store poller saw. Pure: the master passes in the
 * numbers, this orders and names them.
 */

export type Stat = [string, string | number];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function workerStats(slots: readonly Slot[]) {
  return slots.flatMap((s) =>
    s.role === 'worker' && s.child?.workerStats ? [s.child.workerStats] : [],
  );
}

function drainerStats(slots: readonly Slot[]) {
  return slots.flatMap((s) =>
    s.role === 'drainer' && s.child?.drainerStats ? [s.child.drainerStats] : [],
  );
}

/** Cumulative counters (before `stats reset` is subtracted). */
export function totals(slots: readonly Slot[], restartsTotal: number): Record<string, number> {
  const ws = workerStats(slots);
  const ds = drainerStats(slots);
  const out: Record<string, number> = {
    total_connections: sum(ws.map((w) => w.totalConnections)),
    worker_restarts: restartsTotal,
    game_commands: sum(ws.map((w) => sum(Object.values(w.commands)))),
    game_errors: sum(ws.map((w) => sum(Object.values(w.errors)))),
    game_logins: sum(ws.map((w) => w.logins)),
    game_commits: sum(ws.map((w) => w.commits)),
    game_kicks: sum(ws.map((w) => w.kicks)),
    game_bytes_in: sum(ws.map((w) => w.bytesIn)),
    game_bytes_out: sum(ws.map((w) => w.bytesOut)),
    game_refused_connections: sum(ws.map((w) => w.refusedConnections)),
    drain_batches: sum(ds.map((d) => d.batches)),
    drain_rows: sum(ds.map((d) => d.players)),
    drain_events: sum(ds.map((d) => d.events)),
    drain_errors: sum(ds.map((d) => d.retries)),
    drain_buried: sum(ds.map((d) => d.buried)),
  };
  for (const w of ws) {
    for (const [k, v] of Object.entries(w.commands))
      out[`game_cmd_${k}`] = (out[`game_cmd_${k}`] ?? 0) + v;
    for (const [k, v] of Object.entries(w.errors))
      out[`game_err_${k}`] = (out[`game_err_${k}`] ?? 0) + v;
  }
  return out;
}

export interface StatsInput {
  pid: number;
  uptimeSeconds: number;
  now: number;
  version: string;
  /** The master's own CPU, microseconds. */
  rusage: { user: number; system: number };
  /** The master's RSS; the children's is added. */
  masterRss: number;
  slots: readonly Slot[];
  /** Cumulative counters minus the `stats reset` base. */
  counters: Record<string, number>;
  currentRps: number;
  /** gs.stats as last polled (null: Tarantool did not answer). */
  store: Record<string, unknown> | null;
  mysqlUp: boolean;
}

/**
 * The `stats` rows: memcached's own fields first and in memcached's order
 * (pid, uptime, time, version, rusage, connections, memory), so its tools
 * read them; then ours.
 */
export function statsRows(i: StatsInput): Stat[] {
  const ws = workerStats(i.slots);
  const ds = drainerStats(i.slots);
  const q = (i.store?.queue ?? {}) as Record<string, number>;
  const c = i.counters;
  const memcached: Stat[] = [
    ['pid', i.pid],
    ['uptime', i.uptimeSeconds],
    ['time', Math.floor(i.now / 1000)],
    ['version', i.version],
    ['rusage_user', secondsMicros(i.rusage.user)],
    ['rusage_system', secondsMicros(i.rusage.system)],
    ['curr_connections', sum(ws.map((w) => w.connections))],
    ['curr_ws_connections', sum(ws.map((w) => w.wsConnections))],
    ['total_connections', c.total_connections ?? 0],
    ['total_memory', i.masterRss + sum(i.slots.map((s) => s.child?.rss ?? 0))],
  ];
  const ours: Stat[] = [
    ['data_memory', Number(i.store?.memory_used ?? 0)],
    ['current_rps', Math.max(0, Math.round(i.currentRps))],
    ['users_count', sum(ws.map((w) => w.online))],
    ['workers', i.slots.filter((s) => s.role === 'worker' && s.child?.ready).length],
    ['workers_failed', i.slots.filter((s) => s.failed).length],
    ['drainers', i.slots.filter((s) => s.role === 'drainer' && s.child?.ready).length],
    ['game_event_loop_lag_ms', Math.max(0, ...ws.map((w) => w.eventLoopLagMs))],
    ['tarantool_up', i.store ? 1 : 0],
    ['tarantool_memory_ratio', Number(i.store?.memory_ratio ?? 0)],
    ['tarantool_memory_alarm', i.store?.memory_alarm === true ? 1 : 0],
    ['store_degraded', i.store?.degraded === true ? 1 : 0],
    ['mysql_up', i.mysqlUp ? 1 : 0],
    ['queue_ready', Number(q.ready ?? 0)],
    ['queue_leased', Number(q.taken ?? 0)],
    ['queue_buried', Number(q.buried ?? 0)],
    ['queue_lag_seconds', Number(q.oldest_ready_age ?? 0)],
    [
      'drain_seconds_since_success',
      ds.length ? Math.min(...ds.map((d) => d.secondsSinceSuccess)) : 0,
    ],
  ];
  const placed = new Set(memcached.map(([k]) => k));
  const cumulative = Object.entries(c).filter(([k]) => !placed.has(k));
  return [...memcached, ...ours, ...cumulative];
}

/** `stats workers`: one block of lines per slot. */
export function workersRows(slots: readonly Slot[], now: number): Stat[] {
  return slots.flatMap((s): Stat[] => {
    const c = s.child;
    const w = c?.workerStats;
    return [
      [`${s.name}:pid`, c?.handle.pid ?? 0],
      [`${s.name}:role`, s.role],
      [`${s.name}:uptime`, c ? Math.floor((now - c.startedAt) / 1000) : 0],
      [`${s.name}:restarts`, s.restarts],
      [`${s.name}:failed`, s.failed ? 1 : 0],
      [`${s.name}:connections`, w?.connections ?? 0],
      [`${s.name}:online`, w?.online ?? 0],
      [`${s.name}:commands`, w ? sum(Object.values(w.commands)) : 0],
      [`${s.name}:rss`, c?.rss ?? 0],
      [`${s.name}:heap_used`, c?.heapUsed ?? 0],
      [`${s.name}:metrics_ms`, Math.round((c?.metricsMs ?? 0) * 1000) / 1000],
    ];
  });
}

/** Commands per second over the last whole second or more. */
export class RateMeter {
  private at = Date.now();
  private count = 0;
  private value = 0;

  read(total: number, now: number): number {
    if (now - this.at >= 1000) {
      this.value = (total - this.count) / ((now - this.at) / 1000);
      this.at = now;
      this.count = total;
    }
    return this.value;
  }
}
