import assert from 'node:assert/strict';
import {
  adopt,
  adoptChange,
  adoptDelta,
  applyChange,
  applyFriendPush,
  changeMatches,
  cloneForPlan,
  cloneModel,
  delta,
  deltaMatches,
  diff,
  matches,
  type Model,
  withDelta,
} from '../../src/bots/model';
import type { PlayerStateMsg } from '../../src/protocol/messages';
import { checkFriendships, Report } from '../../src/bots/verify';

/** The bots' check of an answer against what they expected. */

const base: Model = {
  version: 3,
  coins: 100,
  xp: 5,
  inventory: new Map([['wheat', 2]]),
  plots: new Map([[0, { crop: 'corn', readyAt: 0 }]]),
  friends: new Set([7, 11]),
  incoming: new Set([20]),
  outgoing: new Set([30]),
  plotCount: 12,
};

/** The answer's state that is exactly `base`. */
const stateOfBase = (): PlayerStateMsg => ({
  version: 4,
  coins: 100,
  xp: 5,
  inventory: [{ item: 'wheat', qty: 2 }],
  plots: [{ index: 0, crop: 'corn', readyAt: 5000 }],
  friends: [11, 7],
  incomingRequests: [20],
  outgoingRequests: [30],
  plotCount: 12,
});

describe('bot answer check without a model per answer', () => {
  it('a copy holds every entry in order, and changing it leaves the original as it was', () => {
    const copy = cloneModel(base);
    assert.deepEqual(copy, base);
    assert.deepEqual([...copy.inventory], [...base.inventory]);
    copy.inventory.set('corn', 1);
    copy.plots.delete(0);
    copy.friends.add(99);
    copy.incoming.clear();
    copy.outgoing.add(31);
    const plan = cloneForPlan(base);
    plan.inventory.delete('wheat');
    plan.plots.set(1, { crop: 'wheat', readyAt: 0 });
    assert.deepEqual([...base.inventory], [['wheat', 2]]);
    assert.deepEqual([...base.plots.keys()], [0]);
    assert.deepEqual([...base.friends], [7, 11]);
    assert.deepEqual([...base.incoming], [20]);
    assert.deepEqual([...base.outgoing], [30]);
    // A plan shares the friend sets (no command it makes changes them).
    assert.equal(plan.friends, base.friends);
  });

  it('matches the exact state, in any order of the friends', () => {
    assert.equal(matches(base, stateOfBase()), true);
  });

  it('does not match any difference diff would name', () => {
    const cases: Array<(s: PlayerStateMsg) => void> = [
      (s) => (s.coins = 99),
      (s) => (s.xp = 6),
      (s) => (s.inventory = [{ item: 'wheat', qty: 1 }]),
      (s) => (s.inventory = [...(s.inventory ?? []), { item: 'corn', qty: 1 }]),
      (s) => (s.inventory = []),
      (s) => (s.plots = [{ index: 0, crop: 'wheat', readyAt: 0 }]),
      (s) => (s.plots = []),
      (s) => (s.plots = [...(s.plots ?? []), { index: 3, crop: 'corn', readyAt: 0 }]),
      (s) => (s.friends = [7]),
      (s) => (s.friends = [7, 12]),
      (s) => (s.incomingRequests = []),
      (s) => (s.outgoingRequests = [30, 31]),
    ];
    for (const [i, change] of cases.entries()) {
      const s = stateOfBase();
      change(s);
      assert.equal(matches(base, s), false, `case ${i}`);
    }
  });

  it('adopts the server version and ready times without changing the previous model', () => {
    const expected = cloneForPlan(base);
    const adopted = adopt(expected, stateOfBase());
    assert.equal(adopted.version, 4);
    assert.equal(adopted.plots.get(0)?.readyAt, 5000);
    assert.equal(base.plots.get(0)?.readyAt, 0, 'the shared plot object was replaced, not changed');
  });
});

