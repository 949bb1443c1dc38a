import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Catalog } from '../game/catalog';
import { type Action, Bot, EXPECTED_CODES } from './bot';
import { diff } from './model';

/**
 * Many bots in one process (one event loop, no thread per bot), playing a
 * scenario mix at a given rate, with latency percentiles from an HDR
 * histogram (Node's perf_hooks) and every answer checked.
 */

export interface BotsOptions {
  host: string;
  port: number;
  players: number;
  firstId: number;
  /** Total commands per second across all bots; 0: as fast as they can. */
  rate: number;
  durationSeconds: number;
  mix: Array<[Action, number]>;
  catalog: Catalog;
  token: (playerId: number) => string;
  /** Prints a progress line every second (to stderr). */
  progress?: (line: string) => void;
  /** With `verify`: compare the final state with the server, then with MySQL (if a pool is given). */
  verify?: { mysql: Pool | null; drainTimeoutMs: number } | null;
}

export interface BotsSummary {
  players: number;
  seconds: number;
  commands: number;
  throughput: number;
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number };
  errors: Record<string, number>;
  unexpectedErrors: number;
  mismatches: number;
  mismatchSamples: string[];
  reconnects: number;
  verify: {
    checked: number;
    tarantoolMissing: number;
    mysqlMissing: number;
    samples: string[];
  } | null;
}

export const DEFAULT_MIX: Array<[Action, number]> = [
  ['state', 10],
  ['plant', 30],
  ['harvest', 25],
  ['sell', 15],
  ['gift', 5],
  ['chat', 5],
  ['visit', 5],
  ['top', 5],
];

/** "plant:30,harvest:20" -> [['plant', 30], ['harvest', 20]] */
export function parseMix(text: string): Array<[Action, number]> {
  const names: Action[] = ['state', 'plant', 'harvest', 'sell', 'gift', 'chat', 'visit', 'top'];
  return text.split(',').map((part) => {
    const [name, weight] = part.split(':');
    if (!names.includes(name as Action) || !(Number(weight) > 0)) {
      throw new Error(`--scenario: "${part}" is not action:weight (actions: ${names.join(', ')})`);
    }
    return [name as Action, Number(weight)];
  });
}

function pick(mix: Array<[Action, number]>, total: number): Action {
  let r = Math.random() * total;
  for (const [a, w] of mix) {
    r -= w;
    if (r <= 0) return a;
  }
  return mix[0]![0];
}

const ms = (h: RecordableHistogram, p: number) => (h.count ? h.percentile(p) / 1000 : 0);

/** Plays, verifies if asked, stops the bots. */
export async function runBots(o: BotsOptions): Promise<BotsSummary> {
  const { bots, summary } = await playBots(o);
  if (o.verify) summary.verify = await verifyBots(bots, o.verify.mysql, o.verify.drainTimeoutMs);
  for (const b of bots) b.stop();
  return summary;
}

