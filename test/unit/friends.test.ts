import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Catalog, loadCatalog, validateCatalog } from '../../src/game/catalog';
import { type Farm, newFarm, parseFarm, serializeFarm } from '../../src/game/farm';
import { apply, type Command, type RuleResult, settleFriends } from '../../src/game/rules';

/**
 * Mutual friendship: the rules alone, and the two sides converging through
 * their inboxes. For every pair the lower id decides (friends.ts): it sends
 * the pair's state (`friend_state`), the other side proposes
 * (`friend_propose`).
 */

const base = loadCatalog();
const T0 = 1_800_000_000_000;
const DAY = 86_400_000;

function catalogWith(over: Partial<Catalog>): Catalog {
  return validateCatalog({ ...base, ...over });
}

function run(farm: Farm, cmd: Command, me = 1, now = T0, catalog = base): RuleResult {
  return apply(farm, cmd, { catalog, playerId: me, now });
}

function ok(r: RuleResult): Farm {
  assert.ok(r.ok, r.ok ? '' : `${r.code}: ${r.message}`);
  return r.change.farm;
}

function refused(r: RuleResult, code: string): void {
  assert.ok(!r.ok, `expected ${code}`);
  assert.equal(r.code, code, r.message);
}

const ids = (f: Farm) => ({
  friends: f.friends,
  incoming: f.incoming.map((r) => r.id),
  outgoing: f.outgoing.map((r) => r.id),
  blocked: f.blocked,
});

/** An inbox item as the worker reads it: who from, the kind, and the proposal or state. */
type Item = { from: number; kind: string; word: string };

const wordOf = (payload: string) => {
  const p = JSON.parse(payload) as { a?: string; s?: string };
  return p.a ?? p.s ?? '';
};

const state = (to: number, s: string) => ({
  to,
  kind: 'friend_state',
  payload: JSON.stringify({ s }),
});
const proposal = (to: number, a: string) => ({
  to,
  kind: 'friend_propose',
  payload: JSON.stringify({ a }),
});

function receive(farm: Farm, me: number, items: Item[], now = T0, catalog = base) {
  const entries = items.map((i, n) => ({ inboxId: n + 1, item: '', qty: 0, ...i }));
  const r = run(farm, { type: 'receiveInbox', items: entries }, me, now, catalog);
  assert.ok(r.ok);
  return r.change;
}

