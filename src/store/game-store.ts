import { assertId, int, list, num, obj, type Raw, str } from './decode';
import { procedureError, procedureResult } from './store-errors';
import type { TarantoolClient } from './tarantool-client';

/** The worker's view of the Tarantool procedures in lua/gameserver/players.lua and mail.lua. */

export interface StoredPlayer {
  id: number;
  version: number;
  name: string;
  xp: number;
  lastSeen: number;
  /** The stored farm: JSON text the worker wrote, opaque to the store (Tarantool field and MySQL column `state`). */
  state: string;
  /** The farm's coins and level as the worker saved them; absent in rows saved before they were carried. */
  coins?: number;
  level?: number;
}

export interface InboxItem {
  id: number;
  fromId: number;
  kind: string;
  payload: string;
  created: number;
}

export interface ClaimResult {
  epoch: number;
  previousWorker: string | null;
  player: StoredPlayer | null;
  inbox: InboxItem[];
}

/** A player row's fields, as a save or a restore writes them. */
export interface PlayerRowFields {
  name: string;
  xp: number;
  lastSeen: number;
  /** The stored farm, JSON text. */
  state: string;
  /**
   * The MySQL row's analytics columns, carried so the drainer need not parse
   * the state: both or neither (then the drainer reads them from the state).
   */
  coins?: number;
  level?: number;
}

function rowArg(r: PlayerRowFields): Raw {
  const row: Raw = { name: r.name, xp: r.xp, last_seen: r.lastSeen, state: r.state };
  if (r.coins !== undefined && r.level !== undefined) {
    row.coins = r.coins;
    row.level = r.level;
  }
  return row;
}

export interface SaveRequest {
  playerId: number;
  epoch: number;
  /** Must be the stored version + 1. */
  version: number;
  row: PlayerRowFields;
  events?: Array<{ type: string; payload: string }>;
  gifts?: Array<{ to: number; kind: string; payload: string }>;
  /** Inbox items this save applied; they are deleted in the same transaction. */
  inboxAcks?: number[];
}

export interface MailMessage {
  id: number;
  playerId: number;
  kind: string;
  payload: string;
}

export interface TopEntry {
  id: number;
  name: string;
  xp: number;
}

export interface GameStoreOptions {
  /** Most saves in one gs.save_batch call. */
  maxBatch?: number;
  /**
   * Most gs.save_batch calls awaiting their answer at once (default:
   * unbounded). Saves made while that many are out wait for the next
   * answer and leave together, so batches grow with the load.
   */
  maxBatchesInFlight?: number;
  /**
   * How long the first save of a batch waits for others to join it, in ms
   * (default 0: until the end of the current turn of the event loop).
   * Tarantool pays per call as much as per save: fuller calls cost it less
   * a save, for up to this much more latency.
   */
  lingerMs?: number;
}

function player(raw: unknown): StoredPlayer | null {
  if (raw === null || raw === undefined) return null;
  const p = obj(raw, 'player');
  return {
    id: int(p.id, 'player.id'),
    version: int(p.version, 'player.version'),
    name: str(p.name, 'player.name'),
    xp: int(p.xp, 'player.xp'),
    lastSeen: num(p.last_seen, 'player.last_seen'),
    state: str(p.state, 'player.state'),
    ...columnsOf(p.coins, p.level),
  };
}

/**
 * coins and level of a stored row when it has both as whole numbers >= 0;
 * otherwise neither (rows saved before they were carried), and the drainer
 * reads them from the state.
 */
export function columnsOf(coins: unknown, level: unknown): { coins?: number; level?: number } {
  const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  return count(coins) && count(level) ? { coins: coins as number, level: level as number } : {};
}

function inboxItem(raw: unknown): InboxItem {
  const i = obj(raw, 'inbox item');
  return {
    id: int(i.id, 'inbox.id'),
    fromId: int(i.from_id, 'inbox.from_id'),
    kind: str(i.kind, 'inbox.kind'),
    payload: str(i.payload, 'inbox.payload'),
    created: num(i.created, 'inbox.created'),
  };
}

