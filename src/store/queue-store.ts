import { int, list, num, obj, type Raw, str } from './decode';
import type { StoredPlayer } from './game-store';
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
      playerId: number;
      type: string;
      payload: string;
      /** Unix seconds (fractional). */
      time: number;
    };

export interface QueueRef {
  kind: 'p' | 'e';
  key: number;
  version: number;
}

function entry(raw: unknown): QueueEntry {
  const e = obj(raw, 'queue entry');
  const key = int(e.key, 'entry.key');
  const attempts = int(e.attempts, 'entry.attempts');
  if (e.kind === 'p') {
    const p = e.player === undefined || e.player === null ? null : obj(e.player, 'entry.player');
    return {
      kind: 'p',
      key,
      attempts,
      version: int(e.version, 'entry.version'),
      player: p && {
        id: int(p.id, 'player.id'),
        version: int(p.version, 'player.version'),
        name: str(p.name, 'player.name'),
        xp: int(p.xp, 'player.xp'),
        lastSeen: num(p.last_seen, 'player.last_seen'),
        data: str(p.state, 'player.state'),
      },
    };
  }
  if (e.kind === 'e') {
    return {
      kind: 'e',
      key,
      attempts,
      playerId: int(e.player_id, 'entry.player_id'),
      type: str(e.type, 'entry.type'),
      payload: str(e.payload, 'entry.payload'),
      time: num(e.time, 'entry.time'),
    };
  }
  return obj(null, `entry kind ${String(e.kind)}`) as never;
}

export function refOf(e: QueueEntry): QueueRef {
  return { kind: e.kind, key: e.key, version: e.kind === 'p' ? e.version : 0 };
}

function refs(entries: QueueEntry[]): Raw[] {
  return entries.map((e) => ({ ...refOf(e) }));
}

function firstOrThrow(proc: string, result: unknown[]): unknown {
  if (result.length >= 2 && (result[0] === null || result[0] === undefined)) {
    const e = obj(result[1], `${proc} error`);
    throw new Error(`${proc}: ${String(e.message ?? e.code)}`);
  }
  return result[0];
}

export class QueueStore {
  constructor(private readonly client: TarantoolClient) {}

  /** Leases up to `max` entries for `leaseSeconds`; waits up to `waitSeconds` when none is ready. */
  async take(
    consumer: string,
    max: number,
    leaseSeconds: number,
    waitSeconds: number,
  ): Promise<QueueEntry[]> {
    const r = await this.client.call(
      'wq.take',
      [consumer, max, leaseSeconds, waitSeconds],
      waitSeconds * 1000 + this.client.callTimeoutMs,
    );
    return list(firstOrThrow('wq.take', r), 'take').map(entry);
  }

  async ack(entries: QueueEntry[]): Promise<{ deleted: number; kept: number }> {
    const r = obj(firstOrThrow('wq.ack', await this.client.call('wq.ack', [refs(entries)])), 'ack');
    return { deleted: int(r.deleted, 'ack.deleted'), kept: int(r.kept, 'ack.kept') };
  }

  async release(
    entries: QueueEntry[],
    error: string,
  ): Promise<{ released: number; buried: number }> {
    const r = obj(
      firstOrThrow('wq.release', await this.client.call('wq.release', [refs(entries), error])),
      'release',
    );
    return { released: int(r.released, 'released'), buried: int(r.buried, 'buried') };
  }

  async stats(): Promise<Raw> {
    return obj(firstOrThrow('wq.stats', await this.client.call('wq.stats', [])), 'wq.stats');
  }
}
