import crypto from 'node:crypto';
import type net from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema';
import type { Catalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import type { GameStore } from '../store/game-store';
import type { PlayerArchive } from '../store/mysql/players';
import { newCounters, type WorkerCounters } from '../session/counters';
import { GameService } from '../session/game-service';
import { createTcpTransport, type TcpTransport } from '../transport/tcp';
import { pollMailbox, watchStoreMemory } from './background';

/**
 * A worker: accepts players over TCP, keeps their sessions in memory, and
 * commits every change to Tarantool before answering. createWorker()
 * assembles the parts (the TCP transport, the session layer, the background
 * loops) into one that a test can start and stop; startWorkerRuntime() in
 * runtime.ts adds the connections to Tarantool and MySQL, and a process
 * runs that (master/role.ts).
 */

export interface WorkerDeps {
  config: Config;
  store: GameStore;
  archive: PlayerArchive;
  catalog: Catalog;
  logger: Logger;
  /** Server clock in ms (tests pass their own). */
  clock?: () => number;
  /** Unique per process start; defaults to host:pid:random. */
  workerId?: string;
}

export interface WorkerStats extends WorkerCounters {
  online: number;
  eventLoopLagMs: number;
  memoryAlarm: boolean;
}

export interface Worker {
  readonly workerId: string;
  /** Listens on config.game.host:port (port 0: any); resolves with the port. */
  start(): Promise<number>;
  /** Graceful: ServerShutdown to every client, finish commands, release players. Safe to call twice. */
  stop(): Promise<void>;
  reloadCatalog(catalog: Catalog): void;
  stats(): WorkerStats;
}

export function createWorker(deps: WorkerDeps): Worker {
  const { config, logger } = deps;
  const game = config.game;
  const clock = deps.clock ?? Date.now;
  const workerId =
    deps.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const counters = newCounters();
  let catalog = deps.catalog;
  const service = new GameService({
    store: deps.store,
    archive: deps.archive,
    catalog: () => catalog,
    logger,
    counters,
    workerId,
    tokenSecret: config.auth.tokenSecret,
    idleTimeoutMs: game.idleTimeoutMs,
    clock,
  });
  const tcp = createTcpTransport({ game, handler: service, counters, logger, clock });
  const lag = monitorEventLoopDelay({ resolution: 20 });
  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let stopping: Promise<void> | null = null;
  let polling: Promise<void> = Promise.resolve();
  const running = () => state === 'running';

  return {
    workerId,
    async start() {
      if (state !== 'new') throw new Error(`worker is ${state}`);
      await listen(tcp.server, game.host, game.port);
      state = 'running';
      lag.enable();
      polling = pollMailbox(
        { store: deps.store, service, counters, logger },
        workerId,
        game.mailboxWaitSeconds,
        running,
      );
      void watchStoreMemory(deps.store, service, logger, running);
      const address = tcp.server.address();
      const port = typeof address === 'object' && address ? address.port : game.port;
      logger.info({ workerId, port }, 'worker listening');
      return port;
    },
    stop() {
      stopping ??= (async () => {
        const wasRunning = state === 'running';
        state = 'stopping';
        await closeGracefully(tcp, service, game, wasRunning);
        lag.disable();
        state = 'stopped';
        await Promise.race([polling, sleep(100)]);
        logger.info({ workerId }, 'worker stopped');
      })();
      return stopping;
    },
    reloadCatalog(next) {
      catalog = next;
    },
    stats() {
      return {
        ...counters,
        commands: { ...counters.commands },
        errors: { ...counters.errors },
        online: service.online,
        memoryAlarm: service.storeMemoryAlarm,
        eventLoopLagMs: Number.isFinite(lag.mean) ? lag.mean / 1e6 : 0,
      };
    },
  };
}

function listen(server: net.Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * The stop sequence: refuse new work; tell every client (ServerShutdown);
 * let the commands already accepted finish within the grace period; close
 * the connections (each releases its player) and wait for those releases,
 * so the caller can close the Tarantool connection after them.
 */
async function closeGracefully(
  tcp: TcpTransport,
  service: GameService,
  game: Config['game'],
  wasRunning: boolean,
): Promise<void> {
  service.beginStop();
  tcp.server.close();
  const { connections } = tcp;
  if (wasRunning) {
    for (const c of connections)
      c.send({ seq: 0, serverShutdown: { reconnectAfterMs: game.reconnectAfterMs } });
    await Promise.race([
      Promise.all([...connections].map((c) => c.drained())),
      sleep(game.shutdownGraceMs),
    ]);
  }
  for (const c of connections) c.close();
  const deadline = Date.now() + 2000;
  while (connections.size > 0 && Date.now() < deadline) await sleep(10);
  for (const c of connections) c.destroy();
  await Promise.race([service.releasesDone(), sleep(2000)]);
}
