import crypto from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema';
import type { Catalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import { encodeBinary, encodeJson } from '../protocol/messages';
import type { GameStore } from '../store/game-store';
import type { PlayerArchive } from '../store/mysql/players';
import { Connection } from './connection';
import { bump, newCounters, type WorkerCounters } from './counters';
import { GameService } from './game-service';
import { AddressCounter } from './limits';

/**
 * A worker: accepts players over TCP, keeps their sessions in memory, and
 * commits every change to Tarantool before answering. createWorker() builds
 * one that a test can start and stop; src/worker/main.ts runs it as a
 * process.
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
  const connections = new Set<Connection>();
  const perAddress = new AddressCounter(game.maxConnectionsPerIp);
  const lag = monitorEventLoopDelay({ resolution: 20 });
  const limits = {
    maxFrameBytes: game.maxFrameBytes,
    loginTimeoutMs: game.loginTimeoutMs,
    idleTimeoutMs: game.idleTimeoutMs,
    rateLimitPerSecond: game.rateLimitPerSecond,
    rateLimitBurst: game.rateLimitBurst,
    rateLimitMaxRefusals: game.rateLimitMaxRefusals,
    maxPendingCommands: game.maxPendingCommands,
    maxOutgoingBytes: game.maxOutgoingBytes,
  };

  const server = net.createServer({ noDelay: true }, (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (connections.size >= game.maxConnections || !perAddress.acquire(address)) {
      counters.refusedConnections++;
      socket.on('error', () => undefined);
      // Answer in the client's own framing (its first byte tells), then close.
      socket.once('data', (chunk: Buffer) => {
        const env = {
          seq: 0,
          error: { code: 'TOO_MANY_CONNECTIONS', message: 'try again later', retryable: true },
        };
        socket.end(chunk[0] === 0x7b ? encodeJson(env) : encodeBinary(env));
      });
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    counters.connections++;
    counters.totalConnections++;
    const conn = new Connection(
      socket,
      address,
      limits,
      {
        handle: (c, env) => service.handle(c, env),
        closed: (c) => {
          connections.delete(c);
          perAddress.release(address);
          counters.connections--;
          service.closed(c);
        },
      },
      counters,
      clock,
      logger,
    );
    connections.add(conn);
  });
  server.on('error', (err) => logger.error({ err }, 'game listener error'));

  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let stopping: Promise<void> | null = null;
  let polling: Promise<void> = Promise.resolve();

  /** Once a second: is Tarantool's memory near its quota? (Logins wait while it is.) */
  async function watchMemory(): Promise<void> {
    while (state === 'running') {
      try {
        const m = await deps.store.memory();
        if (m.alarm !== service.memoryAlarm) {
          logger.warn(
            { ratio: m.ratio, alarm: m.alarm },
            m.alarm ? 'store memory alarm: refusing new logins' : 'store memory alarm cleared',
          );
        }
        service.memoryAlarm = m.alarm;
      } catch {
        // The store is unreachable: the calls themselves will say so.
      }
      await sleep(1000);
    }
  }

  async function pollMailbox(): Promise<void> {
    let backoff = 50;
    while (state === 'running') {
      try {
        const messages = await deps.store.poll(workerId, 1000, game.mailboxWaitSeconds);
        backoff = 50;
        for (const m of messages) {
          // One message that cannot be delivered must not cost the others.
          try {
            service.deliver(m);
          } catch (err) {
            bump(counters.errors, 'INTERNAL');
            logger.error({ err, player: m.playerId, kind: m.kind }, 'mailbox message failed');
          }
        }
      } catch (err) {
        if (state !== 'running') return;
        logger.warn({ err: (err as Error).message }, 'mailbox poll failed; retrying');
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 2000);
      }
    }
  }

  return {
    workerId,
    async start() {
      if (state !== 'new') throw new Error(`worker is ${state}`);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host: game.host, port: game.port }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      state = 'running';
      lag.enable();
      polling = pollMailbox();
      void watchMemory();
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : game.port;
      logger.info({ workerId, port }, 'worker listening');
      return port;
    },
    stop() {
      if (stopping) return stopping;
      stopping = (async () => {
        const wasRunning = state === 'running';
        state = 'stopping';
        service.stopping = true;
        server.close();
        if (wasRunning) {
          for (const c of connections)
            c.send({ seq: 0, serverShutdown: { reconnectAfterMs: game.reconnectAfterMs } });
          // Finish what was accepted, within the grace period.
          await Promise.race([
            Promise.all([...connections].map((c) => c.drained())),
            sleep(game.shutdownGraceMs),
          ]);
        }
        for (const c of connections) c.close();
        // Closing releases each player (ConnectionHandler.closed).
        const deadline = Date.now() + 2000;
        while (connections.size > 0 && Date.now() < deadline) await sleep(10);
        for (const c of connections) c.destroy();
        // Each closed session released its player; let those calls land
        // before the caller closes the Tarantool connection.
        await Promise.race([service.releasesDone(), sleep(2000)]);
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
        online: service.sessions.size,
        memoryAlarm: service.memoryAlarm,
        eventLoopLagMs: Number.isFinite(lag.mean) ? lag.mean / 1e6 : 0,
      };
    },
  };
}
