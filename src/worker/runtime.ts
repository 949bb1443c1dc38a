import mysql from 'mysql2/promise';
import type { Config } from '../config/schema';
import { loadCatalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import { GameStore } from '../store/game-store';
import { mysqlOptions } from '../store/mysql/connect';
import { PlayerArchive } from '../store/mysql/players';
import { tarantoolClientFor } from '../store/tarantool-client';
import { ProcessMetrics } from '../metrics/process-metrics';
import { createWorker, type Worker } from './worker';

/** A running worker with the connections it owns, as one process runs it. */
export interface WorkerRuntime {
  worker: Worker;
  metrics: ProcessMetrics;
  /** Re-reads the catalog file; a bad catalog is refused and the old one kept (throws). */
  reloadCatalog(): void;
  /** Graceful stop, then closes Tarantool and MySQL. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startWorkerRuntime(config: Config, logger: Logger): Promise<WorkerRuntime> {
  const catalogFile = config.game.catalogFile ?? undefined;
  const catalog = loadCatalog(catalogFile);
  const metrics = new ProcessMetrics('worker');
  metrics.watchGc();
  const client = tarantoolClientFor(config, 'worker', logger);
  client.observe = (name, seconds) => metrics.call(name, seconds);
  await client.connect();
  const pool = mysql.createPool({
    ...mysqlOptions(config),
    connectionLimit: config.mysql.poolSize,
  });
  const worker = createWorker({
    config,
    store: new GameStore(client, {
      maxBatchesInFlight: config.tarantool.saveBatchesInFlight,
      lingerMs: config.tarantool.saveLingerMs,
    }),
    archive: new PlayerArchive(pool, config.mysql.queryTimeoutMs),
    catalog,
    logger,
    observe: (command, seconds) => metrics.command(command, seconds),
  });
  try {
    await worker.start();
  } catch (err) {
    metrics.unwatchGc();
    await client.close();
    await pool.end().catch(() => undefined);
    throw err;
  }
  let stopping: Promise<void> | null = null;
  return {
    worker,
    metrics,
    reloadCatalog() {
      worker.reloadCatalog(loadCatalog(catalogFile));
    },
    stop() {
      stopping ??= (async () => {
        await worker.stop();
        metrics.unwatchGc();
        await client.close();
        await pool.end().catch(() => undefined);
      })();
      return stopping;
    },
  };
}
