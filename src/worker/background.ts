import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log/logger';
import type { GameService } from '../session/game-service';
import { bump, type WorkerCounters } from '../session/counters';
import type { GameStore } from '../store/game-store';

/**
 * A worker's two background loops. Each survives its own errors (logged,
 * then retried with a bounded backoff) and ends when `running()` turns false.
 */

/** Once a second: is Tarantool's memory near its quota? (New logins wait while it is.) */
export async function watchStoreMemory(
  store: GameStore,
  service: GameService,
  logger: Logger,
  running: () => boolean,
): Promise<void> {
  while (running()) {
    try {
      const m = await store.memory();
      if (service.setMemoryAlarm(m.alarm)) {
        logger.warn(
          { ratio: m.ratio, alarm: m.alarm },
          m.alarm ? 'store memory alarm: refusing new logins' : 'store memory alarm cleared',
        );
      }
    } catch {
      // The store is unreachable: the calls themselves will say so.
    }
    await sleep(1000);
  }
}

/** Long-polls this worker's mailbox and delivers each message to its player. */
export async function pollMailbox(
  deps: { store: GameStore; service: GameService; counters: WorkerCounters; logger: Logger },
  workerId: string,
  waitSeconds: number,
  running: () => boolean,
): Promise<void> {
  const { store, service, counters, logger } = deps;
  let backoff = 50;
  while (running()) {
    try {
      const messages = await store.poll(workerId, 1000, waitSeconds);
      backoff = 50;
      for (const m of messages) {
        // One message that cannot be delivered must not cost the others.
        try {
          service.deliver(m);
        } catch (err) {
          bump(counters.errors, 'INTERNAL');
          logger.error({ err, player: m.playerId, kind: m.kind }, 'mailbox message failed');
        }
      }
    } catch (err) {
      if (!running()) return;
      logger.warn({ err: (err as Error).message }, 'mailbox poll failed; retrying');
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
  }
}
