import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { GameClient } from '../../src/client/client';
import { isAlive, whileFrozen } from '../../src/devstack/process';
import { migrate } from '../../src/store/mysql/migrate';
import mysql from 'mysql2/promise';
import { CLI, waitFor } from '../helpers/master';
import {
  consoleEval,
  TEST_CREDENTIALS,
  testMariadb,
  type TestMariadb,
  testTarantool,
  type TestTarantool,
} from '../helpers/servers';
import { player, startWorkerProcess, type TestWorker } from '../helpers/workers';

/**
 * The store as a replica set on one machine: a master and one synchronous
 * replica (quorum 2). A save is acknowledged only once the replica has it;
 * clients given both addresses use the writable one; after the master is
 * SIGKILLed, `gameserver failover --to` promotes the replica, the worker
 * follows it by itself, and nothing acknowledged is lost.
 */

const run = promisify(execFile);
const SECRETS = {
  GS_CONTROLLER_PASSWORD: 'test-controller-password',
  GS_REPLICATOR_PASSWORD: 'test-replicator-password',
  GS_SYNC_QUORUM: '2',
  GS_SYNC_TIMEOUT: '5',
};

describe('a Tarantool replica set: a synchronous replica, failover by hand', function () {
  this.timeout(120000);
  let a: TestTarantool;
  let b: TestTarantool;
  let db: TestMariadb;
  let worker: TestWorker;
  const clients: GameClient[] = [];
  let hosts = '';

  before(async () => {
    [a, db] = await Promise.all([testTarantool({ env: SECRETS }), testMariadb()]);
    b = await testTarantool({
      env: {
        ...SECRETS,
        GS_READ_ONLY: 'true',
        GS_REPLICATION: `gs_replicator:${SECRETS.GS_REPLICATOR_PASSWORD}@127.0.0.1:${a.port}`,
      },
    });
    const conn = await mysql.createConnection({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
    });
    await migrate(conn);
    await conn.end();
    // The read-only replica first: the worker must skip it.
    hosts = `127.0.0.1:${b.port},127.0.0.1:${a.port}`;
    worker = await startWorkerProcess(
      { tarantoolPort: a.port, mysqlPort: db.port },
      { GAMESERVER_TARANTOOL_HOSTS: hosts, GAMESERVER_TARANTOOL_CONNECT_TIMEOUT_MS: '1000' },
    );
  });

  after(async () => {
    for (const c of clients) c.close();
    await worker?.stop();
  });

  const storedVersion = async (t: TestTarantool, id: number) =>
    Number(/version: (\d+)/.exec(await consoleEval(t.consoleSocket, `gs.get(${id})`))?.[1] ?? 0);

  it('a save is on the replica when it is acknowledged; the client skips the read-only instance', async () => {
    assert.match(await consoleEval(b.consoleSocket, 'box.info.ro'), /true/);
    const { client } = await player(worker, 700);
    clients.push(client);
    const r = await client.request({ plant: { plot: 0, crop: 'radish' } });
    assert.equal(r.body, 'state');
    assert.equal(
      await storedVersion(b, 700),
      Number(r.state?.version),
      'replicated before the answer',
    );
    // Semi-synchronous (lua/gameserver/replicas.lua): no is_sync space, which
    // Tarantool 2.6.0 could not recover from a snapshot.
    assert.match(await consoleEval(a.consoleSocket, 'box.space.players.is_sync'), /false/);
    assert.match(await consoleEval(a.consoleSocket, 'gs.role().quorum'), /- 2/);
  });

  it('a change waits for the replica: with the replica stopped it is not answered until the quorum is lowered', async () => {
    const { client } = await player(worker, 701);
    clients.push(client);
    let answered = false;
    await whileFrozen(b.pid, async () => {
      const pending = client.request({ plant: { plot: 0, crop: 'radish' } }, 10000);
      void pending.then(() => (answered = true));
      await sleep(700);
      assert.equal(answered, false, 'answered while the replica could not confirm');
      assert.match(await consoleEval(a.consoleSocket, 'gs.stats().degraded'), /false/);
      // What the store controller does when the replica is gone: degraded mode.
      await consoleEval(a.consoleSocket, 'gs.set_quorum(1)');
      const r = await pending;
      assert.equal(r.body, 'state', 'released by the lower quorum');
      assert.match(await consoleEval(a.consoleSocket, 'gs.stats().degraded'), /true/);
    });
    // Back to quorum 2: the barrier returns once the replica holds everything.
    assert.match(await consoleEval(a.consoleSocket, 'gs.set_quorum(2).barrier'), /true/);
    assert.equal(await storedVersion(b, 701), await storedVersion(a, 701));
  });

  it('the master recovers from its own snapshot (2.6.0 cannot with is_sync spaces)', async () => {
    const before = await storedVersion(a, 701);
    assert.match(await consoleEval(a.consoleSocket, 'box.snapshot()'), /ok/);
    a = await a.restart();
    assert.equal(await storedVersion(a, 701), before);
    assert.match(await consoleEval(a.consoleSocket, 'gs.role().quorum'), /- 2/);
    await waitFor('the replica follows again', async () =>
      /follow/.test(await consoleEval(a.consoleSocket, 'gs.role().peers[1].downstream')),
    );
  });

  it('SIGKILL the master, failover --to the replica: the worker follows; nothing acknowledged is lost', async () => {
    const acknowledged = new Map<number, number>();
    let stop = false;
    let servedAgainAt = 0;
    let killedAt = 0;
    const play = async (id: number) => {
      while (!stop) {
        let c: GameClient | null = null;
        try {
          c = (await player(worker, id)).client;
          for (let plot = 0; !stop; plot = (plot + 1) % 4) {
            const sentAt = Date.now();
            const p = await c.request({ plant: { plot, crop: 'radish' } });
            if (p.state) acknowledged.set(id, Number(p.state.version));
            const h = await c.request({ harvest: { plot } });
            if (h.state) acknowledged.set(id, Number(h.state.version));
            // Sold, so coins never run out (plant 5, sell 9).
            const s = await c.request({ sell: { item: 'radish', qty: 1 } });
            if (s.state) acknowledged.set(id, Number(s.state.version));
            // Served again: a command sent after the kill was committed.
            if (killedAt && sentAt > killedAt && !servedAgainAt && p.state)
              servedAgainAt = Date.now();
            if (!p.state && !h.state && !s.state) await sleep(50);
          }
        } catch {
          await sleep(100);
        } finally {
          c?.close();
        }
      }
    };
    const players = Array.from({ length: 10 }, (_, i) => play(710 + i));
    await sleep(1500);
    const before = [...acknowledged.values()].reduce((x, y) => x + y, 0);
    assert.ok(before > 20, `playing: ${before}`);
    a.signal('SIGKILL');
    killedAt = Date.now();
    await waitFor('the master died', async () => !isAlive(a.pid));
    const out = await run(process.execPath, [CLI, 'failover', '--to', `127.0.0.1:${b.port}`], {
      env: {
        ...process.env,
        GAMESERVER_TARANTOOL_HOSTS: hosts,
        GAMESERVER_TARANTOOL_CONTROLLER_PASSWORD: SECRETS.GS_CONTROLLER_PASSWORD,
      },
    });
    assert.match(
      out.stdout,
      /promoted 127.0.0.1:\d+: lsn \d+, quorum 1; demoted: none; unreachable: 127.0.0.1/,
    );
    await waitFor('players are served again', async () => servedAgainAt > 0, 20000);
    await sleep(1000);
    stop = true;
    await Promise.all(players);
    assert.match(await consoleEval(b.consoleSocket, 'box.info.ro'), /false/);
    for (const [id, version] of acknowledged) {
      assert.ok((await storedVersion(b, id)) >= version, `player ${id}: acknowledged ${version}`);
    }
    console.log(
      `        failover: ${acknowledged.size} players, served again ${servedAgainAt - killedAt} ms after the kill`,
    );
  });
});
