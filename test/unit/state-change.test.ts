import assert from 'node:assert/strict';
import { loadCatalog } from '../../src/game/catalog';
import { type Farm, newFarm } from '../../src/game/farm';
import { apply, type Command } from '../../src/game/rules';
import { changeView, stateView } from '../../src/game/views';
import { applyStateChange } from '../../src/protocol/state-change';
import type { PlayerStateMsg } from '../../src/protocol/messages';
import { seeded } from '../helpers/seeded';

/** A StateChange applied to the state before it gives the state after it. */

const catalog = loadCatalog();
const crops = Object.keys(catalog.crops);
const ME = 7;

/** Comparable: items in name order (the server lists them in the farm's own order). */
function normal(s: PlayerStateMsg | null) {
  if (!s) return s;
  const inventory = [...(s.inventory ?? [])].sort((a, b) => (a.item! < b.item! ? -1 : 1));
  return JSON.parse(JSON.stringify({ ...s, inventory })) as unknown;
}

describe('StateChange (changeView and applyStateChange)', () => {
  it('applied to the state before, gives the state after, over 6,000 random commands', () => {
    const rnd = seeded(42);
    let farm: Farm = { ...newFarm(catalog, ME), coins: 1_000_000 };
    let version = 1;
    let now = 1_700_000_000_000;
    let changes = 0;
    for (let i = 0; i < 6000; i++) {
      now += rnd(20_000);
      const items = Object.keys(farm.inventory);
      const cmd: Command =
        rnd(3) === 0
          ? { type: 'plant', plot: rnd(farm.plots.length), crop: crops[rnd(crops.length)]! }
          : rnd(2) === 0 || items.length === 0
            ? { type: 'harvest', plot: rnd(farm.plots.length) }
            : { type: 'sell', item: items[rnd(items.length)]!, qty: 1 };
      const r = apply(farm, cmd, { catalog, playerId: ME, now });
      if (!r.ok) continue;
      const before = stateView(ME, version, farm, catalog);
      const change = changeView(farm, r.change.farm, version + 1, catalog);
      assert.ok(change, `${cmd.type} is a farm change`);
      farm = r.change.farm;
      version++;
      assert.deepEqual(
        normal(applyStateChange(before, change)),
        normal(stateView(ME, version, farm, catalog)),
        `command ${i}: ${JSON.stringify(cmd)}`,
      );
      changes++;
    }
    assert.ok(changes > 1000, `${changes} changes checked`);
  });

  it('a change to friendships is not a StateChange; a change that does not follow is not applied', () => {
    const farm = newFarm(catalog, ME);
    const r = apply(farm, { type: 'addFriend', playerId: 9 }, { catalog, playerId: ME, now: 1 });
    assert.ok(r.ok);
    assert.equal(changeView(farm, r.change.farm, 2, catalog), null);
    const state = stateView(ME, 5, farm, catalog);
    assert.equal(applyStateChange(state, { version: 7, coins: 1, xp: 0, level: 1 }), null);
  });
});
