import { type Catalog, levelOf } from './catalog';
import type { Farm } from './farm';
import { readyAt } from './rules';
import type { PlayerStateMsg, PlotMsg } from '../protocol/messages';

/** Farm -> protocol messages. */

export function plotsView(farm: Farm, catalog: Catalog): PlotMsg[] {
  const out: PlotMsg[] = [];
  farm.plots.forEach((p, index) => {
    if (p)
      out.push({
        index,
        crop: p.crop,
        plantedAt: p.plantedAt,
        readyAt: readyAt(catalog, p.plantedAt, p.crop),
      });
  });
  return out;
}

export function stateView(
  playerId: number,
  version: number,
  farm: Farm,
  catalog: Catalog,
): PlayerStateMsg {
  return {
    id: playerId,
    name: farm.name,
    coins: farm.coins,
    xp: farm.xp,
    level: levelOf(catalog, farm.xp),
    plots: plotsView(farm, catalog),
    inventory: Object.entries(farm.inventory).map(([item, qty]) => ({ item, qty })),
    friends: farm.friends,
    version,
    plotCount: farm.plots.length,
    incomingRequests: farm.incoming.map((r) => r.id),
    outgoingRequests: farm.outgoing.map((r) => r.id),
    blocked: farm.blocked,
  };
}
