import { loadCatalog } from '../game/catalog';
import { type Farm, newFarm, serializeFarm } from '../game/farm';

/**
 * The stored form's cost a save, beside JSON.stringify in the same run: a
 * thousand fully planted farms (what the full path's bots leave), each save
 * one plot replanted as the rules do it, the text then written as UTF-8 (as
 * the driver does when it encodes the save, flattening a rope first). The
 * copy alone is measured too and taken off both.
 *
 *   node dist/src/bench/farm-json-bench.js
 */

const FARMS = 1000;
const SAVES = 500_000;
const ROUNDS = 5;

function plantedFarm(catalog: ReturnType<typeof loadCatalog>, k: number, base: number): Farm {
  const f = newFarm(catalog, k);
  f.coins = 998_765 - k;
  f.xp = 12_345 + k;
  f.plots = f.plots.map((_, i) => ({
    crop: i % 2 ? 'wheat' : 'corn',
    plantedAt: base + k * 37 + i * 1013,
  }));
  f.inventory = { wheat: 3 + (k % 5), corn: 2, carrot: 7 };
  return f;
}

/** ns a save: replant a plot (a new farm, as rules.plant makes it), write it, encode it. */
function run(serialize: (f: Farm) => string, farms: Farm[], base: number): number {
  const out = Buffer.alloc(1 << 16);
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < SAVES; i++) {
    const k = i % FARMS;
    const old = farms[k] as Farm;
    const plots = old.plots.slice();
    plots[i % plots.length] = { crop: 'wheat', plantedAt: base + i };
    const farm = { ...old, coins: old.coins - 1, plots };
    farms[k] = farm;
    sink += out.write(serialize(farm), 0, 'utf8');
  }
  const ns = Number(process.hrtime.bigint() - t0) / SAVES;
  if (sink < 0) console.log(sink);
  return ns;
}

function main(): void {
  const catalog = loadCatalog();
  const base = Date.now();
  const farms = Array.from({ length: FARMS }, (_, k) => plantedFarm(catalog, k + 1, base));
  const bytes = serializeFarm(farms[0] as Farm).length;
  const best = { copy: Infinity, stringify: Infinity, serializeFarm: Infinity };
  for (let r = 0; r < ROUNDS; r++) {
    best.copy = Math.min(
      best.copy,
      run(() => '', farms, base),
    );
    best.stringify = Math.min(
      best.stringify,
      run((f) => JSON.stringify(f), farms, base),
    );
    best.serializeFarm = Math.min(best.serializeFarm, run(serializeFarm, farms, base));
  }
  const stringify = best.stringify - best.copy;
  const ours = best.serializeFarm - best.copy;
  console.log(
    `stored form of a ${bytes}-byte farm, ${catalog.plots} plots planted, best of ${ROUNDS}:`,
  );
  console.log(`  JSON.stringify + UTF-8 write: ${stringify.toFixed(0)} ns a save (baseline)`);
  console.log(
    `  serializeFarm  + UTF-8 write: ${ours.toFixed(0)} ns a save (${(ours / stringify).toFixed(2)} of it)`,
  );
  console.log(`  (the farm copy alone, taken off both: ${best.copy.toFixed(0)} ns)`);
}

main();