describe('friends: requests, answers, blocks (pure rules)', () => {
  it('a request is pending on the sender and reaches the other side (the lower id decides)', () => {
    const r = run(newFarm(base, 1), { type: 'addFriend', playerId: 2 });
    assert.deepEqual(ids(ok(r)), { friends: [], incoming: [], outgoing: [2], blocked: [] });
    assert.deepEqual(r.ok && r.change.gifts, [state(2, 'out')]);
    const b = receive(newFarm(base, 2), 2, [{ from: 1, kind: 'friend_state', word: 'out' }]);
    assert.deepEqual(ids(b.farm).incoming, [1]);
    assert.deepEqual(b.notices, [{ kind: 'request', from: 1 }]);
    const up = run(newFarm(base, 2), { type: 'addFriend', playerId: 1 }, 2);
    assert.deepEqual(up.ok && up.change.gifts, [proposal(1, 'request')], 'the higher id proposes');
  });

  it('refusals: BAD_PLAYER_ID, SELF, ALREADY_REQUESTED, ALREADY_FRIENDS, BLOCKED', () => {
    const f = ok(run(newFarm(base, 1), { type: 'addFriend', playerId: 2 }));
    refused(run(f, { type: 'addFriend', playerId: 0 }), 'BAD_PLAYER_ID');
    refused(run(f, { type: 'addFriend', playerId: 2 ** 53 }), 'BAD_PLAYER_ID');
    refused(run(f, { type: 'addFriend', playerId: 1 }), 'SELF');
    refused(run(f, { type: 'addFriend', playerId: 2 }), 'ALREADY_REQUESTED');
    refused(run({ ...f, friends: [3] }, { type: 'addFriend', playerId: 3 }), 'ALREADY_FRIENDS');
    refused(run({ ...f, blocked: [4] }, { type: 'addFriend', playerId: 4 }), 'BLOCKED');
  });

  it('limits: pending requests (TOO_MANY_REQUESTS), per day (DAILY_REQUEST_LIMIT), friends (TOO_MANY_FRIENDS)', () => {
    const small = catalogWith({ maxOutgoingRequests: 2, friendRequestsPerDay: 3, maxFriends: 4 });
    let f = newFarm(small, 1);
    for (const id of [2, 3]) f = ok(run(f, { type: 'addFriend', playerId: id }, 1, T0, small));
    refused(run(f, { type: 'addFriend', playerId: 4 }, 1, T0, small), 'TOO_MANY_REQUESTS');
    f = ok(run(f, { type: 'removeFriend', playerId: 2 }, 1, T0, small));
    f = ok(run(f, { type: 'addFriend', playerId: 4 }, 1, T0, small));
    f = ok(run(f, { type: 'removeFriend', playerId: 4 }, 1, T0, small));
    refused(run(f, { type: 'addFriend', playerId: 5 }, 1, T0, small), 'DAILY_REQUEST_LIMIT');
    f = ok(run(f, { type: 'addFriend', playerId: 5 }, 1, T0 + DAY, small));
    assert.equal(f.requestsToday, 1, 'a new UTC day starts a new count');
    const full = {
      ...newFarm(small, 1),
      friends: [10, 11, 12],
      outgoing: [{ id: 13, at: T0 }],
    };
    refused(run(full, { type: 'addFriend', playerId: 6 }, 1, T0, small), 'TOO_MANY_FRIENDS');
    const asked = {
      ...full,
      outgoing: [],
      incoming: [{ id: 7, at: T0 }],
      friends: [10, 11, 12, 13],
    };
    refused(run(asked, { type: 'acceptFriend', playerId: 7 }, 1, T0, small), 'TOO_MANY_FRIENDS');
  });

  it('incoming requests past the limit: the oldest is declined', () => {
    const small = catalogWith({ maxIncomingRequests: 2 });
    let f = newFarm(small, 1);
    let last = null;
    for (const from of [2, 3, 4]) {
      last = receive(f, 1, [{ from, kind: 'friend_propose', word: 'request' }], T0, small);
      f = last.farm;
    }
    assert.deepEqual(ids(f).incoming, [3, 4]);
    assert.deepEqual(last?.gifts, [state(2, 'none'), state(4, 'in')]);
  });

  it('accept and decline need a waiting request (NO_REQUEST); accept makes a friend and tells them', () => {
    const f = newFarm(base, 2);
    refused(run(f, { type: 'acceptFriend', playerId: 1 }, 2), 'NO_REQUEST');
    refused(run(f, { type: 'declineFriend', playerId: 1 }, 2), 'NO_REQUEST');
    const asked = receive(f, 2, [{ from: 1, kind: 'friend_state', word: 'out' }]).farm;
    const r = run(asked, { type: 'acceptFriend', playerId: 1 }, 2);
    assert.deepEqual(ids(ok(r)), { friends: [1], incoming: [], outgoing: [], blocked: [] });
    assert.deepEqual(r.ok && r.change.gifts, [proposal(1, 'accept')]);
    const d = run(asked, { type: 'declineFriend', playerId: 1 }, 2);
    assert.deepEqual(ids(ok(d)).incoming, []);
    assert.deepEqual(d.ok && d.change.gifts, [proposal(1, 'decline')]);
    const viaAdd = run(asked, { type: 'addFriend', playerId: 1 }, 2);
    assert.deepEqual(ids(ok(viaAdd)).friends, [1], 'a request to a requester is an accept');
  });

  it('the deciding side applies a proposal only if it still makes sense, and always answers', () => {
    const mine = ok(run(newFarm(base, 1), { type: 'addFriend', playerId: 2 }));
    const yes = receive(mine, 1, [{ from: 2, kind: 'friend_propose', word: 'accept' }]);
    assert.deepEqual(ids(yes.farm).friends, [2]);
    assert.deepEqual(yes.gifts, [state(2, 'friends')]);
    assert.deepEqual(yes.notices, [{ kind: 'accepted', from: 2 }]);
    const late = receive(newFarm(base, 1), 1, [
      { from: 2, kind: 'friend_propose', word: 'accept' },
    ]);
    assert.deepEqual(
      ids(late.farm).friends,
      [],
      'an accept of a withdrawn request changes nothing',
    );
    assert.deepEqual(late.gifts, [state(2, 'none')], '... and says so');
  });

  it('remove ends a friendship or withdraws a request; anything else is NOT_FRIENDS', () => {
    const f = { ...newFarm(base, 1), friends: [2], outgoing: [{ id: 3, at: T0 }] };
    const r = run(f, { type: 'removeFriend', playerId: 2 });
    assert.deepEqual(ok(r).friends, []);
    assert.deepEqual(r.ok && r.change.gifts, [state(2, 'none')]);
    assert.deepEqual(ok(run(f, { type: 'removeFriend', playerId: 3 })).outgoing, []);
    refused(run(f, { type: 'removeFriend', playerId: 4 }), 'NOT_FRIENDS');
  });

  it('block: ends the friendship (told as a removal); the blocked player is answered as a stranger', () => {
    const small = catalogWith({ maxBlocked: 1 });
    const f = { ...newFarm(small, 1), friends: [2] };
    const r = run(f, { type: 'block', playerId: 2 }, 1, T0, small);
    const blocked = ok(r);
    assert.deepEqual(ids(blocked), { friends: [], incoming: [], outgoing: [], blocked: [2] });
    assert.deepEqual(r.ok && r.change.gifts, [state(2, 'none')]);
    const later = receive(blocked, 1, [{ from: 2, kind: 'friend_propose', word: 'request' }]);
    assert.deepEqual(ids(later.farm).incoming, [], 'a blocked player cannot request');
    assert.deepEqual(later.notices, [], 'and the blocker is not bothered');
    assert.deepEqual(
      later.gifts,
      [state(2, 'in')],
      'their request just stays waiting, as a stranger’s would',
    );
    refused(run(blocked, { type: 'block', playerId: 2 }, 1, T0, small), 'ALREADY_BLOCKED');
    refused(run(blocked, { type: 'block', playerId: 3 }, 1, T0, small), 'BLOCK_LIST_FULL');
    refused(run(blocked, { type: 'block', playerId: 1 }, 1, T0, small), 'SELF');
    const freed = ok(run(blocked, { type: 'unblock', playerId: 2 }, 1, T0, small));
    assert.deepEqual(freed.blocked, []);
    refused(run(freed, { type: 'unblock', playerId: 2 }, 1, T0, small), 'NOT_BLOCKED');
    const stranger = run(newFarm(small, 1), { type: 'block', playerId: 9 }, 1, T0, small);
    assert.deepEqual(stranger.ok && stranger.change.gifts, [], 'a stranger is told nothing');
    const upper = { ...newFarm(base, 3), blocked: [1] };
    const adopted = receive(upper, 3, [{ from: 1, kind: 'friend_state', word: 'out' }]);
    assert.deepEqual(
      ids(adopted.farm).incoming,
      [],
      'a blocked deciding side cannot request either',
    );
  });

  it('a gift from someone who is no longer a friend goes back to them', () => {
    const f = newFarm(base, 1);
    const c = receive(f, 1, [{ from: 2, kind: 'item', word: '' }]);
    assert.deepEqual(c.gifts, [], 'a malformed gift (qty 0) is only acknowledged');
    const r = run(f, {
      type: 'receiveInbox',
      items: [{ inboxId: 1, from: 2, kind: 'item', item: 'wheat', qty: 2, word: '' }],
    });
    assert.ok(r.ok);
    assert.deepEqual(r.change.gifts, [
      { to: 2, kind: 'return', payload: '{"item":"wheat","qty":2}' },
    ]);
    assert.equal(r.change.farm.inventory.wheat, undefined);
  });
});