/** The server's answer to a harvest of plot 0 on `base`, and answers that are not it. */
const change = {
  version: 4,
  coins: 100,
  xp: 7,
  level: 1,
  freedPlots: [0],
  inventory: [{ item: 'corn', qty: 1 }],
};
const wrongChanges = [
  { ...change, freedPlots: [] },
  { ...change, freedPlots: [1] },
  { ...change, inventory: [] },
  { ...change, inventory: [...change.inventory, { item: 'wheat', qty: 5 }] },
  { ...change, inventory: [{ item: 'wheat', qty: 3 }] },
  { ...change, plots: [{ index: 3, crop: 'corn', readyAt: 1 }] },
  { ...change, xp: 6 },
  { ...change, coins: 99 },
  { ...change, inventory: [{ item: 'corn', qty: 2 }] },
];

describe('bot check of a StateChange answer', () => {
  /** The bot's plan for a harvest of plot 0: the plot freed, one more corn, xp + 2. */
  const harvest = () => {
    const e = cloneForPlan(base);
    e.plots.delete(0);
    e.inventory.set('corn', 1);
    e.xp += 2;
    return e;
  };

  it('matches exactly the change the plan made, and adopts the server version', () => {
    assert.ok(changeMatches(base, harvest(), change));
    const adopted = adoptChange(harvest(), change);
    assert.equal(adopted.version, 4);
    assert.deepEqual(diff(harvest(), applyChange(base, change)), []);
  });

  it('does not match a change that misses, adds or alters a plot or an item', () => {
    for (const ch of wrongChanges) {
      assert.equal(changeMatches(base, harvest(), ch), false, JSON.stringify(ch));
      assert.notDeepEqual(diff(harvest(), applyChange(base, ch)), [], JSON.stringify(ch));
    }
  });
});

describe('bot check of a StateChange answer against a delta (the model moved on in place)', () => {
  const harvest = delta({ plot: 0, crop: null, item: 'corn', qty: 1, xp: 2 });

  it('matches the change the delta makes, and moves the model on in place', () => {
    const m = cloneModel(base);
    assert.ok(deltaMatches(m, harvest, change));
    assert.deepEqual(diff(withDelta(m, harvest), applyChange(m, change)), []);
    assert.deepEqual(diff(m, base), [], 'withDelta leaves the model as it was');
    assert.equal(adoptDelta(m, harvest, change), m);
    assert.equal(m.version, 4);
    assert.equal(m.plots.has(0), false);
    assert.equal(m.inventory.get('corn'), 1);
    assert.equal(m.xp, 7);
  });

  it('does not match a change that misses, adds or alters a plot or an item', () => {
    for (const ch of wrongChanges) {
      assert.equal(deltaMatches(base, harvest, ch), false, JSON.stringify(ch));
      assert.notDeepEqual(
        diff(withDelta(base, harvest), applyChange(base, ch)),
        [],
        JSON.stringify(ch),
      );
      // The check against a copy says the same.
      assert.equal(changeMatches(base, withDelta(base, harvest), ch), false, JSON.stringify(ch));
    }
  });

  it('a plant: the plot, its crop and the server ready time; the coins paid', () => {
    const m = cloneModel(base);
    const plant = delta({ coins: -5, plot: 3, crop: 'wheat' });
    const ch = { version: 4, coins: 95, xp: 5, plots: [{ index: 3, crop: 'wheat', readyAt: 99 }] };
    assert.ok(deltaMatches(m, plant, ch));
    assert.equal(
      deltaMatches(m, plant, { ...ch, plots: [{ index: 3, crop: 'corn', readyAt: 99 }] }),
      false,
    );
    assert.equal(
      deltaMatches(m, plant, { ...ch, plots: [{ index: 4, crop: 'wheat', readyAt: 99 }] }),
      false,
    );
    adoptDelta(m, plant, ch);
    assert.deepEqual(m.plots.get(3), { crop: 'wheat', readyAt: 99 });
    assert.equal(m.coins, 95);
  });

  it('a sell with a gift pushed while it was in flight: the gift is in the expectation', () => {
    const m = cloneModel(base);
    const sell = delta({ coins: 6, item: 'wheat', qty: -2 });
    const ch = { version: 5, coins: 106, xp: 5, inventory: [{ item: 'wheat', qty: 3 }] };
    assert.equal(deltaMatches(m, sell, ch), false, 'without the gift: 0 wheat expected');
    m.inventory.set('wheat', 5);
    m.version = 4;
    assert.ok(deltaMatches(m, sell, ch));
    adoptDelta(m, sell, ch);
    assert.equal(m.inventory.get('wheat'), 3);
    // Selling the last ones removes the item; the server says qty 0.
    const all = delta({ coins: 9, item: 'wheat', qty: -3 });
    const last = { version: 6, coins: 115, xp: 5, inventory: [{ item: 'wheat', qty: 0 }] };
    assert.ok(deltaMatches(m, all, last));
    adoptDelta(m, all, last);
    assert.equal(m.inventory.has('wheat'), false);
    assert.equal(withDelta(base, all).inventory.has('wheat'), false);
  });
});

