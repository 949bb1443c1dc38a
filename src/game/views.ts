import { type Catalog, levelOf } from './catalog';
import type { Farm, PlotState } from './farm';
import { readyAt } from './rules';
import type { PlayerStateMsg, PlotMsg, StateChangeMsg } from '../protocol/messages';

/** Farm -> protocol messages. */

function plotView(p: PlotState, index: number, catalog: Catalog): PlotMsg {
  return {
    index,
    crop: p.crop,
    plantedAt: p.plantedAt,
    readyAt: readyAt(catalog, p.plantedAt, p.crop),
  };
}

export function plotsView(farm: Farm, catalog: Catalog): PlotMsg[] {
  const out: PlotMsg[] = [];
  farm.plots.forEach((p, index) => {
    if (p) out.push(plotView(p, index, catalog));
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

/**
 * What a change did to a farm, as a StateChange (proto/game.proto): coins,
 * xp and level always; the plots planted and freed and the items whose
 * count moved. Null when anything else changed (name, plot count, friends,
 * requests, blocks): such a change is answered with the whole state. Rules
 * never change a list in place, so an unchanged list is the same object.
 */
export function changeView(
  before: Farm,
  after: Farm,
  version: number,
  catalog: Catalog,
): StateChangeMsg | null {
  if (
    before.name !== after.name ||
    before.plots.length !== after.plots.length ||
    before.friends !== after.friends ||
    before.incoming !== after.incoming ||
    before.outgoing !== after.outgoing ||
    before.blocked !== after.blocked ||
    before.legacyFriends !== after.legacyFriends
  )
    return null;
  const plots: PlotMsg[] = [];
  const freedPlots: number[] = [];
  after.plots.forEach((p, index) => {
    const was = before.plots[index];
    if (p === was || (p && was && p.crop === was.crop && p.plantedAt === was.plantedAt)) return;
    if (p) plots.push(plotView(p, index, catalog));
    else freedPlots.push(index);
  });
  const inventory: Array<{ item: string; qty: number }> = [];
  for (const [item, qty] of Object.entries(after.inventory))
    if (before.inventory[item] !== qty) inventory.push({ item, qty });
  for (const item of Object.keys(before.inventory))
    if (!(item in after.inventory)) inventory.push({ item, qty: 0 });
  return {
    version,
    coins: after.coins,
    xp: after.xp,
    level: levelOf(catalog, after.xp),
    plots,
    freedPlots,
    inventory,
  };
}
