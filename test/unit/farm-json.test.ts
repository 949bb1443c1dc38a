import assert from 'node:assert/strict';
import { loadCatalog } from '../../src/game/catalog';
import { type Farm, newFarm, parseFarm, serializeFarm } from '../../src/game/farm';

/** The hand-written stored form must be the document JSON.stringify gives. */

const catalog = loadCatalog();

/** A farm as rules leave it, from a seeded generator: plots, odd item names, friends, requests. */
function randomFarm(seed: number): Farm {
  let x = seed;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const names = ['wheat', 'corn', 'a"quote', 'back\\slash', 'ünïcode', 'line\nbreak', '12', ''];
  const f = newFarm(catalog, 1 + rnd(1000));
  f.name = names[rnd(names.length)]!;
  f.coins = rnd(2 ** 31) * 1000;
  f.xp = rnd(100000);
  f.plots = f.plots.map(() =>
    rnd(2) ? { crop: names[rnd(names.length)]!, plantedAt: 1_700_000_000_000 + rnd(1e9) } : null,
  );
  for (let i = rnd(5); i > 0; i--) f.inventory[names[rnd(names.length)]!] = 1 + rnd(50);
  if (rnd(2)) {
    f.friends = [rnd(1e6) + 1, rnd(1e6) + 1];
    f.outgoing = [{ id: rnd(1e6) + 1, at: 1_700_000_000_000 }];
    f.incoming = [{ id: 7, at: 1 }];
    f.blocked = [9];
    f.requestDay = 20000;
    f.requestsToday = rnd(20);
  }
  if (rnd(4) === 0) f.legacyFriends = [3, 4];
  return f;
}

describe('serializeFarm', () => {
  it('writes exactly what JSON.stringify writes, for 2,000 generated farms', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const f = randomFarm(seed);
      assert.equal(serializeFarm(f), JSON.stringify(f), `seed ${seed}`);
    }
  });

  it('a farm in another property order still reads back the same', () => {
    const f = randomFarm(5);
    const shuffled = Object.fromEntries(Object.entries(f).reverse()) as unknown as Farm;
    assert.deepEqual(JSON.parse(serializeFarm(shuffled)), JSON.parse(JSON.stringify(shuffled)));
  });

  it('round-trips through parseFarm', () => {
    const f = randomFarm(11);
    delete f.legacyFriends;
    for (const item of Object.keys(f.inventory))
      if (f.inventory[item] === 0) delete f.inventory[item];
    assert.deepEqual(parseFarm(serializeFarm(f), catalog), f);
  });
});
