import mysql from 'mysql2/promise';
import type { Config } from '../../config/schema';

/** Connection options for the configured MySQL, with the configured timeouts. */
export function mysqlOptions(config: Config): mysql.ConnectionOptions {
  return {
    host: config.mysql.host,
    port: config.mysql.port,
    user: config.mysql.user,
    password: config.mysql.password,
    database: config.mysql.database,
    connectTimeout: config.mysql.connectTimeoutMs,
    // Ids and versions are BIGINT UNSIGNED: keep them exact (strings past 2^53).
    supportBigNumbers: true,
    bigNumberStrings: false,
    dateStrings: true,
  };
}
