import type { ErrorCode } from '../errors';
import { type Catalog, levelOf } from './catalog';
import type { Farm } from './farm';

/**
 * The farm game's rules: pure functions from (farm, command, clock) to a new
 * farm plus what to commit with it (events, gifts, applied inbox items), or
 * a refusal with a specific code. No I/O; the clock is passed in.
 */

export type Command =
  | { type: 'plant'; plot: number; crop: string }
  | { type: 'harvest'; plot: number }
  | { type: 'sell'; item: string; qty: number }
  | { type: 'addFriend'; playerId: number }
  | { type: 'removeFriend'; playerId: number }
  | { type: 'sendGift'; to: number; item: string; qty: number }
  | { type: 'receiveGifts'; gifts: ReceivedGift[] };

export interface ReceivedGift {
  inboxId: number;
  from: number;
  item: string;
  qty: number;
}

export interface GameEvent {
  type: string;
  payload: string;
}

export interface Change {
  farm: Farm;
  events: GameEvent[];
  gifts: Array<{ to: number; kind: string; payload: string }>;
  inboxAcks: number[];
}

export type RuleErrorCode = Extract<
  ErrorCode,
  | 'BAD_PLOT'
  | 'PLOT_BUSY'
  | 'PLOT_EMPTY'
  | 'NOT_READY'
  | 'UNKNOWN_ITEM'
  | 'LEVEL_TOO_LOW'
  | 'NOT_ENOUGH_COINS'
  | 'BAD_QUANTITY'
  | 'NOT_ENOUGH_ITEMS'
  | 'COINS_OVERFLOW'
  | 'XP_OVERFLOW'
  | 'BAD_PLAYER_ID'
  | 'SELF'
  | 'ALREADY_FRIENDS'
  | 'NOT_FRIENDS'
  | 'TOO_MANY_FRIENDS'
  | 'TEXT_TOO_LONG'
>;

/** A refusal: the rule said no, with a stable code for the client. */
export type Refusal = { ok: false; code: RuleErrorCode; message: string };

/** A command's outcome: the change to commit, or a refusal. */
export type RuleResult = { ok: true; change: Change } | Refusal;

/** A check that changes nothing (chat, visits): allowed, or a refusal. */
export type CheckResult = { ok: true } | Refusal;

export interface RuleContext {
  catalog: Catalog;
  playerId: number;
  /** Server clock, ms. */
  now: number;
}

const refuse = (code: RuleErrorCode, message: string): Refusal => ({ ok: false, code, message });

const event = (type: string, payload: object): GameEvent => ({
  type,
  payload: JSON.stringify(payload),
});

const ALLOWED: CheckResult = { ok: true };

function change(farm: Farm, events: GameEvent[] = []): RuleResult {
  return { ok: true, change: { farm, events, gifts: [], inboxAcks: [] } };
}

export function isPlayerId(v: number): boolean {
  return Number.isSafeInteger(v) && v >= 1;
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
  const c = catalog.crops[crop];
  return plantedAt + (c ? c.growSeconds * 1000 : 0);
}

type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;

function plant(farm: Farm, cmd: CommandOf<'plant'>, ctx: RuleContext): RuleResult {
  const { catalog } = ctx;
  const bad = checkPlot(farm, cmd.plot);
  if (bad) return bad;
  const crop = catalog.crops[cmd.crop];
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
  const crop = ctx.catalog.crops[planted.crop];
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
  const crop = ctx.catalog.crops[cmd.item];
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

function addFriend(farm: Farm, cmd: CommandOf<'addFriend'>, ctx: RuleContext): RuleResult {
  if (!isPlayerId(cmd.playerId)) return refuse('BAD_PLAYER_ID', `bad player id ${cmd.playerId}`);
  if (cmd.playerId === ctx.playerId) return refuse('SELF', 'you cannot befriend yourself');
  if (farm.friends.includes(cmd.playerId))
    return refuse('ALREADY_FRIENDS', `${cmd.playerId} is a friend`);
  if (farm.friends.length >= ctx.catalog.maxFriends) {
    return refuse('TOO_MANY_FRIENDS', `at most ${ctx.catalog.maxFriends} friends`);
  }
  return change({ ...farm, friends: [...farm.friends, cmd.playerId] }, [
    event('friend_add', { friend: cmd.playerId }),
  ]);
}

function removeFriend(farm: Farm, cmd: CommandOf<'removeFriend'>): RuleResult {
  if (!farm.friends.includes(cmd.playerId))
    return refuse('NOT_FRIENDS', `${cmd.playerId} is not a friend`);
  return change({ ...farm, friends: farm.friends.filter((f) => f !== cmd.playerId) }, [
    event('friend_remove', { friend: cmd.playerId }),
  ]);
}

function sendGift(farm: Farm, cmd: CommandOf<'sendGift'>, ctx: RuleContext): RuleResult {
  if (!isPlayerId(cmd.to)) return refuse('BAD_PLAYER_ID', `bad player id ${cmd.to}`);
  if (cmd.to === ctx.playerId) return refuse('SELF', 'you cannot gift yourself');
  if (!farm.friends.includes(cmd.to)) return refuse('NOT_FRIENDS', `${cmd.to} is not a friend`);
  if (!ctx.catalog.crops[cmd.item]) return refuse('UNKNOWN_ITEM', `no item "${cmd.item}"`);
  const bad = checkQty(cmd.qty, ctx.catalog.maxGiftQty);
  if (bad) return bad;
  const have = farm.inventory[cmd.item] ?? 0;
  if (have < cmd.qty) return refuse('NOT_ENOUGH_ITEMS', `you have ${have} ${cmd.item}`);
  const inventory = { ...farm.inventory, [cmd.item]: have - cmd.qty };
  if (inventory[cmd.item] === 0) delete inventory[cmd.item];
  const payload = { item: cmd.item, qty: cmd.qty };
  return {
    ok: true,
    change: {
      farm: { ...farm, inventory },
      events: [event('gift', { to: cmd.to, ...payload })],
      gifts: [{ to: cmd.to, kind: 'item', payload: JSON.stringify(payload) }],
      inboxAcks: [],
    },
  };
}

/** Credits gifts from the inbox; a malformed one is acknowledged (it never blocks the inbox) but credits nothing. */
function receiveGifts(farm: Farm, cmd: CommandOf<'receiveGifts'>): RuleResult {
  const inventory = { ...farm.inventory };
  const events: GameEvent[] = [];
  for (const g of cmd.gifts) {
    const total = (inventory[g.item] ?? 0) + g.qty;
    if (Number.isSafeInteger(g.qty) && g.qty > 0 && Number.isSafeInteger(total)) {
      inventory[g.item] = total;
      events.push(
        event('gift_received', { from: g.from, item: g.item, qty: g.qty, inbox: g.inboxId }),
      );
    }
  }
  return {
    ok: true,
    change: {
      farm: { ...farm, inventory },
      events,
      gifts: [],
      inboxAcks: cmd.gifts.map((g) => g.inboxId),
    },
  };
}

/** One rule per command type. */
const RULES: {
  [T in Command['type']]: (farm: Farm, cmd: CommandOf<T>, ctx: RuleContext) => RuleResult;
} = { plant, harvest, sell, addFriend, removeFriend, sendGift, receiveGifts };

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
