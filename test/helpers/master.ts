import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/devstack/paths';
import { freePort, isAlive } from '../../src/devstack/process';
import { readPid } from '../../src/master/pidfile';
import { queryStats } from '../../src/master/stats-client';
import {
  TEST_CREDENTIALS,
  tempDir,
  testBackends,
  type TestMariadb,
  type TestTarantool,
} from './servers';
import { FAST_CATALOG, TEST_TOKEN_SECRET } from './workers';

const run = promisify(execFile);
export const CLI = path.join(REPO_ROOT, 'bin', 'gameserver');

export interface TestMasterConfig {
  dir: string;
  file: string;
  gamePort: number;
  /** The workers' web port (GET /, /ws). */
  webPort: number;
  statsPort: number;
  adminPort: number;
  pidFile: string;
  logFile: string;
  values: Record<string, unknown>;
  /** Rewrites the config file with some values changed. */
  write(changes?: Record<string, Record<string, unknown>>): void;
}

/** A config file for a master under test: free ports, its own pidfile and log. */
export async function masterConfig(
  backends: { tarantoolPort: number; mysqlPort: number },
  extra: Record<string, Record<string, unknown> | number> = {},
): Promise<TestMasterConfig> {
  const dir = tempDir('master');
  const gamePort = await freePort();
  const statsPort = await freePort();
  const adminPort = await freePort();
  const webPort = await freePort();
  const pidFile = path.join(dir, 'gameserver.pid');
  const logFile = path.join(dir, 'gameserver.log');
  const values: Record<string, unknown> = {
    workers: 2,
    drainers: 1,
    game: { host: '127.0.0.1', port: gamePort, catalogFile: FAST_CATALOG, mailboxWaitSeconds: 2 },
    stats: { port: statsPort },
    admin: { port: adminPort },
    web: { host: '127.0.0.1', port: webPort },
    tarantool: {
      port: backends.tarantoolPort,
      workerPassword: TEST_CREDENTIALS.worker.password,
      drainerPassword: TEST_CREDENTIALS.drainer.password,
      masterPassword: TEST_CREDENTIALS.master.password,
      connectTimeoutMs: 1000,
    },
    mysql: { port: backends.mysqlPort, password: TEST_CREDENTIALS.mysql.password },
    auth: { tokenSecret: TEST_TOKEN_SECRET },
    log: { file: logFile, level: 'info' },
    master: { pidFile, restartBackoffMs: 50, maxRestarts: 2, stableMs: 5000, stopDeadlineMs: 8000 },
    drainer: { minAgeMs: 0 },
    ...extra,
  };
  const file = path.join(dir, 'config.json');
  const cfg: TestMasterConfig = {
    dir,
    file,
    gamePort,
    statsPort,
    adminPort,
    webPort,
    pidFile,
    logFile,
    values,
    write(changes = {}) {
      for (const [section, v] of Object.entries(changes)) {
        values[section] = { ...(values[section] as object), ...v };
      }
      fs.writeFileSync(file, JSON.stringify(values, null, 2));
    },
  };
  cfg.write();
  return cfg;
}

export interface CliResult {
  code: number;
  out: string;
}

/** Runs `gameserver <args> --config FILE` with a clean GAMESERVER_ environment. */
export async function cli(cfg: { file: string }, ...args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GAMESERVER_')) env[k] = v;
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args, '--config', cfg.file], {
      env,
      timeout: 60000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    };
  }
}

/** Asks the stats port; returns name -> value. */
export function statsOf(port: number, command = 'stats'): Promise<Map<string, string>> {
  return queryStats(port, command);
}

/**
 * Pids of processes whose command line or environment mentions the text
 * (children get the config path in GAMESERVER_CONFIG; the daemon renames
 * its title). Reads /proc; kills nothing.
 */
export function pidsMentioning(text: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (cmdline.includes(text) || environ.includes(text)) out.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return out.filter((p) => p !== process.pid);
}

/** Whatever a test left running under this config: SIGKILL by pid. */
export function killLeftovers(cfg: TestMasterConfig): void {
  const pid = readPid(cfg.pidFile);
  const pids = new Set([...(pid ? [pid] : []), ...pidsMentioning(cfg.file)]);
  for (const p of pids) {
    if (isAlive(p)) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 10000,
): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Backends with migrations, a config for them and a started master: what several suites begin with. */
export async function startedMaster(): Promise<{
  tt: TestTarantool;
  db: TestMariadb;
  cfg: TestMasterConfig;
}> {
  const { tt, db } = await testBackends();
  const cfg = await masterConfig({ tarantoolPort: tt.port, mysqlPort: db.port });
  const started = await cli(cfg, 'start');
  if (started.code !== 0) throw new Error(`gameserver start failed: ${started.out}`);
  return { tt, db, cfg };
}

/** Stops a master started for a test, and SIGKILLs anything it left. */
export async function stopMaster(cfg: TestMasterConfig | undefined): Promise<void> {
  if (!cfg) return;
  await cli(cfg, 'stop');
  killLeftovers(cfg);
}
