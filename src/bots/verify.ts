import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Catalog } from '../game/catalog';
import { parseFarm } from '../game/farm';
import type { GameStore } from '../store/game-store';
import { pooledQuery } from '../store/mysql/pooled';
import { diff, type Model } from './model';

/**
 * `bots --verify`: after play, every bot's last acknowledged state must be
 * what Tarantool holds (read with gs.get, as an operator would, never
 * through a worker login, which would reload a missing row from MySQL), and
 * once drained what MySQL holds: the whole player, and as many events of
 * each kind as the bot's acknowledged commands caused.
 */

/** What one bot knows at the end of a run. */
export interface VerifiedBot {
  playerId: number;
  /** The last state the server acknowledged; null: the bot never logged in. */
  model: Model | null;
  /** Events its acknowledged commands caused, by type. */
  caused: Map<string, number>;
  /** Commands whose answer was lost (outcome unknown), by event type. */
  unknown: Map<string, number>;
}

/** Each of the checks' MySQL queries (a thousand players' rows at most). */
const QUERY_TIMEOUT_MS = 10_000;

export interface VerifyDeps {
  store: GameStore;
  mysql: Pool | null;
  catalog: Catalog;
  /** Events at or after this time (ms) belong to this run. */
  since: number;
  drainTimeoutMs: number;
}

export interface VerifyResult {
  /** Players compared (in Tarantool, and in MySQL when it is checked). */
  checked: number;
  /** Bots that could not be checked (never logged in): a failure too. */
  unchecked: number;
  tarantoolMissing: number;
  mysqlMissing: number;
  eventsWrong: number;
  /** Friendships that one side lists and the other does not (among this run's bots, in Tarantool). */
  oneSided: number;
  /** Every player with a problem, sorted. */
  badPlayers: number[];
  samples: string[];
}

/** A stored farm as a bot's model. */
export function modelOfStored(state: string, version: number, catalog: Catalog): Model {
  const farm = parseFarm(state, catalog);
  const plots = new Map<number, { crop: string; readyAt: number }>();
  farm.plots.forEach((p, i) => {
    if (p) plots.set(i, { crop: p.crop, readyAt: 0 });
  });
  return {
    version,
    coins: farm.coins,
    xp: farm.xp,
    inventory: new Map(Object.entries(farm.inventory)),
    plots,
    friends: new Set(farm.friends),
    incoming: new Set(farm.incoming.map((r) => r.id)),
    outgoing: new Set(farm.outgoing.map((r) => r.id)),
    plotCount: farm.plots.length,
  };
}

/**
 * Differences between the bot's last acknowledged state and a stored one.
 * A stored version above the bot's can only come from gifts applied after
 * its last answer: then items may be more, and nothing else may differ.
 */
export function compareStored(expected: Model, stored: Model): string[] {
  if (stored.version < expected.version)
    return [`version ${stored.version} < acknowledged ${expected.version}`];
  const d = diff(expected, stored, stored.version > expected.version);
  if (stored.plotCount !== expected.plotCount)
    d.push(`plots ${stored.plotCount} != ${expected.plotCount}`);
  return d;
}

export class Report {
  readonly bad = new Set<number>();
  readonly samples: string[] = [];

  add(playerId: number, what: string): void {
    this.bad.add(playerId);
    if (this.samples.length < 20) this.samples.push(`player ${playerId} ${what}`);
  }
}

export async function verifyBots(bots: VerifiedBot[], deps: VerifyDeps): Promise<VerifyResult> {
  const report = new Report();
  const known = bots.filter((b): b is Known => b.model !== null);
  for (const b of bots) if (!b.model) report.add(b.playerId, 'never logged in: not checked');
  const stored = new Map<number, Model>();
  const tarantoolMissing = await checkTarantool(known, deps, report, stored);
  const oneSided = checkFriendships(stored, report);
  let mysqlMissing = 0;
  let eventsWrong = 0;
  if (deps.mysql) {
    mysqlMissing = await checkMysqlPlayers(known, deps.mysql, deps, report);
    eventsWrong = await checkEvents(known, deps.mysql, deps, report);
  }
  return {
    checked: known.length,
    unchecked: bots.length - known.length,
    tarantoolMissing,
    mysqlMissing,
    eventsWrong,
    oneSided,
    badPlayers: [...report.bad].sort((a, b) => a - b),
    samples: report.samples,
  };
}

type Known = VerifiedBot & { model: Model };

