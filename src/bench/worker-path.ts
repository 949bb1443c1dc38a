import { fork } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import { Packr, Unpackr } from 'msgpackr';
import { mintToken } from '../auth/token';
import { loadConfig } from '../config/load';
import { loadCatalog } from '../game/catalog';
import { silentLogger } from '../log/logger';
import { ProcessMetrics } from '../metrics/process-metrics';
import {
  decodeBinary,
  encodeBinary,
  type Envelope,
  useNumbersForLongs,
} from '../protocol/messages';
import { Connection, type ConnectionLimits, type Wire } from '../session/connection';
import { newCounters } from '../session/counters';
import { GameService } from '../session/game-service';
import { GameStore } from '../store/game-store';
import type { TarantoolClient } from '../store/tarantool-client';
import { REPO_ROOT } from '../devstack/paths';

/**
 * A worker's own JavaScript a command, without its sockets and without
 * Tarantool: the real Connection, GameService, rules, stored form, change
 * view, GameStore batching and protobuf codecs, for 1,000 players playing
 * the full path's mix (plant, harvest, sell, now and then getState) in one
 * process. A fake store answers each batch on the next turn of the loop,
 * after encoding the call and decoding an answer with msgpackr as the
 * driver does. This is the code's own cost, with far less of the machine's
 * noise than the full path; the bytes allocated a command, with none.
 *
 * Beside it, in the same run, Node's own cost of a loopback TCP round
 * trip (an echo server in a child process and 1,000 clients, as fast as
 * they go, then paced to a worker's rate in the full path): what any Node
 * game server pays before doing anything.
 *
 *   node dist/src/bench/worker-path.js [seconds] [--no-echo]
 */

const PLAYERS = 1000;
const BENCH_CATALOG = path.join(REPO_ROOT, 'bench', 'catalog.json');
const SECRET = 'worker-path-bench';
const LIMITS: ConnectionLimits = {
  maxFrameBytes: 65536,
  loginTimeoutMs: 60_000,
  idleTimeoutMs: 600_000,
  rateLimitPerSecond: 1_000_000,
  rateLimitBurst: 1_000_000,
  rateLimitMaxRefusals: 10,
  maxPendingCommands: 32,
  maxOutgoingBytes: 1 << 20,
};

const packr = new Packr({ useRecords: false, encodeUndefinedAsNil: true });
const unpackr = new Unpackr({ useRecords: false, mapsAsObjects: true, int64AsType: 'number' });

/** Tarantool as the worker's GameStore sees it: a claim finds no player; a batch commits every save. */
function fakeClient(): TarantoolClient {
  return {
    proc: (name: string) =>
      Promise.resolve(name === 'gs.claim' ? { epoch: 1, player: null, inbox: [] } : true),
    call: (name: string, args: unknown[]) => {
      packr.pack([name, args]);
      const saves = args[0] as unknown[][];
      const answer = packr.pack([saves.map((s) => s[2])]);
      return new Promise((resolve) => setImmediate(() => resolve(unpackr.unpack(answer))));
    },
  } as unknown as TarantoolClient;
}

/** One player's client: its frames are decoded by the worker as a socket's would be. */
class Player {
  private step = 0;
  readonly conn: Connection;

  constructor(
    id: number,
    service: GameService,
    private readonly frames: Frames,
    deps: { counters: ReturnType<typeof newCounters>; answered: (p: Player) => void },
  ) {
    const wire: Wire = {
      write: (env: Envelope) => {
        const bytes = encodeBinary(env);
        deps.answered(this);
        return bytes.length;
      },
      queuedBytes: 0,
      destroyed: false,
      end: () => undefined,
      destroy: () => undefined,
      idleAfter: () => undefined,
    };
    this.conn = new Connection(
      wire,
      '127.0.0.1',
      LIMITS,
      service,
      deps.counters,
      Date.now,
      silentLogger(),
    );
    const token = mintToken(SECRET, id, Math.floor(Date.now() / 1000) + 3600);
    this.send({ seq: 1, login: { token, stateChanges: true } });
  }

