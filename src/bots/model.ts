import type { PlayerStateMsg } from '../protocol/messages';

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
    plotCount: Number(s.plotCount ?? 0),
  };
}

/**
 * Differences between what the bot expects and what the server says (empty:
 * they agree). `giftsMayHaveArrived`: after a reconnect, gifts sent while
 * the bot was away were credited at its login (without a push), so an item
 * may be more than expected, never less.
 */
export function diff(expected: Model, actual: Model, giftsMayHaveArrived = false): string[] {
  // Runs on every answer of every bot: no sets or sorted copies unless
  // something differs.
  const out: string[] = [];
  if (actual.coins !== expected.coins) out.push(`coins ${actual.coins} != ${expected.coins}`);
  if (actual.xp !== expected.xp) out.push(`xp ${actual.xp} != ${expected.xp}`);
  const item = (name: string) => {
    const a = actual.inventory.get(name) ?? 0;
    const e = expected.inventory.get(name) ?? 0;
    if (a < e || (a > e && !giftsMayHaveArrived)) out.push(`${name} ${a} != ${e}`);
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
  const sameFriends =
    actual.friends.size === expected.friends.size &&
    [...expected.friends].every((f) => actual.friends.has(f));
  if (!sameFriends) {
    const list = (s: Set<number>) => [...s].sort((a, b) => a - b).join(',');
    out.push(`friends ${list(actual.friends)} != ${list(expected.friends)}`);
  }
  return out;
}

export function cloneModel(m: Model): Model {
  return {
    ...m,
    inventory: new Map(m.inventory),
    plots: new Map(m.plots),
    friends: new Set(m.friends),
  };
}
