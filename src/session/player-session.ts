import type { Farm } from '../game/farm';
import type { Connection } from './connection';

/** One logged-in player on this worker: the farm as last committed, and the connection. */
export interface PlayerSession {
  playerId: number;
  /** The epoch this session claimed the player with; every save carries it (fencing). */
  epoch: number;
  /** The committed version; the next save is version + 1. */
  version: number;
  farm: Farm;
  conn: Connection;
  kicked: boolean;
  /** The client asked at login for StateChange answers (proto/game.proto). */
  stateChanges?: boolean;
  /**
   * The version of the last state the client was sent (whole or as a
   * change): a StateChange goes only on top of it, so after a commit the
   * client was not told of (an inbox item with nothing to show), the next
   * answer is whole.
   */
  shownVersion?: number;
}
