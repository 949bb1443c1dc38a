import type { Farm, PendingRequest } from './farm';
import {
  change,
  event,
  type GameEvent,
  type Notice,
  type Outgoing,
  otherPlayer,
  type RuleContext,
  type RuleResult,
  refuse,
} from './outcome';

/**
 * Friendship is mutual: a request that the other side accepts. Each player's
 * own session changes only that player's row; the other side learns through
 * its inbox (exactly once, like gifts).
 *
 * Two sessions acting at once could each decide differently (a request
 * withdrawn while it is accepted, requests crossing), so for every pair one
 * side decides: the player with the lower id. Its row is the pair's truth.
 * - The deciding side changes its row and tells the other the pair's state
 *   (`friend_state`).
 * - The other side changes its own row at once (what its player sees) and
 *   proposes the change (`friend_propose`); the deciding side applies it if
 *   it still makes sense and always answers with the pair's state, which the
 *   other side adopts.
 * Inbox items between two players arrive in order, so once every item is
 * applied the last state the other side adopted is the deciding side's:
 * both agree. test/unit/friends.test.ts plays random interleavings.
 */

/** A pair as one side sees it: strangers, my request waiting, theirs waiting, or friends. */
export type PairState = 'none' | 'out' | 'in' | 'friends';

/** What the other side may propose; `drop` (a block) ends anything. */
export type Proposal = 'request' | 'accept' | 'decline' | 'cancel' | 'unfriend' | 'drop';

const PROPOSALS = new Set<string>(['request', 'accept', 'decline', 'cancel', 'unfriend', 'drop']);
const STATES = new Set<string>(['none', 'out', 'in', 'friends']);

const DAY_MS = 86_400_000;

const has = (list: PendingRequest[], id: number) => list.some((r) => r.id === id);
const without = (list: PendingRequest[], id: number) => list.filter((r) => r.id !== id);
const flip = (s: PairState): PairState => (s === 'out' ? 'in' : s === 'in' ? 'out' : s);

/** The lower id decides the pair. */
const decides = (me: number, other: number) => me < other;

export function stateOf(farm: Farm, id: number): PairState {
  if (farm.friends.includes(id)) return 'friends';
  if (has(farm.outgoing, id)) return 'out';
  if (has(farm.incoming, id)) return 'in';
  return 'none';
}

/** The farm with the pair in state `s` (a request keeps its time if it stays). */
function withState(farm: Farm, id: number, s: PairState, now: number): Farm {
  const keep = (list: PendingRequest[]) => list.find((r) => r.id === id) ?? { id, at: now };
  const next: Farm = {
    ...farm,
    friends: farm.friends.filter((f) => f !== id),
    outgoing: without(farm.outgoing, id),
    incoming: without(farm.incoming, id),
  };
  if (s === 'friends') next.friends = [...next.friends, id];
  if (s === 'out') next.outgoing = [...next.outgoing, keep(farm.outgoing)];
  if (s === 'in') next.incoming = [...next.incoming, keep(farm.incoming)];
  return next;
}

const propose = (to: number, a: Proposal): Outgoing => ({
  to,
  kind: 'friend_propose',
  payload: JSON.stringify({ a }),
});

/** The pair's state as the deciding side `me` sees it, for `to`. */
const tell = (to: number, s: PairState): Outgoing => ({
  to,
  kind: 'friend_state',
  payload: JSON.stringify({ s }),
});

/** The message a local change of the pair sends: the state, or the proposal. */
function announce(ctx: RuleContext, id: number, s: PairState, a: Proposal): Outgoing {
  return decides(ctx.playerId, id) ? tell(id, s) : propose(id, a);
}

/** Friends plus requests sent: what accepting all of them would make the friend list. */
function committed(farm: Farm): number {
  return farm.friends.length + farm.outgoing.length;
}

