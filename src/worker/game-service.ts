import { verifyToken } from '../auth/token';
import { type ErrorCode, StoreError } from '../errors';
import { type Catalog, levelOf } from '../game/catalog';
import { type Farm, newFarm, parseFarm, serializeFarm } from '../game/farm';
import {
  apply,
  type Change,
  checkChat,
  checkVisit,
  type Command,
  isPlayerId,
  type ReceivedGift,
} from '../game/rules';
import type { Logger } from '../log/logger';
import { parseBoundedJson } from '../protocol/json-bounds';
import type { Body, Envelope } from '../protocol/messages';
import type { GameStore, InboxItem, MailMessage, StoredPlayer } from '../store/game-store';
import type { PlayerArchive } from '../store/mysql/players';
import type { Connection, ConnectionHandler } from './connection';
import { bump, type WorkerCounters } from './counters';
import { plotsView, stateView } from './views';

/**
 * The game side of a worker: logins, commands, commits and the mailbox.
 * Every change is committed to Tarantool (GameStore.save) before the client
 * hears about it; a save whose outcome is unknown is reconciled by reading
 * the stored version, never retried blindly.
 */

export interface GameServiceDeps {
  store: GameStore;
  archive: PlayerArchive;
  catalog: () => Catalog;
  logger: Logger;
  counters: WorkerCounters;
  workerId: string;
  tokenSecret: string;
  idleTimeoutMs: number;
  /** Server clock, ms. */
  clock: () => number;
}

interface PlayerSession {
  playerId: number;
  epoch: number;
  version: number;
  farm: Farm;
  conn: Connection;
  kicked: boolean;
}

type CommitResult =
  { ok: true } | { ok: false; code: ErrorCode; message: string; retryable: boolean };

export class GameService implements ConnectionHandler {
  readonly sessions = new Map<number, PlayerSession>();
  stopping = false;
  /** Tarantool's memory is near its quota: new logins wait (the worker polls it). */
  memoryAlarm = false;
  /** Releases in flight: a stopping worker waits for them before closing Tarantool. */
  private readonly releases = new Set<Promise<unknown>>();

  constructor(private readonly deps: GameServiceDeps) {}

  private sessionOf(conn: Connection): PlayerSession | undefined {
    const s = this.sessions.get(conn.playerId);
    return s && s.conn === conn ? s : undefined;
  }

  async handle(conn: Connection, env: Envelope & { body?: Body }): Promise<void> {
    const seq = env.seq ?? 0;
    bump(this.deps.counters.commands, env.body ?? 'none');
    if (env.body === 'login') return this.login(conn, seq, env.login?.token ?? '');
    const s = this.sessionOf(conn);
    if (!s) return;
    if (this.stopping)
      return conn.sendError(seq, 'SHUTTING_DOWN', 'the worker is stopping; reconnect', true);
    try {
      await this.command(s, seq, env);
    } catch (err) {
      if (err instanceof StoreError) {
        return conn.sendError(seq, 'RETRY_LATER', `store: ${err.message}`, true);
      }
      // Anything else is a bug: the connection's error boundary logs it and
      // closes this connection (its session may be half-way through).
      throw err;
    }
  }

