import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { Config } from '../config/schema';
import { migrate } from '../store/mysql/migrate';
import { mysqlOptions } from '../store/mysql/connect';
import { startMariadb } from './mariadb';
import { isAlive, probeTcp, stopPid } from './process';
import { probeTarantool, startTarantool } from './tarantool';

/**
 * scripts/stack: a private Tarantool and MariaDB under one folder (var/ by
 * default), started detached with pidfiles, so a developer's `serve` and
 * `stack status` find them again.
 */

export interface StackLayout {
  dir: string;
  tarantoolDir: string;
  mariadbDir: string;
  tarantoolPidFile: string;
  mariadbPidFile: string;
  consoleSocket: string;
}

export function stackLayout(config: Config, dirOverride?: string): StackLayout {
  const dir = path.resolve(dirOverride ?? config.dataDir);
  const tarantoolDir = path.join(dir, 'tarantool');
  const mariadbDir = path.join(dir, 'mariadb');
  return {
    dir,
    tarantoolDir,
    mariadbDir,
    tarantoolPidFile: path.join(tarantoolDir, 'tarantool.pid'),
    mariadbPidFile: path.join(mariadbDir, 'mariadbd.pid'),
    consoleSocket: dirOverride
      ? path.join(tarantoolDir, 'console.sock')
      : config.tarantool.consoleSocket,
  };
}

export interface ComponentStatus {
  name: 'tarantool' | 'mariadb';
  pid: number | null;
  port: number;
  running: boolean;
  healthy: boolean;
  detail: string;
}

/** The pid in a pidfile, if that process is alive and is the program we expect (not a reused pid). */
export function livePid(pidFile: string, program: RegExp): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return program.test(cmdline) ? pid : null;
  } catch {
    return null;
  }
}

const TARANTOOL_CMD = /tarantool/;
const MARIADB_CMD = /mariadbd|mysqld/;

export async function stackStatus(config: Config, layout: StackLayout): Promise<ComponentStatus[]> {
  const ttPid = livePid(layout.tarantoolPidFile, TARANTOOL_CMD);
  const ttHealthy =
    ttPid !== null && (await probeTarantool(config.tarantool.host, config.tarantool.port));
  const dbPid = livePid(layout.mariadbPidFile, MARIADB_CMD);
  let dbHealthy = false;
  let dbDetail = dbPid === null ? 'not running' : 'not answering';
  if (dbPid !== null && (await probeTcp(config.mysql.host, config.mysql.port))) {
    try {
      const conn = await mysql.createConnection(mysqlOptions(config));
      await conn.query('SELECT 1');
      await conn.end();
      dbHealthy = true;
      dbDetail = 'answers queries';
    } catch (err) {
      dbDetail = `login failed: ${(err as Error).message}`;
    }
  }
  return [
    {
      name: 'tarantool',
      pid: ttPid,
      port: config.tarantool.port,
      running: ttPid !== null,
      healthy: ttHealthy,
      detail: ttPid === null ? 'not running' : ttHealthy ? 'answers iproto' : 'not answering',
    },
    {
      name: 'mariadb',
      pid: dbPid,
      port: config.mysql.port,
      running: dbPid !== null,
      healthy: dbHealthy,
      detail: dbDetail,
    },
  ];
}

export async function applyMysqlMigrations(config: Config): Promise<number[]> {
  const conn = await mysql.createConnection({ ...mysqlOptions(config), multipleStatements: false });
  try {
    return await migrate(conn);
  } finally {
    await conn.end();
  }
}

/** Starts what is not running; returns lines to print. */
export async function stackStart(config: Config, layout: StackLayout): Promise<string[]> {
  const out: string[] = [];
  const before = await stackStatus(config, layout);
  if (before.every((c) => c.healthy)) {
    return [`stack already running in ${layout.dir}: nothing to do`, ...describe(before, layout)];
  }
  const [tt, db] = before as [ComponentStatus, ComponentStatus];
  if (tt.running && !tt.healthy) {
    throw new Error(`tarantool pid ${tt.pid} is running but does not answer on port ${tt.port}`);
  }
  if (!tt.running) {
    await startTarantool({
      dir: layout.tarantoolDir,
      host: config.tarantool.host,
      port: config.tarantool.port,
      memtxMemoryMb: config.tarantool.memtxMemoryMb,
      consoleSocket: layout.consoleSocket,
      workerUser: config.tarantool.workerUser,
      workerPassword: config.tarantool.workerPassword,
      drainerUser: config.tarantool.drainerUser,
      drainerPassword: config.tarantool.drainerPassword,
      masterUser: config.tarantool.masterUser,
      masterPassword: config.tarantool.masterPassword,
      detached: true,
    });
    out.push('tarantool started');
  }
  if (db.running && !db.healthy) {
    throw new Error(`mariadbd pid ${db.pid} is running but ${db.detail}`);
  }
  if (!db.running) {
    await startMariadb({
      dir: layout.mariadbDir,
      host: config.mysql.host,
      port: config.mysql.port,
      user: config.mysql.user,
      password: config.mysql.password,
      database: config.mysql.database,
      detached: true,
    });
    out.push('mariadb started');
  }
  const applied = await applyMysqlMigrations(config);
  out.push(
    applied.length ? `mysql migrations applied: ${applied.join(', ')}` : 'mysql schema up to date',
  );
  out.push(...describe(await stackStatus(config, layout), layout));
  return out;
}

export async function stackStop(layout: StackLayout): Promise<string[]> {
  const out: string[] = [];
  for (const [name, pidFile, program] of [
    ['tarantool', layout.tarantoolPidFile, TARANTOOL_CMD],
    ['mariadb', layout.mariadbPidFile, MARIADB_CMD],
  ] as const) {
    const pid = livePid(pidFile, program);
    if (pid === null) {
      out.push(`${name}: not running`);
      continue;
    }
    await stopPid(pid, 30000);
    out.push(`${name}: stopped (pid ${pid})`);
  }
  return out;
}

export function describe(status: ComponentStatus[], layout: StackLayout): string[] {
  const lines = status.map(
    (c) =>
      `${c.name.padEnd(9)} pid ${String(c.pid ?? '-').padEnd(7)} port ${String(c.port).padEnd(5)} ${
        c.healthy ? 'healthy' : 'UNHEALTHY'
      } (${c.detail})`,
  );
  lines.push(`tarantool console: tarantoolctl connect ${layout.consoleSocket}`);
  lines.push(
    `mariadb socket:    mariadb --socket=${path.join(layout.mariadbDir, 'mysqld.sock')} -u root`,
  );
  return lines;
}
