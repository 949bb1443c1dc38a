import { escape } from 'mysql2';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { pooledQuery } from './pooled';
import { StoreError } from '../../errors';
import { columnsOf, type StoredPlayer } from '../game-store';

/**
 * The `players` and `events` tables (sql/migrations/001): the read side
 * workers use for cold loads and the write side the drainer uses, in one
 * place so both agree on the columns.
 *
 * Writes are idempotent, so delivery "at least once" leaves MySQL exact:
 * players are upserted with a version guard (an older version never
 * overwrites a newer row; the version column is assigned last because MySQL
 * evaluates the assignments left to right); events are inserted once by
 * their queue id (a duplicate is a no-op; unlike INSERT IGNORE, a bad row
 * still fails loudly). VALUES() runs on MariaDB 10.11 and MySQL 8 (there
 * deprecated but working; MariaDB has no `AS new` alias form).
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
      rows = await pooledQuery<RowDataPacket[]>(
        this.pool,
        'SELECT id, version, name, coins, xp, level, last_seen, state FROM players WHERE id = ?',
        [playerId],
        this.queryTimeoutMs,
      );
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
        state: typeof row.state === 'string' ? row.state : JSON.stringify(row.state),
        ...columnsOf(row.coins, row.level),
      },
    };
  }
}

export interface PlayerRow {
  id: number;
  version: number;
  name: string;
  coins: number;
  xp: number;
  level: number;
  lastSeen: number;
  state: string;
}

export interface EventRow {
  queueId: number;
  playerId: number;
  type: string;
  payload: string;
  /** Unix seconds (fractional). */
  time: number;
}

const PLAYER_COLUMNS = '(id, version, name, coins, xp, level, last_seen, state, updated_at)';
const PLAYER_UPDATE = ['name', 'coins', 'xp', 'level', 'last_seen', 'state', 'updated_at']
  .map((c) => `${c} = IF(VALUES(version) > version, VALUES(${c}), ${c})`)
  .concat('version = GREATEST(version, VALUES(version))')
  .join(', ');

export const UPSERT_PLAYERS_SQL = (n: number) =>
  `INSERT INTO players ${PLAYER_COLUMNS} VALUES ${new Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?, NOW(3))').join(', ')} ` +
  `ON DUPLICATE KEY UPDATE ${PLAYER_UPDATE}`;

const EVENT_COLUMNS = '(queue_id, player_id, type, payload, created_at)';

function idText(n: number, what: string): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new StoreError('STORE_BAD_ARGUMENT', `event ${what} ${n} is not an id`);
  return String(n);
}

/**
 * The INSERT of a batch of events, values written in: the drainer writes
 * about one event a game command, and mysql2's placeholder formatting cost
 * about 1.1 µs a row (a scan of the statement, an array a row, the time
 * through toFixed then quoted). Strings are escaped by mysql2's own
 * `escape`, the one its placeholders use; ids must be whole numbers; the
 * time is quoted fixed-point text as before. test/unit/mysql-events.test.ts
 * holds it to mysql2's formatting of the placeholder form.
 */
export function insertEventsSql(rows: readonly EventRow[]): string {
  let values = '';
  for (const e of rows) {
    values +=
      `${values ? ', ' : ''}(${idText(e.queueId, 'queue id')}, ${idText(e.playerId, 'player id')}, ` +
      `${escape(e.type)}, ${escape(e.payload)}, FROM_UNIXTIME('${e.time.toFixed(3)}'))`;
  }
  return `INSERT INTO events ${EVENT_COLUMNS} VALUES ${values} ON DUPLICATE KEY UPDATE queue_id = queue_id`;
}

export function playerParams(rows: PlayerRow[]): unknown[] {
  return rows.flatMap((r) => [
    r.id,
    r.version,
    r.name,
    r.coins,
    r.xp,
    r.level,
    Math.round(r.lastSeen),
    r.state,
  ]);
}