async function checkTarantool(
  bots: Known[],
  deps: VerifyDeps,
  report: Report,
  stored: Map<number, Model>,
): Promise<number> {
  let missing = 0;
  for (let i = 0; i < bots.length; i += 50) {
    const batch = bots.slice(i, i + 50);
    const rows = await Promise.all(batch.map((b) => deps.store.get(b.playerId)));
    batch.forEach((b, j) => {
      const row = rows[j];
      const model = row && modelOfStored(row.state, row.version, deps.catalog);
      if (model) stored.set(b.playerId, model);
      const d = model ? compareStored(b.model, model) : ['no row'];
      if (d.length > 0) {
        missing++;
        report.add(b.playerId, `in Tarantool: ${d.join('; ')}`);
      }
    });
  }
  return missing;
}

/** Every friendship between two of the run's players must be listed on both sides. */
export function checkFriendships(stored: Map<number, Model>, report: Report): number {
  let oneSided = 0;
  for (const [id, m] of stored) {
    for (const f of m.friends) {
      const other = stored.get(f);
      if (!other || other.friends.has(id)) continue;
      oneSided++;
      report.add(id, `lists ${f} as a friend, but ${f} does not list ${id}`);
      report.add(f, `is listed by ${id} as a friend, but does not list ${id}`);
    }
  }
  return oneSided;
}

/** Waits (up to the drain timeout) for each row to reach the acknowledged version, then compares it whole. */
async function checkMysqlPlayers(bots: Known[], pool: Pool, deps: VerifyDeps, report: Report) {
  const want = new Map(bots.map((b) => [b.playerId, b.model]));
  const deadline = Date.now() + deps.drainTimeoutMs;
  let behind = [...want.keys()];
  let missing = 0;
  while (behind.length > 0) {
    const rows = await pooledQuery<RowDataPacket[]>(
      pool,
      'SELECT id, version, coins, xp, state FROM players WHERE id IN (?)',
      [behind],
      QUERY_TIMEOUT_MS,
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
      const text = typeof row.state === 'string' ? row.state : JSON.stringify(row.state);
      const stored = modelOfStored(text, Number(row.version), deps.catalog);
      const d = compareStored(m, stored);
      // The analytics columns must agree with the state they were taken from.
      if (Number(row.coins) !== stored.coins)
        d.push(`coins column ${row.coins} != ${stored.coins}`);
      if (Number(row.xp) !== stored.xp) d.push(`xp column ${row.xp} != ${stored.xp}`);
      if (d.length > 0) {
        missing++;
        report.add(id, `in MySQL: ${d.join('; ')}`);
      }
    }
    behind = still;
    if (behind.length === 0 || Date.now() > deadline) break;
    await sleep(200);
  }
  for (const id of behind) {
    missing++;
    report.add(id, `in MySQL: did not reach version ${want.get(id)!.version} in time`);
  }
  return missing;
}

/**
 * Each bot's events of this run, by type, must be at least what its
 * acknowledged commands caused and at most that plus the commands whose
 * outcome it never learned. Waits for the drain, up to the timeout.
 */
async function checkEvents(bots: Known[], pool: Pool, deps: VerifyDeps, report: Report) {
  const types = [...new Set(bots.flatMap((b) => [...b.caused.keys(), ...b.unknown.keys()]))];
  if (types.length === 0) return 0;
  const deadline = Date.now() + deps.drainTimeoutMs;
  for (;;) {
    const rows = await pooledQuery<RowDataPacket[]>(
      pool,
      'SELECT player_id, type, COUNT(*) AS n FROM events WHERE player_id IN (?) AND type IN (?) ' +
        'AND created_at >= FROM_UNIXTIME(?) GROUP BY player_id, type',
      [bots.map((b) => b.playerId), types, (deps.since / 1000).toFixed(3)],
      QUERY_TIMEOUT_MS,
    );
    const found = new Map(rows.map((r) => [`${r.player_id}:${r.type}`, Number(r.n)]));
    const wrong: Array<[number, string]> = [];
    for (const b of bots) {
      for (const type of types) {
        const n = found.get(`${b.playerId}:${type}`) ?? 0;
        const min = b.caused.get(type) ?? 0;
        const max = min + (b.unknown.get(type) ?? 0);
        if (n < min || n > max)
          wrong.push([b.playerId, `${type} events ${n}, expected ${min}..${max}`]);
      }
    }
    if (wrong.length === 0) return 0;
    if (Date.now() > deadline) {
      const players = new Set(wrong.map(([id]) => id));
      for (const [id, what] of wrong) report.add(id, `in MySQL: ${what}`);
      return players.size;
    }
    await sleep(200);
  }
}