describe('bot model diff', () => {
  it('agrees with itself, whatever the order of the friends', () => {
    const same = cloneModel(base);
    same.friends = new Set([11, 7]);
    assert.deepEqual(diff(base, same), []);
  });

  it('names every difference: coins, xp, items either way, plots either way, friends', () => {
    const a = cloneModel(base);
    a.coins = 90;
    a.xp = 6;
    a.inventory = new Map([
      ['wheat', 1],
      ['corn', 4],
    ]);
    a.plots = new Map([[1, { crop: 'wheat', readyAt: 0 }]]);
    a.friends = new Set([7]);
    assert.deepEqual(diff(base, a), [
      'coins 90 != 100',
      'xp 6 != 5',
      'wheat 1 != 2',
      'corn 4 != 0',
      'plot 0 free != corn',
      'plot 1 wheat != free',
      'friends 7 != 7,11',
    ]);
  });

  it('after a reconnect, items may be more (gifts credited at login), never fewer', () => {
    const more = cloneModel(base);
    more.inventory = new Map([
      ['wheat', 5],
      ['corn', 1],
    ]);
    assert.deepEqual(diff(base, more, true), []);
    const fewer = cloneModel(base);
    fewer.inventory = new Map();
    assert.deepEqual(diff(base, fewer, true), ['wheat 0 != 2']);
  });

  it('friendship pushes move a player between the lists; requests are compared too', () => {
    const m = cloneModel(base);
    applyFriendPush(m, 40, 'request');
    assert.deepEqual([...m.incoming], [20, 40]);
    applyFriendPush(m, 30, 'accepted');
    assert.deepEqual([...m.friends], [7, 11, 30]);
    assert.deepEqual([...m.outgoing], []);
    applyFriendPush(m, 7, 'removed');
    assert.deepEqual([...m.friends], [11, 30]);
    assert.deepEqual(diff(base, m).sort(), [
      'friends 11,30 != 7,11',
      'incoming 20,40 != 20',
      'outgoing  != 30',
    ]);
    assert.deepEqual(
      diff(base, m, true),
      [],
      'after a reconnect, inbox items may have changed them',
    );
  });

  it('--verify: a friendship listed on one side only is reported for both players', () => {
    const m = (friends: number[]) => ({ ...cloneModel(base), friends: new Set(friends) });
    const stored = new Map([
      [1, m([2, 3])],
      [2, m([1])],
      [3, m([])],
    ]);
    const report = new Report();
    assert.equal(checkFriendships(stored, report), 1);
    assert.deepEqual([...report.bad].sort(), [1, 3]);
  });
});
