import { type ErrorCode, StoreError } from '../errors';
import { type Catalog, levelOf } from '../game/catalog';
import type { Farm } from '../game/farm';
import { serializeFarm } from '../game/farm';
import type { Change } from '../game/rules';
import type { Logger } from '../log/logger';
import type { SessionStore, StoredPlayer } from '../store/game-store';
import type { WorkerCounters } from './counters';
import type { PlayerSession } from './player-session';

/**
 * Commits a change as version + 1 and adopts it only once Tarantool said
 * so. The outcome says exactly one thing: committed; refused (nothing
 * changed, answer the client); or the session is over (it was fenced or
 * fell out of step with the store, and has been closed: answer nothing).
 */
export type CommitOutcome =
  | { kind: 'committed' }
  | { kind: 'refused'; code: ErrorCode; message: string; retryable: boolean }
  | { kind: 'ended' };

export interface CommitDeps {
  store: SessionStore;
  counters: WorkerCounters;
  logger: Logger;
  clock: () => number;
  /** The catalog in force (the level saved with each change comes from it). */
  catalog: () => Catalog;
  /** Ends a session whose player is now owned elsewhere (a kick). */
  kick: (s: PlayerSession, reason: string) => void;
}

const COMMITTED: CommitOutcome = { kind: 'committed' };

function retryLater(message: string): CommitOutcome {
  return { kind: 'refused', code: 'RETRY_LATER', message, retryable: true };
}

/** Closes the session: the client's next login reloads the player from the store. */
function end(s: PlayerSession, message: string): CommitOutcome {
  s.conn.fail('RETRY_LATER', message);
  return { kind: 'ended' };
}

function adopt(s: PlayerSession, version: number, farm: Farm, deps: CommitDeps): CommitOutcome {
  deps.counters.commits++;
  s.version = version;
  s.farm = farm;
  return COMMITTED;
}

export async function commit(
  s: PlayerSession,
  change: Change,
  deps: CommitDeps,
): Promise<CommitOutcome> {
  const version = s.version + 1;
  const farm = change.farm;
  try {
    await deps.store.save({
      playerId: s.playerId,
      epoch: s.epoch,
      version,
      row: {
        name: farm.name,
        xp: farm.xp,
        lastSeen: deps.clock(),
        state: serializeFarm(farm),
        coins: farm.coins,
        level: levelOf(deps.catalog(), farm.xp),
      },
      events: change.events,
      gifts: change.gifts,
      inboxAcks: change.inboxAcks,
    });
    return adopt(s, version, farm, deps);
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    if (err.code === 'FENCED') {
      deps.kick(s, 'this player logged in elsewhere');
      return { kind: 'ended' };
    }
    if (err.outcomeUnknown) return reconcile(s, version, farm, deps);
    if (err.retryable) return retryLater(err.message);
    // VERSION_CONFLICT or INBOX_GONE: this session's copy is not what the store holds.
    deps.logger.warn(
      { err: err.message, player: s.playerId },
      'session out of step with the store',
    );
    return end(s, 'session out of step; log in again');
  }
}

/** The save's outcome is unknown: read the stored version to learn it, never retry blindly. */
async function reconcile(
  s: PlayerSession,
  version: number,
  farm: Farm,
  deps: CommitDeps,
): Promise<CommitOutcome> {
  let stored: StoredPlayer | null;
  try {
    stored = await deps.store.get(s.playerId);
  } catch {
    // We cannot know whether it committed: this session cannot go on.
    return end(s, 'store unreachable; log in again');
  }
  if (stored?.version === version) return adopt(s, version, farm, deps);
  if ((stored?.version ?? 0) === s.version) return retryLater('not committed (store timeout)');
  return end(s, 'session out of step; log in again');
}