/**
 * A save as gs.save_batch takes it from workers: positional, {player_id,
 * epoch, version, name, xp, last_seen, state, events, gifts, inbox_acks,
 * coins, level}, events flat (type, payload, ...), gifts and inbox_acks nil
 * when empty, coins and level left out when not known: fewer tables for
 * Tarantool to build and collect (lua/gameserver/players.lua).
 */
function saveArg(s: SaveRequest): unknown[] {
  assertId(s.playerId, 'playerId');
  assertId(s.epoch, 'epoch');
  assertId(s.version, 'version');
  for (const g of s.gifts ?? []) assertId(g.to, 'gift.to');
  for (const id of s.inboxAcks ?? []) assertId(id, 'inbox ack');
  const events: string[] = [];
  for (const e of s.events ?? []) events.push(e.type, e.payload);
  const r = s.row;
  const arg: unknown[] = [
    s.playerId,
    s.epoch,
    s.version,
    r.name,
    r.xp,
    r.lastSeen,
    r.state,
    events,
    s.gifts?.length ? s.gifts : null,
    s.inboxAcks?.length ? s.inboxAcks : null,
  ];
  if (r.coins !== undefined && r.level !== undefined) arg.push(r.coins, r.level);
  return arg;
}

interface PendingSave {
  arg: unknown[];
  resolve: (version: number) => void;
  reject: (err: Error) => void;
}

/** The procedures a worker's session layer calls (GameStore; a fake in unit tests). */
export type SessionStore = Pick<
  GameStore,
  'claim' | 'restore' | 'save' | 'release' | 'get' | 'inbox' | 'top' | 'send' | 'presence'
>;

export class GameStore {
  private readonly maxBatch: number;
  private queue: PendingSave[] = [];
  private scheduled = false;
  private readonly maxInFlight: number;
  private readonly lingerMs: number;
  private inFlight = 0;
  private readonly flushNow = (): void => this.flush();
  readonly counters = { saveBatches: 0, saves: 0 };

  constructor(
    private readonly client: TarantoolClient,
    options: GameStoreOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxInFlight = options.maxBatchesInFlight ?? Infinity;
    this.lingerMs = options.lingerMs ?? 0;
  }

  async ping(): Promise<void> {
    await this.client.proc('gs.ping', []);
  }

  async claim(playerId: number, worker: string): Promise<ClaimResult> {
    assertId(playerId, 'playerId');
    const r = obj(await this.client.proc('gs.claim', [playerId, worker]), 'claim');
    return {
      epoch: int(r.epoch, 'claim.epoch'),
      previousWorker:
        r.previous === undefined || r.previous === null ? null : str(r.previous, 'previous'),
      player: player(r.player),
      inbox: list(r.inbox ?? [], 'claim.inbox').map(inboxItem),
    };
  }

  /** Puts a player loaded from MySQL into Tarantool; PLAYER_EXISTS if it is there already. */
  async restore(
    playerId: number,
    epoch: number,
    version: number,
    row: PlayerRowFields,
  ): Promise<void> {
    assertId(playerId, 'playerId');
    await this.client.proc('gs.restore', [playerId, epoch, version, rowArg(row)]);
  }

