import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDrainer, type DrainQueue, type Sink } from '../../src/drainer/drainer';
import { loadCatalog } from '../../src/game/catalog';
import { newFarm, serializeFarm } from '../../src/game/farm';
import { silentLogger } from '../../src/log/logger';
import type { QueueEntry } from '../../src/store/queue-store';
import type { EventRow, PlayerRow } from '../../src/store/mysql/players';

/** The drain loop with a fake queue and a fake sink: batches, splits, outages, stop. */

const catalog = loadCatalog();
const farm = serializeFarm(newFarm(catalog, 1));

function player(key: number): QueueEntry {
  const row = { id: key, version: 1, name: `p${key}`, xp: 0, lastSeen: 0, state: farm };
  return { kind: 'p', key, version: 1, attempts: 0, player: row };
}

/** The write queue as the drainer sees it: ready, leased, acked, released (counted or not). */
class FakeQueue implements DrainQueue {
  ready: QueueEntry[] = [];
  leased: QueueEntry[] = [];
  acked: number[] = [];
  released: Array<{ key: number; counted: boolean }> = [];

  async take(_c: string, max: number): Promise<QueueEntry[]> {
    // A real take is network I/O: yield to the event loop, never spin on microtasks.
    await new Promise((r) => setImmediate(r));
    const got = this.ready.splice(0, max);
    this.leased.push(...got);
    if (got.length === 0) await sleep(5);
    return got;
  }
  async ack(entries: QueueEntry[]) {
    for (const e of entries) this.acked.push(e.key);
    this.leased = this.leased.filter((l) => !entries.includes(l));
    return { deleted: entries.length, kept: 0 };
  }
  async ackTake(toAck: QueueEntry[], c: string, max: number) {
    await this.ack(toAck);
    return this.take(c, max);
  }
  async release(entries: QueueEntry[], _why: string, counted = true) {
    for (const e of entries) this.released.push({ key: e.key, counted });
    this.leased = this.leased.filter((l) => !entries.includes(l));
    this.ready.push(...entries);
    return { released: entries.length, buried: 0 };
  }
}

class FakeSink implements Sink {
  written: number[] = [];
  /** Keys MySQL refuses for their data. */
  poison = new Set<number>();
  down = false;

  async write(players: PlayerRow[], _events: EventRow[]): Promise<void> {
    // What mysql2 rejects with when the server is down.
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const bad = players.find((p) => this.poison.has(p.id));
    if (bad) throw Object.assign(new Error(`Data too long for row ${bad.id}`), { errno: 1406 });
    this.written.push(...players.map((p) => p.id));
  }
}

function drainerWith(queue: FakeQueue, sink: FakeSink, fillMs = 0) {
  return createDrainer({
    queue,
    sink,
    catalog,
    logger: silentLogger(),
    options: {
      consumerId: 'unit',
      batchSize: 8,
      leaseSeconds: 30,
      waitMs: 5,
      minAgeMs: 0,
      fillMs,
      concurrency: 1,
      backoffMinMs: 5,
      backoffMaxMs: 20,
      stopDeadlineMs: 500,
    },
  });
}

const until = async (check: () => boolean) => {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > 2000) throw new Error('timed out');
    await sleep(2);
  }
};

describe('drain loop (fake queue and sink)', () => {
  it('after a short batch it waits fillMs before the next take; full batches go back to back', async () => {
    const queue = new FakeQueue();
    const sink = new FakeSink();
    queue.ready = Array.from({ length: 20 }, (_, i) => player(i + 1));
    const d = drainerWith(queue, sink, 400);
    d.start();
    // 8 and 8 (full), then 4 (short): all three at once.
    await until(() => sink.written.length === 20);
    queue.ready.push(player(21), player(22));
    await sleep(150);
    assert.equal(sink.written.length, 20, 'still waiting for the batch to fill');
    await until(() => sink.written.length === 22);
    await d.stop();
    assert.equal(d.counters().batches, 4, 'the two late entries went in one batch');
  });

  it('writes every entry once and acks it after the write', async () => {
    const queue = new FakeQueue();
    const sink = new FakeSink();
    queue.ready = Array.from({ length: 20 }, (_, i) => player(i + 1));
    const d = drainerWith(queue, sink);
    d.start();
    await until(() => queue.acked.length === 20);
    await d.stop();
    assert.deepEqual(
      [...sink.written].sort((a, b) => a - b),
      queue.acked.sort((a, b) => a - b),
    );
    assert.equal(d.counters().players, 20);
    assert.equal(d.counters().batches, 3);
  });

  it('a poison entry is isolated by splitting and released with an attempt counted; the rest is written', async () => {
    const queue = new FakeQueue();
    const sink = new FakeSink();
    queue.ready = Array.from({ length: 8 }, (_, i) => player(i + 1));
    sink.poison.add(5);
    const d = drainerWith(queue, sink);
    d.start();
    await until(() => queue.acked.length === 7);
    await d.stop();
    assert.ok(!sink.written.includes(5));
    assert.ok(queue.released.some((r) => r.key === 5 && r.counted));
    assert.ok(d.counters().splits >= 3);
  });

  it('MySQL down: the batch goes back uncounted, the loop backs off and drains once MySQL is back', async () => {
    const queue = new FakeQueue();
    const sink = new FakeSink();
    queue.ready = [player(1), player(2)];
    sink.down = true;
    const d = drainerWith(queue, sink);
    d.start();
    await until(() => d.counters().retries >= 2);
    assert.ok(
      queue.released.every((r) => !r.counted),
      'an outage counts no attempt',
    );
    sink.down = false;
    await until(() => queue.acked.length === 2);
    await d.stop();
    assert.match(d.counters().lastError, /ECONNREFUSED/);
  });

  it('stop twice is one stop; what the last round wrote is acked', async () => {
    const queue = new FakeQueue();
    const sink = new FakeSink();
    queue.ready = [player(1)];
    const d = drainerWith(queue, sink);
    d.start();
    await until(() => sink.written.length === 1);
    const [a, b] = [d.stop(), d.stop()];
    assert.equal(a, b);
    await a;
    assert.deepEqual(queue.acked, [1]);
  });
});
