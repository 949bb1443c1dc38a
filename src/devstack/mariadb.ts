import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { freePort, probeTcp, spawnServer, stopPid, tail, waitReady, which } from './process';

const execFileAsync = promisify(execFile);

export interface MariadbOptions {
  /** Folder for data/, the socket, the pidfile and the error log. */
  dir: string;
  host?: string;
  port?: number;
  /** The application user and database created on first start. */
  user: string;
  password: string;
  database: string;
  /** InnoDB buffer pool in MiB (small for tests). */
  bufferPoolMb?: number;
  /** Flush the redo log at every commit (1, durable) or once a second (2, tests). */
  flushAtCommit?: 1 | 2;
  detached?: boolean;
  readyTimeoutMs?: number;
}

export interface MariadbServer {
  pid: number;
  host: string;
  port: number;
  dir: string;
  socket: string;
  logFile: string;
  /** A root connection over the unix socket (for set-up and checks). */
  rootConnection(): Promise<mysql.Connection>;
  stop(graceMs?: number): Promise<void>;
}

export function mariadbBinaries(): { server: string; installDb: string } {
  const server = which('mariadbd') ?? which('mysqld');
  const installDb = which('mariadb-install-db') ?? which('mysql_install_db');
  if (!server || !installDb) {
    throw new Error(
      'mariadb-server is not installed: run `apt-get install -y mariadb-server` (as root)',
    );
  }
  return { server, installDb };
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** mariadbd refuses to run as root unless told to; our private instance runs as whoever started it. */
function userArgs(): string[] {
  return isRoot() ? ['--user=root'] : [];
}

async function installDb(installDbBin: string, dir: string): Promise<void> {
  const dataDir = path.join(dir, 'data');
  if (fs.existsSync(path.join(dataDir, 'mysql'))) return;
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    await execFileAsync(
      installDbBin,
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...userArgs(),
      ],
      { timeout: 120000 },
    );
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`mariadb-install-db failed: ${e.stderr ?? e.message}`, { cause: err });
  }
}

function serverArgs(
  o: MariadbOptions,
  host: string,
  port: number,
  socket: string,
  logFile: string,
) {
  return [
    '--no-defaults',
    `--datadir=${path.join(o.dir, 'data')}`,
    `--socket=${socket}`,
    `--port=${port}`,
    `--bind-address=${host}`,
    `--pid-file=${path.join(o.dir, 'mariadbd.pid')}`,
    `--log-error=${logFile}`,
    '--skip-name-resolve',
    '--character-set-server=utf8mb4',
    `--innodb-buffer-pool-size=${o.bufferPoolMb ?? 128}M`,
    `--innodb-flush-log-at-trx-commit=${o.flushAtCommit ?? 1}`,
    '--max-connections=500',
    `--tmpdir=${os.tmpdir()}`,
    ...userArgs(),
  ];
}

/** The application database and its user (from 127.0.0.1 and localhost), password (re)set. */
async function createAppUser(conn: mysql.Connection, o: MariadbOptions): Promise<void> {
  await conn.query(`CREATE DATABASE IF NOT EXISTS \`${o.database}\` CHARACTER SET utf8mb4`);
  for (const from of ['127.0.0.1', 'localhost']) {
    await conn.query(`CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?`, [o.user, from, o.password]);
    await conn.query(`ALTER USER ?@? IDENTIFIED BY ?`, [o.user, from, o.password]);
    await conn.query(`GRANT ALL PRIVILEGES ON \`${o.database}\`.* TO ?@?`, [o.user, from]);
  }
}

/**
 * Starts a private MariaDB (mariadbd --no-defaults, own datadir, socket and
 * port), creates the application database and user, and resolves when it
 * answers queries. With no port given, a taken free port is retried.
 */
export async function startMariadb(options: MariadbOptions): Promise<MariadbServer> {
  if (!/^\w{1,64}$/.test(options.database)) {
    throw new Error(`database name must be letters, digits and _: ${options.database}`);
  }
  const bins = mariadbBinaries();
  fs.mkdirSync(options.dir, { recursive: true });
  await installDb(bins.installDb, options.dir);
  const host = options.host ?? '127.0.0.1';
  const socket = path.join(options.dir, 'mysqld.sock');
  const logFile = path.join(options.dir, 'mariadbd.err');
  const rootConnection = () =>
    mysql.createConnection({ socketPath: socket, user: 'root', connectTimeout: 3000 });
  const pickPort = options.port === undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < (pickPort ? 3 : 1); attempt++) {
    const port = options.port ?? (await freePort());
    const spawned = spawnServer(bins.server, serverArgs(options, host, port, socket, logFile), {
      logFile,
      detached: options.detached ?? false,
      cwd: options.dir,
    });
    const answers = async () => {
      if (!(await probeTcp(host, port))) return false;
      await (await rootConnection()).end();
      return true;
    };
    try {
      const what = `mariadbd on ${host}:${port}`;
      await waitReady(what, spawned, logFile, answers, options.readyTimeoutMs ?? 60000);
    } catch (err) {
      lastError = err;
      await stopPid(spawned.pid, 5000);
      if (pickPort && /Address already in use|Can't start server: Bind/.test(tail(logFile, 10)))
        continue;
      throw err;
    }
    const conn = await rootConnection();
    await createAppUser(conn, options).finally(() => conn.end());
    const stop = (graceMs = 30000) => stopPid(spawned.pid, graceMs);
    return {
      pid: spawned.pid,
      host,
      port,
      dir: options.dir,
      socket,
      logFile,
      rootConnection,
      stop,
    };
  }
  throw lastError;
}
