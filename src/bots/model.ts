import type { PlayerStateMsg, StateChangeMsg } from '../protocol/messages';

/**
 * What a bot believes its player looks like, built only from answers the
 * server acknowledged. Every answer is checked against it; a difference is
 * a mismatch (a lost or invented change), never silently adopted.
 */
export interface Model {
  version: number;
  coins: number;
  xp: number;
  inventory: Map<string, number>;
  /** plot index -> crop and ready time (server clock, ms) */
  plots: Map<number, { crop: string; readyAt: number }>;
  friends: Set<number>;
  /** Friend requests waiting for this player's answer, and those it sent. */
  incoming: Set<number>;
  outgoing: Set<number>;
  plotCount: number;
}

export function modelOf(s: PlayerStateMsg): Model {
  return {
    version: Number(s.version ?? 0),
    coins: Number(s.coins ?? 0),
    xp: Number(s.xp ?? 0),
    inventory: new Map((s.inventory ?? []).map((i) => [i.item ?? '', Number(i.qty ?? 0)])),
    plots: new Map(
      (s.plots ?? []).map((p) => [
        Number(p.index ?? 0),
        { crop: p.crop ?? '', readyAt: Number(p.readyAt ?? 0) },
      ]),
    ),
    friends: new Set((s.friends ?? []).map(Number)),
    incoming: new Set((s.incomingRequests ?? []).map(Number)),
    outgoing: new Set((s.outgoingRequests ?? []).map(Number)),
    plotCount: Number(s.plotCount ?? 0),
  };
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
const listOf = (s: Set<number>) => [...s].sort((a, b) => a - b).join(',');

/**
 * Differences between what the bot expects and what the server says (empty:
 * they agree). `inboxMayHaveArrived`: after a reconnect, inbox items sent
 * while the bot was away were applied at its login (without a push), so an
 * item may be more than expected, never less, and the friend lists may
 * have changed.
 */
export function diff(expected: Model, actual: Model, inboxMayHaveArrived = false): string[] {
  // Runs on every answer of every bot: no sets or sorted copies unless
  // something differs.
  const out: string[] = [];
  if (actual.coins !== expected.coins) out.push(`coins ${actual.coins} != ${expected.coins}`);
  if (actual.xp !== expected.xp) out.push(`xp ${actual.xp} != ${expected.xp}`);
  const item = (name: string) => {
    const a = actual.inventory.get(name) ?? 0;
    const e = expected.inventory.get(name) ?? 0;
    if (a < e || (a > e && !inboxMayHaveArrived)) out.push(`${name} ${a} != ${e}`);
  };
  for (const name of expected.inventory.keys()) item(name);
  for (const name of actual.inventory.keys()) if (!expected.inventory.has(name)) item(name);
  const plot = (i: number) => {
    const a = actual.plots.get(i)?.crop;
    const e = expected.plots.get(i)?.crop;
    if (a !== e) out.push(`plot ${i} ${a ?? 'free'} != ${e ?? 'free'}`);
  };
  for (const i of expected.plots.keys()) plot(i);
  for (const i of actual.plots.keys()) if (!expected.plots.has(i)) plot(i);
  if (inboxMayHaveArrived) return out;
  for (const key of ['friends', 'incoming', 'outgoing'] as const) {
    if (!sameSet(actual[key], expected[key]))
      out.push(`${key} ${listOf(actual[key])} != ${listOf(expected[key])}`);
  }
  return out;
}

const sameList = (list: readonly unknown[] | null | undefined, set: Set<number>) => {
  const l = list ?? [];
  if (l.length !== set.size) return false;
  for (const x of l) if (!set.has(Number(x))) return false;
  return true;
};

/**
 * True when an answer's state is exactly what the bot expected, checked
 * without building a model from it (the common case: no Maps or Sets per
 * answer). False may still be no difference (`diff` then says which).
 */
export function matches(expected: Model, s: PlayerStateMsg): boolean {
  if (Number(s.coins ?? 0) !== expected.coins || Number(s.xp ?? 0) !== expected.xp) return false;
  let seen = 0;
  for (const i of s.inventory ?? []) {
    const e = expected.inventory.get(i.item ?? '');
    if (e === undefined || e !== Number(i.qty ?? 0)) return false;
    seen++;
  }
  if (seen !== expected.inventory.size) return false;
  seen = 0;
  for (const p of s.plots ?? []) {
    if (expected.plots.get(Number(p.index ?? 0))?.crop !== (p.crop ?? '')) return false;
    seen++;
  }
  if (seen !== expected.plots.size) return false;
  return (
    sameList(s.friends, expected.friends) &&
    sameList(s.incomingRequests, expected.incoming) &&
    sameList(s.outgoingRequests, expected.outgoing)
  );
}

/** The expected model, adopted once it `matches`: the version, plot count and ready times are the server's. */
export function adopt(expected: Model, s: PlayerStateMsg): Model {
  expected.version = Number(s.version ?? 0);
  expected.plotCount = Number(s.plotCount ?? 0);
  for (const p of s.plots ?? []) {
    const index = Number(p.index ?? 0);
    const readyAt = Number(p.readyAt ?? 0);
    const e = expected.plots.get(index);
    // Plot objects may be shared with the previous model: replaced, never changed.
    if (e && e.readyAt !== readyAt) expected.plots.set(index, { crop: e.crop, readyAt });
  }
  return expected;
}

/**
 * The model a planned command should leave, for a command that does not
 * change friendships: a friendship push applies to the model and to this
 * expectation alike (add and delete are idempotent), so the sets are shared.
 */
export function cloneForPlan(m: Model): Model {
  return { ...m, inventory: copyMap(m.inventory), plots: copyMap(m.plots) };
}

export function cloneModel(m: Model): Model {
  return {
    ...m,
    inventory: copyMap(m.inventory),
    plots: copyMap(m.plots),
    friends: copySet(m.friends),
    incoming: copySet(m.incoming),
    outgoing: copySet(m.outgoing),
  };
}

/**
 * A copy of a Map. `new Map(map)` runs the map's iterator, one [key, value]
 * array an entry: copying a bot's plots and inventory that way was a sixth
 * of everything the bots allocated (a sampling heap profile of the full
 * path), each copy a command.
 */
function copyMap<K, V>(map: Map<K, V>): Map<K, V> {
  const out = new Map<K, V>();
  map.forEach((v, k) => out.set(k, v));
  return out;
}

function copySet<T>(set: Set<T>): Set<T> {
  const out = new Set<T>();
  set.forEach((v) => out.add(v));
  return out;
}

/** What a friendship push says changed, applied to a model (see game-service pushOf). */
export function applyFriendPush(m: Model, from: number, change: string): void {
  if (change === 'request') {
    m.incoming.add(from);
    return;
  }
  m.incoming.delete(from);
  m.outgoing.delete(from);
  if (change === 'accepted') m.friends.add(from);
  else m.friends.delete(from);
}

/** Plots and items whose entries differ between two models (the plan's own changes). */
function changedKeys<K, V>(a: Map<K, V>, b: Map<K, V>): number {
  // forEach: no [key, value] array an entry, as a for-of over the map makes.
  let n = 0;
  a.forEach((v, k) => {
    if (b.get(k) !== v) n++;
  });
  b.forEach((_, k) => {
    if (!a.has(k)) n++;
  });
  return n;
}

/**
 * True when a StateChange is exactly what the plan expected, on top of the
 * model the plan started from: coins and xp, each plot and item it names as
 * expected, and it names every plot and item the plan changed (no more, no
 * fewer).
 */
export function changeMatches(before: Model, expected: Model, ch: StateChangeMsg): boolean {
  if (Number(ch.coins ?? 0) !== expected.coins || Number(ch.xp ?? 0) !== expected.xp) return false;
  const plots = ch.plots ?? [];
  const freed = ch.freedPlots ?? [];
  const items = ch.inventory ?? [];
  for (const p of plots)
    if (expected.plots.get(Number(p.index ?? 0))?.crop !== (p.crop ?? '')) return false;
  // A freed plot was planted before and is free in the plan.
  for (const i of freed)
    if (expected.plots.has(Number(i)) || !before.plots.has(Number(i))) return false;
  for (const i of items)
    if ((expected.inventory.get(i.item ?? '') ?? 0) !== Number(i.qty ?? 0)) return false;
  return (
    plots.length + freed.length === changedKeys(before.plots, expected.plots) &&
    items.length === changedKeys(before.inventory, expected.inventory)
  );
}

/** A model with a StateChange applied (what the server says, to compare with what was expected). */
export function applyChange(m: Model, ch: StateChangeMsg): Model {
  const out = cloneModel(m);
  out.version = Number(ch.version ?? 0);
  out.coins = Number(ch.coins ?? 0);
  out.xp = Number(ch.xp ?? 0);
  for (const p of ch.plots ?? [])
    out.plots.set(Number(p.index ?? 0), { crop: p.crop ?? '', readyAt: Number(p.readyAt ?? 0) });
  for (const i of ch.freedPlots ?? []) out.plots.delete(Number(i));
  for (const i of ch.inventory ?? []) {
    if (Number(i.qty ?? 0) > 0) out.inventory.set(i.item ?? '', Number(i.qty));
    else out.inventory.delete(i.item ?? '');
  }
  return out;
}

/** The expected model, adopted once the change `changeMatches`: the version and ready times are the server's. */
export function adoptChange(expected: Model, ch: StateChangeMsg): Model {
  expected.version = Number(ch.version ?? 0);
  for (const p of ch.plots ?? []) {
    const index = Number(p.index ?? 0);
    const e = expected.plots.get(index);
    if (e) expected.plots.set(index, { crop: e.crop, readyAt: Number(p.readyAt ?? 0) });
  }
  return expected;
}

/**
 * What one of a bot's own farm commands (plant, harvest, sell, a gift sent)
 * should change, relative to the model when the answer comes: coins and xp
 * added, at most one plot planted or freed, at most one item's quantity
 * moved. Relative, so a push applied to the model while the command is in
 * flight (a gift received) is in the expectation as well; and the model
 * moves on in place when the answer matches, with no copy of its maps a
 * command.
 */
export interface Delta {
  coins: number;
  xp: number;
  /** The plot planted or freed; -1: none. */
  plot: number;
  /** The crop planted on it; null: freed. */
  crop: string | null;
  /** The item whose quantity moves by `qty`; null: none. */
  item: string | null;
  qty: number;
}

/** A delta: what is not given does not change. */
export function delta(d: Partial<Delta>): Delta {
  return {
    coins: d.coins ?? 0,
    xp: d.xp ?? 0,
    plot: d.plot ?? -1,
    crop: d.crop ?? null,
    item: d.item ?? null,
    qty: d.qty ?? 0,
  };
}

function applyDelta(m: Model, d: Delta, readyAt: number): Model {
  m.coins += d.coins;
  m.xp += d.xp;
  if (d.plot >= 0) {
    if (d.crop === null) m.plots.delete(d.plot);
    else m.plots.set(d.plot, { crop: d.crop, readyAt });
  }
  if (d.item !== null) {
    const qty = (m.inventory.get(d.item) ?? 0) + d.qty;
    if (qty > 0) m.inventory.set(d.item, qty);
    else m.inventory.delete(d.item);
  }
  return m;
}

/** The model the delta should leave, as a new model (to name a difference, or an unknown outcome). */
export function withDelta(m: Model, d: Delta): Model {
  return applyDelta(cloneForPlan(m), d, 0);
}

/**
 * True when a StateChange is exactly the delta on top of the model: coins
 * and xp, the one plot and the one item it names as planned, nothing else
 * (what `changeMatches` checks against a copy).
 */
export function deltaMatches(m: Model, d: Delta, ch: StateChangeMsg): boolean {
  if (Number(ch.coins ?? 0) !== m.coins + d.coins || Number(ch.xp ?? 0) !== m.xp + d.xp)
    return false;
  const plots = ch.plots ?? [];
  const freed = ch.freedPlots ?? [];
  const items = ch.inventory ?? [];
  if (plots.length + freed.length !== (d.plot >= 0 ? 1 : 0)) return false;
  if (items.length !== (d.item !== null ? 1 : 0)) return false;
  if (d.plot >= 0) {
    const p = plots[0];
    const ok =
      d.crop === null
        ? Number(freed[0]) === d.plot
        : p !== undefined && Number(p.index ?? 0) === d.plot && (p.crop ?? '') === d.crop;
    if (!ok) return false;
  }
  if (d.item === null) return true;
  const i = items[0];
  return (
    i !== undefined &&
    (i.item ?? '') === d.item &&
    Number(i.qty ?? 0) === (m.inventory.get(d.item) ?? 0) + d.qty
  );
}

/** The model moved on in place by a delta that `deltaMatches` the answer: the version and ready time are the server's. */
export function adoptDelta(m: Model, d: Delta, ch: StateChangeMsg): Model {
  applyDelta(m, d, Number(ch.plots?.[0]?.readyAt ?? 0));
  m.version = Number(ch.version ?? 0);
  return m;
}
