import { type Catalog, cropNamed, levelOf } from './catalog';
import type { Farm } from './farm';
import {
  acceptFriend,
  addFriend,
  applyFriendMessage,
  block,
  declineFriend,
  removeFriend,
  unblock,
} from './friends';
import {
  ALLOWED,
  change,
  type CheckResult,
  event,
  type GameEvent,
  isPlayerId,
  type Notice,
  type Outgoing,
  type Refusal,
  refuse,
  type RuleContext,
  type RuleResult,
} from './outcome';

export type { Change, CheckResult, Refusal, RuleContext, RuleResult } from './outcome';
export { isPlayerId } from './outcome';
export { settleFriends } from './friends';

/**
 * The farm game's rules: pure functions from (farm, command, clock) to a new
 * farm plus what to commit with it (events, inbox items for others, applied
 * inbox items), or a refusal with a specific code. No I/O; the clock is
 * passed in. Friendship is in friends.ts.
 */

export type Command =
  | { type: 'plant'; plot: number; crop: string }
  | { type: 'harvest'; plot: number }
  | { type: 'sell'; item: string; qty: number }
  | { type: 'addFriend'; playerId: number }
  | { type: 'acceptFriend'; playerId: number }
  | { type: 'declineFriend'; playerId: number }
  | { type: 'removeFriend'; playerId: number }
  | { type: 'block'; playerId: number }
  | { type: 'unblock'; playerId: number }
  | { type: 'sendGift'; to: number; item: string; qty: number }
  | { type: 'receiveInbox'; items: InboxEntry[] };

/** One pending inbox item as the rules see it (see session/game-service inboxEntry). */
export interface InboxEntry {
  inboxId: number;
  from: number;
  kind: string;
  /** For gifts and returned gifts; empty otherwise. */
  item: string;
  qty: number;
  /** For friendship messages: the proposal or the pair's state (friends.ts); '' otherwise. */
  word: string;
}

function checkQty(qty: number, max: number): Refusal | null {
  if (!Number.isSafeInteger(qty) || qty < 1 || qty > max) {
    return refuse('BAD_QUANTITY', `quantity must be 1..${max}, got ${qty}`);
  }
  return null;
}

function checkPlot(farm: Farm, plot: number): Refusal | null {
  if (!Number.isInteger(plot) || plot < 0 || plot >= farm.plots.length) {
    return refuse('BAD_PLOT', `plot must be 0..${farm.plots.length - 1}, got ${plot}`);
  }
  return null;
}

export function readyAt(catalog: Catalog, plantedAt: number, crop: string): number {
  const c = cropNamed(catalog, crop);
  return plantedAt + (c ? c.growSeconds * 1000 : 0);
}

type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;

function plant(farm: Farm, cmd: CommandOf<'plant'>, ctx: RuleContext): RuleResult {
  const { catalog } = ctx;
  const bad = checkPlot(farm, cmd.plot);
  if (bad) return bad;
  const crop = cropNamed(catalog, cmd.crop);
  if (!crop) return refuse('UNKNOWN_ITEM', `no crop "${cmd.crop}"`);
  if (farm.plots[cmd.plot]) return refuse('PLOT_BUSY', `plot ${cmd.plot} is planted`);
  const level = levelOf(catalog, farm.xp);
  if (level < crop.minLevel)
    return refuse('LEVEL_TOO_LOW', `${cmd.crop} needs level ${crop.minLevel}, you are ${level}`);
  if (farm.coins < crop.seedCost)
    return refuse('NOT_ENOUGH_COINS', `${cmd.crop} costs ${crop.seedCost}`);
  const plots = farm.plots.slice();
  plots[cmd.plot] = { crop: cmd.crop, plantedAt: ctx.now };
  return change({ ...farm, coins: farm.coins - crop.seedCost, plots }, [
    event('plant', { plot: cmd.plot, crop: cmd.crop, cost: crop.seedCost }),
  ]);
}