/** A request; to a player who already requested this one, an accept. */
export function addFriend(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  const bad = otherPlayer(playerId, ctx, 'befriend');
  if (bad) return bad;
  if (farm.friends.includes(playerId)) return refuse('ALREADY_FRIENDS', `${playerId} is a friend`);
  if (farm.blocked.includes(playerId))
    return refuse('BLOCKED', `you blocked ${playerId}; unblock them first`);
  if (has(farm.incoming, playerId)) return acceptFriend(farm, playerId, ctx);
  if (has(farm.outgoing, playerId))
    return refuse('ALREADY_REQUESTED', `a request to ${playerId} is waiting`);
  const { catalog } = ctx;
  if (committed(farm) >= catalog.maxFriends)
    return refuse('TOO_MANY_FRIENDS', `at most ${catalog.maxFriends} friends and requests`);
  if (farm.outgoing.length >= catalog.maxOutgoingRequests)
    return refuse('TOO_MANY_REQUESTS', `at most ${catalog.maxOutgoingRequests} requests waiting`);
  const day = Math.floor(ctx.now / DAY_MS);
  const today = farm.requestDay === day ? farm.requestsToday : 0;
  if (today >= catalog.friendRequestsPerDay)
    return refuse('DAILY_REQUEST_LIMIT', `at most ${catalog.friendRequestsPerDay} requests a day`);
  const next = {
    ...withState(farm, playerId, 'out', ctx.now),
    requestDay: day,
    requestsToday: today + 1,
  };
  return change(
    next,
    [event('friend_request', { to: playerId })],
    [announce(ctx, playerId, 'out', 'request')],
  );
}

export function acceptFriend(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  if (!has(farm.incoming, playerId))
    return refuse('NO_REQUEST', `no request from ${playerId} is waiting`);
  if (committed(farm) >= ctx.catalog.maxFriends)
    return refuse('TOO_MANY_FRIENDS', `at most ${ctx.catalog.maxFriends} friends and requests`);
  return change(
    withState(farm, playerId, 'friends', ctx.now),
    [event('friend_accept', { friend: playerId })],
    [announce(ctx, playerId, 'friends', 'accept')],
  );
}

export function declineFriend(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  if (!has(farm.incoming, playerId))
    return refuse('NO_REQUEST', `no request from ${playerId} is waiting`);
  return change(
    withState(farm, playerId, 'none', ctx.now),
    [event('friend_decline', { from: playerId })],
    [announce(ctx, playerId, 'none', 'decline')],
  );
}

/** Ends a friendship on both sides, or withdraws a request this player sent. */
export function removeFriend(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  const s = stateOf(farm, playerId);
  if (s !== 'friends' && s !== 'out')
    return refuse('NOT_FRIENDS', `${playerId} is not a friend or requested`);
  return change(
    withState(farm, playerId, 'none', ctx.now),
    [event(s === 'friends' ? 'friend_remove' : 'friend_cancel', { friend: playerId })],
    [announce(ctx, playerId, 'none', s === 'friends' ? 'unfriend' : 'cancel')],
  );
}

/**
 * Blocks a player: ends any friendship or request with them, and from now on
 * their requests are dropped. They are told only what a removal tells them:
 * a block is private.
 */
export function block(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  const bad = otherPlayer(playerId, ctx, 'block');
  if (bad) return bad;
  if (farm.blocked.includes(playerId))
    return refuse('ALREADY_BLOCKED', `${playerId} is blocked already`);
  if (farm.blocked.length >= ctx.catalog.maxBlocked)
    return refuse('BLOCK_LIST_FULL', `at most ${ctx.catalog.maxBlocked} blocked players`);
  const knew = stateOf(farm, playerId) !== 'none';
  const next = {
    ...withState(farm, playerId, 'none', ctx.now),
    blocked: [...farm.blocked, playerId],
  };
  // The other side always hears of it when it decides: a request or an
  // accept of theirs may be on its way, and only it can end the pair.
  const say =
    knew || !decides(ctx.playerId, playerId) ? [announce(ctx, playerId, 'none', 'drop')] : [];
  return change(next, [event('block', { player: playerId })], say);
}

export function unblock(farm: Farm, playerId: number): RuleResult {
  if (!farm.blocked.includes(playerId)) return refuse('NOT_BLOCKED', `${playerId} is not blocked`);
  return change({ ...farm, blocked: farm.blocked.filter((b) => b !== playerId) }, [
    event('unblock', { player: playerId }),
  ]);
}

/** What applying one friendship inbox item did: the farm, and what to tell whom. */
export interface Applied {
  farm: Farm;
  events: GameEvent[];
  replies: Outgoing[];
  notice: Notice | null;
}

/** The deciding side's answer to a proposal, from the state it is in now. */
function decide(cur: PairState, a: Proposal): PairState {
  switch (a) {
    case 'request':
      return cur === 'none' ? 'in' : cur === 'out' ? 'friends' : cur;
    case 'accept':
      return cur === 'out' ? 'friends' : cur;
    case 'decline':
      return cur === 'out' ? 'none' : cur;
    case 'cancel':
      return cur === 'in' ? 'none' : cur;
    case 'unfriend':
      return cur === 'friends' ? 'none' : cur;
    case 'drop':
      return 'none';
  }
}

