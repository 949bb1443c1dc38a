import type { Pool, PoolConnection } from 'mysql2/promise';
import { connectionWithin } from '../store/mysql/pooled';
import {
  type EventRow,
  insertEventsSql,
  type PlayerRow,
  playerParams,
  UPSERT_PLAYERS_SQL,
} from '../store/mysql/players';
import type { QueueEntry } from '../store/queue-store';

export type { EventRow, PlayerRow };

/** Writes a batch of queue entries into MySQL in one transaction (the SQL lives in store/mysql/players.ts). */

export class MysqlSink {
  constructor(
    private readonly pool: Pool,
    private readonly queryTimeoutMs: number,
  ) {}

  /** Writes players and events in one transaction. */
  async write(players: PlayerRow[], events: EventRow[]): Promise<void> {
    let conn: PoolConnection | null = null;
    try {
      conn = await connectionWithin(this.pool, this.queryTimeoutMs);
      await conn.query({ sql: 'START TRANSACTION', timeout: this.queryTimeoutMs });
      if (players.length > 0) {
        await conn.query({
          sql: UPSERT_PLAYERS_SQL(players.length),
          values: playerParams(players),
          timeout: this.queryTimeoutMs,
        });
      }
      if (events.length > 0) {
        await conn.query({
          sql: insertEventsSql(events),
          // Its values are written in. Without values mysql2 formats with
          // [] and still scans the whole statement (35 KB for 400 events)
          // for a placeholder, 0.17-0.26 us an event; null skips that.
          values: null,
          timeout: this.queryTimeoutMs,
        });
      }
      await conn.query({ sql: 'COMMIT', timeout: this.queryTimeoutMs });
    } catch (err) {
      // Not a ROLLBACK: after a timeout it would wait behind the stuck
      // query with no deadline of its own (store/mysql/pooled.ts). MySQL
      // rolls back the open transaction when its connection closes.
      conn?.destroy();
      conn = null;
      throw err;
    } finally {
      conn?.release();
    }
  }
}

/** Entries whose failure says nothing about the data: MySQL unreachable, lost, timed out. */
export function isConnectivityError(err: unknown): boolean {
  const e = err as { fatal?: boolean; code?: string; message?: string };
  if (e?.fatal) return true;
  return (
    (typeof e?.code === 'string' &&
      /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|PROTOCOL_|ER_CON_COUNT_ERROR|ER_SERVER_SHUTDOWN|ER_LOCK_WAIT_TIMEOUT|ER_LOCK_DEADLOCK|POOL_)/.test(
        e.code,
      )) ||
    /Query inactivity timeout|Pool is closed/.test(e?.message ?? '')
  );
}

export type { QueueEntry };
