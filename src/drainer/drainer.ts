import { setTimeout as sleep } from 'node:timers/promises';
import type { Catalog } from '../game/catalog';
import { analyticsColumns } from '../game/columns';
import type { Logger } from '../log/logger';
import type { QueueEntry, QueueStore } from '../store/queue-store';
import { type EventRow, isConnectivityError, type PlayerRow } from './mysql-sink';

/**
 * The drainer: wq.take -> one MySQL transaction -> wq.ack, in a loop that
 * survives its own errors. Delivery is at least once and every write is
 * idempotent, so a crash anywhere loses nothing and duplicates nothing:
 * entries taken and not acked come back when their lease runs out.
 */

export interface Sink {
  write(players: PlayerRow[], events: EventRow[]): Promise<void>;
}

export interface DrainerOptions {
  consumerId: string;
  batchSize: number;
  leaseSeconds: number;
  /** How long one take waits for work when the queue is empty. */
  waitMs: number;
  /**
   * Take only entries queued at least this long, so repeated saves of a
   * player coalesce into one MySQL write (the write-behind delay: a lone
   * change reaches MySQL after about this long).
   */
  minAgeMs: number;
  /** Take -> write -> ack lanes running at once (leases keep them apart). */
  concurrency: number;
  backoffMinMs: number;
  backoffMaxMs: number;
  /** On stop: longest wait for the batch in hand. */
  stopDeadlineMs: number;
}

export interface DrainerDeps {
  queue: QueueStore;
  sink: Sink;
  catalog: Catalog;
  logger: Logger;
  options: DrainerOptions;
}

export interface DrainerCounters {
  batches: number;
  players: number;
  events: number;
  retries: number;
  released: number;
  buried: number;
  splits: number;
  lastError: string;
  lastSuccessAt: number;
}

export interface Drainer {
  start(): void;
  /** Finishes the batch in hand (commit and ack, or release), then resolves. Safe to call twice. */
  stop(): Promise<void>;
  counters(): DrainerCounters & { secondsSinceSuccess: number };
}

/** A queue entry turned into a MySQL row; throws for an entry that cannot be one (poison). */
function toRows(
  entries: QueueEntry[],
  catalog: Catalog,
): { players: PlayerRow[]; events: EventRow[] } {
  const players: PlayerRow[] = [];
  const events: EventRow[] = [];
  for (const e of entries) {
    if (e.kind === 'p') {
      // A player deleted from Tarantool since: nothing to write.
      if (!e.player) continue;
      const p = e.player;
      const cols = analyticsColumns(p.data, p.xp, catalog);
      players.push({
        id: p.id,
        version: p.version,
        name: p.name,
        coins: cols.coins,
        xp: p.xp,
        level: cols.level,
        lastSeen: p.lastSeen,
        state: p.data,
      });
    } else {
      events.push({
        queueId: e.key,
        playerId: e.playerId,
        type: e.type,
        payload: e.payload,
        time: e.time,
      });
    }
  }
  return { players, events };
}

export function createDrainer(deps: DrainerDeps): Drainer {
  const { queue, sink, catalog, logger, options } = deps;
  const counters: DrainerCounters = {
    batches: 0,
    players: 0,
    events: 0,
    retries: 0,
    released: 0,
    buried: 0,
    splits: 0,
    lastError: '',
    lastSuccessAt: Date.now(),
  };
  let running = false;
  let loop: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;
  const wake = new AbortController();

  async function write(entries: QueueEntry[]): Promise<void> {
    const { players, events } = toRows(entries, catalog);
    await sink.write(players, events);
  }

  async function release(
    entries: QueueEntry[],
    err: unknown,
    countAttempt: boolean,
  ): Promise<void> {
    const message = (err as Error)?.message ?? String(err);
    counters.lastError = message;
    const r = await queue.release(entries, message, countAttempt);
    counters.released += r.released;
    counters.buried += r.buried;
    if (r.buried > 0) logger.warn({ buried: r.buried, err: message }, 'queue entries buried');
  }

  /**
   * Writes entries; on a data error, splits them in halves until the entries
   * that fail are alone, and releases those (they are buried after the
   * queue's max attempts). Returns the entries written (to ack).
   */
  async function writeSplitting(entries: QueueEntry[]): Promise<QueueEntry[]> {
    try {
      await write(entries);
      return entries;
    } catch (err) {
      if (isConnectivityError(err)) throw err;
      if (entries.length === 1) {
        logger.warn(
          { entry: `${entries[0]!.kind}:${entries[0]!.key}`, err: (err as Error).message },
          'entry refused by MySQL',
        );
        await release(entries, err, true);
        return [];
      }
      counters.splits++;
      const half = Math.ceil(entries.length / 2);
      const left = await writeSplitting(entries.slice(0, half));
      const right = await writeSplitting(entries.slice(half));
      return left.concat(right);
    }
  }

  /**
   * One batch: write what was taken, then ack it and take the next batch in
   * one call. Returns the entries still to ack (written but not yet acked)
   * for the next round; on a failure they are acked on their own first.
   */
  async function round(toAck: QueueEntry[]): Promise<QueueEntry[]> {
    const take = [
      options.consumerId,
      options.batchSize,
      options.leaseSeconds,
      options.waitMs / 1000,
      options.minAgeMs / 1000,
    ] as const;
    const entries =
      toAck.length > 0 ? await queue.ackTake(toAck, ...take) : await queue.take(...take);
    if (entries.length === 0) return [];
    let written: QueueEntry[];
    try {
      written = await writeSplitting(entries);
    } catch (err) {
      // MySQL unreachable: give the batch back at once (not after the lease),
      // without counting an attempt: an outage must not bury healthy entries.
      counters.retries++;
      await release(entries, err, false).catch(() => undefined);
      throw err;
    }
    if (written.length > 0) {
      counters.batches++;
      counters.players += written.filter((e) => e.kind === 'p').length;
      counters.events += written.filter((e) => e.kind === 'e').length;
      counters.lastSuccessAt = Date.now();
    }
    return written;
  }

  async function run(): Promise<void> {
    let backoff = options.backoffMinMs;
    let toAck: QueueEntry[] = [];
    while (running) {
      try {
        toAck = await round(toAck);
        backoff = options.backoffMinMs;
      } catch (err) {
        // Written entries whose ack failed come back when their lease runs
        // out and are written again, harmlessly (idempotent writes).
        toAck = [];
        counters.lastError = (err as Error).message;
        logger.warn(
          { err: counters.lastError, backoffMs: backoff },
          'drain round failed; backing off',
        );
        await sleep(backoff, undefined, { signal: wake.signal }).catch(() => undefined);
        backoff = Math.min(backoff * 2, options.backoffMaxMs);
      }
    }
    // Stopping: ack what was written in the last round.
    if (toAck.length > 0) await queue.ack(toAck).catch(() => undefined);
  }

  return {
    start() {
      if (loop) return;
      running = true;
      loop = Promise.all(
        Array.from({ length: Math.max(1, options.concurrency) }, () => run()),
      ).then(() => undefined);
      logger.info({ consumer: options.consumerId, batch: options.batchSize }, 'drainer started');
    },
    stop() {
      if (stopping) return stopping;
      running = false;
      wake.abort();
      stopping = (async () => {
        if (loop) {
          await Promise.race([loop, sleep(options.stopDeadlineMs)]);
        }
        logger.info(counters, 'drainer stopped');
      })();
      return stopping;
    },
    counters() {
      return { ...counters, secondsSinceSuccess: (Date.now() - counters.lastSuccessAt) / 1000 };
    },
  };
}
