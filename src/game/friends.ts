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
 * own session changes only that player's row; what the other side must
 * change travels as an inbox item (friend_request, friend_accept,
 * friend_decline, friend_remove) that the other side's session applies
 * exactly once, as gifts are. The rules below make any order of commands
 * and deliveries end with both sides agreeing (test/unit/friends.test.ts
 * checks that with random interleavings).
 */

const DAY_MS = 86_400_000;

const has = (list: PendingRequest[], id: number) => list.some((r) => r.id === id);
const without = (list: PendingRequest[], id: number) => list.filter((r) => r.id !== id);
const send = (to: number, kind: Outgoing['kind']): Outgoing => ({ to, kind, payload: '{}' });

/** The farm with `id` in no list of friends or requests. */
function forget(farm: Farm, id: number): Farm {
  return {
    ...farm,
    friends: farm.friends.filter((f) => f !== id),
    outgoing: without(farm.outgoing, id),
    incoming: without(farm.incoming, id),
  };
}

/** Friends plus requests sent: what accepting all of them would make the friend list. */
function committed(farm: Farm): number {
  return farm.friends.length + farm.outgoing.length;
}

function befriend(farm: Farm, id: number): Farm {
  const f = forget(farm, id);
  return { ...f, friends: [...f.friends, id] };
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
  const next: Farm = {
    ...farm,
    outgoing: [...farm.outgoing, { id: playerId, at: ctx.now }],
    requestDay: day,
    requestsToday: today + 1,
  };
  return change(
    next,
    [event('friend_request', { to: playerId })],
    [send(playerId, 'friend_request')],
  );
}

export function acceptFriend(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  if (!has(farm.incoming, playerId))
    return refuse('NO_REQUEST', `no request from ${playerId} is waiting`);
  if (committed(farm) >= ctx.catalog.maxFriends)
    return refuse('TOO_MANY_FRIENDS', `at most ${ctx.catalog.maxFriends} friends and requests`);
  return change(
    befriend(farm, playerId),
    [event('friend_accept', { friend: playerId })],
    [send(playerId, 'friend_accept')],
  );
}

export function declineFriend(farm: Farm, playerId: number): RuleResult {
  if (!has(farm.incoming, playerId))
    return refuse('NO_REQUEST', `no request from ${playerId} is waiting`);
  return change(
    forget(farm, playerId),
    [event('friend_decline', { from: playerId })],
    [send(playerId, 'friend_decline')],
  );
}

/** Ends a friendship on both sides, or withdraws a request this player sent. */
export function removeFriend(farm: Farm, playerId: number): RuleResult {
  const type = farm.friends.includes(playerId)
    ? 'friend_remove'
    : has(farm.outgoing, playerId)
      ? 'friend_cancel'
      : null;
  if (!type) return refuse('NOT_FRIENDS', `${playerId} is not a friend or requested`);
  return change(
    forget(farm, playerId),
    [event(type, { friend: playerId })],
    [send(playerId, 'friend_remove')],
  );
}

/**
 * Blocks a player: ends any friendship or request with them and refuses
 * their requests from now on. They are told only what a removal or a
 * decline would tell them: a block is private.
 */
