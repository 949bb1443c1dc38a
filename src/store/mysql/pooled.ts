import type { Pool, PoolConnection } from 'mysql2/promise';

/**
 * Deadlines for MySQL that hold while MySQL does not answer at all (a hung
 * server, a cut link).
 *
 * mysql2 rejects a query whose timeout passes but leaves it at the head of
 * its connection's command queue, and a query's timeout starts only when
 * the query does. Released to the pool, that connection holds every later
 * query behind the stuck one, each with no deadline running: a second cold
 * load, a ROLLBACK, a health check would wait as long as MySQL does
 * (test/integration/mysql-deadlines.test.ts). So after a failure that is
 * not MySQL's own answer a connection is destroyed, never released or
 * used again, and taking one from the pool has a deadline too.
 */

/** A failure MySQL answered (an SQL error such as a bad row): the connection is still good. */
export function answeredByMysql(err: unknown): boolean {
  const e = err as { code?: unknown; fatal?: unknown };
  return typeof e?.code === 'string' && e.code.startsWith('ER_') && !e.fatal;
}

/** A connection from the pool within `ms` (POOL_TIMEOUT otherwise); one that comes later goes back. */
export async function connectionWithin(pool: Pool, ms: number): Promise<PoolConnection> {
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const taking = pool.getConnection();
  try {
    return await Promise.race([
      taking,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          late = true;
          reject(
            Object.assign(new Error(`no MySQL connection within ${ms} ms`), {
              code: 'POOL_TIMEOUT',
            }),
          );
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (late)
      taking.then(
        (c) => c.release(),
        () => undefined,
      );
  }
}

/**
 * One query on a pooled connection: taking the connection and running the
 * query each within `timeoutMs`; a connection whose query failed other than
 * by MySQL's answer is destroyed. Resolves with the rows (or the result).
 */
export async function pooledQuery<T>(
  pool: Pool,
  sql: string,
  values: unknown[] | null,
  timeoutMs: number,
): Promise<T> {
  const conn = await connectionWithin(pool, timeoutMs);
  try {
    const [rows] = await conn.query({ sql, values, timeout: timeoutMs });
    conn.release();
    return rows as T;
  } catch (err) {
    if (answeredByMysql(err)) conn.release();
    else conn.destroy();
    throw err;
  }
}
