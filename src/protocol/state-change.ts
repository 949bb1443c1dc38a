import type { PlayerStateMsg, StateChangeMsg } from './messages';

/**
 * A client's side of StateChange (proto/game.proto): the state after the
 * change, or null when the change does not follow this state (its version
 * is not this one's + 1: a message was missed, ask for GetState). Plots stay
 * in index order, items in the order the server lists them.
 */
export function applyStateChange(
  state: PlayerStateMsg,
  change: StateChangeMsg,
): PlayerStateMsg | null {
  if (Number(change.version ?? 0) !== Number(state.version ?? 0) + 1) return null;
  const freed = new Set((change.freedPlots ?? []).map(Number));
  const planted = new Map((change.plots ?? []).map((p) => [Number(p.index ?? 0), p]));
  const plots = (state.plots ?? []).filter(
    (p) => !freed.has(Number(p.index ?? 0)) && !planted.has(Number(p.index ?? 0)),
  );
  plots.push(...planted.values());
  plots.sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
  const counts = new Map((state.inventory ?? []).map((i) => [i.item ?? '', Number(i.qty ?? 0)]));
  for (const i of change.inventory ?? []) counts.set(i.item ?? '', Number(i.qty ?? 0));
  const inventory = [...counts].filter(([, qty]) => qty > 0).map(([item, qty]) => ({ item, qty }));
  return {
    ...state,
    version: change.version,
    coins: change.coins,
    xp: change.xp,
    level: change.level,
    plots,
    inventory,
  };
}
