import type mysql from 'mysql2/promise';
import type { GameStore } from '../store/game-store';
import { pooledQuery } from '../store/mysql/pooled';

/**
 * Once a second, the master asks Tarantool for gs.stats and MySQL for
 * `SELECT 1`, so that `stats` answers from memory and never waits on
 * either. A failed poll is a reading (`tarantool_up 0`, `mysql_up 0`), not
 * an error. Each has a deadline (the Tarantool client's, mysql.queryTimeoutMs),
 * so a MySQL that stops answering reads as down within that time, and one
 * check at a time: a second does not queue behind a slow one.
 */
export class StorePoller {
  /** gs.stats as last answered; null when Tarantool did not answer. */
  store: Record<string, unknown> | null = null;
  mysqlUp = false;
  private checkingMysql = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly game: GameStore,
    private readonly pool: mysql.Pool,
    private readonly mysqlTimeoutMs: number,
  ) {}

  async poll(): Promise<void> {
    await Promise.all([
      this.game.stats().then(
        (s) => (this.store = s),
        () => (this.store = null),
      ),
      this.checkMysql(),
    ]);
  }

  private async checkMysql(): Promise<void> {
    if (this.checkingMysql) return;
    this.checkingMysql = true;
    try {
      await pooledQuery(this.pool, 'SELECT 1', null, this.mysqlTimeoutMs);
      this.mysqlUp = true;
    } catch {
      this.mysqlUp = false;
    } finally {
      this.checkingMysql = false;
    }
  }

  /** Polls now, then every intervalMs until stop(). */
  async start(intervalMs = 1000): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
