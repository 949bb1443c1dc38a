import crypto from 'node:crypto';
import { once } from 'node:events';
import type net from 'node:net';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema';
import type { Catalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import type { GameStore } from '../store/game-store';
import type { PlayerArchive } from '../store/mysql/players';
import { newCounters, type WorkerCounters } from '../session/counters';
import { GameService } from '../session/game-service';
import { ConnectionCaps } from '../transport/caps';
import { createTcpTransport } from '../transport/tcp';
import { createWebTransport } from '../transport/ws';
import type { Connection } from '../session/connection';
import { pollMailbox, watchStoreMemory } from './background';
import { LoopLag } from './loop-lag';

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
  /** Told how long each command took, by type (metrics). */
  observe?: (command: string, seconds: number) => void;
}

export interface WorkerStats extends WorkerCounters {
  online: number;
  /** Mean event loop lag since the previous stats() call, ms (loop-lag.ts). */
  eventLoopLagMs: number;
  memoryAlarm: boolean;
}

export interface Worker {
  readonly workerId: string;
  /** Listens on config.game.host:port (port 0: any) and the web port; resolves with the game port. */
  start(): Promise<number>;
  /** The web port it listens on (null: web.enabled is false, or not started). */
  webPort(): number | null;
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
  const service = sessionLayer(deps, { counters, workerId, clock, catalog: () => catalog });
  const { tcp, web, transports } = createTransports(config, service, {
    counters,
    logger,
    clock,
    catalog: () => catalog,
  });
  const lag = new LoopLag();
  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let stopping: Promise<void> | null = null;
  let polling: Promise<void> = Promise.resolve();
  const running = () => state === 'running';

  return {
    workerId,
    async start() {
      if (state !== 'new') throw new Error(`worker is ${state}`);
      // Through the master: Node's cluster passes the backlog on to the
      // socket it listens on. Node's default, 511, drops SYNs in a reconnect
      // storm, and those clients wait a second to send theirs again. (once
      // rejects on an 'error' first: the port taken, say.)
      const backlog = game.listenBacklog;
      await once(tcp.server.listen({ host: game.host, port: game.port, backlog }), 'listening');
      if (web) {
        const { host, port } = config.web;
        await once(web.server.listen({ host, port, backlog }), 'listening');
      }
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
      logger.info({ workerId, port, webPort: this.webPort() }, 'worker listening');
      return port;
    },
    webPort() {
      const a = web?.server.address();
      return typeof a === 'object' && a ? a.port : null;
    },
    stop() {
      stopping ??= (async () => {
        const wasRunning = state === 'running';
        state = 'stopping';
        await closeGracefully(transports, service, game, wasRunning);
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
    stats: () => snapshot(counters, service, lag),
  };
}

/**
 * What the worker reports each second: its counters copied, and the loop's
 * lag since the last report, timed only while it has connections.
 */
function snapshot(counters: WorkerCounters, service: GameService, lag: LoopLag): WorkerStats {
  // Read before a stop, which would drop the second that just ended.
  const eventLoopLagMs = lag.read();
  lag.serving(counters.connections > 0);
  return {
    ...counters,
    commands: { ...counters.commands },
    errors: { ...counters.errors },
    online: service.online,
    memoryAlarm: service.storeMemoryAlarm,
    eventLoopLagMs,
  };
}

/**
 * The stop sequence: refuse new work; tell every client (ServerShutdown);
 * let the commands already accepted finish within the grace period; close
 * the connections (each releases its player) and wait for those releases,
 * so the caller can close the Tarantool connection after them.
 */
/** The session layer of this worker, over its store and archive. */
function sessionLayer(
  deps: WorkerDeps,
  d: { counters: WorkerCounters; workerId: string; clock: () => number; catalog: () => Catalog },
): GameService {
  return new GameService({
    store: deps.store,
    archive: deps.archive,
    logger: deps.logger,
    tokenSecret: deps.config.auth.tokenSecret,
    idleTimeoutMs: deps.config.game.idleTimeoutMs,
    ...d,
    ...(deps.observe ? { observe: deps.observe } : {}),
  });
}

/** TCP, and the web port unless disabled, sharing the worker's connection caps. */
function createTransports(
  config: Config,
  handler: GameService,
  d: { counters: WorkerCounters; logger: Logger; clock: () => number; catalog: () => Catalog },
) {
  const game = config.game;
  const caps = new ConnectionCaps(game.maxConnections, game.maxConnectionsPerIp);
  const tcp = createTcpTransport({ game, handler, ...d, caps });
  const web = config.web.enabled
    ? createWebTransport({
        web: config.web,
        game,
        mode: config.mode,
        tokenSecret: config.auth.tokenSecret,
        handler,
        ...d,
        caps,
      })
    : null;
  const transports = { servers: [tcp.server, ...(web ? [web.server] : [])], all: allOf(tcp, web) };
  return { tcp, web, transports };
}

/** Every live connection, whichever transport it came in on. */
function allOf(...transports: Array<{ connections: Set<Connection> } | null>) {
  return () => transports.flatMap((t) => (t ? [...t.connections] : []));
}

async function closeGracefully(
  transports: { servers: net.Server[]; all: () => Connection[] },
  service: GameService,
  game: Config['game'],
  wasRunning: boolean,
): Promise<void> {
  service.beginStop();
  for (const server of transports.servers) server.close();
  if (wasRunning) {
    for (const c of transports.all())
      c.send({ seq: 0, serverShutdown: { reconnectAfterMs: game.reconnectAfterMs } });
    await Promise.race([
      Promise.all(transports.all().map((c) => c.drained())),
      sleep(game.shutdownGraceMs),
    ]);
  }
  for (const c of transports.all()) c.close('shutdown');
  const deadline = Date.now() + 2000;
  while (transports.all().length > 0 && Date.now() < deadline) await sleep(10);
  for (const c of transports.all()) c.destroy();
  await Promise.race([service.releasesDone(), sleep(2000)]);
}
