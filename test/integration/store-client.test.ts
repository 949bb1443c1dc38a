import assert from 'node:assert/strict';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../../src/errors';
import { GameStore, type PlayerRowFields } from '../../src/store/game-store';
import { QueueStore } from '../../src/store/queue-store';
import { TarantoolClient } from '../../src/store/tarantool-client';
import {
  drainerClient,
  masterClient,
  testTarantool,
  type TestTarantool,
  workerClient,
} from '../helpers/servers';
import { whileFrozen } from '../../src/devstack/process';

const fields = (state = '{}', xp = 0, name = 'p'): PlayerRowFields => ({
  name,
  xp,
  lastSeen: Date.now(),
  state,
});

function code(c: string) {
  return (err: unknown) => {
    assert.ok(err instanceof StoreError, `expected StoreError, got ${String(err)}`);
    assert.equal(err.code, c, err.message);
    return true;
  };
}

describe('store client (TypeScript, real Tarantool)', function () {
  let tt: TestTarantool;
  let client: TarantoolClient;
  let store: GameStore;
  const extra: TarantoolClient[] = [];

  before(async () => {
    tt = await testTarantool();
  });

  beforeEach(async () => {
    client = workerClient(tt);
    await client.connect();
    store = new GameStore(client);
  });

  afterEach(async () => {
    await client.close();
    await Promise.all(extra.splice(0).map((c) => c.close()));
  });

  after(async () => {
    await tt?.stop();
  });

  describe('every method', () => {
    it('claim, save, get, release: fencing and version checks surface as typed errors', async () => {
      const a = await store.claim(1001, 'w1');
      assert.equal(a.epoch, 1);
      assert.equal(a.previousWorker, null);
      assert.equal(a.player, null);
      assert.equal(
        await store.save({
          playerId: 1001,
          epoch: a.epoch,
          version: 1,
          row: fields('{"c":1}', 5, 'ann'),
        }),
        1,
      );
      const p = await store.get(1001);
      assert.deepEqual(
        { id: p?.id, version: p?.version, name: p?.name, xp: p?.xp, state: p?.state },
        { id: 1001, version: 1, name: 'ann', xp: 5, state: '{"c":1}' },
      );
      await assert.rejects(
        store.save({ playerId: 1001, epoch: a.epoch, version: 3, row: fields() }),
        (err: StoreError) => code('VERSION_CONFLICT')(err) && err.details.stored_version === 1,
      );
      const b = await store.claim(1001, 'w2');
      assert.equal(b.previousWorker, 'w1');
      assert.equal(b.player?.version, 1);
      await assert.rejects(
        store.save({ playerId: 1001, epoch: a.epoch, version: 2, row: fields() }),
        code('FENCED'),
      );
      assert.equal(await store.release(1001, a.epoch), false, 'an old epoch releases nothing');
      assert.equal(await store.release(1001, b.epoch), true);
    });

    it('saves from many players in one tick travel in one batch call', async () => {
      const n = 300;
      const epochs = await Promise.all(
        Array.from({ length: n }, (_, i) => store.claim(2000 + i, 'w1')),
      );
      const before = store.counters.saveBatches;
      const versions = await Promise.all(
        epochs.map((c, i) =>
          store.save({ playerId: 2000 + i, epoch: c.epoch, version: 1, row: fields() }),
        ),
      );
      assert.deepEqual(new Set(versions), new Set([1]));
      assert.equal(store.counters.saveBatches - before, 1, 'one gs.save_batch call for 300 saves');
    });

    /**
     * The client's gs.save_batch calls, the first held back until `release()`
     * (then refused with STORE_TIMEOUT when `failFirst`): how many, and the
     * most out at once.
     */
    function watchBatches(failFirst = false) {
      const seen = { calls: 0, out: 0, mostOut: 0 };
      let release = (): void => undefined;
      const held = new Promise<void>((r) => (release = r));
      const call = client.call.bind(client);
      client.call = async (name, args, ...rest) => {
        if (name !== 'gs.save_batch') return call(name, args, ...rest);
        const first = seen.calls++ === 0;
        seen.mostOut = Math.max(seen.mostOut, ++seen.out);
        try {
          if (first) await held;
          if (first && failFirst) throw new StoreError('STORE_TIMEOUT', 'held back by the test');
          return await call(name, args, ...rest);
        } finally {
          seen.out--;
        }
      };
      return { seen, release };
    }

    /**
     * One save each for `n` claimed players, a tick apart; once all are made
     * (none awaited yet), `release()` lets the held call go.
     */
    async function savesOverTicks(s: GameStore, first: number, n: number, release: () => void) {
      const claims = await Promise.all(
        Array.from({ length: n }, (_, i) => s.claim(first + i, 'w1')),
      );
      const saves: Array<Promise<number>> = [];
      for (const [i, c] of claims.entries()) {
        saves.push(s.save({ playerId: first + i, epoch: c.epoch, version: 1, row: fields() }));
        saves[i]!.catch(() => undefined);
        await new Promise((r) => setImmediate(r));
      }
      release();
      return Promise.allSettled(saves);
    }

    it('at most maxBatchesInFlight calls out; saves made meanwhile leave together', async () => {
      const bounded = new GameStore(client, { maxBatchesInFlight: 1 });
      const { seen, release } = watchBatches();
      const results = await savesOverTicks(bounded, 2500, 40, release);
      assert.deepEqual(
        results.map((r) => r.status === 'fulfilled' && r.value),
        new Array(40).fill(1),
      );
      assert.equal(seen.mostOut, 1);
      // The first alone, then the 39 made while it was out, in one call.
      assert.equal(seen.calls, 2);
      assert.equal(bounded.counters.saves, 40);
    });

    it('without the bound every tick sends its own call (what the bound changes)', async () => {
      const { seen, release } = watchBatches();
      await savesOverTicks(store, 2600, 10, release);
      assert.equal(seen.calls, 10);
      assert.ok(seen.mostOut > 1);
    });

    it('with lingerMs, saves made within it of the first leave in one call', async () => {
      const lingering = new GameStore(client, { lingerMs: 200 });
      const { seen, release } = watchBatches();
      const t0 = Date.now();
      const results = await savesOverTicks(lingering, 2800, 10, release);
      assert.deepEqual(
        results.map((r) => r.status === 'fulfilled' && r.value),
        new Array(10).fill(1),
      );
      // Ten ticks apart, yet one call: without lingerMs, ten (the test above).
      assert.equal(seen.calls, 1);
      assert.ok(Date.now() - t0 >= 190, 'the first save waited for the others');
    });

    it('a call that fails frees its place: the saves behind it still commit', async () => {
      const bounded = new GameStore(client, { maxBatchesInFlight: 1 });
      const { seen, release } = watchBatches(true);
      const results = await savesOverTicks(bounded, 2700, 10, release);
      assert.ok(
        results[0]?.status === 'rejected' && results[0].reason instanceof StoreError,
        'the held call failed with its own error',
      );
      assert.deepEqual(
        results.slice(1).map((r) => r.status === 'fulfilled' && r.value),
        new Array(9).fill(1),
      );
      assert.equal(seen.calls, 2);
    });

    it('gifts: inbox, notice on the recipient worker, apply once', async () => {
      const s = await store.claim(3001, 'w1');
      const r = await store.claim(3002, 'w2');
      await store.poll('w2', 100, 0);
      await store.save({
        playerId: 3001,
        epoch: s.epoch,
        version: 1,
        row: fields(),
        events: [{ type: 'gift', payload: '{}' }],
        gifts: [{ to: 3002, kind: 'item', payload: '{"item":"apple"}' }],
      });
      const items = await store.inbox(3002);
      assert.equal(items.length, 1);
      assert.equal(items[0]?.fromId, 3001);
      const notices = await store.poll('w2', 10, 0);
      assert.equal(notices[0]?.kind, 'inbox');
      assert.equal(notices[0]?.playerId, 3002);
      await store.save({
        playerId: 3002,
        epoch: r.epoch,
        version: 1,
        row: fields(),
        inboxAcks: [items[0]!.id],
      });
      await assert.rejects(
        store.save({
          playerId: 3002,
          epoch: r.epoch,
          version: 2,
          row: fields(),
          inboxAcks: [items[0]!.id],
        }),
        code('INBOX_GONE'),
      );
      assert.deepEqual(await store.inbox(3002), []);
    });

    it('restore, top, send/poll (long-poll wakes fast), workerGone, stats', async () => {
      const c = await store.claim(4001, 'w9');
      await store.restore(4001, c.epoch, 7, fields('{}', 999999, 'cold'));
      await assert.rejects(store.restore(4001, c.epoch, 7, fields()), code('PLAYER_EXISTS'));
      assert.equal((await store.top(1))[0]?.id, 4001);

      const polling = store.poll('w9', 10, 5);
      await sleep(50);
      const sent = Date.now();
      assert.equal(await store.send(4001, 'chat', 'hello'), true);
      const got = await polling;
      assert.ok(Date.now() - sent < 50, `poll woke ${Date.now() - sent} ms after the send`);
      assert.equal(got[0]?.payload, 'hello');
      assert.equal(await store.send(999999, 'chat', 'x'), false, 'offline: dropped, and said so');

      // Only the master's user may free a dead worker's players.
      const master = masterClient(tt);
      await master.connect();
      try {
        assert.equal(await new GameStore(master).workerGone('w9'), 1);
      } finally {
        await master.close();
      }
      assert.equal(await store.send(4001, 'chat', 'x'), false);
      const stats = await store.stats();
      assert.ok(typeof stats.players === 'number' && stats.players > 0);
      assert.equal(typeof stats.memory_alarm, 'boolean');
    });

    it('queue: take, ack, release, stats for the drainer user', async () => {
      const dc = drainerClient(tt);
      extra.push(dc);
      await dc.connect();
      const q = new QueueStore(dc);
      // Empty the queue of what earlier tests left.
      for (
        let got = await q.take('t', 1000, 30, 0);
        got.length;
        got = await q.take('t', 1000, 30, 0)
      ) {
        await q.ack(got);
      }
      const c = await store.claim(5001, 'w1');
      for (let v = 1; v <= 3; v++) {
        await store.save({
          playerId: 5001,
          epoch: c.epoch,
          version: v,
          row: fields(`{"v":${v}}`),
          events: [{ type: 'x', payload: '{}' }],
        });
      }
      const taken = await q.take('t', 100, 30, 0);
      const player = taken.find((e) => e.kind === 'p');
      assert.equal(player?.kind === 'p' && player.version, 3, 'coalesced to the last version');
      assert.equal(player?.kind === 'p' && player.player?.state, '{"v":3}');
      assert.equal(taken.filter((e) => e.kind === 'e').length, 3);
      const released = await q.release(taken, 'mysql down');
      assert.equal(released.released, taken.length);
      const again = await q.take('t', 100, 30, 0);
      assert.equal(again[0]?.attempts, 1);
      assert.equal((await q.ack(again)).deleted, again.length);
      const stats = await q.stats();
      assert.equal(stats.ready, 0);
      assert.equal(stats.taken, 0);
    });
  });

  describe('integers keep full precision', () => {
    it('ids up to 2^53-1 round-trip exactly; larger ones are refused before sending', async () => {
      const id = Number.MAX_SAFE_INTEGER;
      const c = await store.claim(id, 'w1');
      await store.save({ playerId: id, epoch: c.epoch, version: 1, row: fields() });
      assert.equal((await store.get(id))?.id, id);
      assert.equal(await store.get(id - 1), null, 'a neighbour id is a different player');
      await assert.rejects(store.claim(2 ** 53, 'w1'), code('STORE_BAD_ARGUMENT'));
      await assert.rejects(store.get(-1), code('STORE_BAD_ARGUMENT'));
    });
  });

  describe('the driver work-arounds', () => {
    it('large responses split across TCP packets do not wedge later calls', async () => {
      const big = JSON.stringify({ blob: 'x'.repeat(200_000) });
      const c = await store.claim(6001, 'w1');
      await store.save({ playerId: 6001, epoch: c.epoch, version: 1, row: fields(big) });
      // Each small call goes out the moment one large answer arrived, while
      // the next large answers are still streaming in: when the driver's
      // state is stuck, these are the calls it would refuse or park.
      const pings: Array<Promise<void>> = [];
      const gets = Array.from({ length: 40 }, () =>
        store.get(6001).then((p) => {
          pings.push(store.ping());
          return p;
        }),
      );
      const all = await Promise.all(gets);
      assert.ok(all.every((p) => p?.state.length === big.length));
      await Promise.all(pings);
      assert.equal(pings.length, 40);
    });
    it('a socket closed while the driver authenticates still reconnects', async () => {
      // A server that greets like Tarantool and never answers the auth: the
      // connect watchdog closes each attempt mid-auth. The driver's failed
      // auth used to cancel the reconnect its close had scheduled, leaving
      // the client reconnecting for good after the first attempt.
      let attempts = 0;
      const sockets: net.Socket[] = [];
      const server = net.createServer((sock) => {
        attempts++;
        sockets.push(sock);
        sock.on('error', () => undefined);
        const line = (text: string) => text.padEnd(63, ' ') + '\n';
        sock.write(
          line('Tarantool 2.6.0 (Binary) 00000000-0000-0000-0000-000000000000') +
            line(Buffer.alloc(32, 7).toString('base64')),
        );
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const c = new TarantoolClient({
        host: '127.0.0.1',
        port: (server.address() as net.AddressInfo).port,
        user: 'gs_worker',
        password: 'x',
        callTimeoutMs: 200,
        connectTimeoutMs: 150,
        maxInFlight: 10,
        retryMinMs: 20,
        retryMaxMs: 50,
      });
      try {
        await assert.rejects(c.connect(), code('STORE_UNAVAILABLE'));
        await sleep(1200);
        assert.ok(attempts >= 3, `${attempts} connection attempt(s) in 1.35 s`);
        assert.equal(c.state, 'reconnecting');
      } finally {
        await c.close();
        for (const sock of sockets) sock.destroy();
        await new Promise((r) => server.close(r));
      }
    });
  });

  describe('faults', () => {
    it('calls while disconnected fail at once; more than maxInFlight are refused', async () => {
      const small = workerClient(tt, { maxInFlight: 2 });
      extra.push(small);
      await small.connect();
      const s = new GameStore(small);
      const waits = [s.poll('wx', 1, 0.3), s.poll('wx', 1, 0.3)];
      await assert.rejects(s.ping(), code('STORE_OVERLOADED'));
      await Promise.all(waits);
      await small.close();
      await small.close();
      const t0 = Date.now();
      await assert.rejects(s.ping(), code('STORE_UNAVAILABLE'));
      assert.ok(Date.now() - t0 < 50);
    });

    it('a frozen Tarantool (SIGSTOP): calls time out as outcome unknown; after SIGCONT it serves again', async () => {
      const c = workerClient(tt, { callTimeoutMs: 300 });
      extra.push(c);
      await c.connect();
      const s = new GameStore(c);
      await whileFrozen(tt.pid, async () => {
        const t0 = Date.now();
        await assert.rejects(
          s.ping(),
          (err: StoreError) => code('STORE_TIMEOUT')(err) && err.outcomeUnknown,
        );
        const took = Date.now() - t0;
        assert.ok(took >= 280 && took < 1000, `timed out after ${took} ms`);
      });
      await c.waitConnected(5000);
      const deadline = Date.now() + 5000;
      for (;;) {
        try {
          await s.ping();
          break;
        } catch (err) {
          if (Date.now() > deadline) throw err;
          await sleep(50);
        }
      }
    });

    it('SIGKILL + restart during a stream of saves: reconnects by itself, no call hangs, every OK save survives', async function () {
      this.timeout(60000);
      const players = 50;
      const c = workerClient(tt, { callTimeoutMs: 1000 });
      extra.push(c);
      await c.connect();
      const s = new GameStore(c);
      const claims = await Promise.all(
        Array.from({ length: players }, (_, i) => s.claim(7000 + i, 'w1')),
      );
      const acked = new Map<number, number>();
      const attempted = new Map<number, number>();
      const outcomes = { ok: 0, unknown: 0, refused: 0 };
      let slowest = 0;
      let stop = false;

      const loop = async (i: number) => {
        const id = 7000 + i;
        let epoch = claims[i]!.epoch;
        let next = 1;
        while (!stop) {
          const t0 = Date.now();
          try {
            attempted.set(id, next);
            await s.save({ playerId: id, epoch, version: next, row: fields(`{"v":${next}}`) });
            acked.set(id, next);
            outcomes.ok++;
            next++;
          } catch (err) {
            const e = err as StoreError;
            if (e.outcomeUnknown) outcomes.unknown++;
            else outcomes.refused++;
            // Reconcile by reading, never by retrying blindly.
            for (;;) {
              if (stop) return;
              try {
                const stored = await s.get(id);
                next = (stored?.version ?? 0) + 1;
                if (e.code === 'FENCED') epoch = (await s.claim(id, 'w1')).epoch;
                break;
              } catch {
                await sleep(20);
              }
            }
          } finally {
            slowest = Math.max(slowest, Date.now() - t0);
          }
        }
      };
      const loops = Array.from({ length: players }, (_, i) => loop(i));
      await sleep(500);
      const okBeforeKill = outcomes.ok;
      tt.signal('SIGKILL');
      await sleep(300);
      assert.notEqual(c.state, 'connected');
      tt = await tt.restart();
      await c.waitConnected(10000);
      const okAtRestart = outcomes.ok;
      await sleep(700);
      stop = true;
      await Promise.all(loops);

      assert.ok(okBeforeKill > 0, 'saves went through before the kill');
      assert.ok(
        outcomes.ok > okAtRestart,
        'saves went through again after the restart, by themselves',
      );
      assert.ok(outcomes.unknown + outcomes.refused > 0, 'the kill was seen by the callers');
      assert.ok(slowest < 1000 + 500, `no call waited past its timeout (slowest ${slowest} ms)`);
      const check = workerClient(tt);
      extra.push(check);
      await check.connect();
      const cs = new GameStore(check);
      for (const [id, version] of acked) {
        const stored = await cs.get(id);
        assert.ok(
          stored && stored.version >= version,
          `player ${id}: acked v${version}, stored v${stored?.version}`,
        );
        assert.ok(
          stored.version <= (attempted.get(id) ?? 0),
          `player ${id}: nothing beyond what was sent`,
        );
      }
      assert.ok(c.counters.reconnects > 0);
    });
  });
});
