import { StateError } from '../errors';
import type { Catalog } from './catalog';

/** A player's farm: what the game rules read and write, stored as JSON text. */

export interface PlotState {
  crop: string;
  /** Server clock, ms. */
  plantedAt: number;
}

export interface Farm {
  name: string;
  coins: number;
  xp: number;
  plots: Array<PlotState | null>;
  inventory: Record<string, number>;
  friends: number[];
}

export function newFarm(catalog: Catalog, playerId: number): Farm {
  return {
    name: `Farmer ${playerId}`,
    coins: catalog.startCoins,
    xp: 0,
    plots: new Array<PlotState | null>(catalog.plots).fill(null),
    inventory: {},
    friends: [],
  };
}

export function serializeFarm(farm: Farm): string {
  return JSON.stringify(farm);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/**
 * Parses a stored farm. The store is ours, but a row written by an older
 * version or by hand must not crash a worker: anything malformed throws a
 * StateError.
 * A catalog with more plots than the stored farm adds free plots.
 */
export function parseFarm(json: string, catalog: Catalog): Farm {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (err) {
    throw new StateError(`farm: not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof raw !== 'object' || raw === null) throw new StateError('farm: not an object');
  const { name, coins, xp, plots, inventory, friends } = raw;
  if (typeof name !== 'string' || !isCount(coins) || !isCount(xp))
    throw new StateError('farm: bad name, coins or xp');
  if (
    !Array.isArray(plots) ||
    !Array.isArray(friends) ||
    typeof inventory !== 'object' ||
    inventory === null
  ) {
    throw new StateError('farm: bad plots, friends or inventory');
  }
  const farm: Farm = {
    name,
    coins,
    xp,
    plots: plots.map((p: unknown) => {
      if (p === null) return null;
      const q = p as Record<string, unknown>;
      if (typeof q.crop !== 'string' || !isCount(q.plantedAt))
        throw new StateError('farm: bad plot');
      return { crop: q.crop, plantedAt: q.plantedAt };
    }),
    inventory: {},
    friends: friends.map((f: unknown) => {
      if (!isCount(f)) throw new StateError('farm: bad friend id');
      return f;
    }),
  };
  for (const [item, qty] of Object.entries(inventory)) {
    if (!isCount(qty)) throw new StateError('farm: bad inventory');
    if (qty > 0) farm.inventory[item] = qty;
  }
  while (farm.plots.length < catalog.plots) farm.plots.push(null);
  return farm;
}
