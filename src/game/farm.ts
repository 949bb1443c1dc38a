import { StateError } from '../errors';
import type { Catalog } from './catalog';
import { JsonBytes } from './json-bytes';

/** A player's farm: what the game rules read and write, stored as JSON text. */

export interface PlotState {
  crop: string;
  /** Server clock, ms. */
  plantedAt: number;
}

/** A friend request waiting for an answer: the other player, and when it was made (server clock, ms). */
export interface PendingRequest {
  id: number;
  at: number;
}

export interface Farm {
  name: string;
  coins: number;
  xp: number;
  plots: Array<PlotState | null>;
  inventory: Record<string, number>;
  /** Mutual friends: each of them lists this player too (once their inbox is applied). */
  friends: number[];
  /** Requests this player sent, waiting for the other side. */
  outgoing: PendingRequest[];
  /** Requests to this player, oldest first. */
  incoming: PendingRequest[];
  /** Players this player blocked. */
  blocked: number[];
  /** The UTC day (days since the epoch) that `requestsToday` counts. */
  requestDay: number;
  requestsToday: number;
  /**
   * Friends from a farm stored before friendship was mutual (one-sided
   * entries). Set only by parseFarm; the next login turns them into
   * requests (rules.settleFriends) and the field is never stored.
   */
  legacyFriends?: number[];
}

/**
 * One frozen empty list for every farm that has none (most players have no
 * pending request and no block): rules never change a list in place, they
 * make a new one, and freezing makes a slip throw instead of corrupting
 * every farm.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** The friendship fields of a player with no friends, requests or blocks. */
const NO_SOCIAL = {
  friends: NONE,
  outgoing: NONE,
  incoming: NONE,
  blocked: NONE,
  requestDay: 0,
  requestsToday: 0,
} as const;

export function newFarm(catalog: Catalog, playerId: number): Farm {
  return {
    name: `Farmer ${playerId}`,
    coins: catalog.startCoins,
    xp: 0,
    plots: new Array<PlotState | null>(catalog.plots).fill(null),
    inventory: {},
    ...NO_SOCIAL,
  };
}

const out = new JsonBytes();
const L = {
  name: JsonBytes.encode('{"name":'),
  coins: JsonBytes.encode(',"coins":'),
  xp: JsonBytes.encode(',"xp":'),
  plots: JsonBytes.encode(',"plots":['),
  crop: JsonBytes.encode('{"crop":'),
  plantedAt: JsonBytes.encode(',"plantedAt":'),
  inventory: JsonBytes.encode('],"inventory":{'),
  friends: JsonBytes.encode('},"friends":'),
  outgoing: JsonBytes.encode(',"outgoing":'),
  incoming: JsonBytes.encode(',"incoming":'),
  blocked: JsonBytes.encode(',"blocked":'),
  requestDay: JsonBytes.encode(',"requestDay":'),
  requestsToday: JsonBytes.encode(',"requestsToday":'),
  legacyFriends: JsonBytes.encode(',"legacyFriends":'),
  id: JsonBytes.encode('{"id":'),
  at: JsonBytes.encode(',"at":'),
  null: JsonBytes.encode('null'),
  comma: JsonBytes.encode(','),
  colon: JsonBytes.encode(':'),
  open: JsonBytes.encode('['),
  close: JsonBytes.encode(']'),
  end: JsonBytes.encode('}'),
};

/** Crop and item names as quoted JSON bytes: a few dozen names, encoded once each. */
const names = new Map<string, Uint8Array>();
function name(s: string): Uint8Array {
  let b = names.get(s);
  if (b === undefined) {
    b = JsonBytes.encode(JSON.stringify(s));
    if (names.size < 1024) names.set(s, b);
  }
  return b;
}

/** A key that introduces a number (`,"coins":`), then the number. */
function numberField(key: Uint8Array, n: number): void {
  out.raw(key);
  out.number(n);
}

function idsJson(list: readonly number[]): void {
  out.raw(L.open);
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.raw(L.comma);
    out.number(list[i] as number);
  }
  out.raw(L.close);
}

