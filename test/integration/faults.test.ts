import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { mintToken } from '../../src/auth/token';
import { DEFAULT_MIX, playBots, verifyBots } from '../../src/bots/run';
import { loadCatalog } from '../../src/game/catalog';
import {
  statsOf,
  type TestMasterConfig,
  waitFor,
  startedMaster,
  stopMaster,
} from '../helpers/master';
import { TEST_CREDENTIALS, type TestMariadb, type TestTarantool } from '../helpers/servers';
import { FAST_CATALOG, TEST_TOKEN_SECRET } from '../helpers/workers';

/**
 * Kill anything while bots play, then check that nothing acknowledged was
 * lost: every bot's last acknowledged state is in Tarantool and, after the
 * drain, in MySQL.
 */
describe('faults while bots play: nothing acknowledged is lost', function () {
  this.timeout(180000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let cfg: TestMasterConfig;
  let pool: mysql.Pool;

  before(async () => {
    ({ tt, db, cfg } = await startedMaster());
  });

  after(async () => {
    await stopMaster(cfg);
    await pool?.end().catch(() => undefined);
  });

  async function childPid(slot: string): Promise<number> {
    let pid = 0;
    await waitFor(
      `${slot} running`,
      async () => {
        pid = Number((await statsOf(cfg.statsPort, 'stats workers')).get(`${slot}:pid`));
        return pid > 0;
      },
      30000,
    );
    return pid;
  }

  it('SIGKILL of a worker, of the drainer, of Tarantool and of MariaDB during play', async () => {
    const faults: string[] = [];
    const inject = (async () => {
      await sleep(1500);
      process.kill(await childPid('worker-0'), 'SIGKILL');
      faults.push('worker');
      await sleep(1500);
      process.kill(await childPid('drainer-0'), 'SIGKILL');
      faults.push('drainer');
      await sleep(1500);
      tt.signal('SIGKILL');
      await sleep(300);
      tt = await tt.restart();
      faults.push('tarantool');
      await sleep(2000);
      db.signal('SIGKILL');
      await sleep(300);
      db = await db.restart();
      faults.push('mariadb');
    })();
    const { bots, summary } = await playBots({
      host: '127.0.0.1',
      port: cfg.gamePort,
      players: 40,
      firstId: 3_000_000,
      rate: 400,
      durationSeconds: 10,
      mix: DEFAULT_MIX,
      catalog: loadCatalog(FAST_CATALOG),
      token: (id) => mintToken(TEST_TOKEN_SECRET, id, Math.floor(Date.now() / 1000) + 3600),
    });
    await inject;
    assert.deepEqual(faults, ['worker', 'drainer', 'tarantool', 'mariadb']);
    assert.ok(summary.commands > 1000, `${summary.commands} commands acknowledged or refused`);
    assert.equal(summary.mismatches, 0, summary.mismatchSamples.join('\n'));
    assert.equal(summary.unexpectedErrors, 0, JSON.stringify(summary.errors));
    assert.ok(summary.reconnects > 0, 'the bots saw the faults');
    pool = mysql.createPool({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
      connectionLimit: 2,
    });
    const v = await verifyBots(bots, pool, 60000);
    for (const b of bots) b.stop();
    assert.equal(v.tarantoolMissing, 0, v.samples.join('\n'));
    assert.equal(v.mysqlMissing, 0, v.samples.join('\n'));
    const s = await statsOf(cfg.statsPort);
    assert.equal(s.get('workers'), '2', 'serving again');
    assert.equal(s.get('queue_buried'), '0', 'nothing buried by the outages');
  });
});