function harvest(farm: Farm, cmd: CommandOf<'harvest'>, ctx: RuleContext): RuleResult {
  const bad = checkPlot(farm, cmd.plot);
  if (bad) return bad;
  const planted = farm.plots[cmd.plot];
  if (!planted) return refuse('PLOT_EMPTY', `plot ${cmd.plot} is empty`);
  const crop = cropNamed(ctx.catalog, planted.crop);
  const ready = readyAt(ctx.catalog, planted.plantedAt, planted.crop);
  if (ctx.now < ready)
    return refuse('NOT_READY', `ready in ${Math.ceil((ready - ctx.now) / 1000)} s`);
  const xp = farm.xp + (crop?.xp ?? 0);
  if (!Number.isSafeInteger(xp)) return refuse('XP_OVERFLOW', 'xp would exceed 2^53-1');
  const plots = farm.plots.slice();
  plots[cmd.plot] = null;
  const inventory = {
    ...farm.inventory,
    [planted.crop]: (farm.inventory[planted.crop] ?? 0) + 1,
  };
  return change({ ...farm, xp, plots, inventory }, [
    event('harvest', { plot: cmd.plot, crop: planted.crop, xp: crop?.xp ?? 0 }),
  ]);
}

function sell(farm: Farm, cmd: CommandOf<'sell'>, ctx: RuleContext): RuleResult {
  const crop = cropNamed(ctx.catalog, cmd.item);
  if (!crop) return refuse('UNKNOWN_ITEM', `no item "${cmd.item}"`);
  const bad = checkQty(cmd.qty, Number.MAX_SAFE_INTEGER);
  if (bad) return bad;
  const have = farm.inventory[cmd.item] ?? 0;
  if (have < cmd.qty) return refuse('NOT_ENOUGH_ITEMS', `you have ${have} ${cmd.item}`);
  const earned = crop.sellPrice * cmd.qty;
  const coins = farm.coins + earned;
  if (!Number.isSafeInteger(earned) || !Number.isSafeInteger(coins)) {
    return refuse('COINS_OVERFLOW', 'coins would exceed 2^53-1');
  }
  const inventory = { ...farm.inventory, [cmd.item]: have - cmd.qty };
  if (inventory[cmd.item] === 0) delete inventory[cmd.item];
  return change({ ...farm, coins, inventory }, [
    event('sell', { item: cmd.item, qty: cmd.qty, coins: earned }),
  ]);
}

function sendGift(farm: Farm, cmd: CommandOf<'sendGift'>, ctx: RuleContext): RuleResult {
  if (!isPlayerId(cmd.to)) return refuse('BAD_PLAYER_ID', `bad player id ${cmd.to}`);
  if (cmd.to === ctx.playerId) return refuse('SELF', 'you cannot gift yourself');
  if (!farm.friends.includes(cmd.to)) return refuse('NOT_FRIENDS', `${cmd.to} is not a friend`);
  if (!cropNamed(ctx.catalog, cmd.item)) return refuse('UNKNOWN_ITEM', `no item "${cmd.item}"`);
  const bad = checkQty(cmd.qty, ctx.catalog.maxGiftQty);
  if (bad) return bad;
  const have = farm.inventory[cmd.item] ?? 0;
  if (have < cmd.qty) return refuse('NOT_ENOUGH_ITEMS', `you have ${have} ${cmd.item}`);
  const inventory = { ...farm.inventory, [cmd.item]: have - cmd.qty };
  if (inventory[cmd.item] === 0) delete inventory[cmd.item];
  const payload = { item: cmd.item, qty: cmd.qty };
  return change(
    { ...farm, inventory },
    [event('gift', { to: cmd.to, ...payload })],
    [{ to: cmd.to, kind: 'item', payload: JSON.stringify(payload) }],
  );
}

/**
 * Applies pending inbox items in order: gifts from friends are credited;
 * a gift from someone who is no longer a friend goes back to them (nothing
 * is lost); a returned gift is credited; friendship messages go through
 * friends.ts. A malformed item is acknowledged (it never blocks the inbox)
 * and changes nothing.
 */