function settle(farm: Farm, me: number, now = T0): { farm: Farm; sent: Item[]; to: number[] } {
  const r = settleFriends(farm, { catalog: base, playerId: me, now });
  if (!r?.ok) return { farm, sent: [], to: [] };
  return {
    farm: r.change.farm,
    sent: r.change.gifts.map((g) => ({ from: me, kind: g.kind, word: wordOf(g.payload) })),
    to: r.change.gifts.map((g) => g.to),
  };
}

type Inboxes = Record<number, Item[]>;

/** Applies every inbox (and the replies that makes) until all are empty. */
function drain(sides: Record<number, Farm>, inbox: Inboxes, catalog = base): void {
  for (let round = 0; round < 50; round++) {
    const busy = Object.keys(inbox)
      .map(Number)
      .filter((id) => inbox[id]!.length > 0);
    if (busy.length === 0) return;
    for (const id of busy) deliver(sides, inbox, id, inbox[id]!.length, catalog);
  }
  assert.fail('inboxes did not settle in 50 rounds');
}

function deliver(
  sides: Record<number, Farm>,
  inbox: Inboxes,
  id: number,
  n: number,
  catalog = base,
): void {
  const items = inbox[id]!.splice(0, n);
  if (items.length === 0) return;
  const c = receive(sides[id]!, id, items, T0, catalog);
  sides[id] = c.farm;
  for (const g of c.gifts) inbox[g.to]!.push({ from: id, kind: g.kind, word: wordOf(g.payload) });
}

