import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { mintToken } from '../auth/token';
import { GameClient } from '../client/client';
import { loadConfig } from '../config/load';
import { loadCatalog } from '../game/catalog';
import { silentLogger } from '../log/logger';
import { useNumbersForLongs } from '../protocol/messages';
import { newCounters } from '../session/counters';
import { GameService } from '../session/game-service';
import type { ClaimResult, SessionStore } from '../store/game-store';
import { ConnectionCaps } from '../transport/caps';
import { createTcpTransport } from '../transport/tcp';
import { createWebTransport } from '../transport/ws';
import { type ResultRow, saveResults } from './results';

/**
 * Server memory per idle connected player, with garbage collected: the
 * server side (transports and the session layer, the real code) runs in
 * this process, the clients in a child process, so only the server's
 * objects are counted. A store stub keeps nothing, so what grows is what a
 * worker keeps per player: the socket, the Connection, the session and its
 * farm. Two full collections before each reading (V8's gc, exposed at run
 * time), after a warm-up round of 500 players on the same transport.
 * `node dist/src/bench/conn-memory.js [players]` (default 5,000); the
 * suite runs it as `conn-memory.js rows N` in a process of its own.
 */

const SECRET = 'conn-memory-secret';

/** A store that answers and remembers nothing. */
function stubStore(): SessionStore {
  let epoch = 0;
  return {
    claim: async (): Promise<ClaimResult> => ({
      epoch: ++epoch,
      previousWorker: null,
      player: null,
      inbox: [],
    }),
    restore: async () => undefined,
    save: async (s) => s.version,
    release: async () => true,
    get: async () => null,
    inbox: async () => [],
    top: async () => [],
    send: async () => false,
    presence: async () => [],
  };
}

const gc = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

function heap(): { heap: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss };
}

async function child(): Promise<void> {
  useNumbersForLongs();
  const [transport, port, count] = process.argv.slice(3);
  const clients: GameClient[] = [];
  const n = Number(count);
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, n - i) }, async (_, j) => {
        const c = await GameClient.connect({
          host: '127.0.0.1',
          port: Number(port),
          transport: transport as 'tcp' | 'ws',
          timeoutMs: 30000,
        });
        const exp = Math.floor(Date.now() / 1000) + 3600;
        const r = await c.login(mintToken(SECRET, 1 + i + j, exp));
        if (r.body !== 'loginOk') throw new Error(`login refused: ${r.error?.code}`);
        clients.push(c);
      }),
    );
  }
  process.send?.('ready');
  process.on('message', () => process.exit(0));
}

async function measure(transport: 'tcp' | 'ws', players: number) {
  const config = loadConfig({ file: undefined, cwd: process.cwd() });
  const catalog = loadCatalog();
  const game = { ...config.game, maxConnectionsPerIp: 100000, rateLimitBurst: 100000 };
  const counters = newCounters();
  const service = new GameService({
    store: stubStore(),
    archive: { load: async () => ({ found: false }) },
    catalog: () => catalog,
    logger: silentLogger(),
    counters,
    workerId: 'bench',
    tokenSecret: SECRET,
    idleTimeoutMs: game.idleTimeoutMs,
    clock: Date.now,
  });
  const deps = { game, handler: service, counters, logger: silentLogger(), clock: Date.now };
  const caps = new ConnectionCaps(1_000_000, 1_000_000);
  const server =
    transport === 'tcp'
      ? createTcpTransport({ ...deps, caps }).server
      : createWebTransport({
          ...deps,
          caps,
          web: config.web,
          mode: 'production',
          tokenSecret: SECRET,
          catalog: () => catalog,
        }).server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const before = heap();
  const kid = fork(__filename, ['child', transport, String(port), String(players)]);
  await new Promise<void>((resolve, reject) => {
    kid.once('message', () => resolve());
    kid.once('exit', (code) => reject(new Error(`clients exited with ${code}`)));
  });
  const after = heap();
  // SNAPSHOT=PREFIX: a heap snapshot of the server side with the players connected.
  if (process.env.SNAPSHOT)
    v8.writeHeapSnapshot(`${process.env.SNAPSHOT}-${transport}.heapsnapshot`);
  if (service.online !== players) throw new Error(`${service.online} online, not ${players}`);
  kid.send('done');
  await new Promise((r) => kid.once('exit', r));
  server.close();
  return {
    heap: (after.heap - before.heap) / players,
    rss: (after.rss - before.rss) / players,
  };
}

/** Heap and RSS per idle player, TCP then WebSocket, each after a warm-up round of 500. */
export async function idleMemoryRows(players: number): Promise<ResultRow[]> {
  useNumbersForLongs();
  const rows: ResultRow[] = [];
  for (const transport of ['tcp', 'ws'] as const) {
    // A first round compiles and grows what any first connections would.
    await measure(transport, 500);
    const m = await measure(transport, players);
    const scenario = `idle players, GC-forced (${transport === 'tcp' ? 'TCP' : 'WebSocket'})`;
    rows.push(
      {
        scenario,
        figure: `server heap per idle player (${players})`,
        value: m.heap,
        unit: 'bytes',
      },
      { scenario, figure: `server RSS per idle player (${players})`, value: m.rss, unit: 'bytes' },
    );
  }
  return rows;
}

async function main(): Promise<void> {
  const rows = await idleMemoryRows(Number(process.argv[2] ?? 5000));
  for (const r of rows) console.log(`${r.scenario}: ${r.figure} ${r.value.toFixed(0)} bytes`);
  console.log(`written: ${saveResults('conn-memory', rows)}`);
}

if (process.argv[2] === 'child') {
  child().catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
} else if (process.argv[2] === 'rows') {
  // The suite's child (suite.ts): the rows go back to it, not to a file.
  idleMemoryRows(Number(process.argv[3])).then(
    (rows) => process.send?.(rows, () => process.exit(0)),
    (err: Error) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  main().catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
}
