import type mysql from 'mysql2/promise';
import type { GameStore } from '../store/game-store';

/**
 * Once a second, the master asks Tarantool for gs.stats and pings MySQL, so
 * that `stats` answers from memory and never waits on either. A failed poll
 * is a reading (`tarantool_up 0`, `mysql_up 0`), not an error.
 */
export class StorePoller {
  /** gs.stats as last answered; null when Tarantool did not answer. */
  store: Record<string, unknown> | null = null;
  mysqlUp = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly game: GameStore,
    private readonly pool: mysql.Pool,
  ) {}

  async poll(): Promise<void> {
    this.store = await this.game.stats().catch(() => null);
    try {
      const conn = await this.pool.getConnection();
      try {
        await conn.ping();
      } finally {
        conn.release();
      }
      this.mysqlUp = true;
    } catch {
      this.mysqlUp = false;
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
