import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { groupAlive, signalGroup } from '../devstack/process';
import { Etcd } from '../store/etcd';
import { type HostName, type HostProcess, ip, spawnOn, type Topology } from './netns';

/**
 * The hosts of scripts/multihost and their roles: three etcd members (on
 * t1, t2 and db), a store controller with its Tarantool on t1 and t2,
 * MariaDB on db, and `gameserver run` on g1 (with the drainer) and g2.
 */

export const CLI = path.resolve(__dirname, '../cli/gameserver.js');
export const GAME_PORT = 7777;
export const TARANTOOL_PORT = 3301;
export const MYSQL_PORT = 3306;
export const PREFIX = '/gameserver/store';
const ETCD_HOSTS: HostName[] = ['t1', 't2', 'db'];
export const TARANTOOL_HOSTS: HostName[] = ['t1', 't2'];
export const GAME_HOSTS: HostName[] = ['g1', 'g2'];

export const instanceOf = (host: HostName) => `${ip(host)}:${TARANTOOL_PORT}`;
export const hostOfInstance = (name: string | null): HostName | null =>
  TARANTOOL_HOSTS.find((h) => instanceOf(h) === name) ?? null;

export interface Timing {
  leaseTtlSeconds: number;
  degradeAfterMs: number;
}

/** Development-only secrets of this throwaway cluster. */
const DEV = {
  GAMESERVER_TARANTOOL_CONTROLLER_PASSWORD: 'multihost-dev-controller',
  GAMESERVER_TARANTOOL_REPLICATOR_PASSWORD: 'multihost-dev-replicator',
};

export class Cluster {
  readonly procs = new Map<string, HostProcess>();
  readonly etcd: Etcd;

  constructor(
    readonly t: Topology,
    readonly dir: string,
    readonly timing: Timing,
  ) {
    this.etcd = new Etcd({
      endpoints: ETCD_HOSTS.map((h) => `http://${ip(h)}:2379`),
      timeoutMs: 500,
    });
  }