/** What the player hears when the pair moves from `before` to `after`. */
function noticeOf(from: number, before: PairState, after: PairState): Notice | null {
  if (before === after) return null;
  if (after === 'in') return { kind: 'request', from };
  if (after === 'friends') return { kind: 'accepted', from };
  if (after === 'none') return { kind: before === 'out' ? 'declined' : 'removed', from };
  return null;
}

/** The pair moves to `after`; with the incoming limit kept (the oldest request is declined). */
function moved(farm: Farm, from: number, after: PairState, ctx: RuleContext): Applied {
  const before = stateOf(farm, from);
  let next = withState(farm, from, after, ctx.now);
  const replies: Outgoing[] = [];
  while (next.incoming.length > ctx.catalog.maxIncomingRequests) {
    const oldest = next.incoming[0]!.id;
    next = withState(next, oldest, 'none', ctx.now);
    replies.push(announce(ctx, oldest, 'none', 'decline'));
  }
  const notice = noticeOf(from, before, after);
  // What reached this side, named apart from what this side's own commands do.
  const events = notice
    ? [event(`friend_${notice.kind === 'request' ? 'requested' : notice.kind}`, { by: from })]
    : [];
  return { farm: next, events, replies, notice };
}

/**
 * One friendship item from `from`. On the deciding side, a proposal: apply
 * it if it still makes sense, always answer with the state. On the other
 * side, the state: adopt it. A blocked player's proposals are answered as
 * a stranger's (a request stays "waiting" for them, unseen here), and a
 * blocked player's state never makes them more than a stranger here.
 */
export function applyFriendMessage(
  farm: Farm,
  kind: string,
  from: number,
  word: string,
  ctx: RuleContext,
): Applied {
  const none: Applied = { farm, events: [], replies: [], notice: null };
  const blocked = farm.blocked.includes(from);
  if (kind === 'friend_propose' && decides(ctx.playerId, from)) {
    const a = word as Proposal;
    if (!PROPOSALS.has(a)) return none;
    if (blocked) return { ...none, replies: [tell(from, a === 'request' ? 'in' : 'none')] };
    const after = decide(stateOf(farm, from), a);
    const m = moved(farm, from, after, ctx);
    return { ...m, replies: [...m.replies, tell(from, after)] };
  }
  if (kind === 'friend_state' && !decides(ctx.playerId, from)) {
    if (!STATES.has(word)) return none;
    const after = flip(word as PairState);
    if (blocked && after !== 'none') return none;
    return moved(farm, from, after, ctx);
  }
  return none;
}

/**
 * At login: a farm stored before friendship was mutual requests every
 * one-sided friend (two players who listed each other request each other,
 * and the deciding side makes them friends); requests older than the
 * catalog's TTL expire (withdrawn or declined, and the other side told).
 * Null when there is nothing to change.
 */
export function settleFriends(farm: Farm, ctx: RuleContext): RuleResult | null {
  const oldest = ctx.now - ctx.catalog.friendRequestTtlHours * 3_600_000;
  const old = (r: PendingRequest) => r.at < oldest;
  const legacy = [...new Set(farm.legacyFriends ?? [])].filter(
    (id) => id !== ctx.playerId && stateOf(farm, id) === 'none',
  );
  const expiredOut = farm.outgoing.filter(old).map((r) => r.id);
  const expiredIn = farm.incoming.filter(old).map((r) => r.id);
  if (legacy.length === 0 && expiredOut.length + expiredIn.length === 0) return null;
  let next: Farm = { ...farm };
  delete next.legacyFriends;
  const say: Outgoing[] = [];
  for (const id of expiredOut) {
    next = withState(next, id, 'none', ctx.now);
    say.push(announce(ctx, id, 'none', 'cancel'));
  }
  for (const id of expiredIn) {
    next = withState(next, id, 'none', ctx.now);
    say.push(announce(ctx, id, 'none', 'decline'));
  }
  for (const id of legacy) {
    next = withState(next, id, 'out', ctx.now);
    say.push(announce(ctx, id, 'out', 'request'));
  }
  const events = [];
  if (farm.legacyFriends !== undefined)
    events.push(event('friends_migrated', { requested: legacy.length }));
  const expired = expiredOut.length + expiredIn.length;
  if (expired > 0) events.push(event('friend_requests_expired', { count: expired }));
  return change(next, events, say);
}
