import { CpuMeter } from './cpu';
import { saveResults } from './results';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { startMariadb } from '../devstack/mariadb';
import { startTarantool } from '../devstack/tarantool';
import { createDrainer } from '../drainer/drainer';
import { MysqlSink } from '../drainer/mysql-sink';
import { type PlayerRow, playerParams, UPSERT_PLAYERS_SQL } from '../store/mysql/players';
import { loadConfig } from '../config/load';
import { levelOf, loadCatalog } from '../game/catalog';
import { newFarm, serializeFarm } from '../game/farm';
import { silentLogger } from '../log/logger';
import { GameStore } from '../store/game-store';
import { migrate } from '../store/mysql/migrate';
import { QueueStore } from '../store/queue-store';
import { TarantoolClient } from '../store/tarantool-client';

/**
 * scripts/bench-drain: the drainer against the limit measured in the same
 * run (raw batched upserts from one Node process into the same MariaDB,
 * once before the drainer and once after, averaged), and the coalescing
 * ratio. Prints figures; never fails on speed.
 */

const BATCH = Number(process.env.BENCH_BATCH ?? 500);
/** The drainer's settings as configured by default. */
const DRAINER = loadConfig({ env: {} }).drainer;
/** The write-behind delay: the config's default unless BENCH_MIN_AGE_MS says otherwise. */
const MIN_AGE_MS = Number(process.env.BENCH_MIN_AGE_MS ?? DRAINER.minAgeMs);
const ROWS = Number(process.env.BENCH_ROWS ?? 50000);
/** The drainer's lanes: the config's default unless BENCH_LANES says otherwise. */
const LANES = Number(process.env.BENCH_LANES ?? DRAINER.concurrency);
const catalog = loadCatalog();

const farm = newFarm(catalog, 1);
const state = serializeFarm(farm);
/** A save's row as a worker sends it: the state and its coins and level. */
const rowOf = (id: number, xp: number) => ({
  name: `p${id}`,
  xp,
  lastSeen: 0,
  state,
  coins: farm.coins,
  level: levelOf(catalog, xp),
});

/**
 * The limit: raw batched upserts, one transaction a batch, one process, of
 * ROWS new players from `firstId` on.
 */
async function rawUpsertRate(pool: mysql.Pool, firstId: number): Promise<number> {
  const row = (id: number): PlayerRow => ({
    id,
    version: 1,
    name: `p${id}`,
    coins: 100,
    xp: 1,
    level: 1,
    lastSeen: Date.now(),
    state,
  });
  const t0 = process.hrtime.bigint();
  for (let start = 0; start < ROWS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - start) }, (_, i) =>
      row(firstId + start + i),
    );
    const c = await pool.getConnection();
    await c.query('START TRANSACTION');
    await c.query(UPSERT_PLAYERS_SQL(rows.length), playerParams(rows));
    await c.query('COMMIT');
    c.release();
  }
  return ROWS / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/** ROWS players claimed and saved once: ROWS queued player entries. Returns their epochs. */
async function queueSaves(store: GameStore): Promise<Map<number, number>> {
  const epochs = new Map<number, number>();
  for (let start = 0; start < ROWS; start += 1000) {
    const ids = Array.from({ length: Math.min(1000, ROWS - start) }, (_, i) => start + i + 1);
    await Promise.all(
      ids.map(async (id) => {
        const { epoch } = await store.claim(id, 'bench');
        epochs.set(id, epoch);
        await store.save({ playerId: id, epoch, version: 1, row: rowOf(id, 1) });
      }),
    );
  }
  return epochs;
}

/** 1,000 players saving 10 times a second each, for 10 s; returns the saves made. */
async function saveTenTimesASecond(store: GameStore, epochs: Map<number, number>): Promise<number> {
  const versions = new Map<number, number>([...epochs.keys()].slice(0, 1000).map((id) => [id, 1]));
  let saves = 0;
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const tick = Date.now();
    await Promise.all(
      [...versions.keys()].map(async (id) => {
        const v = versions.get(id)! + 1;
        await store.save({ playerId: id, epoch: epochs.get(id)!, version: v, row: rowOf(id, v) });
        versions.set(id, v);
        saves++;
      }),
    );
    await sleep(Math.max(0, 100 - (Date.now() - tick)));
  }
  return saves;
}

function drainerFor(queue: QueueStore, pool: mysql.Pool, minAgeMs: number) {
  return createDrainer({
    queue,
    sink: new MysqlSink(pool, 30000),
    catalog,
    logger: silentLogger(),
    options: {
      consumerId: 'bench',
      batchSize: BATCH,
      leaseSeconds: 60,
      minAgeMs,
      concurrency: LANES,
      waitMs: 100,
      backoffMinMs: 50,
      backoffMaxMs: 1000,
      stopDeadlineMs: 10000,
    },
  });
}

/** CPU a row of each process over a window: the bench process (raw client or drainer), Tarantool, MariaDB. */
type CpuPerRow = Record<string, number>;

function cpuPerRow(meter: CpuMeter, rows: number): CpuPerRow {
  const spent = meter.stop();
  return Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, v / rows]));
}

