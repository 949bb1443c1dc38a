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
  for (const i of freed) if (expected.plots.has(Number(i))) return false;
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
