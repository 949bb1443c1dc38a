import { verifyToken } from '../auth/token';
import { StoreError } from '../errors';
import type { Catalog } from '../game/catalog';
import { type Farm, newFarm, parseFarm } from '../game/farm';
import type { Notice } from '../game/outcome';
import { apply, type Command, type InboxEntry, settleFriends } from '../game/rules';
import { changeView, stateView } from '../game/views';
import type { Logger } from '../log/logger';
import { parseBoundedJson } from '../protocol/json-bounds';
import type { Body, Envelope } from '../protocol/messages';
import type { InboxItem, MailMessage, SessionStore, StoredPlayer } from '../store/game-store';
import type { PlayerArchive } from '../store/mysql/players';
import { COMMANDS, type CommandPorts, isRefusal } from './commands';
import { commit, type CommitDeps, type CommitOutcome } from './commit';
import type { Connection, ConnectionHandler } from './connection';
import { bump, type WorkerCounters } from './counters';
import type { PlayerSession } from './player-session';

/**
 * The session layer of a worker: logins, the command table, commits and
 * the mailbox, the same for every transport. Every change is committed to
 * Tarantool (GameStore.save) before the client hears about it; a save whose
 * outcome is unknown is reconciled by reading the stored version, never
 * retried blindly (commit.ts).
 */

export interface GameServiceDeps {
  store: SessionStore;
  archive: Pick<PlayerArchive, 'load'>;
  catalog: () => Catalog;
  logger: Logger;
  counters: WorkerCounters;
  workerId: string;
  tokenSecret: string;
  idleTimeoutMs: number;
  /** Server clock, ms. */
  clock: () => number;
  /** Told how long each command took, by type (metrics). */
  observe?: (command: string, seconds: number) => void;
}

type Request = Envelope & { body?: Body };

export class GameService implements ConnectionHandler {
  private readonly sessions = new Map<number, PlayerSession>();
  private stopping = false;
  /** Tarantool's memory is near its quota: new logins wait (the worker polls it). */
  private memoryAlarm = false;
  /** Releases in flight: a stopping worker waits for them before closing Tarantool. */
  private readonly releases = new Set<Promise<unknown>>();
  private readonly ports: CommandPorts;
  private readonly commitDeps: CommitDeps;

  constructor(private readonly deps: GameServiceDeps) {
    this.commitDeps = {
      store: deps.store,
      counters: deps.counters,
      logger: deps.logger,
      clock: deps.clock,
      catalog: deps.catalog,
      kick: (s, reason) => this.kick(s, reason),
    };
    this.ports = {
      catalog: deps.catalog,
      clock: deps.clock,
      store: deps.store,
      mutate: (s, seq, cmd) => this.mutate(s, seq, cmd),
      stateOf: (s) => this.view(s),
      lookup: (id) => this.lookup(id),
    };
  }

  /** Players logged in on this worker. */
  get online(): number {
    return this.sessions.size;
  }

  get storeMemoryAlarm(): boolean {
    return this.memoryAlarm;
  }

  /** Refuses new logins while Tarantool's memory is near its quota; true when it changed. */
  setMemoryAlarm(on: boolean): boolean {
    const changed = on !== this.memoryAlarm;
    this.memoryAlarm = on;
    return changed;
  }

  /** From now on, logins and commands are refused with SHUTTING_DOWN. */
  beginStop(): void {
    this.stopping = true;
  }

  private sessionOf(conn: Connection): PlayerSession | undefined {
    const s = this.sessions.get(conn.playerId);
    return s && s.conn === conn ? s : undefined;
  }

  async handle(conn: Connection, env: Request): Promise<void> {
    const seq = env.seq ?? 0;
    bump(this.deps.counters.commands, env.body ?? 'none');
    if (env.body === 'login')
      return this.login(conn, seq, env.login?.token ?? '', env.login?.stateChanges === true);
    const s = this.sessionOf(conn);
    if (!s) return;
    if (this.stopping)
      return conn.sendError(seq, 'SHUTTING_DOWN', 'the worker is stopping; reconnect', true);
    const command = env.body ? COMMANDS[env.body] : undefined;
    if (!command)
      return conn.sendError(
        seq,
        'UNKNOWN_COMMAND',
        `a client cannot send ${env.body ?? 'an empty envelope'}`,
      );
    const t0 = performance.now();
    try {
      const value = command.validate(env, s, this.ruleContext(s));
      if (isRefusal(value)) return conn.sendError(seq, value.code, value.message);
      await command.handle(s, seq, value, this.ports);
    } catch (err) {
      // Anything but a store failure is a bug: the connection's error
      // boundary logs it and closes this connection.
      if (!(err instanceof StoreError)) throw err;
      conn.sendError(seq, 'RETRY_LATER', `store: ${err.message}`, true);
    } finally {
      this.deps.observe?.(env.body!, (performance.now() - t0) / 1000);
    }
  }