  private async command(
    s: PlayerSession,
    seq: number,
    env: Envelope & { body?: Body },
  ): Promise<void> {
    const { conn } = s;
    switch (env.body) {
      case 'getState':
        return conn.send({ seq, state: this.view(s) });
      case 'plant':
        return this.mutate(s, seq, {
          type: 'plant',
          plot: env.plant?.plot ?? 0,
          crop: env.plant?.crop ?? '',
        });
      case 'harvest':
        return this.mutate(s, seq, { type: 'harvest', plot: env.harvest?.plot ?? 0 });
      case 'sell':
        return this.mutate(s, seq, {
          type: 'sell',
          item: env.sell?.item ?? '',
          qty: env.sell?.qty ?? 0,
        });
      case 'addFriend': {
        const id = env.addFriend?.playerId ?? 0;
        if (
          isPlayerId(id) &&
          id !== s.playerId &&
          !s.farm.friends.includes(id) &&
          !(await this.exists(id))
        ) {
          return conn.sendError(seq, 'UNKNOWN_PLAYER', `no player ${id}`);
        }
        return this.mutate(s, seq, { type: 'addFriend', playerId: id });
      }
      case 'removeFriend':
        return this.mutate(s, seq, {
          type: 'removeFriend',
          playerId: env.removeFriend?.playerId ?? 0,
        });
      case 'sendGift': {
        const g = env.sendGift;
        return this.mutate(s, seq, {
          type: 'sendGift',
          to: g?.to ?? 0,
          item: g?.item ?? '',
          qty: g?.qty ?? 0,
        });
      }
      case 'visitFriend': {
        const id = env.visitFriend?.playerId ?? 0;
        const refused = checkVisit(s.farm, id);
        if (refused && !refused.ok) return conn.sendError(seq, refused.code, refused.message);
        const friend = await this.lookup(id);
        if (!friend) return conn.sendError(seq, 'UNKNOWN_PLAYER', `no player ${id}`);
        const catalog = this.deps.catalog();
        const farm = parseFarm(friend.data, catalog);
        return conn.send({
          seq,
          friendFarm: {
            id,
            name: farm.name,
            level: levelOf(catalog, farm.xp),
            plots: plotsView(farm, catalog),
            plotCount: farm.plots.length,
          },
        });
      }
      case 'chat': {
        const to = env.chat?.to ?? 0;
        const text = env.chat?.text ?? '';
        const refused = checkChat(s.farm, to, text, this.deps.catalog());
        if (refused && !refused.ok) return conn.sendError(seq, refused.code, refused.message);
        const payload = JSON.stringify({ from: s.playerId, text, sentAt: this.deps.clock() });
        const delivered = await this.deps.store.send(to, 'chat', payload);
        if (!delivered) return conn.sendError(seq, 'NOT_ONLINE', `player ${to} is not online`);
        return conn.send({ seq, ok: {} });
      }
      case 'top': {
        const n = Math.min(Math.max(env.top?.n ?? 10, 1), 100);
        const entries = await this.deps.store.top(n);
        return conn.send({ seq, topResult: { entries } });
      }
      case 'logout':
        conn.send({ seq, ok: {} });
        conn.close();
        return;
      default:
        conn.sendError(
          seq,
          'UNKNOWN_COMMAND',
          `a client cannot send ${env.body ?? 'an empty envelope'}`,
        );
    }
  }

  private view(s: PlayerSession) {
    return stateView(s.playerId, s.version, s.farm, this.deps.catalog());
  }

  /** The stored player: Tarantool first, then MySQL. Throws when either is unreachable. */
  private async lookup(id: number): Promise<StoredPlayer | null> {
    const hot = await this.deps.store.get(id);
    if (hot) return hot;
    const cold = await this.deps.archive.load(id);
    return cold.found ? cold.player : null;
  }

  private async exists(id: number): Promise<boolean> {
    return (await this.lookup(id)) !== null;
  }

  private async mutate(s: PlayerSession, seq: number, cmd: Command): Promise<void> {
    const r = apply(s.farm, cmd, {
      catalog: this.deps.catalog(),
      playerId: s.playerId,
      now: this.deps.clock(),
    });
    if (!r.ok) return s.conn.sendError(seq, r.code, r.message);
    const result = await this.commit(s, r.change);
    if (result.ok) s.conn.send({ seq, state: this.view(s) });
    else if (!s.conn.isClosing)
      s.conn.sendError(seq, result.code, result.message, result.retryable);
  }