describe('friends: stored farms from before mutual friendship (migration)', () => {
  it('a one-sided list parses as legacy and becomes requests at login', () => {
    const old = JSON.stringify({
      name: 'x',
      coins: 1,
      xp: 0,
      plots: [],
      inventory: {},
      friends: [2, 3],
    });
    const farm = parseFarm(old, base);
    assert.deepEqual(farm.legacyFriends, [2, 3]);
    assert.deepEqual(farm.friends, []);
    const r = settleFriends(farm, { catalog: base, playerId: 1, now: T0 });
    assert.ok(r?.ok);
    assert.deepEqual(ids(r.change.farm).outgoing, [2, 3]);
    assert.deepEqual(r.change.gifts, [state(2, 'out'), state(3, 'out')]);
    assert.ok(!serializeFarm(r.change.farm).includes('legacy'), 'the legacy list is never stored');
    assert.equal(settleFriends(r.change.farm, { catalog: base, playerId: 1, now: T0 }), null);
  });

  it('two players who listed each other end as friends; a one-sided entry as a request', () => {
    const legacy = (me: number, friends: number[]) =>
      parseFarm(
        JSON.stringify({ name: `${me}`, coins: 0, xp: 0, plots: [], inventory: {}, friends }),
        base,
      );
    const inbox: Inboxes = { 1: [], 2: [], 3: [] };
    const sides: Record<number, Farm> = { 3: newFarm(base, 3) };
    for (const [me, list] of [
      [1, [2, 3]],
      [2, [1]],
    ] as const) {
      const s = settle(legacy(me, [...list]), me);
      sides[me] = s.farm;
      s.sent.forEach((item, i) => inbox[s.to[i]!]!.push(item));
    }
    drain(sides, inbox);
    assert.deepEqual(ids(sides[1]!).friends, [2]);
    assert.deepEqual(ids(sides[2]!).friends, [1]);
    assert.deepEqual(ids(sides[1]!).outgoing, [3]);
    assert.deepEqual(ids(sides[3]!).incoming, [1]);
  });

  it('requests older than the TTL expire at login, and the other side is told', () => {
    const ttl = base.friendRequestTtlHours * 3_600_000;
    const f = {
      ...newFarm(base, 1),
      outgoing: [{ id: 2, at: T0 }],
      incoming: [{ id: 3, at: T0 + ttl }],
    };
    const r = settleFriends(f, { catalog: base, playerId: 1, now: T0 + ttl + 1 });
    assert.ok(r?.ok);
    assert.deepEqual(ids(r.change.farm), { friends: [], incoming: [3], outgoing: [], blocked: [] });
    assert.deepEqual(r.change.gifts, [state(2, 'none')]);
  });
});