/** Plays for the duration; the bots stay connected (for a verify). */
export async function playBots(o: BotsOptions): Promise<{ bots: Bot[]; summary: BotsSummary }> {
  const hist = createHistogram();
  let second = createHistogram();
  const errors: Record<string, number> = {};
  let commands = 0;
  let mismatches = 0;
  let reconnects = 0;
  const mismatchSamples: string[] = [];
  const bots = Array.from(
    { length: o.players },
    (_, i) =>
      new Bot(o.firstId + i, {
        host: o.host,
        port: o.port,
        catalog: o.catalog,
        token: o.token,
        record: (micros, _action, code) => {
          const v = Math.max(1, Math.round(micros));
          hist.record(v);
          second.record(v);
          commands++;
          if (code) errors[code] = (errors[code] ?? 0) + 1;
        },
        mismatch: (id, what) => {
          mismatches++;
          if (mismatchSamples.length < 20) mismatchSamples.push(`player ${id}: ${what}`);
        },
        onReconnect: () => reconnects++,
      }),
  );
  // Connect in waves, so a login storm stays within what a worker accepts.
  for (let i = 0; i < bots.length; i += 200)
    await Promise.all(bots.slice(i, i + 200).map((b) => b.connect()));
  // Each bot befriends its two neighbours (both ways), for gifts, chat and visits.
  await Promise.all(
    bots.map((b, i) => {
      const ids = [bots[(i + 1) % bots.length], bots[(i + bots.length - 1) % bots.length]]
        .filter((x): x is Bot => x !== undefined && x !== b)
        .map((x) => x.playerId);
      return b.befriend([...new Set(ids)]);
    }),
  );

  const total = o.mix.reduce((a, [, w]) => a + w, 0);
  const started = Date.now();
  const until = started + o.durationSeconds * 1000;
  const perBotInterval = o.rate > 0 ? (o.players / o.rate) * 1000 : 0;
  const progress = o.progress
    ? setInterval(() => {
        const elapsed = (Date.now() - started) / 1000;
        const connected = bots.filter((b) => b.client).length;
        const errs = Object.entries(errors)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ');
        o.progress!(
          `${elapsed.toFixed(0)}s connected=${connected} cmd/s=${second.count} p50=${ms(second, 50).toFixed(1)}ms p99=${ms(second, 99).toFixed(1)}ms mismatches=${mismatches}${errs ? ` errors: ${errs}` : ''}`,
        );
        second = createHistogram();
      }, 1000)
    : null;

  await Promise.all(
    bots.map(async (b) => {
      // Spread the bots' first commands over one interval.
      if (perBotInterval > 0) await sleep(Math.random() * perBotInterval);
      let next = Date.now();
      while (Date.now() < until) {
        await b.act(pick(o.mix, total));
        if (perBotInterval > 0) {
          next += perBotInterval;
          const wait = next - Date.now();
          if (wait > 0) await sleep(wait);
          else next = Date.now();
        }
      }
    }),
  );
  if (progress) clearInterval(progress);
  const seconds = (Date.now() - started) / 1000;
  const unexpectedErrors = Object.entries(errors)
    .filter(([code]) => !EXPECTED_CODES.has(code))
    .reduce((a, [, n]) => a + n, 0);
  const summary: BotsSummary = {
    players: o.players,
    seconds,
    commands,
    throughput: commands / seconds,
    latencyMs: {
      p50: ms(hist, 50),
      p90: ms(hist, 90),
      p99: ms(hist, 99),
      p999: ms(hist, 99.9),
      max: hist.count ? hist.max / 1000 : 0,
    },
    errors,
    unexpectedErrors,
    mismatches,
    mismatchSamples,
    reconnects,
    verify: null,
  };
  return { bots, summary };
}

/**
 * Every bot's last acknowledged state must be what the server holds
 * (through GetState on a fresh login), and, once drained, what MySQL holds.
 */
export async function verifyBots(
  bots: Bot[],
  pool: Pool | null,
  drainTimeoutMs: number,
): Promise<NonNullable<BotsSummary['verify']>> {
  const samples: string[] = [];
  let tarantoolMissing = 0;
  for (const b of bots) {
    const expected = b.model;
    b.stop();
    if (!expected) continue;
    const probe = new Bot(b.playerId, b.ctx);
    await probe.connect();
    const d = probe.model ? diff(expected, probe.model) : ['no state'];
    if (d.length > 0 || (probe.model && probe.model.version !== expected.version)) {
      tarantoolMissing++;
      if (samples.length < 20)
        samples.push(
          `player ${b.playerId} in Tarantool: ${d.join('; ') || `version ${probe.model?.version} != ${expected.version}`}`,
        );
    }
    probe.stop();
  }
  let mysqlMissing = 0;
  if (pool) {
    const want = new Map(bots.flatMap((b) => (b.model ? [[b.playerId, b.model]] : [])));
    const deadline = Date.now() + drainTimeoutMs;
    let behind: number[] = [...want.keys()];
    while (behind.length > 0) {
      const [rows] = await pool.query<RowDataPacket[]>(
        'SELECT id, version, coins, state FROM players WHERE id IN (?)',
        [behind],
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      const still: number[] = [];
      for (const id of behind) {
        const m = want.get(id)!;
        const row = byId.get(id);
        if (!row || Number(row.version) < m.version) {
          still.push(id);
          continue;
        }
        const state = (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as {
          coins?: number;
        };
        if (Number(row.version) !== m.version || state.coins !== m.coins) {
          mysqlMissing++;
          if (samples.length < 20)
            samples.push(
              `player ${id} in MySQL: version ${row.version} coins ${state.coins}, expected ${m.version}/${m.coins}`,
            );
        }
      }
      behind = still;
      if (behind.length === 0 || Date.now() > deadline) break;
      await sleep(200);
    }
    for (const id of behind) {
      mysqlMissing++;
      if (samples.length < 20)
        samples.push(`player ${id}: MySQL did not reach version ${want.get(id)!.version} in time`);
    }
  }
  return { checked: bots.length, tarantoolMissing, mysqlMissing, samples };
}