  /** The environment every gameserver process of the cluster shares. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...DEV,
      GAMESERVER_TARANTOOL_HOSTS: TARANTOOL_HOSTS.map(instanceOf).join(','),
      GAMESERVER_TARANTOOL_CONNECT_TIMEOUT_MS: '1000',
      GAMESERVER_MYSQL_HOST: ip('db'),
      GAMESERVER_MYSQL_PORT: String(MYSQL_PORT),
      GAMESERVER_DRAINER_MIN_AGE_MS: '500',
      GAMESERVER_WEB_ENABLED: 'false',
      ...extra,
    };
  }

  private start(
    host: HostName,
    name: string,
    command: string[],
    env: NodeJS.ProcessEnv,
  ): HostProcess {
    const p = spawnOn(this.t, host, name, command, env, path.join(this.dir, `${name}.log`));
    this.procs.set(name, p);
    return p;
  }

  get(name: string): HostProcess {
    const p = this.procs.get(name);
    if (!p) throw new Error(`no process ${name}`);
    return p;
  }

  async startEtcd(): Promise<void> {
    const peers = ETCD_HOSTS.map((h) => `e-${h}=http://${ip(h)}:2380`).join(',');
    for (const h of ETCD_HOSTS) {
      this.start(
        h,
        `etcd-${h}`,
        [
          'etcd',
          '--name',
          `e-${h}`,
          '--data-dir',
          path.join(this.dir, `etcd-${h}`),
          '--listen-client-urls',
          `http://${ip(h)}:2379`,
          '--advertise-client-urls',
          `http://${ip(h)}:2379`,
          '--listen-peer-urls',
          `http://${ip(h)}:2380`,
          '--initial-advertise-peer-urls',
          `http://${ip(h)}:2380`,
          '--initial-cluster',
          peers,
          '--initial-cluster-state',
          'new',
          '--heartbeat-interval',
          '100',
          '--election-timeout',
          '1000',
        ],
        this.env(),
      );
    }
    await until('etcd answers', 30000, async () => {
      await this.etcd.get(`${PREFIX}/probe`);
      return true;
    });
  }

  async startMariadb(): Promise<void> {
    const dir = path.join(this.dir, 'mariadb');
    this.start(
      'db',
      'mariadb',
      [
        process.execPath,
        path.resolve(__dirname, 'main.js'),
        '--role',
        'mariadb',
        '--dir',
        dir,
        '--host',
        ip('db'),
        '--port',
        String(MYSQL_PORT),
      ],
      this.env(),
    );
    await until('MariaDB ready', 60000, async () => fs.existsSync(path.join(dir, 'ready')));
  }

  startController(host: HostName): HostProcess {
    const work = path.join(this.dir, host);
    fs.mkdirSync(work, { recursive: true });
    return this.start(
      host,
      `controller-${host}`,
      [process.execPath, CLI, 'store-controller'],
      this.env({
        GAMESERVER_CONTROLLER_ETCD_ENDPOINTS: ETCD_HOSTS.map((h) => `http://${ip(h)}:2379`).join(
          ',',
        ),
        GAMESERVER_CONTROLLER_INSTANCE: instanceOf(host),
        GAMESERVER_CONTROLLER_BOOTSTRAP: String(host === 't1'),
        GAMESERVER_CONTROLLER_WORK_DIR: path.join(work, 'tarantool'),
        GAMESERVER_CONTROLLER_LEASE_TTL_SECONDS: String(this.timing.leaseTtlSeconds),
        GAMESERVER_CONTROLLER_DEGRADE_AFTER_MS: String(this.timing.degradeAfterMs),
        GAMESERVER_CONTROLLER_SYNC_TIMEOUT_SECONDS: '5',
        GAMESERVER_TARANTOOL_CONSOLE_SOCKET: this.consoleOf(host),
        GAMESERVER_TARANTOOL_MEMTX_MEMORY_MB: '64',
      }),
    );
  }

  consoleOf(host: HostName): string {
    return path.join(this.dir, host, 'console.sock');
  }

  tarantoolPid(host: HostName): number {
    return Number(
      fs.readFileSync(path.join(this.dir, host, 'tarantool', 'tarantool.pid'), 'utf8').trim(),
    );
  }

  async startGameHost(host: HostName): Promise<HostProcess> {
    // A restart: the previous master and its workers must be gone first.
    // Workers share the listening socket (SCHED_NONE); one SIGKILLed a
    // moment ago still holds it while the kernel frees its memory, after
    // the master may already be reaped, and the readiness probe below
    // would connect to that one (then the port refuses until the new
    // workers listen).
    const before = this.procs.get(`game-${host}`);
    if (before) await until(`the previous game-${host} gone`, 10000, () => !groupAlive(before.pid));
    const work = path.join(this.dir, host);
    fs.mkdirSync(work, { recursive: true });
    const p = this.start(
      host,
      `game-${host}`,
      [process.execPath, CLI, 'run'],
      this.env({
        GAMESERVER_WORKERS: '2',
        GAMESERVER_DRAINERS: host === 'g1' ? '1' : '0',
        GAMESERVER_GAME_HOST: ip(host),
        GAMESERVER_GAME_PORT: String(GAME_PORT),
        GAMESERVER_MASTER_PID_FILE: path.join(work, 'gameserver.pid'),
        GAMESERVER_LOG_FILE: path.join(work, 'gameserver.log'),
      }),
    );
    // Up once its own master counts both workers ready (they listen before
    // they report ready): a TCP probe could not tell their socket from one
    // still held by the previous group.
    await until(
      `game host ${host}: both workers ready`,
      60000,
      async () => /^STAT workers 2\r?$/m.test(await this.statsOf(host).catch(() => '')),
      200,
    );
    return p;
  }

  /** `gameserver stats` of a game host's master (its stats port listens on the host's loopback). */
  statsOf(host: HostName): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(
        'ip',
        ['netns', 'exec', this.t.ns(host), process.execPath, CLI, 'stats'],
        { env: this.env(), timeout: 5000 },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      );
    });
  }

  /** The replica set is whole: a leader and a replica in sync (quorum 2). */
  async whole(timeoutMs: number): Promise<{ leader: HostName; replica: HostName }> {
    let out: { leader: HostName; replica: HostName } | null = null;
    await until('a leader and a replica in sync', timeoutMs, async () => {
      const leader = hostOfInstance(await this.etcd.get(`${PREFIX}/leader`));
      const replica = hostOfInstance(await this.etcd.get(`${PREFIX}/sync`));
      if (leader && replica && leader !== replica) out = { leader, replica };
      return out !== null;
    });
    return out!;
  }

  /** SIGKILLs every process of the cluster, by process group. */
  killAll(): void {
    for (const p of this.procs.values()) signalGroup(p.pid, 'SIGKILL');
  }
}

/** Polls `check` until it is true; throws naming `what` after the timeout. */
export async function until(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean> | boolean,
  everyMs = 50,
): Promise<number> {
  const started = Date.now();
  let last: unknown = null;
  for (;;) {
    try {
      if (await check()) return Date.now() - started;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `${what}: not within ${timeoutMs} ms${last ? ` (${(last as Error).message})` : ''}`,
      );
    await sleep(everyMs);
  }
}