  private send(env: Envelope): void {
    this.received(payloadOf(env));
  }

  /** A frame's payload, decoded as the stream decoder hands it on. */
  private received(payload: Uint8Array): void {
    this.conn.received(decodeBinary(payload));
  }

  /** The next command of the mix, from frames encoded once (the client's cost is not the worker's). */
  next(): void {
    const k = this.step++;
    const plot = Math.floor(k / 3) % 12;
    const f = this.frames;
    if (k % 25 === 24) return this.received(f.getState);
    if (k % 3 === 0) return this.received(f.plant[plot]!);
    if (k % 3 === 1) return this.received(f.harvest[plot]!);
    this.received(f.sell);
  }
}

/** An Envelope's frame without its 4-byte length, as the stream decoder hands it on. */
const payloadOf = (env: Envelope): Uint8Array => encodeBinary(env).subarray(4);

type Frames = ReturnType<typeof commandFrames>;

/** The mix's commands as frames, encoded once; each answer carries its seq back, unchecked here. */
function commandFrames() {
  const plots = Array.from({ length: 12 }, (_, plot) => plot);
  return {
    getState: payloadOf({ seq: 7, getState: {} }),
    plant: plots.map((plot) => payloadOf({ seq: 7, plant: { plot, crop: 'wheat' } })),
    harvest: plots.map((plot) => payloadOf({ seq: 7, harvest: { plot } })),
    sell: payloadOf({ seq: 7, sell: { item: 'wheat', qty: 1 } }),
  };
}

/**
 * Bytes allocated on V8's heap from here on: what each collection found in
 * use, less what the one before it left, plus what is in use now over what
 * the last one left. Unlike time, it does not depend on the machine's noise.
 */
function allocationMeter(): () => number {
  const profiler = new v8.GCProfiler();
  const start = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  return () => {
    const gcs = profiler.stop()?.statistics ?? [];
    let left = start;
    let total = 0;
    for (const gc of gcs) {
      total += gc.beforeGC.heapStatistics.usedHeapSize - left;
      left = gc.afterGC.heapStatistics.usedHeapSize;
    }
    return total + v8.getHeapStatistics().used_heap_size - left;
  };
}

/** µs of this process's CPU a command, bytes allocated a command, commands a second, after a warm-up. */
async function workerPath(
  seconds: number,
): Promise<{ us: number; bytes: number; rate: number; committed: number }> {
  const catalog = loadCatalog(BENCH_CATALOG);
  // The store's batching as a worker configures it by default.
  const { tarantool } = loadConfig({ env: {} });
  const metrics = new ProcessMetrics();
  const counters = newCounters();
  const service = new GameService({
    store: new GameStore(fakeClient(), {
      maxBatchesInFlight: tarantool.saveBatchesInFlight,
      lingerMs: tarantool.saveLingerMs,
    }),
    archive: { load: () => Promise.resolve({ found: false }) },
    catalog: () => catalog,
    logger: silentLogger(),
    counters,
    workerId: 'bench',
    tokenSecret: SECRET,
    idleTimeoutMs: LIMITS.idleTimeoutMs,
    clock: Date.now,
    observe: (command, s) => metrics.command(command, s),
  });
  const frames = commandFrames();
  // The answers of one turn are the next turn's commands, as a socket's reads would come.
  let ready: Player[] = [];
  let answers = 0;
  const turn = () => {
    const now = ready;
    ready = [];
    for (const p of now) p.next();
  };
  const answered = (p: Player) => {
    answers++;
    if (ready.push(p) === 1) setImmediate(turn);
  };
  const players = Array.from(
    { length: PLAYERS },
    (_, i) => new Player(i + 1, service, frames, { counters, answered }),
  );
  await sleep(3000);
  const a0 = answers;
  const c0 = counters.commits;
  const allocated = allocationMeter();
  const cpu = process.cpuUsage();
  const t0 = Date.now();
  await sleep(seconds * 1000);
  const used = process.cpuUsage(cpu);
  const bytes = allocated();
  const n = answers - a0;
  for (const p of players) p.conn.destroy();
  return {
    us: (used.user + used.system) / n,
    bytes: bytes / n,
    rate: n / ((Date.now() - t0) / 1000),
    committed: (counters.commits - c0) / n,
  };
}

