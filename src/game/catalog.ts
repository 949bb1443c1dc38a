import fs from 'node:fs';
import path from 'node:path';
import { CatalogError } from '../errors';
import { PACKAGE_ROOT } from '../package-root';

/** Reference data of the farm game, loaded from a versioned JSON file. */

export interface Crop {
  seedCost: number;
  growSeconds: number;
  sellPrice: number;
  xp: number;
  minLevel: number;
}

export interface Catalog {
  version: number;
  startCoins: number;
  plots: number;
  maxFriends: number;
  chatMaxLength: number;
  maxGiftQty: number;
  /** Friend requests a player may have waiting for an answer. */
  maxOutgoingRequests: number;
  /** Friend requests a player may have received and not answered; past it the oldest expire. */
  maxIncomingRequests: number;
  /** Friend requests a player may send per UTC day. */
  friendRequestsPerDay: number;
  /** Players one player may block. */
  maxBlocked: number;
  /** A request not answered within this many hours expires (on both sides, at their next login). */
  friendRequestTtlHours: number;
  /** XP needed for level i + 1 (ascending, starting at 0). */
  levels: number[];
  crops: Record<string, Crop>;
}

/**
 * The crop named `name`, or undefined. Names come from clients, so only the
 * catalog's own entries count: "toString" or "constructor" is no crop.
 */
export function cropNamed(catalog: Catalog, name: string): Crop | undefined {
  return Object.hasOwn(catalog.crops, name) ? catalog.crops[name] : undefined;
}

export const BUNDLED_CATALOG = path.join(PACKAGE_ROOT, 'catalog', 'catalog.json');

const LIMIT = 1_000_000_000;

/** The friendship limits, on when a catalog leaves them out (catalogs older than mutual friends). */
export const SOCIAL_DEFAULTS = {
  maxOutgoingRequests: 20,
  maxIncomingRequests: 50,
  friendRequestsPerDay: 50,
  maxBlocked: 500,
  friendRequestTtlHours: 24 * 14,
} as const;

function int(where: string, v: unknown, min: number, max = LIMIT): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new CatalogError(
      `${where}: expected an integer from ${min} to ${max}, got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

function socialLimits(c: Record<string, unknown>) {
  const d = SOCIAL_DEFAULTS;
  const limit = (key: keyof typeof SOCIAL_DEFAULTS, min: number, max: number) =>
    int(`catalog.${key}`, c[key] ?? d[key], min, max);
  return {
    maxOutgoingRequests: limit('maxOutgoingRequests', 1, 1000),
    maxIncomingRequests: limit('maxIncomingRequests', 1, 1000),
    friendRequestsPerDay: limit('friendRequestsPerDay', 1, 100000),
    maxBlocked: limit('maxBlocked', 0, 10000),
    friendRequestTtlHours: limit('friendRequestTtlHours', 1, 24 * 365),
  };
}

/** Checks a parsed catalog; throws CatalogError naming the bad field. */
export function validateCatalog(raw: unknown): Catalog {
  if (typeof raw !== 'object' || raw === null)
    throw new CatalogError('catalog: expected an object');
  const c = raw as Record<string, unknown>;
  const known = [
    'version',
    'startCoins',
    'plots',
    'maxFriends',
    'chatMaxLength',
    'maxGiftQty',
    ...Object.keys(SOCIAL_DEFAULTS),
    'levels',
    'crops',
  ];
  for (const key of Object.keys(c)) {
    if (!known.includes(key)) throw new CatalogError(`catalog.${key}: unknown key`);
  }
  const levels = c.levels;
  if (!Array.isArray(levels) || levels.length === 0 || levels[0] !== 0) {
    throw new CatalogError('catalog.levels: expected a list of XP thresholds starting with 0');
  }
  levels.forEach((v, i) => {
    int(`catalog.levels[${i}]`, v, i === 0 ? 0 : (levels[i - 1] as number) + 1);
  });
  if (typeof c.crops !== 'object' || c.crops === null || Object.keys(c.crops).length === 0) {
    throw new CatalogError('catalog.crops: expected at least one crop');
  }
  const crops = Object.create(null) as Record<string, Crop>;
  for (const [name, rawCrop] of Object.entries(c.crops as Record<string, unknown>)) {
    if (!/^[a-z][a-z0-9_]{0,31}$/.test(name))
      throw new CatalogError(`catalog.crops.${name}: bad crop name`);
    // Inventories are plain objects: a crop named like one of their inherited
    // properties ("constructor", "valueOf") would be read as that property.
    if (name in Object.prototype)
      throw new CatalogError(
        `catalog.crops.${name}: every object has "${name}"; pick another name`,
      );
    const r = (rawCrop ?? {}) as Record<string, unknown>;
    const w = `catalog.crops.${name}`;
    crops[name] = {
      seedCost: int(`${w}.seedCost`, r.seedCost, 0),
      growSeconds: int(`${w}.growSeconds`, r.growSeconds, 0, 86400 * 365),
      sellPrice: int(`${w}.sellPrice`, r.sellPrice, 0),
      xp: int(`${w}.xp`, r.xp, 0),
      minLevel: int(`${w}.minLevel`, r.minLevel, 1, levels.length),
    };
  }
  return {
    version: int('catalog.version', c.version, 1),
    startCoins: int('catalog.startCoins', c.startCoins, 0),
    plots: int('catalog.plots', c.plots, 1, 1000),
    maxFriends: int('catalog.maxFriends', c.maxFriends, 0, 1000),
    chatMaxLength: int('catalog.chatMaxLength', c.chatMaxLength, 1, 10000),
    maxGiftQty: int('catalog.maxGiftQty', c.maxGiftQty, 1),
    ...socialLimits(c),
    levels: levels as number[],
    crops,
  };
}

export function loadCatalog(file: string = BUNDLED_CATALOG): Catalog {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogError(`cannot read catalog ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return validateCatalog(raw);
}

export function levelOf(catalog: Catalog, xp: number): number {
  let level = 1;
  for (let i = 1; i < catalog.levels.length; i++) {
    if (xp >= (catalog.levels[i] as number)) level = i + 1;
    else break;
  }
  return level;
}
