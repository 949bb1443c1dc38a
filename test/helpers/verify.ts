import type { Pool } from 'mysql2/promise';
import type { Bot } from '../../src/bots/bot';
import { verifyBots, type VerifyResult } from '../../src/bots/verify';
import { loadCatalog } from '../../src/game/catalog';
import { GameStore } from '../../src/store/game-store';
import { workerClient } from './servers';
import { FAST_CATALOG } from './workers';

/** `bots --verify`'s checks, in the test's process: Tarantool read directly, MySQL after the drain. */
export async function verifyStores(
  tarantool: { host: string; port: number },
  pool: Pool | null,
  bots: Bot[],
  since: number,
  drainTimeoutMs = 60000,
): Promise<VerifyResult> {
  const client = workerClient(tarantool);
  await client.connect();
  try {
    return await verifyBots(bots, {
      store: new GameStore(client),
      mysql: pool,
      catalog: loadCatalog(FAST_CATALOG),
      since,
      drainTimeoutMs,
    });
  } finally {
    await client.close();
  }
}