function receiveInbox(farm: Farm, cmd: CommandOf<'receiveInbox'>, ctx: RuleContext): RuleResult {
  let f = { ...farm, inventory: { ...farm.inventory } };
  const events: GameEvent[] = [];
  const gifts: Outgoing[] = [];
  const notices: Notice[] = [];
  for (const g of cmd.items) {
    if (g.kind === 'item' || g.kind === 'return') {
      const valid = Number.isSafeInteger(g.qty) && g.qty > 0;
      if (!valid || !Number.isSafeInteger((f.inventory[g.item] ?? 0) + g.qty)) continue;
      const payload = { from: g.from, item: g.item, qty: g.qty, inbox: g.inboxId };
      if (g.kind === 'item' && !f.friends.includes(g.from)) {
        const back = JSON.stringify({ item: g.item, qty: g.qty });
        gifts.push({ to: g.from, kind: 'return', payload: back });
        events.push(event('gift_returned', payload));
        continue;
      }
      f.inventory[g.item] = (f.inventory[g.item] ?? 0) + g.qty;
      events.push(event(g.kind === 'item' ? 'gift_received' : 'gift_came_back', payload));
      notices.push({ kind: 'gift', from: g.from, item: g.item, qty: g.qty });
      continue;
    }
    const applied = applyFriendMessage(f, g.kind, g.from, g.word, ctx);
    f = applied.farm;
    events.push(...applied.events);
    gifts.push(...applied.replies);
    if (applied.notice) notices.push(applied.notice);
  }
  return {
    ok: true,
    change: { farm: f, events, gifts, inboxAcks: cmd.items.map((g) => g.inboxId), notices },
  };
}

/** One rule per command type. */
const RULES: {
  [T in Command['type']]: (farm: Farm, cmd: CommandOf<T>, ctx: RuleContext) => RuleResult;
} = {
  plant,
  harvest,
  sell,
  addFriend: (farm, cmd, ctx) => addFriend(farm, cmd.playerId, ctx),
  acceptFriend: (farm, cmd, ctx) => acceptFriend(farm, cmd.playerId, ctx),
  declineFriend: (farm, cmd, ctx) => declineFriend(farm, cmd.playerId, ctx),
  removeFriend: (farm, cmd, ctx) => removeFriend(farm, cmd.playerId, ctx),
  block: (farm, cmd, ctx) => block(farm, cmd.playerId, ctx),
  unblock: (farm, cmd) => unblock(farm, cmd.playerId),
  sendGift,
  receiveInbox,
};

export function apply(farm: Farm, cmd: Command, ctx: RuleContext): RuleResult {
  const rule = RULES[cmd.type] as (farm: Farm, cmd: Command, ctx: RuleContext) => RuleResult;
  return rule(farm, cmd, ctx);
}

/** Chat: to a friend, non-empty, within the catalog's length (characters). */
export function checkChat(farm: Farm, to: number, text: string, catalog: Catalog): CheckResult {
  if (!isPlayerId(to)) return refuse('BAD_PLAYER_ID', `bad player id ${to}`);
  if (!farm.friends.includes(to)) return refuse('NOT_FRIENDS', `${to} is not a friend`);
  const length = [...text].length;
  if (length === 0 || length > catalog.chatMaxLength) {
    return refuse('TEXT_TOO_LONG', `chat text must be 1..${catalog.chatMaxLength} characters`);
  }
  return ALLOWED;
}

/** Visits are for friends; they read, never write. */
export function checkVisit(farm: Farm, friendId: number): CheckResult {
  if (!isPlayerId(friendId)) return refuse('BAD_PLAYER_ID', `bad player id ${friendId}`);
  if (!farm.friends.includes(friendId)) return refuse('NOT_FRIENDS', `${friendId} is not a friend`);
  return ALLOWED;
}
