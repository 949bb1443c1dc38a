import type { Pool, RowDataPacket } from 'mysql2/promise';
import { StoreError } from '../../errors';
import type { StoredPlayer } from '../game-store';

/**
 * The `players` table (sql/migrations/001): the read side workers use for
 * cold loads. It sits beside the schema so both agree on the columns.
 */

export type ArchiveLoad = { found: true; player: StoredPlayer } | { found: false };

export class PlayerArchive {
  constructor(
    private readonly pool: Pool,
    private readonly queryTimeoutMs: number,
  ) {}

  /**
   * The player as MySQL has it. `found: false` only when MySQL answered that
   * there is no such row; any failure throws MYSQL_UNAVAILABLE (retryable),
   * so a caller never mistakes "unreachable" for "new player".
   */
  async load(playerId: number): Promise<ArchiveLoad> {
    let rows: RowDataPacket[];
    try {
      [rows] = await this.pool.query<RowDataPacket[]>({
        sql: 'SELECT id, version, name, xp, last_seen, state FROM players WHERE id = ?',
        values: [playerId],
        timeout: this.queryTimeoutMs,
      });
    } catch (err) {
      throw new StoreError(
        'MYSQL_UNAVAILABLE',
        `loading player ${playerId}: ${(err as Error).message}`,
        {
          cause: err,
          retryable: true,
        },
      );
    }
    const row = rows[0];
    if (!row) return { found: false };
    return {
      found: true,
      player: {
        id: Number(row.id),
        version: Number(row.version),
        name: String(row.name),
        xp: Number(row.xp),
        lastSeen: Number(row.last_seen),
        // MariaDB returns JSON columns as text, MySQL 8 as parsed values.
        data: typeof row.state === 'string' ? row.state : JSON.stringify(row.state),
      },
    };
  }
}
