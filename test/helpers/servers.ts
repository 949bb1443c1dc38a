import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type MariadbServer, startMariadb } from '../../src/devstack/mariadb';
import { isAlive, signalGroup, spawnServer } from '../../src/devstack/process';
import { startTarantool, type TarantoolServer } from '../../src/devstack/tarantool';
import { migrate } from '../../src/store/mysql/migrate';
import { TarantoolClient } from '../../src/store/tarantool-client';
import { tempDir } from './temp';
import mysql from 'mysql2/promise';

/**
 * Real servers for tests: each on a free port in its own temporary folder,
 * stopped by pid afterwards (the root hook stops whatever a failed test
 * left, and an exit handler SIGKILLs anything still alive).
 */

export const TEST_CREDENTIALS = {
  worker: { user: 'gs_worker', password: 'test-worker-password' },
  drainer: { user: 'gs_drainer', password: 'test-drainer-password' },
  master: { user: 'gs_master', password: 'test-master-password' },
  mysql: { user: 'gameserver', password: 'test-mysql-password', database: 'gameserver' },
};

const started = new Map<number, { stop: () => Promise<void>; group?: boolean }>();

export { tempDir };

export interface TestTarantool extends TarantoolServer {
  /** Start again in the same folder and port (after a stop or a kill). */
  restart(): Promise<TestTarantool>;
  /** Sends a signal to the process (SIGKILL, SIGSTOP, SIGCONT ...). */
  signal(sig: NodeJS.Signals): void;
}

export async function testTarantool(
  opts: { dir?: string; port?: number; env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<TestTarantool> {
  const dir = opts.dir ?? tempDir('tarantool');
  const server = await startTarantool({
    dir,
    port: opts.port,
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.readyTimeoutMs ? { readyTimeoutMs: opts.readyTimeoutMs } : {}),
    memtxMemoryMb: 64,
    workerPassword: TEST_CREDENTIALS.worker.password,
    drainerPassword: TEST_CREDENTIALS.drainer.password,
    masterPassword: TEST_CREDENTIALS.master.password,
  });
  track(server.pid, () => server.stop());
  return {
    ...server,
    stop: async (graceMs?: number) => {
      await server.stop(graceMs);
      started.delete(server.pid);
    },
    restart: async () => {
      if (isAlive(server.pid)) await server.stop();
      started.delete(server.pid);
      return testTarantool({ ...opts, dir, port: server.port });
    },
    signal: (sig) => process.kill(server.pid, sig),
  };
}

export interface TestMariadb extends MariadbServer {
  restart(): Promise<TestMariadb>;
  signal(sig: NodeJS.Signals): void;
}

export async function testMariadb(
  opts: { dir?: string; port?: number } = {},
): Promise<TestMariadb> {
  const dir = opts.dir ?? tempDir('mariadb');
  const server = await startMariadb({
    dir,
    port: opts.port,
    ...TEST_CREDENTIALS.mysql,
    bufferPoolMb: 32,
    flushAtCommit: 2,
  });
  track(server.pid, () => server.stop());
  return {
    ...server,
    stop: async (graceMs?: number) => {
      await server.stop(graceMs);
      started.delete(server.pid);
    },
    restart: async () => {
      if (isAlive(server.pid)) await server.stop();
      started.delete(server.pid);
      return testMariadb({ dir, port: server.port });
    },
    signal: (sig) => process.kill(server.pid, sig),
  };
}

function track(pid: number, stop: () => Promise<void>, group = false): void {
  started.set(pid, { stop, group });
}

export interface TestGroup {
  pid: number;
  /** Signals the whole process group (the process and every child it started). */
  signal(sig: NodeJS.Signals): void;
  /** TERM to the group, KILL after `graceMs`; resolves once the leader is gone. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * A process in its own process group (an etcd, a store controller and the
 * Tarantool it runs), output to `dir/log`; stopped by group id afterwards.
 */
export function testGroup(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  dir: string,
  log: string,
): TestGroup {
  const { pid } = spawnServer(command, args, {
    env,
    logFile: path.join(dir, log),
    detached: true,
  });
  const signal = (sig: NodeJS.Signals) => signalGroup(pid, sig);
  const stop = async (graceMs = 10000) => {
    signal('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(20);
    signal('SIGKILL');
    started.delete(pid);
  };
  track(pid, stop, true);
  return { pid, signal, stop };
}

/** Stops every server a test started (their folders, made by tempDir, go at the end of the run). */
export async function stopAll(): Promise<void> {
  const all = [...started.values()];
  started.clear();
  await Promise.all(all.map((s) => s.stop().catch(() => undefined)));
}

function killStarted(): void {
  for (const [pid, s] of started) {
    try {
      process.kill(s.group ? -pid : pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

process.on('exit', killStarted);
// A test run stopped by a signal does not run 'exit' handlers by default.
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    killStarted();
    process.exit(128 + (sig === 'SIGTERM' ? 15 : 2));
  });
}

export function workerClient(
  server: { host: string; port: number },
  overrides: Partial<ConstructorParameters<typeof TarantoolClient>[0]> = {},
): TarantoolClient {
  return new TarantoolClient({
    host: server.host,
    port: server.port,
    user: TEST_CREDENTIALS.worker.user,
    password: TEST_CREDENTIALS.worker.password,
    callTimeoutMs: 2000,
    connectTimeoutMs: 2000,
    maxInFlight: 10000,
    retryMinMs: 20,
    retryMaxMs: 200,
    ...overrides,
  });
}

type ClientOptions = Partial<ConstructorParameters<typeof TarantoolClient>[0]>;

/** A client logged in as the drainer or the master user (workerClient's settings otherwise). */
function clientAs(
  role: 'drainer' | 'master',
  server: { host: string; port: number },
  o: ClientOptions,
) {
  const { user, password } = TEST_CREDENTIALS[role];
  return workerClient(server, { user, password, ...o });
}

export const drainerClient = (server: { host: string; port: number }, o: ClientOptions = {}) =>
  clientAs('drainer', server, o);

export const masterClient = (server: { host: string; port: number }, o: ClientOptions = {}) =>
  clientAs('master', server, o);

export { consoleEval } from '../../src/devstack/console';

/** A Tarantool and a MariaDB with the MySQL migrations applied: what most suites start with. */
export async function testBackends(): Promise<{ tt: TestTarantool; db: TestMariadb }> {
  const [tt, db] = await Promise.all([testTarantool(), migratedMariadb()]);
  return { tt, db };
}

/** A test MariaDB with the schema migrated. */
export async function migratedMariadb(): Promise<TestMariadb> {
  const db = await testMariadb();
  const conn = await mysql.createConnection({
    host: db.host,
    port: db.port,
    ...TEST_CREDENTIALS.mysql,
  });
  try {
    await migrate(conn);
  } finally {
    await conn.end();
  }
  return db;
}
