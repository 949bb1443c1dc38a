import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '../auth/token';
import { schema } from '../config/schema';
import { GameClient } from '../client/client';
import { consoleEval } from '../devstack/console';
import { type Cluster, GAME_PORT, PREFIX, hostOfInstance, until } from './cluster';
import { type HostName, ip, setLink } from './netns';
import { signalGroup } from '../devstack/process';

/**
 * The five faults of scripts/multihost. Each returns a row of the table:
 * how long until logins were served again, and what was checked.
 */

export interface FaultRow {
  fault: string;
  servedAgainMs: number;
  notes: string[];
}

// The game hosts run with the development defaults (the cluster's config sets no secret).
const token = (id: number) =>
  mintToken(schema.auth.tokenSecret.default, id, Math.floor(Date.now() / 1000) + 3600);

/** A probe player's session on a game host. */
export async function login(host: HostName, id: number, timeoutMs = 1000): Promise<GameClient> {
  const client = await GameClient.connect({ host: ip(host), port: GAME_PORT, timeoutMs });
  try {
    const r = await client.request({ login: { token: token(id) } }, timeoutMs);
    if (r.body !== 'loginOk') throw new Error(`login refused: ${r.error?.code}`);
    return client;
  } catch (err) {
    client.close();
    throw err;
  }
}

/** Time from `since` until a fresh login is served on every one of `hosts`. */
export async function servedAgain(hosts: HostName[], id: number, since: number): Promise<number> {
  for (const host of hosts) {
    await until(
      `logins on ${host}`,
      60000,
      async () => {
        (await login(host, id)).close();
        return true;
      },
      50,
    );
  }
  return Date.now() - since;
}

