import assert from 'node:assert/strict';
import fs from 'node:fs';
import TarantoolConnection from 'tarantool-driver';
import { StoreError } from '../../src/errors';
import type { TarantoolClient } from '../../src/store/tarantool-client';
import {
  consoleEval,
  drainerClient,
  masterClient,
  TEST_CREDENTIALS,
  testTarantool,
  type TestTarantool,
  workerClient,
} from '../helpers/servers';

describe('tarantool bootstrap (lua/init.lua)', function () {
  let tt: TestTarantool;
  const clients: TarantoolClient[] = [];

  before(async () => {
    tt = await testTarantool();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  after(async () => {
    await tt?.stop();
  });

  async function connected(c: TarantoolClient): Promise<TarantoolClient> {
    clients.push(c);
    await c.connect();
    return c;
  }

  it('opens the admin console as a unix socket with mode 0600', async () => {
    const st = fs.statSync(tt.consoleSocket);
    assert.ok(st.isSocket());
    assert.equal(st.mode & 0o777, 0o600);
    const answer = await consoleEval(tt.consoleSocket, 'gs.migrations()');
    assert.match(answer, /- 2\n/);
  });

  it('applies migrations once; a restart applies nothing again and keeps the data', async () => {
    const c = await connected(workerClient(tt));
    await c.call('gs.claim', [42, 'w1']);
    await c.close();
    tt = await tt.restart();
    const log = fs.readFileSync(tt.logFile, 'utf8');
    assert.equal(
      log.match(/migration 1 \(/g)?.length,
      1,
      'migration 1 ran in the first start only',
    );
    assert.match(log, /schema version 2 \(0 migration\(s\) ran now\)/);
    const answer = await consoleEval(tt.consoleSocket, 'box.space.gs_migrations:len()');
    assert.match(answer, /- 2\n/);
    const again = await connected(workerClient(tt));
    const [claim] = (await again.call('gs.claim', [42, 'w1'])) as [{ epoch: number }];
    assert.equal(claim.epoch, 2, 'the epoch survived the restart (WAL recovery)');
  });

  it('the worker user cannot eval Lua', async () => {
    const raw = new TarantoolConnection({
      host: tt.host,
      port: tt.port,
      username: TEST_CREDENTIALS.worker.user,
      password: TEST_CREDENTIALS.worker.password,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    try {
      await raw.connect();
      await assert.rejects(raw.eval('return 1'), /denied/i);
    } finally {
      raw.disconnect();
    }
  });

  it('the worker user cannot write or read spaces directly', async () => {
    const c = await connected(workerClient(tt));
    for (const fn of [
      'box.space.players:insert',
      'box.space.players:select',
      'box.schema.user.grant',
    ]) {
      await assert.rejects(c.call(fn, [[1]]), (err: StoreError) => {
        assert.equal(err.code, 'STORE_FAILED');
        assert.match(err.message, /denied|not found/i);
        return true;
      });
    }
  });

  it('each user may call only its own procedures', async () => {
    const worker = await connected(workerClient(tt));
    const drainer = await connected(drainerClient(tt));
    await assert.rejects(worker.call('wq.take', ['x', 1, 1, 0]), /denied/i);
    await assert.rejects(drainer.call('gs.save_batch', [[]]), /denied/i);
    await assert.rejects(drainer.call('gs.claim', [1, 'w']), /denied/i);
    await assert.rejects(worker.call('wq.kick', [1]), /denied/i, 'console-only helper');
    await assert.rejects(worker.call('gs.player', [1]), /denied/i, 'console-only helper');
    await assert.rejects(drainer.call('gs.presence', [1, [2]]), /denied/i);
    assert.deepEqual(await worker.call('gs.presence', [1, [2]]), [[]]);
    assert.ok(await worker.call('gs.ping', []));
    assert.ok(await drainer.call('wq.stats', []));
  });

  it("only the master frees a dead worker's players; the master can do nothing else of the game", async () => {
    const worker = await connected(workerClient(tt));
    const master = await connected(masterClient(tt));
    await assert.rejects(worker.call('gs.worker_gone', ['w1']), /denied/i);
    assert.deepEqual(await master.call('gs.worker_gone', ['nobody']), [0]);
    assert.ok(await master.call('gs.stats', []));
    for (const [proc, args] of [
      ['gs.claim', [1, 'w']],
      ['gs.save_batch', [[]]],
      ['gs.get', [1]],
      ['wq.take', ['x', 1, 1, 0]],
    ] as const) {
      await assert.rejects(master.call(proc, [...args]), /denied/i, proc);
    }
  });

  it('a wrong password is refused with a clear error', async () => {
    const c = workerClient(tt, { password: 'wrong', connectTimeoutMs: 1000 });
    clients.push(c);
    await assert.rejects(c.connect(), (err: StoreError) => {
      assert.equal(err.code, 'STORE_UNAVAILABLE');
      assert.match(err.message, /credentials|password|not found/i);
      return true;
    });
  });
});