  private view(s: PlayerSession) {
    s.shownVersion = s.version;
    return stateView(s.playerId, s.version, s.farm, this.deps.catalog());
  }

  /** The stored player: Tarantool first, then MySQL. Throws when either is unreachable. */
  private async lookup(id: number): Promise<StoredPlayer | null> {
    const hot = await this.deps.store.get(id);
    if (hot) return hot;
    const cold = await this.deps.archive.load(id);
    return cold.found ? cold.player : null;
  }

  private async mutate(s: PlayerSession, seq: number, cmd: Command): Promise<void> {
    const r = apply(s.farm, cmd, this.ruleContext(s));
    if (!r.ok) return s.conn.sendError(seq, r.code, r.message);
    const before = s.farm;
    const shownBefore = s.shownVersion === s.version;
    this.answer(s, seq, await commit(s, r.change, this.commitDeps), shownBefore ? before : null);
  }

  /**
   * A committed change: what changed, to a client that asked for changes
   * and was shown the state before it (`before`, else null); otherwise the
   * whole state.
   */
  private answer(s: PlayerSession, seq: number, outcome: CommitOutcome, before: Farm | null): void {
    if (outcome.kind === 'refused')
      return s.conn.sendError(seq, outcome.code, outcome.message, outcome.retryable);
    if (outcome.kind !== 'committed') return;
    const change =
      s.stateChanges && before ? changeView(before, s.farm, s.version, this.deps.catalog()) : null;
    if (!change) return s.conn.send({ seq, state: this.view(s) });
    s.shownVersion = s.version;
    s.conn.send({ seq, stateChange: change });
  }

  private ruleContext(s: PlayerSession) {
    return { catalog: this.deps.catalog(), playerId: s.playerId, now: this.deps.clock() };
  }

  private async login(
    conn: Connection,
    seq: number,
    token: string,
    stateChanges: boolean,
  ): Promise<void> {
    if (conn.playerId) return conn.sendError(seq, 'ALREADY_LOGGED_IN', 'already logged in');
    if (this.stopping) return conn.fail('SHUTTING_DOWN', 'the worker is stopping; reconnect');
    if (this.memoryAlarm) {
      // Refuse new work before the store is full, rather than fail saves
      // of players already playing.
      return conn.fail('RETRY_LATER', 'the store is near its memory quota; try again later');
    }
    const t = verifyToken(this.deps.tokenSecret, token, Math.floor(this.deps.clock() / 1000));
    if (!t.ok) return conn.fail('AUTH_FAILED', t.reason);
    let claim;
    try {
      claim = await this.deps.store.claim(t.playerId, this.deps.workerId);
    } catch (err) {
      return conn.fail('RETRY_LATER', `store: ${(err as Error).message}`);
    }
    const s: PlayerSession = {
      playerId: t.playerId,
      epoch: claim.epoch,
      version: 0,
      farm: newFarm(this.deps.catalog(), t.playerId),
      conn,
      kicked: false,
      stateChanges,
    };
    try {
      if (conn.isClosing) throw new Error('client left during login');
      await this.load(s, claim.player);
    } catch (err) {
      this.deps.store.release(s.playerId, s.epoch).catch(() => undefined);
      const message = err instanceof Error ? err.message : String(err);
      this.deps.logger.warn({ player: s.playerId, err: message }, 'login failed');
      return conn.fail('RETRY_LATER', `login failed: ${message}`);
    }
    this.enter(s);
    await this.settleFriends(s);
    if (claim.inbox.length > 0) await this.applyInbox(s, claim.inbox, false);
    conn.send({
      seq,
      loginOk: {
        playerId: s.playerId,
        state: this.view(s),
        idleTimeoutMs: this.deps.idleTimeoutMs,
      },
    });
  }