function requestsJson(list: readonly PendingRequest[]): void {
  out.raw(L.open);
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as PendingRequest;
    if (i > 0) out.raw(L.comma);
    numberField(L.id, r.id);
    numberField(L.at, r.at);
    out.raw(L.end);
  }
  out.raw(L.close);
}

function plotsJson(plots: ReadonlyArray<PlotState | null>): void {
  for (let i = 0; i < plots.length; i++) {
    const p = plots[i];
    if (i > 0) out.raw(L.comma);
    if (!p) {
      out.raw(L.null);
      continue;
    }
    out.raw(L.crop);
    out.raw(name(p.crop));
    numberField(L.plantedAt, p.plantedAt);
    out.raw(L.end);
  }
}

/**
 * The stored form: the JSON document JSON.stringify(farm) gives, written
 * as bytes field by field (every save runs this; JsonBytes says why).
 * Property order is the one newFarm and parseFarm give;
 * test/unit/farm-json.test.ts holds it to JSON.stringify.
 */
export function serializeFarm(farm: Farm): string {
  out.raw(L.name);
  out.string(farm.name);
  numberField(L.coins, farm.coins);
  numberField(L.xp, farm.xp);
  out.raw(L.plots);
  plotsJson(farm.plots);
  out.raw(L.inventory);
  let first = true;
  for (const item in farm.inventory) {
    if (!first) out.raw(L.comma);
    out.raw(name(item));
    numberField(L.colon, farm.inventory[item] as number);
    first = false;
  }
  out.raw(L.friends);
  idsJson(farm.friends);
  out.raw(L.outgoing);
  requestsJson(farm.outgoing);
  out.raw(L.incoming);
  requestsJson(farm.incoming);
  out.raw(L.blocked);
  idsJson(farm.blocked);
  numberField(L.requestDay, farm.requestDay);
  numberField(L.requestsToday, farm.requestsToday);
  if (farm.legacyFriends) {
    out.raw(L.legacyFriends);
    idsJson(farm.legacyFriends);
  }
  out.raw(L.end);
  return out.take();
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function ids(v: unknown, what: string): number[] {
  if (!Array.isArray(v)) throw new StateError(`farm: ${what} is not a list`);
  if (v.length === 0) return NONE;
  return v.map((f: unknown) => {
    if (!isCount(f)) throw new StateError(`farm: bad id in ${what}`);
    return f;
  });
}

function requests(v: unknown, what: string): PendingRequest[] {
  if (!Array.isArray(v)) throw new StateError(`farm: ${what} is not a list`);
  if (v.length === 0) return NONE;
  return v.map((r: unknown) => {
    const q = (r ?? {}) as Record<string, unknown>;
    if (!isCount(q.id) || !isCount(q.at)) throw new StateError(`farm: bad request in ${what}`);
    return { id: q.id, at: q.at };
  });
}

/** The friendship fields; a farm stored before friends were mutual has none, and its list is legacy. */
function socialOf(raw: Record<string, unknown>) {
  const friends = ids(raw.friends, 'friends');
  if (raw.outgoing === undefined) {
    return { ...NO_SOCIAL, legacyFriends: friends };
  }
  const { requestDay, requestsToday } = raw;
  if (!isCount(requestDay) || !isCount(requestsToday))
    throw new StateError('farm: bad request counter');
  return {
    friends,
    outgoing: requests(raw.outgoing, 'outgoing'),
    incoming: requests(raw.incoming, 'incoming'),
    blocked: ids(raw.blocked, 'blocked'),
    requestDay,
    requestsToday,
  };
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
  const { name, coins, xp, plots, inventory } = raw;
  if (typeof name !== 'string' || !isCount(coins) || !isCount(xp))
    throw new StateError('farm: bad name, coins or xp');
  if (!Array.isArray(plots) || typeof inventory !== 'object' || inventory === null) {
    throw new StateError('farm: bad plots or inventory');
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
    ...socialOf(raw),
  };
  for (const [item, qty] of Object.entries(inventory)) {
    if (!isCount(qty)) throw new StateError('farm: bad inventory');
    if (qty > 0) farm.inventory[item] = qty;
  }
  while (farm.plots.length < catalog.plots) farm.plots.push(null);
  return farm;
}
