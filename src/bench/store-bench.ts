import { saveResults } from './results';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTarantool } from '../devstack/tarantool';
import { GameStore } from '../store/game-store';
import { QueueStore } from '../store/queue-store';
import { TarantoolClient } from '../store/tarantool-client';

/**
 * scripts/bench-store: what one Node process gets from one Tarantool, each
 * figure beside the raw rate of an (almost) empty Lua call measured in the
 * same run. A benchmark, not a test: it prints figures and never fails on
 * speed.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 1000);

function client(host: string, port: number, user: string, password: string): TarantoolClient {
  return new TarantoolClient({
    host,
    port,
    user,
    password,
    callTimeoutMs: 10000,
    connectTimeoutMs: 5000,
    maxInFlight: 100000,
  });
}

/** Runs `workers` loops of `op` for SECONDS; returns operations per second. */
async function rate(workers: number, op: (worker: number) => Promise<number>): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (Date.now() < deadline) {
        // Not `done += await op(w)`: that reads `done` before the await and
        // loses the other loops' counts.
        const n = await op(w);
        done += n;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return done / seconds;
}

const STATE = {
  name: 'bench',
  xp: 1,
  lastSeen: 0,
  state: JSON.stringify({ coins: 100, plots: new Array(12).fill(0) }),
};

/** PLAYERS players, each claimed once; saves go version + 1 each time. */
class Players {
  readonly epochs: number[] = [];
  readonly versions = new Array<number>(PLAYERS).fill(0);

  static async claim(store: GameStore): Promise<Players> {
    const p = new Players();
    for (let i = 0; i < PLAYERS; i++) p.epochs.push((await store.claim(i + 1, 'bench')).epoch);
    return p;
  }

  save(store: GameStore, w: number, events?: Array<{ type: string; payload: string }>) {
    this.versions[w]! += 1;
    const version = this.versions[w]!;
    return store.save({ playerId: w + 1, epoch: this.epochs[w]!, version, row: STATE, events });
  }
}

/** Fills the queue with events (the coalesced player entries alone are too few), then drains it. */
async function takeAckRate(store: GameStore, queue: QueueStore, players: Players) {
  const events = Array.from({ length: 20 }, () => ({ type: 'bench', payload: '{}' }));
  for (let round = 0; round < 25; round++)
    await Promise.all(Array.from({ length: PLAYERS }, (_, w) => players.save(store, w, events)));
  const queued = Number((await queue.stats()).ready);
  const value = await rate(1, async () => {
    const got = await queue.take('bench', 1000, 30, 0);
    if (got.length === 0) return 0;
    await queue.ack(got);
    return got.length;
  });
  return { value, queued };
}

function report(rows: Array<[string, number]>, raw: number, note: string): void {
  console.log(
    `store benchmark: ${SECONDS}s a figure, ${PLAYERS} players, ${os.cpus().length} CPUs, node ${process.version}`,
  );
  console.log(`${'figure'.padEnd(44)} ${'per second'.padStart(12)}  ratio to raw call`);
  for (const [name, value] of rows)
    console.log(`${name.padEnd(44)} ${value.toFixed(0).padStart(12)}  ${(value / raw).toFixed(2)}`);
  console.log(note);
  const baseline = { name: 'raw gs.ping calls/s', value: raw };
  const file = saveResults(
    'store',
    rows.map(([figure, value]) => ({ scenario: 'store', figure, value, unit: '/s', baseline })),
  );
  console.log(`written: ${file}`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-store-'));
  const server = await startTarantool({
    dir,
    memtxMemoryMb: 512,
    workerPassword: 'bench-worker',
    drainerPassword: 'bench-drainer',
  });
  const worker = client(server.host, server.port, 'gs_worker', 'bench-worker');
  const drainer = client(server.host, server.port, 'gs_drainer', 'bench-drainer');
  try {
    await Promise.all([worker.connect(), drainer.connect()]);
    const store = new GameStore(worker);
    const raw = await rate(PLAYERS, async () => {
      await worker.call('gs.ping', []);
      return 1;
    });
    const players = await Players.claim(store);
    const saveWith = (s: GameStore) => async (w: number) => (await players.save(s, w), 1);
    const batched = await rate(PLAYERS, saveWith(store));
    const unbatched = await rate(PLAYERS, saveWith(new GameStore(worker, { maxBatch: 1 })));
    const takeAck = await takeAckRate(store, new QueueStore(drainer), players);
    report(
      [
        ['raw gs.ping calls/s (1000 in flight)', raw],
        ['gs.save/s, batched (1000 players)', batched],
        ['gs.save/s, one call per save', unbatched],
        ['wq take+ack entries/s (batches of 1000)', takeAck.value],
      ],
      raw,
      `(queue held ${takeAck.queued} entries before the drain; batches: ${store.counters.saveBatches})`,
    );
  } finally {
    await Promise.all([worker.close(), drainer.close()]);
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
