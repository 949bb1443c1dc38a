import fs from 'node:fs';
import path from 'node:path';
import { LUA_INIT } from './paths';
import { freePort, probeTcp, spawnServer, stopPid, tail, waitReady, which } from './process';

export interface TarantoolOptions {
  /** Work folder: snapshots, WAL, log, pidfile (and the console socket by default). */
  dir: string;
  host?: string;
  /** A free port is picked when omitted. */
  port?: number;
  memtxMemoryMb?: number;
  consoleSocket?: string;
  workerUser?: string;
  workerPassword: string;
  drainerUser?: string;
  drainerPassword: string;
  masterUser?: string;
  /** The master's user is created only when a password is given. */
  masterPassword?: string;
  walMode?: 'write' | 'fsync' | 'none';
  /** Outlive this process (scripts/stack) instead of being its child (tests). */
  detached?: boolean;
  readyTimeoutMs?: number;
  /** More GS_* settings for lua/init.lua (a replica set: GS_REPLICATION, GS_READ_ONLY, ...). */
  env?: Record<string, string>;
}

export interface TarantoolServer {
  pid: number;
  host: string;
  port: number;
  dir: string;
  consoleSocket: string;
  logFile: string;
  /** SIGTERM, then SIGKILL after the grace period; resolves when gone. */
  stop(graceMs?: number): Promise<void>;
}

export function tarantoolBinary(): string {
  const bin = which('tarantool');
  if (!bin) {
    throw new Error('tarantool is not installed: run `apt-get install -y tarantool` (as root)');
  }
  return bin;
}

/** Tarantool greets every iproto connection with a line starting "Tarantool". */
export function probeTarantool(host: string, port: number): Promise<boolean> {
  return probeTcp(host, port, 'Tarantool');
}

/**
 * Starts lua/init.lua and resolves when its port answers, which init.lua
 * only opens after migrations, users and procedures are in place.
 */
export async function startTarantool(options: TarantoolOptions): Promise<TarantoolServer> {
  const bin = tarantoolBinary();
  fs.mkdirSync(options.dir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const logFile = path.join(options.dir, 'tarantool.log');
  const consoleSocket = options.consoleSocket ?? path.join(options.dir, 'console.sock');
  const pickPort = options.port === undefined;
  let lastError: unknown;
  // A picked port can be taken by someone else before Tarantool binds it.
  for (let attempt = 0; attempt < (pickPort ? 3 : 1); attempt++) {
    const port = options.port ?? (await freePort());
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GS_WORK_DIR: options.dir,
      GS_LISTEN: `${host}:${port}`,
      GS_LOG: logFile,
      GS_PID_FILE: path.join(options.dir, 'tarantool.pid'),
      GS_CONSOLE: consoleSocket,
      GS_MEMTX_MEMORY_MB: String(options.memtxMemoryMb ?? 128),
      GS_WAL_MODE: options.walMode ?? 'write',
      GS_WORKER_USER: options.workerUser ?? 'gs_worker',
      GS_WORKER_PASSWORD: options.workerPassword,
      GS_DRAINER_USER: options.drainerUser ?? 'gs_drainer',
      GS_DRAINER_PASSWORD: options.drainerPassword,
      GS_MASTER_USER: options.masterUser ?? 'gs_master',
      ...(options.masterPassword ? { GS_MASTER_PASSWORD: options.masterPassword } : {}),
      ...options.env,
    };
    const spawned = spawnServer(bin, [LUA_INIT], {
      env,
      logFile,
      detached: options.detached ?? false,
      cwd: options.dir,
    });
    try {
      await waitReady(
        `tarantool on ${host}:${port}`,
        spawned,
        logFile,
        () => probeTarantool(host, port),
        options.readyTimeoutMs ?? 30000,
      );
    } catch (err) {
      lastError = err;
      await stopPid(spawned.pid, 2000);
      if (pickPort && /Address already in use/.test(tail(logFile, 5))) continue;
      throw err;
    }
    return {
      pid: spawned.pid,
      host,
      port,
      dir: options.dir,
      consoleSocket,
      logFile,
      stop: (graceMs = 10000) => stopPid(spawned.pid, graceMs),
    };
  }
  throw lastError;
}
