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
  /**
   * After a batch short of batchSize (the queue had no more of age), wait
   * this long before the next take, so batches fill: fewer, larger MySQL
   * transactions. MySQL lags by up to this much more. 0 (the default): none.
   */
  fillMs?: number;
  /** Take -> write -> ack lanes running at once (leases keep them apart). */
  concurrency: number;
  backoffMinMs: number;
  backoffMaxMs: number;
  /** On stop: longest wait for the batch in hand. */
  stopDeadlineMs: number;
}

/** The part of the write queue a drainer uses (QueueStore; a fake in unit tests). */
export type DrainQueue = Pick<QueueStore, 'take' | 'ackTake' | 'ack' | 'release'>;

export interface DrainerDeps {
  queue: DrainQueue;
  sink: Sink;
  catalog: Catalog;
  logger: Logger;
  options: DrainerOptions;
  /** Told how long each batch's MySQL write took (metrics). */
  onBatch?: (seconds: number) => void;
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
      // Carried with the save; a row saved before that (or by an older
      // worker) has neither, and the state says.
      const cols =
        p.coins !== undefined && p.level !== undefined
          ? { coins: p.coins, level: p.level }
          : analyticsColumns(p.state, p.xp, catalog);
      players.push({
        id: p.id,
        version: p.version,
        name: p.name,
        coins: cols.coins,
        xp: p.xp,
        level: cols.level,
        lastSeen: p.lastSeen,
        state: p.state,
      });
    } else {
      for (const ev of e.events) events.push(ev);
    }
  }
  return { players, events };
}

/** Rows in a batch as take counts them: a player entry is one, an event group one an event. */
function rowsOf(entries: QueueEntry[]): number {
  let rows = 0;
  for (const e of entries) rows += e.kind === 'p' ? 1 : e.events.length;
  return rows;
}

/**
 * The drain itself: take a batch, write it in one MySQL transaction, ack it
 * with the next take. A batch MySQL refuses for its data is split until the
 * bad entry is alone (it is released, and buried after the queue's max
 * attempts); MySQL unreachable gives the batch back at once without
 * counting an attempt, and the loop backs off.
 */
class DrainLoop {
  readonly counters: DrainerCounters = {
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
  running = false;
  readonly wake = new AbortController();

  constructor(private readonly deps: DrainerDeps) {}

  private async release(entries: QueueEntry[], err: unknown, countAttempt: boolean): Promise<void> {
    const message = (err as Error)?.message ?? String(err);
    this.counters.lastError = message;
    const r = await this.deps.queue.release(entries, message, countAttempt);
    this.counters.released += r.released;
    this.counters.buried += r.buried;
    if (r.buried > 0)
      this.deps.logger.warn({ buried: r.buried, err: message }, 'queue entries buried');
  }

  /** Writes entries, splitting on a data error; returns the entries written (to ack). */
  private async writeSplitting(entries: QueueEntry[]): Promise<QueueEntry[]> {
    try {
      const { players, events } = toRows(entries, this.deps.catalog);
      await this.deps.sink.write(players, events);
      return entries;
    } catch (err) {
      if (isConnectivityError(err)) throw err;
      if (entries.length === 1) {
        this.deps.logger.warn(
          { entry: `${entries[0]!.kind}:${entries[0]!.key}`, err: (err as Error).message },
          'entry refused by MySQL',
        );
        await this.release(entries, err, true);
        return [];
      }
      this.counters.splits++;
      const half = Math.ceil(entries.length / 2);
      const left = await this.writeSplitting(entries.slice(0, half));
      const right = await this.writeSplitting(entries.slice(half));
      return left.concat(right);
    }
  }

  /**
   * One batch: ack what the last round wrote and take the next batch in one
   * call, write it, and return what it wrote (acked by the next round) and
   * whether the batch was short of batchSize (the queue had no more of age).
   * Per lane: the lanes of a drainer run rounds at once.
   */
  private async round(toAck: QueueEntry[]): Promise<{ written: QueueEntry[]; short: boolean }> {
    const o = this.deps.options;
    const take = [
      o.consumerId,
      o.batchSize,
      o.leaseSeconds,
      o.waitMs / 1000,
      o.minAgeMs / 1000,
    ] as const;
    const { queue } = this.deps;
    const entries =
      toAck.length > 0 ? await queue.ackTake(toAck, ...take) : await queue.take(...take);
    if (entries.length === 0) return { written: [], short: false };
    let written: QueueEntry[];
    const t0 = performance.now();
    try {
      written = await this.writeSplitting(entries);
      this.deps.onBatch?.((performance.now() - t0) / 1000);
    } catch (err) {
      // MySQL unreachable: give the batch back at once (not after the lease),
      // without counting an attempt: an outage must not bury healthy entries.
      this.counters.retries++;
      await this.release(entries, err, false).catch(() => undefined);
      throw err;
    }
    if (written.length > 0) {
      this.counters.batches++;
      this.counters.players += written.filter((e) => e.kind === 'p').length;
      for (const e of written) if (e.kind === 'e') this.counters.events += e.events.length;
      this.counters.lastSuccessAt = Date.now();
    }
    return { written, short: rowsOf(entries) < o.batchSize };
  }

  /** Sleeps, or less if stop() comes first. */
  private pause(ms: number): Promise<void> {
    return sleep(ms, undefined, { signal: this.wake.signal }).catch(() => undefined);
  }

  /** Rounds until stopped; a failed round is logged and retried with backoff. */
  async run(): Promise<void> {
    const o = this.deps.options;
    let backoff = o.backoffMinMs;
    let toAck: QueueEntry[] = [];
    while (this.running) {
      try {
        const { written, short } = await this.round(toAck);
        toAck = written;
        backoff = o.backoffMinMs;
        if (short && o.fillMs) await this.pause(o.fillMs);
      } catch (err) {
        // Written entries whose ack failed come back when their lease runs
        // out and are written again, harmlessly (idempotent writes).
        toAck = [];
        this.counters.lastError = (err as Error).message;
        this.deps.logger.warn(
          { err: this.counters.lastError, backoffMs: backoff },
          'drain round failed; backing off',
        );
        await this.pause(backoff);
        backoff = Math.min(backoff * 2, o.backoffMaxMs);
      }
    }
    // Stopping: ack what was written in the last round.
    if (toAck.length > 0) await this.deps.queue.ack(toAck).catch(() => undefined);
  }
}

export function createDrainer(deps: DrainerDeps): Drainer {
  const { logger, options } = deps;
  const drain = new DrainLoop(deps);
  let loop: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;
  return {
    start() {
      if (loop) return;
      drain.running = true;
      const lanes = Array.from({ length: Math.max(1, options.concurrency) }, () => drain.run());
      loop = Promise.all(lanes).then(() => undefined);
      logger.info({ consumer: options.consumerId, batch: options.batchSize }, 'drainer started');
    },
    stop() {
      if (stopping) return stopping;
      drain.running = false;
      drain.wake.abort();
      stopping = (async () => {
        if (loop) await Promise.race([loop, sleep(options.stopDeadlineMs)]);
        logger.info(drain.counters, 'drainer stopped');
      })();
      return stopping;
    },
    counters() {
      const c = drain.counters;
      return { ...c, secondsSinceSuccess: (Date.now() - c.lastSuccessAt) / 1000 };
    },
  };
}
