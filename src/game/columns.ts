import { StateError } from '../errors';
import { type Catalog, levelOf } from './catalog';

/** The analytics columns of the MySQL `players` row, taken from the stored farm. */
export interface AnalyticsColumns {
  coins: number;
  level: number;
}

/** Throws on a state that is not a farm: the drainer treats that entry as poison. */
export function analyticsColumns(state: string, xp: number, catalog: Catalog): AnalyticsColumns {
  let farm: { coins?: unknown } | null;
  try {
    farm = JSON.parse(state) as { coins?: unknown } | null;
  } catch (err) {
    throw new StateError(`state is not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof farm !== 'object' || farm === null || typeof farm.coins !== 'number') {
    throw new StateError('state is not a farm (no numeric coins)');
  }
  return { coins: farm.coins, level: levelOf(catalog, xp) };
}
