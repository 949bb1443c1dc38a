import assert from 'node:assert/strict';
import { loadCatalog, validateCatalog, levelOf, type Catalog } from '../../src/game/catalog';
import { type Farm, newFarm, parseFarm, serializeFarm } from '../../src/game/farm';
import {
  apply,
  checkChat,
  checkVisit,
  type Command,
  type CheckResult,
  type RuleResult,
} from '../../src/game/rules';
import { CatalogError } from '../../src/errors';

const catalog: Catalog = loadCatalog();
const ME = 1;
const T0 = 1_800_000_000_000;

function run(farm: Farm, cmd: Command, now = T0): RuleResult {
  return apply(farm, cmd, { catalog, playerId: ME, now });
}

function ok(r: RuleResult): Farm {
  assert.ok(r.ok, r.ok ? '' : `${r.code}: ${r.message}`);
  return r.change.farm;
}

function refused(r: RuleResult | CheckResult, code: string): void {
  assert.ok(!r.ok, `expected ${code}`);
  assert.equal(r.code, code, r.message);
}

describe('farm rules (pure, clock injected)', () => {
  const wheat = catalog.crops.wheat!;

  it('a new farm: start coins, free plots, level 1', () => {
    const f = newFarm(catalog, ME);
    assert.equal(f.coins, 100);
    assert.equal(f.plots.length, catalog.plots);
    assert.ok(f.plots.every((p) => p === null));
    assert.equal(levelOf(catalog, f.xp), 1);
  });

  it('plant: pays the seed, occupies the plot, makes a plant event', () => {
    const r = run(newFarm(catalog, ME), { type: 'plant', plot: 2, crop: 'wheat' });
    const f = ok(r);
    assert.equal(f.coins, 100 - wheat.seedCost);
    assert.deepEqual(f.plots[2], { crop: 'wheat', plantedAt: T0 });
    assert.equal(r.ok && r.change.events[0]?.type, 'plant');
  });

  it('plant refusals: BAD_PLOT, UNKNOWN_ITEM, PLOT_BUSY, LEVEL_TOO_LOW, NOT_ENOUGH_COINS', () => {
    const f = newFarm(catalog, ME);
    refused(run(f, { type: 'plant', plot: -1, crop: 'wheat' }), 'BAD_PLOT');
    refused(run(f, { type: 'plant', plot: catalog.plots, crop: 'wheat' }), 'BAD_PLOT');
    refused(run(f, { type: 'plant', plot: 1.5, crop: 'wheat' }), 'BAD_PLOT');
    refused(run(f, { type: 'plant', plot: 0, crop: 'gold' }), 'UNKNOWN_ITEM');
    refused(
      run(ok(run(f, { type: 'plant', plot: 0, crop: 'wheat' })), {
        type: 'plant',
        plot: 0,
        crop: 'wheat',
      }),
      'PLOT_BUSY',
    );
    refused(run(f, { type: 'plant', plot: 0, crop: 'strawberry' }), 'LEVEL_TOO_LOW');
    refused(
      run({ ...f, coins: wheat.seedCost - 1 }, { type: 'plant', plot: 0, crop: 'wheat' }),
      'NOT_ENOUGH_COINS',
    );
  });

  it('harvest: only when grown by the server clock; adds the crop and xp', () => {
    const planted = ok(run(newFarm(catalog, ME), { type: 'plant', plot: 0, crop: 'wheat' }));
    refused(
      run(planted, { type: 'harvest', plot: 0 }, T0 + wheat.growSeconds * 1000 - 1),
      'NOT_READY',
    );
    const f = ok(run(planted, { type: 'harvest', plot: 0 }, T0 + wheat.growSeconds * 1000));
    assert.equal(f.plots[0], null);
    assert.equal(f.inventory.wheat, 1);
    assert.equal(f.xp, wheat.xp);
    refused(run(f, { type: 'harvest', plot: 0 }), 'PLOT_EMPTY');
    refused(run(f, { type: 'harvest', plot: 99 }), 'BAD_PLOT');
  });

  it('names every object inherits ("toString", "constructor", "__proto__") are no crop or item', () => {
    const f = { ...newFarm(catalog, ME), inventory: { wheat: 3 }, friends: [2] };
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      refused(run(f, { type: 'plant', plot: 0, crop: name }), 'UNKNOWN_ITEM');
      refused(run(f, { type: 'sell', item: name, qty: 1 }), 'UNKNOWN_ITEM');
      refused(run(f, { type: 'sendGift', to: 2, item: name, qty: 1 }), 'UNKNOWN_ITEM');
    }
    // A plot that somehow holds one is harvested for nothing, never for NaN.
    const planted = { ...f, plots: [{ crop: 'toString', plantedAt: T0 }, ...f.plots.slice(1)] };
    const harvested = ok(run(planted, { type: 'harvest', plot: 0 }));
    assert.equal(harvested.xp, f.xp);
  });

  it('sell: coins for items; refusals UNKNOWN_ITEM, BAD_QUANTITY, NOT_ENOUGH_ITEMS, COINS_OVERFLOW', () => {
    const f = { ...newFarm(catalog, ME), inventory: { wheat: 3 } };
    const sold = ok(run(f, { type: 'sell', item: 'wheat', qty: 2 }));
    assert.equal(sold.coins, 100 + 2 * wheat.sellPrice);
    assert.equal(sold.inventory.wheat, 1);
    assert.equal(ok(run(f, { type: 'sell', item: 'wheat', qty: 3 })).inventory.wheat, undefined);
    refused(run(f, { type: 'sell', item: 'gold', qty: 1 }), 'UNKNOWN_ITEM');
    refused(run(f, { type: 'sell', item: 'wheat', qty: 0 }), 'BAD_QUANTITY');
    refused(run(f, { type: 'sell', item: 'wheat', qty: -1 }), 'BAD_QUANTITY');
    refused(run(f, { type: 'sell', item: 'wheat', qty: 4 }), 'NOT_ENOUGH_ITEMS');
    refused(
      run({ ...f, coins: Number.MAX_SAFE_INTEGER - 1 }, { type: 'sell', item: 'wheat', qty: 1 }),
      'COINS_OVERFLOW',
    );
  });

  it('gifts: debited from own inventory into the recipient inbox; only to friends', () => {
    const f = { ...newFarm(catalog, ME), inventory: { corn: 2 }, friends: [2] };
    const r = run(f, { type: 'sendGift', to: 2, item: 'corn', qty: 2 });
    const after = ok(r);
    assert.equal(after.inventory.corn, undefined);
    assert.deepEqual(r.ok && r.change.gifts, [
      { to: 2, kind: 'item', payload: '{"item":"corn","qty":2}' },
    ]);
    refused(run(f, { type: 'sendGift', to: 3, item: 'corn', qty: 1 }), 'NOT_FRIENDS');
    refused(run(f, { type: 'sendGift', to: ME, item: 'corn', qty: 1 }), 'SELF');
    refused(run(f, { type: 'sendGift', to: 2, item: 'corn', qty: 3 }), 'NOT_ENOUGH_ITEMS');
    refused(run(f, { type: 'sendGift', to: 2, item: 'corn', qty: 0 }), 'BAD_QUANTITY');
    refused(
      run(f, { type: 'sendGift', to: 2, item: 'corn', qty: catalog.maxGiftQty + 1 }),
      'BAD_QUANTITY',
    );
    refused(run(f, { type: 'sendGift', to: 2, item: 'gold', qty: 1 }), 'UNKNOWN_ITEM');
    refused(run(f, { type: 'sendGift', to: -5, item: 'corn', qty: 1 }), 'BAD_PLAYER_ID');
  });

  it('receiving gifts: from friends credited once; from strangers returned; every row acknowledged', () => {
    const f = { ...newFarm(catalog, ME), friends: [2, 4] };
    const gift = (inboxId: number, from: number, qty: number, kind = 'item') => ({
      inboxId,
      from,
      kind,
      item: 'corn',
      qty,
      word: '',
    });
    const r = run(f, {
      type: 'receiveInbox',
      items: [gift(5, 2, 2), gift(6, 3, 1), gift(7, 4, -3), gift(8, 9, 4, 'return')],
    });
    assert.equal(ok(r).inventory.corn, 6, '2 from a friend + 4 returned; the stranger gift is not');
    assert.deepEqual(r.ok && r.change.inboxAcks, [5, 6, 7, 8]);
    assert.deepEqual(r.ok && r.change.gifts, [
      { to: 3, kind: 'return', payload: '{"item":"corn","qty":1}' },
    ]);
  });

  it('chat and visits: friends only; chat length checked', () => {
    const f = { ...newFarm(catalog, ME), friends: [2] };
    assert.deepEqual(checkChat(f, 2, 'hi', catalog), { ok: true });
    refused(checkChat(f, 3, 'hi', catalog), 'NOT_FRIENDS');
    refused(checkChat(f, 2, '', catalog), 'TEXT_TOO_LONG');
    refused(checkChat(f, 2, 'x'.repeat(catalog.chatMaxLength + 1), catalog), 'TEXT_TOO_LONG');
    refused(checkChat(f, 0, 'hi', catalog), 'BAD_PLAYER_ID');
    assert.deepEqual(checkVisit(f, 2), { ok: true });
    refused(checkVisit(f, 3), 'NOT_FRIENDS');
  });

  it('rules never change the farm they were given', () => {
    const f = { ...newFarm(catalog, ME), inventory: { corn: 2 }, friends: [2] };
    const before = serializeFarm(f);
    run(f, { type: 'plant', plot: 0, crop: 'wheat' });
    run(f, { type: 'sendGift', to: 2, item: 'corn', qty: 1 });
    run(f, { type: 'sell', item: 'corn', qty: 1 });
    assert.equal(serializeFarm(f), before);
  });

  it('levels come from the catalog table', () => {
    assert.equal(levelOf(catalog, 0), 1);
    assert.equal(levelOf(catalog, catalog.levels[1]!), 2);
    assert.equal(levelOf(catalog, catalog.levels[1]! - 1), 1);
    assert.equal(levelOf(catalog, 10 ** 12), catalog.levels.length);
  });

  it('a stored farm parses back; malformed ones throw', () => {
    const f = ok(run(newFarm(catalog, ME), { type: 'plant', plot: 0, crop: 'wheat' }));
    assert.deepEqual(parseFarm(serializeFarm(f), catalog), f);
    assert.throws(() => parseFarm('{"name":"x","coins":-1}', catalog));
    assert.throws(() => parseFarm('nope', catalog));
  });

  it('a bad catalog is refused with the field named', () => {
    const good = JSON.parse(JSON.stringify(catalog)) as Record<string, unknown>;
    const cases: Array<[(c: Record<string, unknown>) => void, RegExp]> = [
      [(c) => delete c.plots, /catalog.plots/],
      [(c) => (c.levels = [5, 10]), /catalog.levels/],
      [
        (c) => ((c.crops as Record<string, Record<string, unknown>>).wheat!.seedCost = -1),
        /wheat.seedCost/,
      ],
      [(c) => (c.extra = 1), /catalog.extra: unknown key/],
      [(c) => (c.crops = {}), /catalog.crops/],
      [
        (c) => Object.assign(c.crops as object, JSON.parse('{"constructor": {}}')),
        /catalog.crops.constructor: every object has/,
      ],
    ];
    for (const [mutate, pattern] of cases) {
      const c = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      mutate(c);
      assert.throws(
        () => validateCatalog(c),
        (err: Error) => err instanceof CatalogError && pattern.test(err.message),
      );
    }
  });
});