  /**
   * Commits a change as version + 1 and adopts it only once Tarantool said
   * so. Fenced: this session lost the player (kick). Outcome unknown: read
   * the stored version to learn whether it committed.
   */
  private async commit(s: PlayerSession, change: Change): Promise<CommitResult> {
    const version = s.version + 1;
    const farm = change.farm;
    try {
      await this.deps.store.save({
        playerId: s.playerId,
        epoch: s.epoch,
        version,
        state: {
          name: farm.name,
          xp: farm.xp,
          lastSeen: this.deps.clock(),
          data: serializeFarm(farm),
        },
        events: change.events,
        gifts: change.gifts,
        inboxAcks: change.inboxAcks,
      });
      s.version = version;
      s.farm = farm;
      return { ok: true };
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      if (err.code === 'FENCED') {
        this.kick(s, 'this player logged in elsewhere');
        return { ok: false, code: 'SHUTTING_DOWN', message: 'session replaced', retryable: false };
      }
      if (err.outcomeUnknown) return this.reconcile(s, version, farm);
      if (err.retryable)
        return { ok: false, code: 'RETRY_LATER', message: err.message, retryable: true };
      // VERSION_CONFLICT or INBOX_GONE: this session's copy is not what the
      // store holds. Drop the session; the client's next login reloads it.
      this.deps.logger.warn(
        { err: err.message, player: s.playerId },
        'session out of step with the store',
      );
      s.conn.fail('RETRY_LATER', 'session out of step; log in again');
      return { ok: false, code: 'RETRY_LATER', message: err.message, retryable: true };
    }
  }

  private async reconcile(s: PlayerSession, version: number, farm: Farm): Promise<CommitResult> {
    let stored: StoredPlayer | null;
    try {
      stored = await this.deps.store.get(s.playerId);
    } catch {
      // We cannot know whether it committed: this session cannot go on.
      s.conn.fail('RETRY_LATER', 'store unreachable; log in again');
      return { ok: false, code: 'RETRY_LATER', message: 'store unreachable', retryable: true };
    }
    if (stored?.version === version) {
      s.version = version;
      s.farm = farm;
      return { ok: true };
    }
    if ((stored?.version ?? 0) === s.version) {
      return {
        ok: false,
        code: 'RETRY_LATER',
        message: 'not committed (store timeout)',
        retryable: true,
      };
    }
    s.conn.fail('RETRY_LATER', 'session out of step; log in again');
    return { ok: false, code: 'RETRY_LATER', message: 'session out of step', retryable: true };
  }

  private async login(conn: Connection, seq: number, token: string): Promise<void> {
    if (conn.playerId) return conn.sendError(seq, 'ALREADY_LOGGED_IN', 'already logged in');
    if (this.stopping) return conn.fail('SHUTTING_DOWN', 'the worker is stopping; reconnect');
    if (this.memoryAlarm) {
      // Refuse new work before the store is full, rather than fail saves
      // of players already playing.
      return conn.fail('RETRY_LATER', 'the store is near its memory quota; try again later');
    }
    const t = verifyToken(this.deps.tokenSecret, token, Math.floor(this.deps.clock() / 1000));
    if (!t.ok) return conn.fail('AUTH_FAILED', t.reason);
    const id = t.playerId;
    let claim;
    try {
      claim = await this.deps.store.claim(id, this.deps.workerId);
    } catch (err) {
      return conn.fail('RETRY_LATER', `store: ${(err as Error).message}`);
    }
    const catalog = this.deps.catalog();
    const s: PlayerSession = {
      playerId: id,
      epoch: claim.epoch,
      version: 0,
      farm: newFarm(catalog, id),
      conn,
      kicked: false,
    };
    try {
      if (conn.isClosing) throw new Error('client left during login');
      if (claim.player) {
        s.farm = parseFarm(claim.player.data, catalog);
        s.version = claim.player.version;
      } else {
        const cold = await this.deps.archive.load(id);
        if (cold.found) {
          const p = cold.player;
          await this.deps.store.restore(id, claim.epoch, p.version, {
            name: p.name,
            xp: p.xp,
            lastSeen: p.lastSeen,
            data: p.data,
          });
          s.farm = parseFarm(p.data, catalog);
          s.version = p.version;
        } else {
          // MySQL answered that there is no such player: a new one.
          const created = await this.commit(s, {
            farm: s.farm,
            events: [{ type: 'player_created', payload: '{}' }],
            gifts: [],
            inboxAcks: [],
          });
          if (!created.ok) throw new Error(created.message);
        }
      }
    } catch (err) {
      this.deps.store.release(id, claim.epoch).catch(() => undefined);
      const message = err instanceof Error ? err.message : String(err);
      this.deps.logger.warn({ player: id, err: message }, 'login failed');
      return conn.fail('RETRY_LATER', `login failed: ${message}`);
    }
    const old = this.sessions.get(id);
    if (old && old.epoch < s.epoch) this.kick(old, 'this player logged in again');
    this.sessions.set(id, s);
    conn.loggedIn(id);
    this.deps.counters.logins++;
    if (claim.inbox.length > 0) await this.applyInbox(s, claim.inbox, false);
    conn.send({
      seq,
      loginOk: { playerId: id, state: this.view(s), idleTimeoutMs: this.deps.idleTimeoutMs },
    });
  }

