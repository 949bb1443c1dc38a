import { once } from 'node:events';
import type http from 'node:http';
import type net from 'node:net';
import mysql from 'mysql2/promise';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import type { Logger, LogHandle } from '../log/logger';
import { GameStore } from '../store/game-store';
import { mysqlOptions } from '../store/mysql/connect';
import { tarantoolClientFor } from '../store/tarantool-client';
import { clusterSpawner } from './spawner';
import { createAdminServer } from './admin-server';
import { createMasterMetrics } from './metrics';
import { masterAdminSource, masterStatsSource } from './stats-source';
import { createStatsServer, type StatsServer, type StatsSource } from './stats-server';
import { StorePoller } from './store-poller';
import { Supervisor } from './supervisor';

/**
 * The master: forks the workers (Node's cluster module, so they share the
 * game port the master listens on) and the drainers, restarts a child that
 * dies with exponential backoff and marks a crash-looping one failed,
 * replaces workers one by one on reload, and answers `stats` in memcached's
 * text protocol with what the children report over IPC.
 */

export interface MasterDeps {
  config: Config;
  /** The config file and working directory to re-read on reload (and for the children). */
  configFile: string | undefined;
  configCwd: string;
  log: LogHandle;
  /** Where children write their log (the daemon's file; null: stdout). */
  logFile: string | null;
  /** The script a child runs (the CLI entry; it dispatches on GS_ROLE). */
  childEntry: string;
  version: string;
}

export interface Master {
  start(): Promise<void>;
  stop(): Promise<void>;
  reload(): Promise<void>;
  reopenLogs(): void;
  statsPort(): number;
}

/** What the admin port answers: health, readiness and the Prometheus metrics. */
function adminSource(
  supervisor: Supervisor,
  state: () => string,
  poller: () => StorePoller | undefined,
  stats: StatsSource,
) {
  return {
    ...masterAdminSource(supervisor, state, poller),
    metrics: createMasterMetrics({ supervisor, poller, statsRows: () => stats.stats() }),
  };
}

export function createMaster(deps: MasterDeps): Master {
  let config = deps.config;
  const { log, version } = deps;
  const logger = log.logger;
  let state: 'new' | 'starting' | 'running' | 'stopping' | 'stopped' = 'new';
  let stopping: Promise<void> | null = null;
  let reloading: Promise<void> | null = null;
  let backends: Backends | null = null;
  const supervisor = new Supervisor({
    spawn: clusterSpawner(deps),
    config: () => config.master,
    logger,
    onWorkerGone: (id) => backends?.releaseWorker(id),
  });
  const poller = () => backends?.poller;
  const monitor = { rejected: 0 }; // sockets the stats and admin ports closed over their caps
  const source = masterStatsSource(supervisor, version, () => config, poller, monitor);
  const admin = adminSource(supervisor, () => state, poller, source);

  async function start(): Promise<void> {
    if (state !== 'new') throw new Error(`master is ${state}`);
    state = 'starting';
    try {
      backends = await openBackends(config, logger, monitor, {
        stats: createStatsServer(source, logger),
        admin: createAdminServer(admin, logger),
      });
      await supervisor.start(config.workers, config.drainers);
      state = 'running';
      await backends.poller.start();
      const { workers, drainers } = config;
      logger.info({ workers, drainers, statsPort: statsPort() }, 'master ready');
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'master failed to start');
      await stop();
      throw err;
    }
  }

  function stop(): Promise<void> {
    if (stopping) return stopping;
    const deadline = state === 'running' ? config.master.stopDeadlineMs : 3000;
    state = 'stopping';
    stopping = (async () => {
      backends?.poller.stop();
      await supervisor.stop(deadline);
      await backends?.close();
      state = 'stopped';
      logger.info('master stopped');
    })();
    return stopping;
  }

  async function reload(): Promise<void> {
    if (state !== 'running') return;
    if (reloading) {
      logger.warn('a reload is already running');
      return reloading;
    }
    reloading = (async () => {
      const next = rereadConfig(deps, config, logger);
      if (!next) return;
      config = next;
      backends?.capSockets(config);
      reopenLogs();
      await supervisor.replaceAll();
      logger.info('reload done');
    })().finally(() => (reloading = null));
    return reloading;
  }

  const reopenLogs = () => {
    log.reopen();
    supervisor.broadcast({ type: 'reopen' });
  };

  const statsPort = () => backends?.statsPort() ?? config.stats.port;

  return { start, stop, reload, reopenLogs, statsPort };
}

/** What the master serves and uses: the stats and admin ports, and its own Tarantool and MySQL connections. */
interface Backends {
  poller: StorePoller;
  /** A worker died: free its players in Tarantool so they can log in elsewhere at once. */
  releaseWorker(workerId: string): void;
  statsPort(): number;
  /** Applies the config's caps to the stats and admin ports (at start and on reload). */
  capSockets(config: Config): void;
  close(): Promise<void>;
}

async function openBackends(
  config: Config,
  logger: Logger,
  monitor: { rejected: number },
  { stats, admin }: { stats: StatsServer; admin: http.Server },
): Promise<Backends> {
  const client = tarantoolClientFor(config, 'master', logger, 100);
  const store = new GameStore(client);
  const pool = mysql.createPool({ ...mysqlOptions(config), connectionLimit: 1 });
  const close = async () => {
    await Promise.all([stats, admin].map(closeListener));
    await client.close();
    await pool.end().catch(() => undefined);
  };
  // Node closes a socket past `maxConnections` at its accept, before any
  // byte is read, and emits 'drop': a client holding many sockets open
  // cannot take the master's file descriptors, which it needs to fork.
  const capSockets = (c: Config) => {
    stats.maxConnections = c.stats.maxConnections;
    admin.maxConnections = c.admin.maxConnections;
  };
  capSockets(config);
  for (const server of [stats, admin]) server.on('drop', () => monitor.rejected++);
  try {
    await client.connect();
    // (once rejects on an 'error' first: the port taken, say.)
    await once(stats.listen({ host: config.stats.host, port: config.stats.port }), 'listening');
    await once(admin.listen({ host: config.admin.host, port: config.admin.port }), 'listening');
  } catch (err) {
    await close();
    throw err;
  }
  return {
    poller: new StorePoller(store, pool, config.mysql.queryTimeoutMs),
    releaseWorker(id) {
      store
        .workerGone(id)
        .then(
          (n) =>
            n > 0 &&
            logger.info({ worker: id, players: n }, 'released the players of a gone worker'),
        )
        .catch((err: Error) => logger.warn({ err: err.message, worker: id }, 'worker_gone failed'));
    },
    statsPort() {
      const a = stats.address();
      return typeof a === 'object' && a ? a.port : config.stats.port;
    },
    capSockets,
    close,
  };
}

/** Stops a listener and drops its sockets (monitoring clients hold nothing worth waiting for). */
function closeListener(server: net.Server & { closeAllConnections(): void }): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The config file read again for a reload; null (logged) when it is refused. */
function rereadConfig(deps: MasterDeps, current: Config, logger: Logger): Config | null {
  let next: Config;
  try {
    next = loadConfig({ file: deps.configFile, cwd: deps.configCwd });
  } catch (err) {
    logger.error(
      { err: (err as Error).message },
      'reload refused: bad config; keeping the old one',
    );
    return null;
  }
  if (
    next.stats.port !== current.stats.port ||
    next.workers !== current.workers ||
    next.drainers !== current.drainers
  ) {
    logger.warn('stats port, worker and drainer counts change only with a restart');
  }
  return next;
}
