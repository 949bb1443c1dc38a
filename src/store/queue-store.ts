import { int, list, num, obj, type Raw, str } from './decode';
import { columnsOf, type StoredPlayer } from './game-store';
import type { TarantoolClient } from './tarantool-client';

/** The drainer's view of the write queue (lua/gameserver/wq.lua). */

export type QueueEntry =
  | {
      kind: 'p';
      key: number;
      version: number;
      attempts: number;
      /** The player row as it is now (null if it was deleted since). */
      player: StoredPlayer | null;
    }
  | {
      kind: 'e';
      key: number;
      attempts: number;
      /** An event group: the events of one gs.save_batch, with ids key, key + 1, ... */
      events: QueuedEvent[];
    };

/** One event of an event group, with the id MySQL stores it under (queue_id). */
export interface QueuedEvent {
  queueId: number;
  playerId: number;
  type: string;
  payload: string;
  /** Unix seconds (fractional). */
  time: number;
}

export interface QueueRef {
  kind: 'p' | 'e';
  key: number;
  version: number;
}

/**
 * The player of a player entry: the stored tuple {id, version, name, xp,
 * last_seen, state[, coins, level]} in field 5 (compact = 2), or, from a
 * Tarantool whose Lua predates it, the same six fields flat from field 5
 * (compact = true); null when the player row is gone.
 */
function playerOf(e: unknown[]): StoredPlayer | null {
  if (e.length < 5) return null;
  const t = Array.isArray(e[4]) ? (e[4] as unknown[]) : e.slice(4);
  return {
    id: int(t[0], 'player.id'),
    version: int(t[1], 'player.version'),
    name: str(t[2], 'player.name'),
    xp: int(t[3], 'player.xp'),
    lastSeen: num(t[4], 'player.last_seen'),
    state: str(t[5], 'player.state'),
    ...columnsOf(t[6], t[7]),
  };
}

/** A compact entry from wq.take (see compact_entry and tuple_entry in lua/gameserver/wq.lua). */
function entry(raw: unknown): QueueEntry {
  const e = list(raw, 'queue entry');
  const key = int(e[1], 'entry.key');
  const attempts = int(e[3], 'entry.attempts');
  if (e[0] === 'p') {
    return { kind: 'p', key, attempts, version: int(e[2], 'entry.version'), player: playerOf(e) };
  }
  if (e[0] === 'e') {
    const events = list(e[4], 'entry.events').map((raw, i): QueuedEvent => {
      const ev = list(raw, 'event');
      return {
        queueId: key + i,
        playerId: int(ev[0], 'event.player_id'),
        type: str(ev[1], 'event.type'),
        payload: str(ev[2], 'event.payload'),
        time: num(ev[3], 'event.time'),
      };
    });
    return { kind: 'e', key, attempts, events };
  }
  return obj(null, `entry kind ${String(e[0])}`) as never;
}

/** [kind, key, version] triples: what ack and release need. */
function refs(entries: QueueEntry[]): Array<[string, number, number]> {
  return entries.map((e) => [e.kind, e.key, e.kind === 'p' ? e.version : 0]);
}

export class QueueStore {
  constructor(private readonly client: TarantoolClient) {}

  /**
   * Leases up to `max` entries for `leaseSeconds`; waits up to `waitSeconds`
   * when none is ready. `minAgeSeconds`: only entries queued at least that
   * long (repeated saves of a player coalesce meanwhile).
   */
  take(
    consumer: string,
    max: number,
    leaseSeconds: number,
    waitSeconds: number,
    minAgeSeconds = 0,
  ): Promise<QueueEntry[]> {
    return this.lease('wq.take', [], consumer, max, leaseSeconds, waitSeconds, minAgeSeconds);
  }

  /** Acks `done` and takes the next batch, in one call (one round trip). */
  ackTake(
    done: QueueEntry[],
    consumer: string,
    max: number,
    leaseSeconds: number,
    waitSeconds: number,
    minAgeSeconds = 0,
  ): Promise<QueueEntry[]> {
    return this.lease(
      'wq.ack_take',
      [refs(done)],
      consumer,
      max,
      leaseSeconds,
      waitSeconds,
      minAgeSeconds,
    );
  }

  private async lease(
    proc: 'wq.take' | 'wq.ack_take',
    head: unknown[],
    consumer: string,
    max: number,
    leaseSeconds: number,
    waitSeconds: number,
    minAgeSeconds: number,
  ): Promise<QueueEntry[]> {
    const r = await this.client.proc(
      proc,
      [...head, consumer, max, leaseSeconds, waitSeconds, { compact: 2, min_age: minAgeSeconds }],
      waitSeconds * 1000 + this.client.callTimeoutMs,
    );
    return list(r, proc).map(entry);
  }

  async ack(entries: QueueEntry[]): Promise<{ deleted: number; kept: number }> {
    const r = obj(await this.client.proc('wq.ack', [refs(entries)]), 'ack');
    return { deleted: int(r.deleted, 'ack.deleted'), kept: int(r.kept, 'ack.kept') };
  }

  /**
   * Returns entries to the queue. `countAttempt: false` when the target was
   * unreachable (says nothing about the entries: they are never buried for it).
   */
  async release(
    entries: QueueEntry[],
    error: string,
    countAttempt = true,
  ): Promise<{ released: number; buried: number }> {
    const args = [refs(entries), error, countAttempt];
    const r = obj(await this.client.proc('wq.release', args), 'release');
    return { released: int(r.released, 'released'), buried: int(r.buried, 'buried') };
  }

  async stats(): Promise<Raw> {
    return obj(await this.client.proc('wq.stats', []), 'wq.stats');
  }
}
