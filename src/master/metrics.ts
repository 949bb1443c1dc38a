import { AggregatorRegistry, Counter, Gauge, Registry } from 'prom-client';
import type { MetricsJson } from '../metrics/process-metrics';
import type { Stat } from './stats';
import { totals, workerStats } from './stats';
import type { StorePoller } from './store-poller';
import type { Slot, Supervisor } from './supervisor';

/**
 * `GET /metrics` on the master's admin port, in the Prometheus text format
 * (prom-client). Everything comes from memory: the counters and histograms
 * the children reported over IPC in the last seconds, the store poller's
 * last gs.stats, and the master's own process. A scrape never waits on a
 * child: one that has not reported for MISSING_AFTER_MS is left out and
 * counted in gameserver_children{state="missing"}.
 *
 * Labels are bounded: command type, error code, role, transport, queue
 * state, stat name. Never a player id.
 */

export const MISSING_AFTER_MS = 5000;

/**
 * Scrapes within this long of a rendering get its text. The children report
 * once a second, so nothing newer would show; and a client looping on
 * /metrics (or many at once) costs the master one rendering a second, not
 * one a request.
 */
export const RENDER_EVERY_MS = 1000;

export interface MetricsInputs {
  supervisor: Pick<Supervisor, 'slots' | 'restartsTotal'>;
  poller: () => StorePoller | undefined;
  /** The `stats` rows (everything the stats port reports). */
  statsRows: () => Stat[];
  now?: () => number;
}

const ROLES = ['worker', 'drainer'] as const;

function fresh(slot: Slot, now: number): boolean {
  return slot.child !== null && now - slot.child.reportedAt < MISSING_AFTER_MS;
}

/** A counter whose value is read at scrape time (a total kept elsewhere). */
function totalCounter(
  registry: Registry,
  name: string,
  help: string,
  labelNames: string[],
  read: () => Array<[Record<string, string>, number]>,
): void {
  new Counter({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const [labels, v] of read()) if (v > 0) this.inc(labels, v);
    },
  });
}

function gauge(
  registry: Registry,
  name: string,
  help: string,
  labelNames: string[],
  read: () => Array<[Record<string, string>, number]>,
): void {
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const [labels, v] of read()) this.set(labels, v);
    },
  });
}

const one = (v: number): Array<[Record<string, string>, number]> => [[{}, v]];

/** What every group of metrics reads, at scrape time. */
interface Readers {
  own: Registry;
  now: () => number;
  slots: () => readonly Slot[];
  t: () => Record<string, number>;
  store: () => Record<string, unknown> | null;
  queue: () => Record<string, number>;
  ws: () => ReturnType<typeof workerStats>;
  byPrefix: (prefix: string, label: string) => () => Array<[Record<string, string>, number]>;
  inputs: MetricsInputs;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function readers(i: MetricsInputs, own: Registry): Readers & { newScrape(): void } {
  const slots = () => i.supervisor.slots;
  // The children's totals, summed once per scrape (every counter reads them).
  let scraped: Record<string, number> | null = null;
  const t = () => (scraped ??= totals(slots(), i.supervisor.restartsTotal));
  const store = () => i.poller()?.store ?? null;
  return {
    own,
    now: i.now ?? Date.now,
    slots,
    t,
    store,
    queue: () => (store()?.queue ?? {}) as Record<string, number>,
    ws: () => workerStats(slots()),
    byPrefix: (prefix, label) => () =>
      Object.entries(t())
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]): [Record<string, string>, number] => [
          { [label]: k.slice(prefix.length) },
          v,
        ]),
    inputs: i,
    newScrape: () => {
      scraped = null;
    },
  };
}

/** Players, connections, commands, errors and traffic, from the workers' reports. */
function gameMetrics(r: Readers): void {
  gauge(r.own, 'gameserver_online_players', 'Players logged in on the workers.', [], () =>
    one(sum(r.ws().map((w) => w.online))),
  );
  gauge(
    r.own,
    'gameserver_connections',
    'Game connections now, by transport.',
    ['transport'],
    () => {
      const all = sum(r.ws().map((w) => w.connections));
      const web = sum(r.ws().map((w) => w.wsConnections));
      return [
        [{ transport: 'tcp' }, all - web],
        [{ transport: 'ws' }, web],
      ];
    },
  );
  totalCounter(
    r.own,
    'gameserver_commands_total',
    'Commands received, by type.',
    ['command'],
    r.byPrefix('game_cmd_', 'command'),
  );
  totalCounter(
    r.own,
    'gameserver_errors_total',
    'Error answers sent, by code.',
    ['code'],
    r.byPrefix('game_err_', 'code'),
  );
  for (const [name, help, key] of SIMPLE_TOTALS)
    totalCounter(r.own, name, help, [], () => one(r.t()[key] ?? 0));
}

/** Counters that are one total of the `stats` port each: name, help, the total's key. */
const SIMPLE_TOTALS: Array<[string, string, string]> = [
  ['gameserver_logins_total', 'Successful logins.', 'game_logins'],
  ['gameserver_kicks_total', 'Sessions ended by a newer login or fencing.', 'game_kicks'],
  ['gameserver_commits_total', 'Changes committed in Tarantool.', 'game_commits'],
  ['gameserver_worker_restarts_total', 'Children restarted by the master.', 'worker_restarts'],
  ['gameserver_received_bytes_total', 'Bytes received from game clients.', 'game_bytes_in'],
  ['gameserver_sent_bytes_total', 'Bytes sent to game clients.', 'game_bytes_out'],
];

