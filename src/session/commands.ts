import { type Catalog, levelOf } from '../game/catalog';
import { parseFarm } from '../game/farm';
import {
  apply,
  type CheckResult,
  checkChat,
  checkVisit,
  type Command,
  type Refusal,
  type RuleContext,
} from '../game/rules';
import { plotsView } from '../game/views';
import type { Body, Envelope } from '../protocol/messages';
import type { SessionStore, StoredPlayer } from '../store/game-store';
import type { PlayerSession } from './player-session';

/**
 * One table from a client message to its handler, as Colyseus' onMessage
 * table: `validate` reads the request's fields into a typed value or
 * refuses (pure, no I/O); `handle` does the work and answers. Every command
 * a logged-in client may send is here, and only here.
 */

/** What a handler may use: the session layer's operations, not its internals. */
export interface CommandPorts {
  catalog(): Catalog;
  clock(): number;
  store: SessionStore;
  /** Applies a game rule, commits the change and answers with the new state (or a refusal). */
  mutate(s: PlayerSession, seq: number, cmd: Command): Promise<void>;
  /** The answer to a getState: the whole PlayerState. */
  stateOf(s: PlayerSession): NonNullable<Envelope['state']>;
  /** The stored player, Tarantool first, then MySQL; null when there is none. Throws when unreachable. */
  lookup(playerId: number): Promise<StoredPlayer | null>;
}

type Request = Envelope & { body?: Body };

export interface CommandEntry<T> {
  validate(req: Request, s: PlayerSession, ctx: RuleContext): T | Refusal;
  handle(s: PlayerSession, seq: number, value: T, ports: CommandPorts): Promise<void>;
}

function entry<T>(e: CommandEntry<T>): CommandEntry<unknown> {
  return e as CommandEntry<unknown>;
}

/** A command that is a game rule: validate builds it, the rule and the commit do the rest. */
function rule(build: (req: Request) => Command): CommandEntry<unknown> {
  return entry<Command>({
    validate: build,
    handle: (s, seq, cmd, ports) => ports.mutate(s, seq, cmd),
  });
}

const refusedOr = <T>(check: CheckResult, value: T): T | Refusal => (check.ok ? value : check);

export const COMMANDS: Partial<Record<Body, CommandEntry<unknown>>> = {
  getState: entry<null>({
    validate: () => null,
    handle: async (s, seq, _v, ports) => s.conn.send({ seq, state: ports.stateOf(s) }),
  }),
  plant: rule((r) => ({ type: 'plant', plot: r.plant?.plot ?? 0, crop: r.plant?.crop ?? '' })),
  harvest: rule((r) => ({ type: 'harvest', plot: r.harvest?.plot ?? 0 })),
  sell: rule((r) => ({ type: 'sell', item: r.sell?.item ?? '', qty: r.sell?.qty ?? 0 })),
  addFriend: entry<Extract<Command, { type: 'addFriend' }>>({
    // The rule (id, self, the limits) first, so a refused id costs no store lookup.
    validate: (r, s, ctx) => {
      const cmd = { type: 'addFriend' as const, playerId: r.addFriend?.playerId ?? 0 };
      const checked = apply(s.farm, cmd, ctx);
      return checked.ok ? cmd : checked;
    },
    handle: async (s, seq, cmd, ports) => {
      const id = cmd.playerId;
      // An answer to a waiting request needs no lookup: the requester exists.
      const waiting = s.farm.incoming.some((q) => q.id === id);
      if (!waiting && !(await ports.lookup(id)))
        return s.conn.sendError(seq, 'UNKNOWN_PLAYER', `no player ${id}`);
      return ports.mutate(s, seq, cmd);
    },
  }),
  acceptFriend: rule((r) => ({ type: 'acceptFriend', playerId: r.acceptFriend?.playerId ?? 0 })),
  declineFriend: rule((r) => ({
    type: 'declineFriend',
    playerId: r.declineFriend?.playerId ?? 0,
  })),
  removeFriend: rule((r) => ({ type: 'removeFriend', playerId: r.removeFriend?.playerId ?? 0 })),
  block: rule((r) => ({ type: 'block', playerId: r.block?.playerId ?? 0 })),
  unblock: rule((r) => ({ type: 'unblock', playerId: r.unblock?.playerId ?? 0 })),
  getPresence: entry<null>({
    validate: () => null,
    handle: async (s, seq, _v, ports) => {
      const friends = s.farm.friends;
      const online = friends.length > 0 ? await ports.store.presence(s.playerId, friends) : [];
      s.conn.send({ seq, presence: { online } });
    },
  }),
  sendGift: rule((r) => ({
    type: 'sendGift',
    to: r.sendGift?.to ?? 0,
    item: r.sendGift?.item ?? '',
    qty: r.sendGift?.qty ?? 0,
  })),
  visitFriend: entry<number>({
    validate: (r, s) => {
      const id = r.visitFriend?.playerId ?? 0;
      return refusedOr(checkVisit(s.farm, id), id);
    },
    handle: async (s, seq, id, ports) => {
      const friend = await ports.lookup(id);
      if (!friend) return s.conn.sendError(seq, 'UNKNOWN_PLAYER', `no player ${id}`);
      const catalog = ports.catalog();
      const farm = parseFarm(friend.state, catalog);
      // Mutual: their row must list this player too (a removal or a block
      // on their side may not have reached this session yet).
      if (!farm.friends.includes(s.playerId))
        return s.conn.sendError(seq, 'NOT_FRIENDS', `${id} is not a friend`);
      s.conn.send({
        seq,
        friendFarm: {
          id,
          name: farm.name,
          level: levelOf(catalog, farm.xp),
          plots: plotsView(farm, catalog),
          plotCount: farm.plots.length,
        },
      });
    },
  }),
  chat: entry<{ to: number; text: string }>({
    validate: (r, s, ctx) => {
      const msg = { to: r.chat?.to ?? 0, text: r.chat?.text ?? '' };
      return refusedOr(checkChat(s.farm, msg.to, msg.text, ctx.catalog), msg);
    },
    handle: async (s, seq, { to, text }, ports) => {
      const payload = JSON.stringify({ from: s.playerId, text, sentAt: ports.clock() });
      if (!(await ports.store.send(to, 'chat', payload)))
        return s.conn.sendError(seq, 'NOT_ONLINE', `player ${to} is not online`);
      s.conn.send({ seq, ok: {} });
    },
  }),
  top: entry<number>({
    validate: (r) => Math.min(Math.max(r.top?.n ?? 10, 1), 100),
    handle: async (s, seq, n, ports) => {
      s.conn.send({ seq, topResult: { entries: await ports.store.top(n) } });
    },
  }),
  logout: entry<null>({
    validate: () => null,
    handle: async (s, seq) => {
      s.conn.send({ seq, ok: {} });
      s.conn.close();
    },
  }),
};

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;
}
