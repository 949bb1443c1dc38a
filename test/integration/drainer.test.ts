import assert from 'node:assert/strict';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { createDrainer, type Drainer } from '../../src/drainer/drainer';
import { MysqlSink } from '../../src/drainer/mysql-sink';
import { REPO_ROOT } from '../../src/devstack/paths';
import { spawnServer, stopPid } from '../../src/devstack/process';
import { levelOf, loadCatalog } from '../../src/game/catalog';
import { newFarm, serializeFarm } from '../../src/game/farm';
import pino from 'pino';
import { silentLogger } from '../../src/log/logger';
import { GameStore } from '../../src/store/game-store';
import { migrate } from '../../src/store/mysql/migrate';
import { QueueStore } from '../../src/store/queue-store';
import type { TarantoolClient } from '../../src/store/tarantool-client';
import {
  consoleEval,
  drainerClient,
  TEST_CREDENTIALS,
  tempDir,
  testMariadb,
  type TestMariadb,
  testTarantool,
  type TestTarantool,
  workerClient,
} from '../helpers/servers';

const catalog = loadCatalog();

describe('drainer (real Tarantool and MariaDB)', function () {
  this.timeout(120000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let wc: TarantoolClient;
  let store: GameStore;
  const clients: TarantoolClient[] = [];
  const pools: mysql.Pool[] = [];
  const drainers: Drainer[] = [];
  /** player id -> [epoch, last version saved] */
  const players = new Map<number, { epoch: number; version: number }>();
  let expectedEvents = 0;
  let nextPlayer = 1;

  before(async () => {
    [tt, db] = await Promise.all([testTarantool(), testMariadb()]);
    const conn = await mysqlConn();
    await migrate(conn);
    await conn.end();
    wc = workerClient(tt);
    await wc.connect();
    store = new GameStore(wc);
  });

  afterEach(async () => {
    await Promise.all(drainers.splice(0).map((d) => d.stop()));
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(pools.splice(0).map((p) => p.end().catch(() => undefined)));
  });

  after(async () => {
    await wc?.close();
  });

  function mysqlConn(): Promise<mysql.Connection> {
    return mysql.createConnection({ host: db.host, port: db.port, ...TEST_CREDENTIALS.mysql });
  }

  async function startDrainer(
    opts: { batchSize?: number; consumer?: string; minAgeMs?: number } = {},
  ): Promise<Drainer> {
    const dc = drainerClient(tt);
    clients.push(dc);
    await dc.connect();
    const pool = mysql.createPool({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
      connectionLimit: 2,
      connectTimeout: 1000,
    });
    pools.push(pool);
    const d = createDrainer({
      queue: new QueueStore(dc),
      sink: new MysqlSink(pool, 5000),
      catalog,
      logger: process.env.DRAINER_TEST_LOG
        ? pino({ level: 'warn' }, pino.destination(2))
        : silentLogger(),
      options: {
        consumerId: opts.consumer ?? `test-${drainers.length}`,
        batchSize: opts.batchSize ?? 100,
        leaseSeconds: 5,
        waitMs: 200,
        minAgeMs: opts.minAgeMs ?? 0,
        concurrency: 2,
        backoffMinMs: 20,
        backoffMaxMs: 300,
        stopDeadlineMs: 5000,
      },
    });
    drainers.push(d);
    d.start();
    return d;
  }

  /** Saves `rounds` changes for each of `count` new players, each with one event. */
  async function play(
    count: number,
    rounds: number,
    data?: (id: number, v: number) => string,
  ): Promise<number[]> {
    const ids = Array.from({ length: count }, () => nextPlayer++);
    await Promise.all(
      ids.map(async (id) => {
        const { epoch } = await store.claim(id, 'test-worker');
        players.set(id, { epoch, version: 0 });
      }),
    );
    await more(ids, rounds, data);
    return ids;
  }

  async function more(
    ids: number[],
    rounds: number,
    data?: (id: number, v: number) => string,
  ): Promise<void> {
    for (let r = 0; r < rounds; r++) {
      await Promise.all(
        ids.map(async (id) => {
          const p = players.get(id)!;
          const version = p.version + 1;
          const farm = { ...newFarm(catalog, id), coins: 100 + version };
          await store.save({
            playerId: id,
            epoch: p.epoch,
            version,
            row: {
              name: `p${id}`,
              xp: version,
              lastSeen: Date.now(),
              state: data ? data(id, version) : serializeFarm(farm),
              // What a worker sends; a state made by `data` is not a farm.
              ...(data ? {} : { coins: farm.coins, level: levelOf(catalog, version) }),
            },
            events: [{ type: 'test', payload: JSON.stringify({ player: id, version }) }],
          });
          p.version = version;
          expectedEvents++;
        }),
      );
    }
  }

  async function queueStats(): Promise<Record<string, number>> {
    const text = await consoleEval(tt.consoleSocket, 'require("json").encode(wq.stats())');
    return JSON.parse(/- '(.*)'\n/.exec(text)![1]!) as Record<string, number>;
  }

  async function drained(timeoutMs = 60000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await queueStats();
      if (s.ready === 0 && s.taken === 0) return;
      if (Date.now() > deadline) throw new Error(`queue not drained: ${JSON.stringify(s)}`);
      await sleep(100);
    }
  }

  /** MySQL equals Tarantool: same version and state for every player; every event once. */
  async function assertConverged(): Promise<void> {
    const conn = await mysqlConn();
    try {
      const [rows] = await conn.query<RowDataPacket[]>(
        'SELECT id, version, state, coins FROM players',
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      for (const [id, p] of players) {
        const hot = await store.get(id);
        if (!hot || hot.state.startsWith('not json')) continue;
        const row = byId.get(id);
        assert.ok(row, `player ${id} missing in MySQL`);
        assert.equal(Number(row.version), hot.version, `player ${id} version`);
        assert.equal(Number(row.version), p.version);
        // mysql2 hands JSON columns back parsed.
        const state: unknown = typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
        assert.deepEqual(state, JSON.parse(hot.state), `player ${id} state`);
        assert.equal(Number(row.coins), 100 + p.version);
      }
      const [counts] = await conn.query<RowDataPacket[]>(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT player_id, JSON_EXTRACT(payload, "$.version")) AS d FROM events',
      );
      assert.equal(Number(counts[0]?.n), expectedEvents, 'every event in MySQL');
      assert.equal(Number(counts[0]?.d), expectedEvents, 'no event twice');
    } finally {
      await conn.end();
    }
  }

  it('a stream of saves ends with MySQL equal to Tarantool; a lone change is written within 1 s', async () => {
    // With a write-behind delay of 500 ms a lone change lands within 1 s.
    await startDrainer({ minAgeMs: 500 });
    await play(50, 10);
    await drained();
    await assertConverged();
    const [id] = await play(1, 1);
    const t0 = Date.now();
    const conn = await mysqlConn();
    try {
      for (;;) {
        const [rows] = await conn.query<RowDataPacket[]>(
          'SELECT version FROM players WHERE id = ?',
          [id],
        );
        if (rows.length) break;
        assert.ok(Date.now() - t0 < 1000, 'a lone change reached MySQL within 1 s');
        await sleep(10);
      }
    } finally {
      await conn.end();
    }
  });

  it('the same batch replayed twice changes nothing', async () => {
    await play(20, 3);
    const dc = drainerClient(tt);
    clients.push(dc);
    await dc.connect();
    const queue = new QueueStore(dc);
    const pool = mysql.createPool({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
      connectionLimit: 1,
    });
    pools.push(pool);
    const sink = new MysqlSink(pool, 5000);
    const batch = await queue.take('replay', 1000, 30, 0);
    const { players: prow, events } = (() => {
      const p = batch.flatMap((e) =>
        e.kind === 'p' && e.player
          ? [
              {
                id: e.player.id,
                version: e.player.version,
                name: e.player.name,
                coins: 100 + e.player.version,
                xp: e.player.xp,
                level: 1,
                lastSeen: e.player.lastSeen,
                state: e.player.state,
              },
            ]
          : [],
      );
      const ev = batch.flatMap((e) => (e.kind === 'e' ? e.events : []));
      return { players: p, events: ev };
    })();
    await sink.write(prow, events);
    const conn = await mysqlConn();
    const checksum = async () => {
      const [rows] = await conn.query<RowDataPacket[]>('CHECKSUM TABLE players, events');
      return rows.map((r) => String(r.Checksum)).join(',');
    };
    const before = await checksum();
    await sink.write(prow, events);
    await sink.write(prow, events);
    assert.equal(await checksum(), before, 'replays left MySQL unchanged');
    // An older version arriving late never overwrites a newer row.
    const older = prow.map((p) => ({ ...p, version: p.version - 1, state: '{"coins":1}' }));
    await sink.write(older, []);
    assert.equal(await checksum(), before, 'an older version changed nothing');
    await conn.end();
    await queue.ack(batch);
    await startDrainer();
    await drained();
    await assertConverged();
  });

  it('MariaDB stopped for 10 s mid-stream, then started: converges, nothing lost, nothing twice', async () => {
    const d = await startDrainer();
    const ids = await play(30, 3);
    await db.stop();
    const stopUntil = Date.now() + 10000;
    while (Date.now() < stopUntil) {
      await more(ids, 1);
      await sleep(500);
    }
    const during = await queueStats();
    assert.ok((during.ready ?? 0) + (during.taken ?? 0) > 0, 'the queue grew while MySQL was down');
    assert.ok(d.counters().retries > 0, 'the drainer retried');
    db = await db.restart();
    await more(ids, 2);
    await drained();
    await assertConverged();
    assert.equal((await queueStats()).buried, 0, 'an outage buries nothing');
  });

  it('coins and level reach MySQL as the save carried them; a row saved without them gets them from its state', async () => {
    await startDrainer();
    const [carried, older] = [nextPlayer++, nextPlayer++];
    const state = serializeFarm({ ...newFarm(catalog, carried), coins: 5 });
    for (const id of [carried, older]) {
      const { epoch } = await store.claim(id, 'test-worker');
      // Different from the state on purpose: which one MySQL gets says who was read.
      const columns = id === carried ? { coins: 77, level: 3 } : {};
      const row = { name: `p${id}`, xp: 0, lastSeen: 0, state, ...columns };
      await store.save({ playerId: id, epoch, version: 1, row });
    }
    await drained();
    const conn = await mysqlConn();
    try {
      const [rows] = await conn.query<RowDataPacket[]>(
        'SELECT id, coins, level FROM players WHERE id IN (?, ?) ORDER BY id',
        [carried, older],
      );
      assert.deepEqual(
        rows.map((r) => [Number(r.id), Number(r.coins), Number(r.level)]),
        [
          [carried, 77, 3],
          [older, 5, levelOf(catalog, 0)],
        ],
      );
    } finally {
      await conn.end();
    }
  });

  it("a batch larger than MySQL's max_allowed_packet is split until it fits, not retried for ever", async () => {
    const conn = await db.rootConnection();
    // Connections opened from now on take the global value.
    await conn.query('SET GLOBAL max_allowed_packet = 65536');
    try {
      // 30 players of 8 KB each, one batch: about 250 KB of statement.
      const big = (id: number, v: number) =>
        JSON.stringify({ player: id, coins: 100 + v, pad: 'x'.repeat(8000) });
      const ids = await play(30, 1, big);
      // MySQL answers ER_NET_PACKET_TOO_LARGE, a refusal of the data, not
      // of the connection: the batch is halved until each part fits.
      const d = await startDrainer({ batchSize: 500 });
      await drained(15000);
      assert.ok(d.counters().splits >= 2, `${d.counters().splits} splits`);
      const [rows] = await conn.query<RowDataPacket[]>(
        `SELECT COUNT(*) AS n FROM ${TEST_CREDENTIALS.mysql.database}.players WHERE id IN (${ids.join(',')})`,
      );
      assert.equal(Number(rows[0]?.n), 30, 'every player in MySQL');
      assert.equal((await queueStats()).buried ?? 0, 0, 'nothing buried');
    } finally {
      await conn.query('SET GLOBAL max_allowed_packet = 16777216');
      await conn.end();
    }
  });

  it('a poison entry is buried while the others are written', async () => {
    await startDrainer({ batchSize: 50 });
    const good = await play(20, 2);
    const [bad] = await play(1, 1, () => 'not json at all');
    await more(good, 1);
    const deadline = Date.now() + 30000;
    for (;;) {
      const s = await queueStats();
      if (s.buried === 1 && s.ready === 0 && s.taken === 0) break;
      assert.ok(Date.now() < deadline, `not settled: ${JSON.stringify(s)}`);
      await sleep(100);
    }
    const buried = await consoleEval(tt.consoleSocket, 'wq.buried(10)[1].key');
    assert.match(buried, new RegExp(`- ${bad}\\n`));
    assert.match(
      await consoleEval(tt.consoleSocket, 'wq.buried(10)[1].last_error'),
      /not a farm|JSON|Unexpected/i,
    );
    // Its events are fine and were written; only the player row is refused.
    await assertConverged();
    await consoleEval(tt.consoleSocket, `box.space.wq:delete({'p', ${bad}})`);
  });

  it('two drainers at once: converge with no duplicates', async () => {
    await startDrainer({ consumer: 'a', batchSize: 20 });
    await startDrainer({ consumer: 'b', batchSize: 20 });
    await play(60, 5);
    await drained();
    await assertConverged();
  });

  it('a drainer process killed with SIGKILL mid-batch and restarted: converges', async () => {
    const env = {
      PATH: process.env.PATH,
      GAMESERVER_TARANTOOL_PORT: String(tt.port),
      GAMESERVER_TARANTOOL_DRAINER_PASSWORD: TEST_CREDENTIALS.drainer.password,
      GAMESERVER_MYSQL_PORT: String(db.port),
      GAMESERVER_MYSQL_PASSWORD: TEST_CREDENTIALS.mysql.password,
      GAMESERVER_DRAINER_LEASE_SECONDS: '2',
      GAMESERVER_DRAINER_BATCH_SIZE: '20',
      GAMESERVER_LOG_LEVEL: 'warn',
    };
    const dir = tempDir('drainer');
    const spawn = () =>
      spawnServer(process.execPath, [path.join(REPO_ROOT, 'bin', 'gameserver'), 'drainer'], {
        env,
        logFile: path.join(dir, 'drainer.log'),
      });
    const ids = await play(100, 1);
    const first = spawn();
    try {
      const deadline = Date.now() + 10000;
      // Kill it while it is draining: some rows are in MySQL, some not yet.
      for (;;) {
        const conn = await mysqlConn();
        const [rows] = await conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM players');
        await conn.end();
        if (Number(rows[0]?.n) > 0 || Date.now() > deadline) break;
        void (await more(ids.slice(0, 10), 1));
      }
      process.kill(first.pid, 'SIGKILL');
      await more(ids, 2);
      const second = spawn();
      try {
        await drained(30000);
        await assertConverged();
      } finally {
        await stopPid(second.pid, 10000);
      }
    } finally {
      await stopPid(first.pid, 1000);
    }
  });
});
