import os from 'node:os';
import mysql from 'mysql2/promise';
import type { Config } from '../config/schema';
import { loadCatalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import { mysqlOptions } from '../store/mysql/connect';
import { QueueStore } from '../store/queue-store';
import { tarantoolClientFor } from '../store/tarantool-client';
import { createDrainer, type Drainer } from './drainer';
import { MysqlSink } from './mysql-sink';
import { ProcessMetrics } from '../metrics/process-metrics';

export interface DrainerRuntime {
  drainer: Drainer;
  metrics: ProcessMetrics;
  queue: QueueStore;
  stop(): Promise<void>;
}

/** Starts a drainer with its own Tarantool and MySQL connections. */
export async function startDrainerRuntime(config: Config, logger: Logger): Promise<DrainerRuntime> {
  const catalog = loadCatalog(config.game.catalogFile ?? undefined);
  const metrics = new ProcessMetrics('drainer');
  metrics.watchGc();
  const client = tarantoolClientFor(config, 'drainer', logger);
  client.observe = (name, seconds) => metrics.call(name, seconds);
  // Tarantool may come up after us: the drainer waits and retries by itself.
  await client
    .connect()
    .catch((err: Error) => logger.warn({ err: err.message }, 'tarantool not reachable yet'));
  const pool = mysql.createPool({
    ...mysqlOptions(config),
    connectionLimit: config.mysql.poolSize,
    // No stack captured at every query (mysql2's default): four queries a
    // batch, and the drainer logs a failed query's message, not its stack.
    trace: false,
  });
  const queue = new QueueStore(client);
  const d = config.drainer;
  const drainer = createDrainer({
    queue,
    sink: new MysqlSink(pool, config.mysql.queryTimeoutMs),
    catalog,
    logger,
    onBatch: (seconds) => metrics.batch(seconds),
    options: {
      consumerId: `${os.hostname()}:${process.pid}`,
      batchSize: d.batchSize,
      leaseSeconds: d.leaseSeconds,
      waitMs: d.waitMs,
      minAgeMs: d.minAgeMs,
      fillMs: d.fillMs,
      concurrency: d.concurrency,
      backoffMinMs: 50,
      backoffMaxMs: d.backoffMaxMs,
      stopDeadlineMs: d.stopDeadlineMs,
    },
  });
  drainer.start();
  const report =
    d.logIntervalMs > 0
      ? setInterval(() => {
          queue
            .stats()
            .then((q) => logger.info({ drain: drainer.counters(), queue: q }, 'drainer stats'))
            .catch(() =>
              logger.info({ drain: drainer.counters() }, 'drainer stats (queue unreachable)'),
            );
        }, d.logIntervalMs)
      : null;
  let stopping: Promise<void> | null = null;
  return {
    drainer,
    queue,
    metrics,
    stop() {
      stopping ??= (async () => {
        if (report) clearInterval(report);
        await drainer.stop();
        metrics.unwatchGc();
        await client.close();
        await pool.end().catch(() => undefined);
      })();
      return stopping;
    },
  };
}