/** The echo server (a child process): answers each read with 80 bytes; reports its CPU a read. */
function echoServer(): void {
  let reads = 0;
  let cpu = process.cpuUsage();
  const reply = Buffer.alloc(80, 7);
  const server = net.createServer({ noDelay: true }, (socket) => {
    socket.on('data', () => {
      reads++;
      socket.write(reply);
    });
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1', () =>
    process.send?.({ port: (server.address() as net.AddressInfo).port }),
  );
  process.on('message', (m) => {
    if (m === 'start') {
      reads = 0;
      cpu = process.cpuUsage();
      return;
    }
    const used = process.cpuUsage(cpu);
    process.send?.({ us: (used.user + used.system) / reads, reads }, () => process.exit(0));
  });
}

/**
 * Node's own CPU a loopback round trip on the server side, 1,000 clients:
 * as fast as they can (rate 0), or each client waiting to send its next
 * request so that all together make about `rate` a second.
 */
async function echo(seconds: number, rate: number): Promise<{ us: number; rate: number }> {
  const child = fork(__filename, ['--echo-server']);
  const message = <T>() =>
    new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  const { port } = await message<{ port: number }>();
  const request = Buffer.alloc(30, 1);
  const sockets: net.Socket[] = [];
  const pause = rate > 0 ? (PLAYERS / rate) * 1000 : 0;
  for (let i = 0; i < PLAYERS; i++) {
    const s = net.connect({ port, host: '127.0.0.1', noDelay: true });
    s.on('data', () => (pause ? setTimeout(() => s.write(request), pause) : s.write(request)));
    s.on('error', () => undefined);
    await new Promise((resolve) => s.once('connect', resolve));
    sockets.push(s);
  }
  for (const s of sockets) s.write(request);
  await sleep(3000);
  child.send('start');
  const t0 = Date.now();
  await sleep(seconds * 1000);
  const done = message<{ us: number; reads: number }>();
  child.send('stop');
  const r = await done;
  for (const s of sockets) s.destroy();
  return { us: r.us, rate: r.reads / ((Date.now() - t0) / 1000) };
}

/** The echo at the rate a worker of the full path sees (two workers, 15,000-16,000 commands/s). */
const WORKER_RATE = 8000;

async function main(): Promise<void> {
  useNumbersForLongs();
  const seconds = Number(process.argv[2] ?? 5);
  const withEcho = !process.argv.includes('--no-echo');
  const fast = withEcho ? await echo(seconds, 0) : null;
  const paced = withEcho ? await echo(seconds, WORKER_RATE) : null;
  const w = await workerPath(seconds);
  const f = (n: number, d = 2) => n.toFixed(d);
  console.log(
    `worker path, in process: ${f(w.us)} us of CPU a command, ${f(w.bytes, 0)} bytes allocated a command, ${f(w.rate, 0)} commands/s, ${f(w.committed * 100, 0)}% committed`,
  );
  for (const e of [fast, paced]) {
    if (e)
      console.log(
        `echo, loopback TCP:      ${f(e.us)} us of the server's CPU a round trip at ${f(e.rate, 0)}/s`,
      );
  }
  if (fast) console.log(`worker path / echo as fast as it goes: ${f(w.us / fast.us)}`);
}

if (process.argv[2] === '--echo-server') echoServer();
else
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
