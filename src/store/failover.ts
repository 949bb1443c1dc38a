import type { Config } from '../config/schema';
import type { Logger } from '../log/logger';
import { instancesOf, parseInstance, TarantoolClient } from './tarantool-client';

/**
 * `gameserver failover --to HOST:PORT`: makes one instance of the replica
 * set the writable one, by hand. Every other instance that still answers is
 * demoted first (read-only: it fences itself); a dead one is skipped. Then
 * the target is promoted with the given synchronous quorum (1 while it is
 * alone; 2 once a new replica has joined). The sequence is docs/scaling.md's.
 */

/** What `gs.role()` answers (lua/gameserver/players.lua). */
export interface Role {
  ro: boolean;
  status: string;
  uuid: string;
  lsn: number;
  vclock_sum: number;
  quorum: number;
  peers: Array<{ uuid: string; upstream?: string; downstream?: string }>;
}

/**
 * A client logged in as the controller user, for `failover` and the store
 * controller. A call may wait for the replica's confirmation (the quorum
 * barrier), so its timeout covers controller.syncTimeoutSeconds.
 */
export function controllerClient(
  config: Config,
  at: { host: string; port: number },
  logger: Logger,
): TarantoolClient {
  const t = config.tarantool;
  if (!t.controllerPassword)
    throw new Error('tarantool.controllerPassword is not set: no failover from this config');
  return new TarantoolClient({
    ...at,
    user: t.controllerUser,
    password: t.controllerPassword,
    callTimeoutMs: Math.max(t.callTimeoutMs, (config.controller.syncTimeoutSeconds + 1) * 1000),
    connectTimeoutMs: 1000,
    maxInFlight: 8,
    retryMinMs: 50,
    retryMaxMs: 500,
    logger,
  });
}

async function call(
  config: Config,
  where: { host: string; port: number },
  procedure: 'gs.role' | 'gs.promote' | 'gs.demote',
  args: unknown[],
  logger: Logger,
): Promise<Role> {
  const c = controllerClient(config, where, logger);
  try {
    await c.connect();
    return (await c.proc(procedure, args)) as Role;
  } finally {
    await c.close();
  }
}

export async function failover(
  config: Config,
  target: string,
  quorum: number,
  logger: Logger,
): Promise<{ demoted: string[]; unreachable: string[]; promoted: Role }> {
  const to = parseInstance(target, '--to');
  const demoted: string[] = [];
  const unreachable: string[] = [];
  for (const other of instancesOf(config)) {
    if (other.host === to.host && other.port === to.port) continue;
    const name = `${other.host}:${other.port}`;
    try {
      await call(config, other, 'gs.demote', [], logger);
      demoted.push(name);
    } catch {
      unreachable.push(name);
    }
  }
  const promoted = await call(config, to, 'gs.promote', [quorum], logger);
  return { demoted, unreachable, promoted };
}
