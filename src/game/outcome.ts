import type { ErrorCode } from '../errors';
import type { Catalog } from './catalog';
import type { Farm } from './farm';

/**
 * What a game rule returns: the change to commit (the new farm, events for
 * the history, items for other players' inboxes, inbox items applied), or
 * a refusal with a stable code. Shared by rules.ts and friends.ts.
 */

export interface GameEvent {
  type: string;
  payload: string;
}

/** An inbox item for another player: a gift, a returned gift or a friendship message. */
export interface Outgoing {
  to: number;
  kind: InboxKind;
  payload: string;
}

/** The kinds of inbox items; the inbox is how one player's change reaches another's row. */
export type InboxKind = 'item' | 'return' | 'friend_propose' | 'friend_state';

/** What the player should be told once an applied inbox item is committed. */
export type Notice =
  | { kind: 'gift'; from: number; item: string; qty: number }
  | { kind: 'request'; from: number }
  | { kind: 'accepted' | 'declined' | 'removed'; from: number };

export interface Change {
  farm: Farm;
  events: GameEvent[];
  /** Inbox items for other players, written in the same transaction. */
  gifts: Outgoing[];
  inboxAcks: number[];
  /** Pushes for the player once committed (applied inbox items only). */
  notices: Notice[];
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
  | 'ALREADY_REQUESTED'
  | 'TOO_MANY_REQUESTS'
  | 'DAILY_REQUEST_LIMIT'
  | 'NO_REQUEST'
  | 'BLOCKED'
  | 'ALREADY_BLOCKED'
  | 'NOT_BLOCKED'
  | 'BLOCK_LIST_FULL'
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

export const refuse = (code: RuleErrorCode, message: string): Refusal => ({
  ok: false,
  code,
  message,
});

export const event = (type: string, payload: object): GameEvent => ({
  type,
  payload: JSON.stringify(payload),
});

export const ALLOWED: CheckResult = { ok: true };

export function change(farm: Farm, events: GameEvent[] = [], gifts: Outgoing[] = []): RuleResult {
  return { ok: true, change: { farm, events, gifts, inboxAcks: [], notices: [] } };
}

export function isPlayerId(v: number): boolean {
  return Number.isSafeInteger(v) && v >= 1;
}

/** A player id that is not the player themself, or the refusal. */
export function otherPlayer(id: number, ctx: RuleContext, what: string): Refusal | null {
  if (!isPlayerId(id)) return refuse('BAD_PLAYER_ID', `bad player id ${id}`);
  if (id === ctx.playerId) return refuse('SELF', `you cannot ${what} yourself`);
  return null;
}
