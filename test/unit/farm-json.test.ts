import assert from 'node:assert/strict';
import { loadCatalog } from '../../src/game/catalog';
import { type Farm, newFarm, parseFarm, serializeFarm } from '../../src/game/farm';
import { seeded } from '../helpers/seeded';

/** The hand-written stored form must be the document JSON.stringify gives. */

const catalog = loadCatalog();

/** A farm as rules leave it, from a seeded generator: plots, odd item names, friends, requests. */
function randomFarm(seed: number): Farm {
  const rnd = seeded(seed);
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

  it('writes numbers as JSON.stringify does: whole ones digit by digit up to 2^53, others as text', () => {
    const values = [
      0,
      1,
      9,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 31 + 1,
      2 ** 32,
      1e12,
      1e12 + 1,
      1_764_527_000_000,
      1_764_527_000_001,
      1_764_527_999_999,
      1_764_528_000_000,
      1_764_527_010_203,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      2 ** 60,
      1.5,
      2 ** 31 + 0.5,
      -1,
      -(2 ** 40),
      NaN,
      Infinity,
    ];
    const rnd = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const x = rnd(2147483648);
      values.push(1_700_000_000_000 + x * 37, x * 1e6, x * 1e6 + (x % 1000));
    }
    for (const v of values) {
      const f = newFarm(catalog, 1);
      f.coins = v;
      f.plots[0] = { crop: 'wheat', plantedAt: v };
      assert.equal(serializeFarm(f), JSON.stringify(f), String(v));
    }
  });

  it('grows its buffer for a large farm, and the next farm is written from the start', () => {
    const big = newFarm(catalog, 2);
    big.name = 'ü'.repeat(50_000);
    big.friends = Array.from({ length: 20_000 }, (_, i) => 1_764_527_000_000 + i);
    assert.equal(serializeFarm(big), JSON.stringify(big));
    const small = newFarm(catalog, 3);
    assert.equal(serializeFarm(small), JSON.stringify(small));
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