  /**
   * The player's state into the session: from Tarantool; else from MySQL
   * (restored into Tarantool); else, only when MySQL answered that there is
   * none, a new player, committed before the login is answered.
   */
  private async load(s: PlayerSession, hot: StoredPlayer | null): Promise<void> {
    const catalog = this.deps.catalog();
    if (hot) {
      s.farm = parseFarm(hot.state, catalog);
      s.version = hot.version;
      return;
    }
    const cold = await this.deps.archive.load(s.playerId);
    if (cold.found) {
      const p = cold.player;
      const fields = {
        name: p.name,
        xp: p.xp,
        lastSeen: p.lastSeen,
        state: p.state,
        coins: p.coins,
        level: p.level,
      };
      await this.deps.store.restore(s.playerId, s.epoch, p.version, fields);
      s.farm = parseFarm(p.state, catalog);
      s.version = p.version;
      return;
    }
    const created = await commit(
      s,
      {
        farm: s.farm,
        events: [{ type: 'player_created', payload: '{}' }],
        gifts: [],
        inboxAcks: [],
        notices: [],
      },
      this.commitDeps,
    );
    if (created.kind !== 'committed')
      throw new Error(created.kind === 'refused' ? created.message : 'session ended');
  }

  /** The session is the player's on this worker now; an older one here is kicked. */
  private enter(s: PlayerSession): void {
    const old = this.sessions.get(s.playerId);
    if (old && old.epoch < s.epoch) this.kick(old, 'this player logged in again');
    this.sessions.set(s.playerId, s);
    s.conn.loggedIn(s.playerId);
    this.deps.counters.logins++;
  }

  private kick(s: PlayerSession, reason: string): void {
    if (s.kicked) return;
    s.kicked = true;
    this.deps.counters.kicks++;
    if (this.sessions.get(s.playerId) === s) this.sessions.delete(s.playerId);
    s.conn.send({ seq: 0, kicked: { reason } });
    s.conn.close();
  }

  /** Converts a farm stored before mutual friendship, and expires old requests (friends.ts). */
  private async settleFriends(s: PlayerSession): Promise<void> {
    const r = settleFriends(s.farm, this.ruleContext(s));
    if (r?.ok) await commit(s, r.change, this.commitDeps);
  }

  /**
   * Applies pending inbox items (gifts, friendship messages) with a save
   * that deletes their rows: exactly once. Online, the player is told.
   */
  private async applyInbox(s: PlayerSession, items: InboxItem[], push: boolean): Promise<void> {
    const r = apply(
      s.farm,
      { type: 'receiveInbox', items: items.map(inboxEntry) },
      this.ruleContext(s),
    );
    if (!r.ok) return;
    const outcome = await commit(s, r.change, this.commitDeps);
    // Nothing to tell (a message with no effect here): no state is shown.
    if (outcome.kind !== 'committed' || !push || r.change.notices.length === 0) return;
    const state = this.view(s);
    for (const n of r.change.notices) s.conn.send(pushOf(n, state));
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
        // Friends only, checked on this side too: a removal or a block may
        // not have reached the sender's session yet.
        if (!s.farm.friends.includes(Number(payload.from))) return;
        s.conn.send({
          seq: 0,
          chatReceived: {
            from: Number(payload.from) || 0,
            text: String(payload.text ?? ''),
            sentAt: Number(payload.sentAt) || 0,
          },
        });
        return;
      case 'inbox':
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
    if (s.kicked) return;
    const release = this.deps.store
      .release(s.playerId, s.epoch)
      .catch((err: Error) => {
        this.deps.logger.warn({ player: s.playerId, err: err.message }, 'release failed');
      })
      .finally(() => this.releases.delete(release));
    this.releases.add(release);
  }

  /** Resolves when every release started so far has answered (or failed). */
  async releasesDone(): Promise<void> {
    await Promise.allSettled([...this.releases]);
  }
}

/** An inbox row for the rules; a malformed gift payload credits nothing (and is acknowledged). */
function inboxEntry(i: InboxItem): InboxEntry {
  const parsed = parseBoundedJson(i.payload);
  const p = (parsed.ok && typeof parsed.value === 'object' ? parsed.value : null) as {
    item?: unknown;
    qty?: unknown;
    a?: unknown;
    s?: unknown;
  } | null;
  return {
    inboxId: i.id,
    from: i.fromId,
    kind: i.kind,
    item: typeof p?.item === 'string' ? p.item : '',
    qty: typeof p?.qty === 'number' ? p.qty : 0,
    word: typeof p?.a === 'string' ? p.a : typeof p?.s === 'string' ? p.s : '',
  };
}

/** The push that tells an online player what an applied inbox item did. */
function pushOf(n: Notice, state: NonNullable<Envelope['state']>): Envelope {
  switch (n.kind) {
    case 'gift':
      return { seq: 0, giftReceived: { from: n.from, item: n.item, qty: n.qty, state } };
    case 'request':
      return { seq: 0, friendRequest: { from: n.from, state } };
    default:
      return { seq: 0, friendUpdate: { from: n.from, change: n.kind, state } };
  }
}
