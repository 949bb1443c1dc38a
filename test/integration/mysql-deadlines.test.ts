import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { MysqlSink } from '../../src/drainer/mysql-sink';
import { StorePoller } from '../../src/master/store-poller';
import type { GameStore } from '../../src/store/game-store';
import { PlayerArchive } from '../../src/store/mysql/players';
import { migratedMariadb, TEST_CREDENTIALS, type TestMariadb } from '../helpers/servers';
import { whileFrozen } from '../../src/devstack/process';

/**
 * A MySQL that stops answering (SIGSTOP on a real MariaDB: its sockets stay
 * open, nothing comes back, as behind a cut link). mysql2 leaves a query
 * that timed out queued on its connection, and every later query on that
 * connection waits behind it with no deadline running
 * (src/store/mysql/pooled.ts). Each user of MySQL must still fail within
 * its timeout, every time, and work again once MySQL answers.
 */

const TIMEOUT_MS = 300;
/** A call's timeout and a connection's, with room for a busy machine. */
const WITHIN_MS = 1500;

/** How long `p` takes to settle, and how; 'pending' once `ms` pass first. */
async function settles(p: Promise<unknown>, ms = WITHIN_MS): Promise<string> {
  const t0 = Date.now();
  const how = await Promise.race([
    p.then(
      () => 'resolved',
      (e: { code?: string }) => `rejected ${e.code ?? ''}`.trim(),
    ),
    sleep(ms).then(() => 'pending'),
  ]);
  return how === 'pending' ? how : `${how} in ${Date.now() - t0} ms`;
}

/** The message names what settled how, so a failure says which of pending or resolved it was. */
function assertSettled(how: string, expected: RegExp, what: string): void {
  assert.match(how, expected, `${what}: ${how}`);
}

describe('MySQL deadlines while MySQL does not answer (a real MariaDB, stopped)', function () {
  this.timeout(60000);
  let db: TestMariadb;
  let pool: mysql.Pool;

  before(async () => {
    db = await migratedMariadb();
  });

  after(async () => {
    await db?.stop();
  });

  beforeEach(() => {
    pool = mysql.createPool({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
      connectionLimit: 1,
      connectTimeout: 5000,
    });
  });

  afterEach(async () => {
    db.signal('SIGCONT');
    // end() waits for a connection's stuck query: not past the test.
    await Promise.race([pool.end().catch(() => undefined), sleep(2000)]);
  });

  it('a cold load fails with MYSQL_UNAVAILABLE within its timeout, the third in a row too; then loads again', async () => {
    const archive = new PlayerArchive(pool, TIMEOUT_MS);
    assert.deepEqual(await archive.load(1), { found: false });
    await whileFrozen(db.pid, async () => {
      for (let i = 0; i < 3; i++)
        assertSettled(
          await settles(archive.load(1)),
          /^rejected MYSQL_UNAVAILABLE/,
          `load ${i + 1}`,
        );
    });
    assertSettled(await settles(archive.load(1), 5000), /^resolved/, 'the load after');
  });

  it("the drainer's write fails within its timeout, twice in a row; then writes again", async () => {
    const sink = new MysqlSink(pool, TIMEOUT_MS);
    const player = (version: number) => ({
      id: 7,
      version,
      name: 'p7',
      coins: 1,
      xp: 0,
      level: 1,
      lastSeen: 0,
      state: '{}',
    });
    await sink.write([player(1)], []);
    await whileFrozen(db.pid, async () => {
      assertSettled(await settles(sink.write([player(2)], [])), /^rejected/, 'first write');
      assertSettled(await settles(sink.write([player(2)], [])), /^rejected/, 'second write');
    });
    assertSettled(await settles(sink.write([player(3)], []), 5000), /^resolved/, 'the write after');
    const [rows] = await pool.query<mysql.RowDataPacket[]>(
      'SELECT version FROM players WHERE id = 7',
    );
    assert.equal(Number(rows[0]?.version), 3);
  });

  it("the master's health check reads mysql_up 0 within its timeout, and 1 again once MySQL answers", async () => {
    const store = { stats: async () => ({}) } as unknown as GameStore;
    const poller = new StorePoller(store, pool, TIMEOUT_MS);
    await poller.start(100);
    try {
      assert.equal(poller.mysqlUp, true);
      await whileFrozen(db.pid, async () => {
        const deadline = Date.now() + WITHIN_MS;
        while (poller.mysqlUp && Date.now() < deadline) await sleep(20);
        assert.equal(poller.mysqlUp, false, 'mysql_up while MySQL does not answer');
      });
      const deadline = Date.now() + 5000;
      while (!poller.mysqlUp && Date.now() < deadline) await sleep(20);
      assert.equal(poller.mysqlUp, true, 'mysql_up once it answers again');
    } finally {
      poller.stop();
    }
  });
});