export function block(farm: Farm, playerId: number, ctx: RuleContext): RuleResult {
  const bad = otherPlayer(playerId, ctx, 'block');
  if (bad) return bad;
  if (farm.blocked.includes(playerId))
    return refuse('ALREADY_BLOCKED', `${playerId} is blocked already`);
  if (farm.blocked.length >= ctx.catalog.maxBlocked)
    return refuse('BLOCK_LIST_FULL', `at most ${ctx.catalog.maxBlocked} blocked players`);
  const wasRequested = has(farm.incoming, playerId);
  const knew = wasRequested || farm.friends.includes(playerId) || has(farm.outgoing, playerId);
  const next = { ...forget(farm, playerId), blocked: [...farm.blocked, playerId] };
  const tell = knew ? [send(playerId, wasRequested ? 'friend_decline' : 'friend_remove')] : [];
  return change(next, [event('block', { player: playerId })], tell);
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

/**
 * One friendship message from `from`, applied to this player's farm. Every
 * case leaves the pair agreeing once the replies are applied:
 * - request: blocked, dropped silently (the sender sees a stranger who has
 *   not answered); already a friend, answered with an accept (the sender
 *   lost track); requested them too, an accept; else a pending request
 *   (past the limit, the oldest expires);
 * - accept: of a request still pending, a friendship; already friends,
 *   nothing; else (withdrawn, blocked) answered with a removal;
 * - decline, remove: the pair is strangers on this side too.
 */
export function applyFriendMessage(
  farm: Farm,
  kind: string,
  from: number,
  ctx: RuleContext,
): Applied {
  const none: Applied = { farm, events: [], replies: [], notice: null };
  switch (kind) {
    case 'friend_request': {
      if (farm.blocked.includes(from)) return none;
      if (farm.friends.includes(from)) return { ...none, replies: [send(from, 'friend_accept')] };
      if (has(farm.outgoing, from)) return accepted(farm, from, [send(from, 'friend_accept')]);
      if (has(farm.incoming, from)) return none;
      const incoming = [...farm.incoming, { id: from, at: ctx.now }];
      while (incoming.length > ctx.catalog.maxIncomingRequests) incoming.shift();
      return {
        farm: { ...farm, incoming },
        events: [event('friend_requested', { from })],
        replies: [],
        notice: { kind: 'request', from },
      };
    }
    case 'friend_accept':
      if (farm.friends.includes(from)) return none;
      if (has(farm.outgoing, from)) return accepted(farm, from, []);
      return { ...none, replies: [send(from, 'friend_remove')] };
    case 'friend_decline':
    case 'friend_remove': {
      const known =
        farm.friends.includes(from) || has(farm.outgoing, from) || has(farm.incoming, from);
      if (!known) return none;
      const what = kind === 'friend_decline' ? 'declined' : 'removed';
      return {
        farm: forget(farm, from),
        events: [event(`friend_${what}`, { by: from })],
        replies: [],
        notice: { kind: what, from },
      };
    }
    default:
      return none;
  }
}

function accepted(farm: Farm, from: number, replies: Outgoing[]): Applied {
  return {
    farm: befriend(farm, from),
    events: [event('friend_accepted', { by: from })],
    replies,
    notice: { kind: 'accepted', from },
  };
}

/**
 * At login: a farm stored before friendship was mutual sends a request to
 * every one-sided friend (two players who listed each other each send one,
 * and crossing requests make them friends); requests older than the
 * catalog's TTL expire. Null when there is nothing to change.
 */
export function settleFriends(farm: Farm, ctx: RuleContext): RuleResult | null {
  const oldest = ctx.now - ctx.catalog.friendRequestTtlHours * 3_600_000;
  const fresh = (r: PendingRequest) => r.at >= oldest;
  const legacy = (farm.legacyFriends ?? []).filter((id) => id !== ctx.playerId);
  const outgoing = farm.outgoing.filter(fresh);
  const incoming = farm.incoming.filter(fresh);
  const expired = farm.outgoing.length - outgoing.length + farm.incoming.length - incoming.length;
  // An empty legacy list needs no save: the next save stores the new form.
  if (legacy.length === 0 && expired === 0) return null;
  const next: Farm = { ...farm, outgoing, incoming };
  delete next.legacyFriends;
  const ids = [...new Set(legacy)].filter((id) => !has(outgoing, id));
  next.outgoing = [...outgoing, ...ids.map((id) => ({ id, at: ctx.now }))];
  const events = [];
  if (farm.legacyFriends !== undefined)
    events.push(event('friends_migrated', { requested: ids.length }));
  if (expired > 0) events.push(event('friend_requests_expired', { count: expired }));
  return change(
    next,
    events,
    ids.map((id) => send(id, 'friend_request')),
  );
}