function report(
  rawRates: [number, number],
  drainRate: number,
  saves: number,
  written: number,
  cpu: { raw: CpuPerRow; drain: CpuPerRow },
): void {
  const line = (figure: string, value: string) =>
    console.log(`${figure.padEnd(52)} ${value.padStart(10)}`);
  console.log(
    `drain benchmark: ${ROWS} rows, batches of ${BATCH}, ${os.cpus().length} CPUs, MariaDB with innodb_flush_log_at_trx_commit=1`,
  );
  line('figure', 'value');
  const rawRate = (rawRates[0] + rawRates[1]) / 2;
  line('raw batched upsert rows/s, before the drainer', rawRates[0].toFixed(0));
  line('raw batched upsert rows/s, after the drainer', rawRates[1].toFixed(0));
  line('raw batched upsert rows/s, mean (one Node process)', rawRate.toFixed(0));
  line('drainer rows/s through the queue', drainRate.toFixed(0));
  line('drainer / raw', (drainRate / rawRate).toFixed(2));
  const perRow = (c: CpuPerRow) =>
    Object.entries(c)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
  console.log(`CPU a row, µs: raw: ${perRow(cpu.raw)}; drainer: ${perRow(cpu.drain)}`);
  line('game saves (1,000 players x 10/s for 10 s)', String(saves));
  line('MySQL player writes for them', String(written));
  line('coalescing ratio (MySQL writes per save)', (written / saves).toFixed(3));
  line('write-behind delay (drainer.minAgeMs), ms', String(MIN_AGE_MS));
  const raw = {
    name: 'raw batched upsert rows/s, one Node process: the mean of a run before the drainer and one after',
    value: rawRate,
  };
  const file = saveResults('drain', [
    { scenario: 'drain', figure: 'drainer rows/s', value: drainRate, unit: '/s', baseline: raw },
    ...Object.entries(cpu.drain).map(([k, v]) => ({
      scenario: 'drain',
      figure: `CPU a row drained: ${k}`,
      value: v,
      unit: 'µs',
      baseline: { name: `raw upsert: ${k}`, value: cpu.raw[k] ?? 0 },
    })),
    { scenario: 'drain', figure: 'game saves', value: saves, unit: '' },
    { scenario: 'drain', figure: 'MySQL player writes for them', value: written, unit: '' },
    { scenario: 'drain', figure: 'MySQL writes per save', value: written / saves, unit: '' },
    { scenario: 'drain', figure: 'write-behind delay', value: MIN_AGE_MS, unit: 'ms' },
  ]);
  console.log(`written: ${file}`);
}

/** Throughput of a full queue: ROWS entries drained with no write-behind delay to wait out. */
async function fullQueueRate(
  queue: QueueStore,
  pool: mysql.Pool,
  meter: CpuMeter,
): Promise<{ rate: number; cpu: CpuPerRow }> {
  const fast = drainerFor(queue, pool, 0);
  meter.start();
  const t0 = process.hrtime.bigint();
  fast.start();
  while (fast.counters().players < ROWS) await sleep(5);
  const rate = ROWS / (Number(process.hrtime.bigint() - t0) / 1e9);
  const cpu = cpuPerRow(meter, ROWS);
  await fast.stop();
  return { rate, cpu };
}

/** Coalescing: the configured delay, while 1,000 players save; the saves and the MySQL writes for them. */
async function coalescing(
  store: GameStore,
  epochs: Map<number, number>,
  queue: QueueStore,
  pool: mysql.Pool,
): Promise<{ saves: number; written: number }> {
  const drainer = drainerFor(queue, pool, MIN_AGE_MS);
  drainer.start();
  const saves = await saveTenTimesASecond(store, epochs);
  for (let i = 0; i < 200 && Number((await queue.stats()).ready) > 0; i++) await sleep(50);
  await sleep(300);
  const written = drainer.counters().players;
  await drainer.stop();
  return { saves, written };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-drain-'));
  const creds = { user: 'gameserver', password: 'bench-mysql', database: 'gameserver' };
  const [tt, db] = await Promise.all([
    startTarantool({
      dir: path.join(dir, 'tt'),
      memtxMemoryMb: 1024,
      workerPassword: 'w',
      drainerPassword: 'd',
    }),
    startMariadb({ dir: path.join(dir, 'db'), ...creds, bufferPoolMb: 256 }),
  ]);
  const pool = mysql.createPool({ host: db.host, port: db.port, ...creds, connectionLimit: 4 });
  const client = (user: string, password: string) =>
    new TarantoolClient({
      host: tt.host,
      port: tt.port,
      user,
      password,
      callTimeoutMs: 30000,
      connectTimeoutMs: 5000,
      maxInFlight: 100000,
    });
  const wc = client('gs_worker', 'w');
  const dc = client('gs_drainer', 'd');
  try {
    const conn = await pool.getConnection();
    await migrate(conn);
    conn.release();
    await Promise.all([wc.connect(), dc.connect()]);
    const store = new GameStore(wc);
    const meter = () =>
      new CpuMeter({ 'bench process': [process.pid], tarantool: [tt.pid], mariadb: [db.pid] });
    // The raw rate before the drainer and after it, on fresh rows both
    // times: MariaDB's speed drifts over a run (its flushing, the machine),
    // and the drainer is compared with the mean of the two.
    const raw = async (firstId: number) => {
      const m = meter();
      m.start();
      const rate = await rawUpsertRate(pool, firstId);
      return { rate, cpu: cpuPerRow(m, ROWS) };
    };
    const rawBefore = await raw(1_000_000);
    const epochs = await queueSaves(store);
    const queue = new QueueStore(dc);
    const drained = await fullQueueRate(queue, pool, meter());
    const rawAfter = await raw(2_000_000);
    const { saves, written } = await coalescing(store, epochs, queue, pool);
    const rawCpu = Object.fromEntries(
      Object.keys(rawBefore.cpu).map((k) => [
        k,
        ((rawBefore.cpu[k] ?? 0) + (rawAfter.cpu[k] ?? 0)) / 2,
      ]),
    );
    report([rawBefore.rate, rawAfter.rate], drained.rate, saves, written, {
      raw: rawCpu,
      drain: drained.cpu,
    });
  } finally {
    await Promise.all([wc.close(), dc.close()]);
    await pool.end().catch(() => undefined);
    await Promise.all([tt.stop(), db.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