  private kick(s: PlayerSession, reason: string): void {
    if (s.kicked) return;
    s.kicked = true;
    this.deps.counters.kicks++;
    if (this.sessions.get(s.playerId) === s) this.sessions.delete(s.playerId);
    s.conn.send({ seq: 0, kicked: { reason } });
    s.conn.close();
  }

  /** Credits pending gifts with a save that deletes their inbox rows (exactly once). */
  private async applyInbox(s: PlayerSession, items: InboxItem[], push: boolean): Promise<void> {
    const gifts: ReceivedGift[] = items.map((i) => {
      let item = '';
      let qty = 0;
      // Malformed: acknowledged, credits nothing.
      const parsed = parseBoundedJson(i.payload);
      const p = (parsed.ok && typeof parsed.value === 'object' ? parsed.value : null) as {
        item?: unknown;
        qty?: unknown;
      } | null;
      if (typeof p?.item === 'string') item = p.item;
      if (typeof p?.qty === 'number') qty = p.qty;
      return { inboxId: i.id, from: i.fromId, item, qty };
    });
    const r = apply(
      s.farm,
      { type: 'receiveGifts', gifts },
      { catalog: this.deps.catalog(), playerId: s.playerId, now: this.deps.clock() },
    );
    if (!r.ok) return;
    const result = await this.commit(s, r.change);
    if (!result.ok || !push) return;
    const state = this.view(s);
    for (const g of gifts) {
      if (g.qty > 0)
        s.conn.send({ seq: 0, giftReceived: { from: g.from, item: g.item, qty: g.qty, state } });
    }
  }

  /** A message from this worker's mailbox. */
  deliver(m: MailMessage): void {
    const s = this.sessions.get(m.playerId);
    if (!s) return;
    const parsed = parseBoundedJson(m.payload);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return;
    const payload = parsed.value as Record<string, unknown>;
    switch (m.kind) {
      case 'kick':
        if (typeof payload.epoch === 'number' && s.epoch < payload.epoch)
          this.kick(s, 'this player logged in elsewhere');
        return;
      case 'chat':
        s.conn.send({
          seq: 0,
          chatReceived: {
            from: Number(payload.from) || 0,
            text: String(payload.text ?? ''),
            sentAt: Number(payload.sentAt) || 0,
          },
        });
        return;
      case 'gift':
        s.conn.run(async () => {
          const items = await this.deps.store.inbox(s.playerId);
          if (items.length > 0) await this.applyInbox(s, items, true);
        });
        return;
    }
  }

  closed(conn: Connection): void {
    const s = this.sessionOf(conn);
    if (!s) return;
    this.sessions.delete(s.playerId);
    if (!s.kicked) {
      const release = this.deps.store
        .release(s.playerId, s.epoch)
        .catch((err: Error) => {
          this.deps.logger.warn({ player: s.playerId, err: err.message }, 'release failed');
        })
        .finally(() => this.releases.delete(release));
      this.releases.add(release);
    }
  }

  /** Resolves when every release started so far has answered (or failed). */
  async releasesDone(): Promise<void> {
    await Promise.allSettled([...this.releases]);
  }
}
