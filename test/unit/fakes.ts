import { StoreError } from '../../src/errors';
import type {
  ClaimResult,
  InboxItem,
  SaveRequest,
  SessionStore,
  StoredPlayer,
  TopEntry,
} from '../../src/store/game-store';
import type { ArchiveLoad } from '../../src/store/mysql/players';

/**
 * In-memory stand-ins for the stores, with the same rules as the Lua
 * procedures (epoch fencing, version + 1, inbox rows applied once), for the
 * fast in-process tests. The real procedures are tested on a real
 * Tarantool (test/lua, test/integration).
 */
export class FakeSessionStore implements SessionStore {
  readonly players = new Map<number, StoredPlayer>();
  readonly owners = new Map<number, { epoch: number; worker: string }>();
  readonly inboxes = new Map<number, InboxItem[]>();
  readonly saves: SaveRequest[] = [];
  readonly sent: Array<{ to: number; kind: string; payload: string }> = [];
  online = new Set<number>();
  /** Set to make the next save fail with this error (after applying it, when `applied`). */
  failNextSave: { error: StoreError; applied: boolean } | null = null;
  private nextInboxId = 1;

  async claim(playerId: number, worker: string): Promise<ClaimResult> {
    const before = this.owners.get(playerId);
    const epoch = (before?.epoch ?? 0) + 1;
    this.owners.set(playerId, { epoch, worker });
    return {
      epoch,
      previousWorker: before?.worker || null,
      player: this.players.get(playerId) ?? null,
      inbox: [...(this.inboxes.get(playerId) ?? [])],
    };
  }

  async restore(playerId: number, _epoch: number, version: number, row: SaveRequest['row']) {
    if (this.players.has(playerId)) throw new StoreError('PLAYER_EXISTS', 'exists');
    this.players.set(playerId, { id: playerId, version, ...row });
  }

  async save(s: SaveRequest): Promise<number> {
    const fail = this.failNextSave;
    this.failNextSave = null;
    if (fail && !fail.applied) throw fail.error;
    if (this.owners.get(s.playerId)?.epoch !== s.epoch)
      throw new StoreError('FENCED', `epoch ${s.epoch} is not current`);
    const stored = this.players.get(s.playerId)?.version ?? 0;
    if (s.version !== stored + 1)
      throw new StoreError('VERSION_CONFLICT', `version ${s.version} is not ${stored} + 1`);
    const inbox = this.inboxes.get(s.playerId) ?? [];
    for (const id of s.inboxAcks ?? [])
      if (!inbox.some((i) => i.id === id)) throw new StoreError('INBOX_GONE', `${id} gone`);
    this.inboxes.set(
      s.playerId,
      inbox.filter((i) => !(s.inboxAcks ?? []).includes(i.id)),
    );
    for (const g of s.gifts ?? []) this.gift(s.playerId, g.to, g.payload, g.kind);
    this.players.set(s.playerId, { id: s.playerId, version: s.version, ...s.row });
    this.saves.push(s);
    if (fail) throw fail.error;
    return s.version;
  }

  gift(from: number, to: number, payload: string, kind = 'item'): void {
    const items = this.inboxes.get(to) ?? [];
    items.push({ id: this.nextInboxId++, fromId: from, kind, payload, created: 0 });
    this.inboxes.set(to, items);
  }

  async release(playerId: number, epoch: number): Promise<boolean> {
    const o = this.owners.get(playerId);
    if (o?.epoch !== epoch) return false;
    this.owners.set(playerId, { epoch, worker: '' });
    return true;
  }

  async get(playerId: number): Promise<StoredPlayer | null> {
    return this.players.get(playerId) ?? null;
  }

  async inbox(playerId: number): Promise<InboxItem[]> {
    return [...(this.inboxes.get(playerId) ?? [])];
  }

  async top(n: number): Promise<TopEntry[]> {
    return [...this.players.values()]
      .sort((a, b) => b.xp - a.xp)
      .slice(0, n)
      .map((p) => ({ id: p.id, name: p.name, xp: p.xp }));
  }

  /** As gs.presence: online, and their stored farm lists the asker. */
  async presence(playerId: number, friends: number[]): Promise<number[]> {
    return friends.filter((id) => {
      const row = this.players.get(id);
      const listed = row ? (JSON.parse(row.state) as { friends: number[] }).friends : [];
      return this.owners.get(id)?.worker && listed.includes(playerId);
    });
  }

  async send(to: number, kind: string, payload: string): Promise<boolean> {
    if (!this.online.has(to)) return false;
    this.sent.push({ to, kind, payload });
    return true;
  }
}

/** MySQL's archive: empty unless told otherwise. */
export class FakeArchive {
  readonly players = new Map<number, StoredPlayer>();
  down = false;

  async load(playerId: number): Promise<ArchiveLoad> {
    if (this.down) throw new StoreError('MYSQL_UNAVAILABLE', 'down');
    const player = this.players.get(playerId);
    return player ? { found: true, player } : { found: false };
  }
}