/** Rows and versions of the players space: equal on both instances when nothing is one-sided. */
export async function storeDigest(c: Cluster, host: HostName): Promise<string> {
  const text = await consoleEval(
    c.consoleOf(host),
    "(function() local n, v, i = 0, 0, 0 for _, t in box.space.players:pairs() do n = n + 1 v = v + t.version i = i + t.id end return string.format('%d rows, versions %d, ids %d', n, v, i) end)()",
  );
  return /- (.*)/.exec(text)?.[1]?.replace(/'/g, '') ?? text.trim();
}

const roleOf = async (c: Cluster, host: HostName) => {
  const text = await consoleEval(c.consoleOf(host), 'box.info.ro, gs.role().vclock_sum');
  const [ro, vclock] = [...text.matchAll(/- (\S+)/g)].map((m) => m[1]);
  return { ro: ro === 'true', vclock: Number(vclock) };
};

/** 1: SIGKILL the master's Tarantool and take its link down; its replica takes over. */
export async function killMaster(c: Cluster, probe: number): Promise<FaultRow> {
  const { leader, replica } = await c.whole(30000);
  const since = Date.now();
  process.kill(c.tarantoolPid(leader), 'SIGKILL');
  setLink(c.t, leader, false);
  const served = await servedAgain(['g1', 'g2'], probe, since);
  const promoted = hostOfInstance(await c.etcd.get(`${PREFIX}/leader`));
  setLink(c.t, leader, true);
  const back = await c.whole(60000);
  const wiped = fs.existsSync(`${c.dir}/${leader}/tarantool.wiped`);
  if (promoted !== replica || back.replica !== leader || !wiped)
    throw new Error(`fault 1: promoted ${promoted}, replica after ${back.replica}, wiped ${wiped}`);
  return {
    fault: `1 SIGKILL master ${leader} + link down`,
    servedAgainMs: served,
    notes: [
      `${replica} promoted`,
      `${leader} wiped, rejoined as replica ${Date.now() - since} ms after`,
    ],
  };
}

/** 2: cut the master off from everyone (etcd too) without killing it, then heal. */
export async function isolateMaster(c: Cluster, probe: number): Promise<FaultRow> {
  const { leader, replica } = await c.whole(30000);
  const since = Date.now();
  setLink(c.t, leader, false);
  const fencedMs = await until(
    'the cut-off master fences itself',
    30000,
    async () => (await roleOf(c, leader)).ro,
  );
  const atFence = await roleOf(c, leader);
  const served = await servedAgain(['g1', 'g2'], probe, since);
  const promoted = hostOfInstance(await c.etcd.get(`${PREFIX}/leader`));
  await sleep(1000); // bots keep trying the cut-off instance meanwhile
  const beforeHeal = await roleOf(c, leader);
  setLink(c.t, leader, true);
  const rejoinedMs = await until(
    'the old master rejoins',
    60000,
    async () => (await c.whole(1000)).replica === leader,
  );
  const wiped = fs.existsSync(`${c.dir}/${leader}/tarantool.wiped`);
  if (promoted !== replica || !wiped)
    throw new Error(`fault 2: ${promoted} leads (expected ${replica}); old master wiped: ${wiped}`);
  if (beforeHeal.vclock !== atFence.vclock || !beforeHeal.ro)
    throw new Error(
      `fault 2: the fenced master wrote (vclock ${atFence.vclock} -> ${beforeHeal.vclock})`,
    );
  return {
    fault: `2 cut master ${leader} off (no kill), heal`,
    servedAgainMs: served,
    notes: [
      `read-only ${fencedMs} ms after the cut; no write while cut off (vclock ${atFence.vclock} unchanged)`,
      `${replica} promoted; after healing, ${leader} was wiped and in sync again ${rejoinedMs} ms later`,
    ],
  };
}

/** 3: SIGKILL the replica host's controller and Tarantool: degraded mode, then a new replica. */
export async function killReplica(c: Cluster, probe: number): Promise<FaultRow> {
  const { leader, replica } = await c.whole(30000);
  const since = Date.now();
  signalGroup(c.get(`controller-${replica}`).pid, 'SIGKILL');
  const degradedMs = await until('degraded mode', 30000, async () =>
    /- true/.test(await consoleEval(c.consoleOf(leader), 'gs.stats().degraded')),
  );
  const served = await servedAgain(['g1', 'g2'], probe, since);
  // Operators see it: the game host's `stats` (and its /metrics gauge).
  await until('store_degraded 1 in the stats of g1', 10000, async () =>
    /STAT store_degraded 1/.test(await c.statsOf('g1')),
  );
  const restarted = Date.now();
  c.startController(replica);
  await until(
    'a new replica in sync',
    60000,
    async () => (await c.whole(1000)).replica === replica,
  );
  return {
    fault: `3 SIGKILL replica ${replica} (controller + Tarantool)`,
    servedAgainMs: served,
    notes: [
      `${leader} degraded (quorum 1) ${degradedMs} ms after the kill; store_degraded 1 in stats`,
      `new replica in sync ${Date.now() - restarted} ms after its controller started`,
    ],
  };
}

/**
 * 4: freeze a game host (SIGSTOP), log its player in on the other host, wake
 * it (its late session must be closed: fencing), then SIGKILL the host.
 */
export async function killGameHost(c: Cluster, probe: number): Promise<FaultRow> {
  const game = c.get('game-g2');
  const late = await login('g2', probe);
  const closed = late.closedByServer(15000).then(
    () => true,
    () => false,
  );
  signalGroup(game.pid, 'SIGSTOP');
  const since = Date.now();
  (await login('g1', probe, 3000)).close();
  const takeover = Date.now() - since;
  signalGroup(game.pid, 'SIGCONT');
  const lateClosed = await closed;
  const killedAt = Date.now();
  signalGroup(game.pid, 'SIGKILL');
  const served = await servedAgain(['g1'], probe + 1, killedAt);
  await c.startGameHost('g2');
  if (!lateClosed) throw new Error('fault 4: the session that woke late was not closed');
  return {
    fault: '4 SIGSTOP, then SIGKILL game host g2',
    servedAgainMs: Math.max(takeover, served),
    notes: [
      `its player logged in on g1 ${takeover} ms after the freeze; the late session on g2 was closed`,
      `after the SIGKILL, g2's players play on g1 (${served} ms); g2 restarted`,
    ],
  };
}

/** 5: the same player logs in on both game hosts: the older session is kicked. */
export async function loginTwice(_c: Cluster, probe: number): Promise<FaultRow> {
  const first = await login('g1', probe);
  const closed = first.closedByServer(10000);
  const since = Date.now();
  const second = await login('g2', probe, 3000);
  const served = Date.now() - since;
  await closed;
  const kickedMs = Date.now() - since;
  second.close();
  return {
    fault: '5 one player on g1 and g2',
    servedAgainMs: served,
    notes: [`the g1 session was closed ${kickedMs} ms after the g2 login`],
  };
}
