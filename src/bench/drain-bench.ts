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
import { loadCatalog } from '../game/catalog';
import { newFarm, serializeFarm } from '../game/farm';
import { silentLogger } from '../log/logger';
import { GameStore } from '../store/game-store';
import { migrate } from '../store/mysql/migrate';
import { QueueStore } from '../store/queue-store';
import { TarantoolClient } from '../store/tarantool-client';

/**
 * scripts/bench-drain: the drainer against the limit measured in the same
 * run (raw batched upserts from one Node process into the same MariaDB),
 * and the coalescing ratio. Prints figures; never fails on speed.
 */

const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const ROWS = Number(process.env.BENCH_ROWS ?? 50000);
const catalog = loadCatalog();

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
    await wc.connect();
    await dc.connect();
    const store = new GameStore(wc);
    const state = serializeFarm(newFarm(catalog, 1));
    const row = (id: number, version: number): PlayerRow => ({
      id,
      version,
      name: `p${id}`,
      coins: 100,
      xp: version,
      level: 1,
      lastSeen: Date.now(),
      state,
    });

    // 1. The limit: raw batched upserts, one transaction a batch, one process.
    let t0 = process.hrtime.bigint();
    for (let start = 0; start < ROWS; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, ROWS - start) }, (_, i) =>
        row(1_000_000 + start + i, 1),
      );
      const c = await pool.getConnection();
      await c.query('START TRANSACTION');
      await c.query(UPSERT_PLAYERS_SQL(rows.length), playerParams(rows));
      await c.query('COMMIT');
      c.release();
    }
    const rawRate = ROWS / (Number(process.hrtime.bigint() - t0) / 1e9);

    // 2. The drainer through the whole path: ROWS queued player entries.
    const epochs = new Map<number, number>();
    for (let start = 0; start < ROWS; start += 1000) {
      const ids = Array.from({ length: Math.min(1000, ROWS - start) }, (_, i) => start + i + 1);
      await Promise.all(
        ids.map(async (id) => {
          const { epoch } = await store.claim(id, 'bench');
          epochs.set(id, epoch);
          await store.save({
            playerId: id,
            epoch,
            version: 1,
            state: { name: `p${id}`, xp: 1, lastSeen: 0, data: state },
          });
        }),
      );
    }
    const queue = new QueueStore(dc);
    const drainer = createDrainer({
      queue,
      sink: new MysqlSink(pool, 30000),
      catalog,
      logger: silentLogger(),
      options: {
        consumerId: 'bench',
        batchSize: BATCH,
        leaseSeconds: 60,
        minAgeMs: 500,
        concurrency: Number(process.env.BENCH_LANES ?? 2),
        waitMs: 100,
        backoffMinMs: 50,
        backoffMaxMs: 1000,
        stopDeadlineMs: 10000,
      },
    });
    t0 = process.hrtime.bigint();
    drainer.start();
    while (drainer.counters().players < ROWS) await sleep(5);
    const drainRate = ROWS / (Number(process.hrtime.bigint() - t0) / 1e9);

    // 3. Coalescing: 1,000 players saving 10 times a second each, for 5 s.
    const before = drainer.counters().players;
    const versions = new Map<number, number>(
      [...epochs.keys()].slice(0, 1000).map((id) => [id, 1]),
    );
    let saves = 0;
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      const tick = Date.now();
      await Promise.all(
        [...versions.keys()].map(async (id) => {
          const v = versions.get(id)! + 1;
          await store.save({
            playerId: id,
            epoch: epochs.get(id)!,
            version: v,
            state: { name: `p${id}`, xp: v, lastSeen: 0, data: state },
          });
          versions.set(id, v);
          saves++;
        }),
      );
      await sleep(Math.max(0, 100 - (Date.now() - tick)));
    }
    for (let i = 0; i < 100 && Number((await queue.stats()).ready) > 0; i++) await sleep(50);
    await sleep(300);
    const written = drainer.counters().players - before;
    await drainer.stop();

    console.log(
      `drain benchmark: ${ROWS} rows, batches of ${BATCH}, ${os.cpus().length} CPUs, MariaDB with innodb_flush_log_at_trx_commit=1`,
    );
    console.log(`${'figure'.padEnd(52)} ${'value'.padStart(10)}`);
    console.log(
      `${'raw batched upsert rows/s (one Node process)'.padEnd(52)} ${rawRate.toFixed(0).padStart(10)}`,
    );
    console.log(
      `${'drainer rows/s through the queue'.padEnd(52)} ${drainRate.toFixed(0).padStart(10)}`,
    );
    console.log(`${'drainer / raw'.padEnd(52)} ${(drainRate / rawRate).toFixed(2).padStart(10)}`);
    console.log(
      `${'game saves (1,000 players x 10/s for 5 s)'.padEnd(52)} ${String(saves).padStart(10)}`,
    );
    console.log(`${'MySQL player writes for them'.padEnd(52)} ${String(written).padStart(10)}`);
    console.log(
      `${'coalescing ratio (MySQL writes per save)'.padEnd(52)} ${(written / saves).toFixed(3).padStart(10)}`,
    );
    const raw = { name: 'raw batched upsert rows/s, one Node process', value: rawRate };
    const file = saveResults('drain', [
      { scenario: 'drain', figure: 'drainer rows/s', value: drainRate, unit: '/s', baseline: raw },
      { scenario: 'drain', figure: 'game saves', value: saves, unit: '' },
      { scenario: 'drain', figure: 'MySQL player writes for them', value: written, unit: '' },
      { scenario: 'drain', figure: 'MySQL writes per save', value: written / saves, unit: '' },
    ]);
    console.log(`written: ${file}`);
  } finally {
    await wc.close();
    await dc.close();
    await pool.end().catch(() => undefined);
    await Promise.all([tt.stop(), db.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
