import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { mintToken } from '../../src/auth/token';
import { DEFAULT_MIX, playBots } from '../../src/bots/run';
import { loadCatalog } from '../../src/game/catalog';
import {
  statsOf,
  type TestMasterConfig,
  waitFor,
  startedMaster,
  stopMaster,
} from '../helpers/master';
import { TEST_CREDENTIALS, type TestMariadb, type TestTarantool } from '../helpers/servers';
import { verifyStores } from '../helpers/verify';
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

  /** The pid in a slot once it differs from `old` (the replacement is up). */
  async function newPid(slot: string, old: number): Promise<number> {
    let pid = 0;
    await waitFor(
      `${slot} replaced`,
      async () => {
        pid = Number((await statsOf(cfg.statsPort, 'stats workers')).get(`${slot}:pid`));
        return pid > 0 && pid !== old;
      },
      30000,
    );
    return pid;
  }

  it('SIGKILL of a worker, of the drainer, of Tarantool and of MariaDB during play', async () => {
    // Each fault: what was killed, when, its pid and the pid that replaced it.
    const faults: Array<{ what: string; at: number; old: number; fresh: number }> = [];
    const restartsBefore = Number((await statsOf(cfg.statsPort)).get('worker_restarts'));
    const inject = (async () => {
      await sleep(1500);
      for (const slot of ['worker-0', 'drainer-0']) {
        const old = await childPid(slot);
        process.kill(old, 'SIGKILL');
        faults.push({ what: slot, at: Date.now(), old, fresh: await newPid(slot, old) });
        await sleep(1500);
      }
      let old = tt.pid;
      tt.signal('SIGKILL');
      const ttAt = Date.now();
      await sleep(300);
      tt = await tt.restart();
      faults.push({ what: 'tarantool', at: ttAt, old, fresh: tt.pid });
      await sleep(2000);
      old = db.pid;
      db.signal('SIGKILL');
      const dbAt = Date.now();
      await sleep(300);
      db = await db.restart();
      faults.push({ what: 'mariadb', at: dbAt, old, fresh: db.pid });
    })();
    const { bots, summary, since } = await playBots({
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
    const playing = { from: since, to: Date.now() };
    await inject;
    for (const b of bots) b.stop();
    assert.deepEqual(
      faults.map((f) => f.what),
      ['worker-0', 'drainer-0', 'tarantool', 'mariadb'],
    );
    for (const f of faults) {
      assert.ok(f.fresh > 0 && f.fresh !== f.old, `${f.what} came back as a new process`);
      assert.ok(
        f.at > playing.from && f.at < playing.to,
        `${f.what} was killed while the bots played`,
      );
    }
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
    const v = await verifyStores(tt, pool, bots, since);
    assert.equal(v.checked, 40);
    assert.deepEqual(v.badPlayers, [], v.samples.join('\n'));
    const s = await statsOf(cfg.statsPort);
    assert.equal(s.get('workers'), '2', 'two workers serving again');
    assert.equal(s.get('drainers'), '1', 'one drainer again');
    assert.equal(s.get('workers_failed'), '0');
    // Exactly the two children killed were restarted, once each.
    assert.equal(Number(s.get('worker_restarts')) - restartsBefore, 2);
    assert.equal(s.get('queue_buried'), '0', 'nothing buried by the outages');
  });
});
