import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import { type MariadbServer, startMariadb } from '../devstack/mariadb';
import { REPO_ROOT } from '../devstack/paths';
import { freePort, isAlive, signalGroup } from '../devstack/process';
import { startTarantool, type TarantoolServer } from '../devstack/tarantool';
import { readPid } from '../master/pidfile';
import { queryStats } from '../master/stats-client';
import { migrate } from '../store/mysql/migrate';

/**
 * The private stack the benchmark suite and the soak run on: Tarantool and
 * MariaDB on free ports in a temporary folder, and a config file for a
 * master (started with `gs('start')`). stop() removes all of it, by pid.
 */

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'bin', 'gameserver');
export const BENCH_SECRET = 'bench-token-secret';
export const benchToken = (id: number) =>
  mintToken(BENCH_SECRET, id, Math.floor(Date.now() / 1000) + 86400);
/** Development passwords of the throwaway stack (never a real one). */
const PASSWORDS = {
  worker: 'bw',
  drainer: 'bd',
  master: 'bm',
  replicator: 'br',
  mysql: 'bench-mysql',
};

export interface BenchStack {
  dir: string;
  tt: TarantoolServer;
  db: MariadbServer;
  pool: mysql.Pool;
  gamePort: number;
  webPort: number;
  statsPort: number;
  /** The master's admin port (/healthz, /readyz, /metrics). */
  adminPort: number;
  pidFile: string;
  /** With `replica`: Tarantool's synchronous replica (quorum 2). */
  replica: TarantoolServer | null;
  workerPassword: string;
  /** Runs `gameserver <args> --config <the stack's file>`. */
  gs(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** `gameserver start`, or with BENCH_PROFILE the master under --cpu-prof. */
  startMaster(): Promise<void>;
  restartTarantool(): Promise<void>;
  restartMariadb(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The stack's Tarantool, and with `replicated` its synchronous replica: the
 * master then waits for the replica's acknowledgement of every save
 * (quorum 2).
 */
function tarantoolsOf(dir: string, memtxMemoryMb: number, replicated: boolean) {
  const sync = replicated
    ? { GS_SYNC_QUORUM: '2', GS_REPLICATOR_PASSWORD: PASSWORDS.replicator }
    : undefined;
  const start = (name: string, port: number | undefined, env?: Record<string, string>) =>
    startTarantool({
      dir: path.join(dir, name),
      port,
      memtxMemoryMb,
      workerPassword: PASSWORDS.worker,
      drainerPassword: PASSWORDS.drainer,
      masterPassword: PASSWORDS.master,
      ...(env ? { env } : {}),
    });
  return {
    master: (port: number) => start('tt', port, sync),
    replica: async (masterPort: number): Promise<TarantoolServer | null> =>
      sync
        ? start('tt-replica', undefined, {
            ...sync,
            GS_READ_ONLY: 'true',
            GS_REPLICATION: `gs_replicator:${PASSWORDS.replicator}@127.0.0.1:${masterPort}`,
          })
        : null,
  };
}

/** `config` is merged over the stack's own settings (ports, passwords, pidfile, log). */
export async function startBenchStack(
  config: Record<string, unknown>,
  sizes = { memtxMemoryMb: 1024, bufferPoolMb: 256 },
  opts: { replica?: boolean } = {},
): Promise<BenchStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-'));
  const creds = { user: 'gameserver', password: PASSWORDS.mysql, database: 'gameserver' };
  const { ttPort, dbPort, gamePort, statsPort, adminPort, webPort } = await ports();
  const tarantools = tarantoolsOf(dir, sizes.memtxMemoryMb, opts.replica === true);
  const startTt = () => tarantools.master(ttPort);
  const startDb = () =>
    startMariadb({
      dir: path.join(dir, 'db'),
      port: dbPort,
      ...creds,
      bufferPoolMb: sizes.bufferPoolMb,
    });
  const [tt, db] = await Promise.all([startTt(), startDb()]);
  const replica = await tarantools.replica(ttPort);
  const pool = mysql.createPool({ host: db.host, port: db.port, ...creds, connectionLimit: 2 });
  const conn = await pool.getConnection();
  await migrate(conn);
  conn.release();
  const pidFile = path.join(dir, 'gameserver.pid');
  const configFile = path.join(dir, 'config.json');
  const own = {
    game: { host: '127.0.0.1', port: gamePort },
    web: { host: '127.0.0.1', port: webPort },
    stats: { port: statsPort },
    admin: { port: adminPort },
    tarantool: {
      port: ttPort,
      workerPassword: PASSWORDS.worker,
      drainerPassword: PASSWORDS.drainer,
      masterPassword: PASSWORDS.master,
    },
    mysql: { port: dbPort, password: PASSWORDS.mysql },
    auth: { tokenSecret: BENCH_SECRET },
    log: { file: path.join(dir, 'gameserver.log'), level: 'warn' },
    master: { pidFile },
  };
  fs.writeFileSync(configFile, JSON.stringify(mergeSections(own, config)));
  const kill = () => killStack(pidFile, [stack.tt, stack.db, replica], dir);
  untilStopped(kill);
  const stack: BenchStack = {
    dir,
    tt,
    db,
    pool,
    gamePort,
    webPort,
    statsPort,
    adminPort,
    pidFile,
    replica,
    workerPassword: PASSWORDS.worker,
    gs: (...args) =>
      run(process.execPath, [CLI, ...args, '--config', configFile], { timeout: 120000 }),
    async startMaster() {
      const dir = process.env.BENCH_PROFILE;
      if (dir) await profiledMaster(configFile, statsPort, dir);
      else await stack.gs('start');
    },
    async restartTarantool() {
      stack.tt = await startTt();
    },
    async restartMariadb() {
      stack.db = await startDb();
    },
    async stop() {
      await stopMaster(pidFile, () => stack.gs('stop'));
      await pool.end().catch(() => undefined);
      await Promise.all([stack.tt.stop(), stack.db.stop(), replica?.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
      live.delete(kill);
    },
  };
  return stack;
}

/** Kills a stack at once by pid (the master by its group) and removes its folder. */
function killStack(pidFile: string, servers: ({ pid: number } | null)[], dir: string): void {
  killGroup(readPid(pidFile));
  for (const server of servers) {
    if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGKILL');
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * What kills each stack not yet stopped. A bench that exits or is stopped by
 * a signal kills them: the master is a daemon in a session of its own, and
 * a signal to the bench's pid alone reaches neither Tarantool nor MariaDB.
 */
const live = new Set<() => void>();

let killOnExit = false;

function untilStopped(kill: () => void): void {
  if (!killOnExit) {
    killOnExit = true;
    process.on('exit', killLive);
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      process.once(sig, () => {
        killLive();
        process.exit(128 + (sig === 'SIGTERM' ? 15 : 2));
      });
    }
  }
  live.add(kill);
}

function killLive(): void {
  for (const kill of live) {
    try {
      kill();
    } catch (err) {
      console.error(`bench: stopping a stack on exit: ${(err as Error).message}`);
    }
  }
  live.clear();
}

/**
 * `gameserver stop`; the master leads its own process group (a daemon), so
 * if that fails the group goes by the pid the pidfile held, and no worker
 * outlives the bench.
 */
async function stopMaster(pidFile: string, stop: () => Promise<unknown>): Promise<void> {
  const master = readPid(pidFile);
  await stop().catch((err: Error & { stderr?: string }) =>
    console.error(`bench: gameserver stop failed: ${err.stderr?.trim() || err.message}`),
  );
  if (master !== null && isAlive(master)) {
    console.error(`bench: the master (pid ${master}) is still running; SIGKILL to its group`);
    killGroup(master);
  }
}

/** SIGKILL to the process group a live pid leads (the master's: it and its children). */
function killGroup(pid: number | null): void {
  if (pid !== null && isAlive(pid)) signalGroup(pid, 'SIGKILL');
}

/** A free port for each server of the stack. */
async function ports() {
  return {
    ttPort: await freePort(),
    dbPort: await freePort(),
    gamePort: await freePort(),
    webPort: await freePort(),
    statsPort: await freePort(),
    adminPort: await freePort(),
  };
}

/**
 * BENCH_PROFILE=DIR: the master in the foreground under --cpu-prof (not
 * allowed in NODE_OPTIONS); its cluster children inherit the flags, and
 * every process writes a V8 CPU profile into DIR when it exits. `gameserver
 * stop` stops it through the pidfile it writes.
 */
async function profiledMaster(configFile: string, statsPort: number, dir: string): Promise<void> {
  const flags = ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`];
  spawn(process.execPath, [...flags, CLI, 'run', '--config', configFile], {
    stdio: 'ignore',
  }).unref();
  const up = () =>
    queryStats(statsPort).then(
      (st) => st.get('workers') !== '0',
      () => false,
    );
  for (let i = 0; i < 300; i++) {
    if (await up()) return;
    await sleep(100);
  }
  throw new Error('the profiled master did not come up');
}

/** Top-level keys of `over` replace those of `base`; sections (objects) are merged one level deep. */
function mergeSections(base: Record<string, unknown>, over: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === 'object' && v && typeof b === 'object' && b ? { ...b, ...v } : v;
  }
  return out;
}