  /**
   * Commits one player's change. Saves made in the same tick (or within
   * `lingerMs` of the first) by any number of players travel together in
   * one gs.save_batch call (one WAL write);
   * each resolves or rejects on its own: FENCED, VERSION_CONFLICT,
   * INBOX_GONE, or STORE_TIMEOUT/STORE_DISCONNECTED (outcome unknown).
   */
  save(request: SaveRequest): Promise<number> {
    let arg: unknown[];
    try {
      arg = saveArg(request);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ arg, resolve, reject });
      if (this.queue.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        if (this.lingerMs > 0) setTimeout(this.flushNow, this.lingerMs);
        else setImmediate(this.flushNow);
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.counters.saveBatches++;
      this.counters.saves += batch.length;
      this.inFlight++;
      const done = (): void => {
        this.inFlight--;
        if (this.queue.length > 0 && !this.scheduled) this.flush();
      };
      this.client.call('gs.save_batch', [batch.map((p) => p.arg)]).then(
        (result) => {
          done();
          let results: unknown[];
          try {
            results = list(procedureResult('gs.save_batch', result), 'save_batch results');
          } catch (err) {
            for (const p of batch) p.reject(err as Error);
            return;
          }
          batch.forEach((p, i) => {
            // A version, or {error} for a save refused.
            const r = results[i];
            if (typeof r === 'number' && Number.isSafeInteger(r)) return p.resolve(r);
            try {
              p.reject(procedureError('gs.save', obj(r, 'save result').error));
            } catch (err) {
              p.reject(err as Error);
            }
          });
        },
        (err: Error) => {
          done();
          for (const p of batch) p.reject(err);
        },
      );
    }
  }

  /** Logout: true when this epoch still held the player. */
  async release(playerId: number, epoch: number): Promise<boolean> {
    assertId(playerId, 'playerId');
    return (await this.client.proc('gs.release', [playerId, epoch])) === true;
  }

  /** The master, when a worker died: frees its players; returns how many. */
  async workerGone(worker: string): Promise<number> {
    return int(await this.client.proc('gs.worker_gone', [worker]), 'count');
  }

  async get(playerId: number): Promise<StoredPlayer | null> {
    assertId(playerId, 'playerId');
    return player(await this.client.proc('gs.get', [playerId]));
  }

  async inbox(playerId: number): Promise<InboxItem[]> {
    assertId(playerId, 'playerId');
    return list(await this.client.proc('gs.inbox', [playerId]), 'inbox').map(inboxItem);
  }

  async top(n: number): Promise<TopEntry[]> {
    return list(await this.client.proc('gs.top', [n]), 'top').map((raw) => {
      const t = obj(raw, 'top entry');
      return { id: int(t.id, 'top.id'), name: str(t.name, 'top.name'), xp: int(t.xp, 'top.xp') };
    });
  }

  /**
   * Which of `friends` are online now and list `playerId` as a friend too:
   * Tarantool answers for mutual friends only.
   */
  async presence(playerId: number, friends: number[]): Promise<number[]> {
    assertId(playerId, 'playerId');
    const r = list(await this.client.proc('gs.presence', [playerId, friends]), 'presence');
    return r.map((id) => int(id, 'presence id'));
  }

  /** Sends to an online player's worker; false when offline (chat is dropped). */
  async send(to: number, kind: string, payload: string, ttlSeconds?: number): Promise<boolean> {
    assertId(to, 'to');
    const args: unknown[] = [to, kind, payload];
    if (ttlSeconds !== undefined) args.push(ttlSeconds);
    const r = obj(await this.client.proc('gs.send', args), 'send');
    return r.delivered === true;
  }

  /** Long-polls this worker's mailbox for up to waitSeconds. */
  async poll(worker: string, max: number, waitSeconds: number): Promise<MailMessage[]> {
    const timeoutMs = waitSeconds * 1000 + this.client.callTimeoutMs;
    const r = await this.client.proc('gs.poll', [worker, max, waitSeconds], timeoutMs);
    return list(r, 'poll').map((raw) => {
      const m = obj(raw, 'message');
      return {
        id: int(m.id, 'message.id'),
        playerId: int(m.player_id, 'message.player_id'),
        kind: str(m.kind, 'message.kind'),
        payload: str(m.payload, 'message.payload'),
      };
    });
  }

  /** memtx use against its quota, and whether it passed the alarm ratio. */
  async memory(): Promise<{ ratio: number; alarm: boolean }> {
    const r = obj(await this.client.proc('gs.memory', []), 'memory');
    return { ratio: Number(r.ratio ?? 0), alarm: r.alarm === true };
  }

  async stats(): Promise<Raw> {
    return obj(await this.client.proc('gs.stats', []), 'stats');
  }
}