/** The write queue, the drainers and the stores, from the last poll. */
function storeMetrics(r: Readers): void {
  totalCounter(
    r.own,
    'gameserver_drained_rows_total',
    'Rows written to MySQL by the drainers, by kind.',
    ['kind'],
    () => [
      [{ kind: 'player' }, r.t().drain_rows ?? 0],
      [{ kind: 'event' }, r.t().drain_events ?? 0],
    ],
  );
  totalCounter(
    r.own,
    'gameserver_drain_failures_total',
    'Drain rounds that failed and were retried.',
    [],
    () => one(r.t().drain_errors ?? 0),
  );
  gauge(
    r.own,
    'gameserver_queue_lag_seconds',
    'Age of the oldest ready write-queue entry.',
    [],
    () => one(Number(r.queue().oldest_ready_age ?? 0)),
  );
  gauge(r.own, 'gameserver_queue_entries', 'Write-queue entries, by state.', ['state'], () => [
    [{ state: 'ready' }, Number(r.queue().ready ?? 0)],
    [{ state: 'leased' }, Number(r.queue().taken ?? 0)],
    [{ state: 'buried' }, Number(r.queue().buried ?? 0)],
  ]);
  gauge(r.own, 'gameserver_tarantool_memory_ratio', 'memtx arena used / quota.', [], () =>
    one(Number(r.store()?.memory_ratio ?? 0)),
  );
  gauge(
    r.own,
    'gameserver_store_degraded',
    '1 while a replica set runs without its synchronous replica (quorum 1).',
    [],
    () => one(r.store()?.degraded === true ? 1 : 0),
  );
  gauge(r.own, 'gameserver_tarantool_up', '1 when Tarantool answered the last poll.', [], () =>
    one(r.store() ? 1 : 0),
  );
  gauge(r.own, 'gameserver_mysql_up', '1 when MySQL answered the last poll.', [], () =>
    one(r.inputs.poller()?.mysqlUp ? 1 : 0),
  );
}

/** The master's own figure, then the sum of `of` over the children of each role. */
function byRole(
  r: Readers,
  master: number,
  of: (s: Slot) => number,
): Array<[Record<string, string>, number]> {
  return [
    [{ role: 'master' }, master],
    ...ROLES.map((role): [Record<string, string>, number] => [
      { role },
      sum(
        r
          .slots()
          .filter((s) => s.role === role)
          .map(of),
      ),
    ]),
  ];
}

/** The processes of each role, the children that went silent, and every `stats` row. */
function processMetrics(r: Readers): void {
  totalCounter(
    r.own,
    'gameserver_process_cpu_seconds_total',
    'CPU used by the processes of each role (children since their start).',
    ['role'],
    () =>
      byRole(r, sum(Object.values(process.cpuUsage())), (s) => s.child?.cpuMicros ?? 0).map(
        ([labels, micros]) => [labels, micros / 1e6],
      ),
  );
  gauge(
    r.own,
    'gameserver_process_resident_memory_bytes',
    'Resident memory of the processes of each role.',
    ['role'],
    () => byRole(r, process.memoryUsage().rss, (s) => s.child?.rss ?? 0),
  );
  gauge(
    r.own,
    'gameserver_children',
    'Children by role: up (reported recently) or missing.',
    ['role', 'state'],
    () =>
      ROLES.flatMap((role) => {
        const mine = r.slots().filter((s) => s.role === role);
        const up = mine.filter((s) => fresh(s, r.now())).length;
        return [
          [{ role, state: 'up' }, up],
          [{ role, state: 'missing' }, mine.length - up],
        ] as Array<[Record<string, string>, number]>;
      }),
  );
  gauge(
    r.own,
    'gameserver_stat',
    'Every numeric row of the stats port (memcached `stats`), by name.',
    ['name'],
    () =>
      r.inputs
        .statsRows()
        .flatMap(([name, v]): Array<[Record<string, string>, number]> =>
          typeof v === 'number' && Number.isFinite(v) ? [[{ name }, v]] : [],
        ),
  );
}

export function createMasterMetrics(i: MetricsInputs): { text(): Promise<string>; type: string } {
  const own = new Registry();
  const r = readers(i, own);
  gameMetrics(r);
  storeMetrics(r);
  processMetrics(r);
  const render = async () => {
    r.newScrape();
    const reported = r
      .slots()
      .filter((s) => fresh(s, r.now()) && s.child?.metrics)
      .map((s) => s.child!.metrics as MetricsJson);
    const children = AggregatorRegistry.aggregate(reported) as Registry;
    return Registry.merge([own, children]).metrics();
  };
  let last: { at: number; text: Promise<string> } | null = null;
  return {
    type: own.contentType,
    text() {
      const now = r.now();
      if (last && now >= last.at && now - last.at < RENDER_EVERY_MS) return last.text;
      const rendering = { at: now, text: render() };
      last = rendering;
      // A failed rendering is not kept: the next scrape tries again.
      rendering.text.catch(() => {
        if (last === rendering) last = null;
      });
      return rendering.text;
    },
  };
}
