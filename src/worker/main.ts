import mysql from 'mysql2/promise';
import type { Config } from '../config/schema';
import { loadCatalog } from '../game/catalog';
import type { LogHandle } from '../log/logger';
import { GameStore } from '../store/game-store';
import { mysqlOptions } from '../store/mysql/connect';
import { PlayerArchive } from '../store/mysql/players';
import { TarantoolClient } from '../store/tarantool-client';
import { createWorker } from './worker';

/**
 * Runs one worker as a process: connects to Tarantool and MySQL, listens,
 * and stops gracefully on SIGTERM/SIGINT. The master (its own issue) will
 * fork these; until then `gameserver worker` runs one in the foreground.
 */
export async function runWorker(config: Config, log: LogHandle): Promise<void> {
  const logger = log.logger;
  const catalog = loadCatalog(config.game.catalogFile ?? undefined);
  const client = new TarantoolClient({
    host: config.tarantool.host,
    port: config.tarantool.port,
    user: config.tarantool.workerUser,
    password: config.tarantool.workerPassword,
    callTimeoutMs: config.tarantool.callTimeoutMs,
    connectTimeoutMs: config.tarantool.connectTimeoutMs,
    maxInFlight: config.tarantool.maxInFlight,
    logger,
  });
  await client.connect();
  const pool = mysql.createPool({
    ...mysqlOptions(config),
    connectionLimit: config.mysql.poolSize,
  });
  const worker = createWorker({
    config,
    store: new GameStore(client),
    archive: new PlayerArchive(pool, config.mysql.queryTimeoutMs),
    catalog,
    logger,
  });
  await worker.start();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await worker.stop();
    await client.close();
    await pool.end().catch(() => undefined);
    log.flushSync();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGUSR2', () => log.reopen());
  process.on('SIGHUP', () => {
    try {
      worker.reloadCatalog(loadCatalog(config.game.catalogFile ?? undefined));
      log.reopen();
      logger.info('catalog reloaded');
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'catalog reload refused; keeping the old one');
    }
  });
}