describe('friends: any interleaving of commands and deliveries ends with both sides agreeing', () => {
  const CMDS = [
    'addFriend',
    'acceptFriend',
    'declineFriend',
    'removeFriend',
    'block',
    'unblock',
  ] as const;
  const step = fc.oneof(
    fc.record({ who: fc.constantFrom(1, 2), cmd: fc.constantFrom(...CMDS) }),
    fc.record({ who: fc.constantFrom(1, 2), deliver: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ who: fc.constantFrom(1, 2), expire: fc.constant(true) }),
  );
  const later = T0 + base.friendRequestTtlHours * 3_600_000 + 1;

  it('random steps, then every inbox applied: friends on both sides or neither', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const sides: Record<number, Farm> = { 1: newFarm(base, 1), 2: newFarm(base, 2) };
        const inbox: Inboxes = { 1: [], 2: [] };
        for (const s of steps) {
          const other = s.who === 1 ? 2 : 1;
          if ('deliver' in s) {
            deliver(sides, inbox, s.who, s.deliver);
            continue;
          }
          if ('expire' in s) {
            // A login after the TTL: every request made so far expires on this side.
            const e = settle(sides[s.who]!, s.who, later);
            sides[s.who] = e.farm;
            e.sent.forEach((item, i) => inbox[e.to[i]!]!.push(item));
            continue;
          }
          const r = run(sides[s.who]!, { type: s.cmd, playerId: other }, s.who);
          if (!r.ok) continue;
          sides[s.who] = r.change.farm;
          for (const g of r.change.gifts)
            inbox[g.to]!.push({ from: s.who, kind: g.kind, word: wordOf(g.payload) });
        }
        drain(sides, inbox);
        const a = sides[1]!;
        const b = sides[2]!;
        const pair = JSON.stringify({ a: ids(a), b: ids(b) });
        assert.equal(a.friends.includes(2), b.friends.includes(1), pair);
        if (a.blocked.includes(2) || b.blocked.includes(1)) assert.ok(!a.friends.includes(2));
      }),
      { numRuns: 5000 },
    );
  });

  it('three players with tight limits (one incoming request, two outgoing): every pair agrees', () => {
    const tight = catalogWith({ maxIncomingRequests: 1, maxOutgoingRequests: 2, maxFriends: 2 });
    const who = fc.constantFrom(1, 2, 3);
    const act = fc.oneof(
      fc.record({ who, to: who, cmd: fc.constantFrom(...CMDS) }),
      fc.record({ who, deliver: fc.integer({ min: 1, max: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(act, { maxLength: 60 }), (steps) => {
        const sides: Record<number, Farm> = {
          1: newFarm(tight, 1),
          2: newFarm(tight, 2),
          3: newFarm(tight, 3),
        };
        const inbox: Inboxes = { 1: [], 2: [], 3: [] };
        for (const s of steps) {
          if ('deliver' in s) {
            deliver(sides, inbox, s.who, s.deliver, tight);
            continue;
          }
          const r = run(sides[s.who]!, { type: s.cmd, playerId: s.to }, s.who, T0, tight);
          if (!r.ok) continue;
          sides[s.who] = r.change.farm;
          for (const g of r.change.gifts)
            inbox[g.to]!.push({ from: s.who, kind: g.kind, word: wordOf(g.payload) });
        }
        drain(sides, inbox, tight);
        for (const [x, y] of [
          [1, 2],
          [1, 3],
          [2, 3],
        ] as const) {
          assert.equal(sides[x]!.friends.includes(y), sides[y]!.friends.includes(x), `${x}-${y}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
