import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { StatsRefusedError } from '../errors';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema';
import { isAlive } from '../devstack/process';
import { exitOnCrash } from '../log/crash';
import { queryStats } from './stats-client';
import { createLogger, type LogHandle } from '../log/logger';
import { createMaster } from './master';
import { untilStopped } from './signals';
import { acquirePidfile, PidfileError, readPid, releasePidfile, runningPid } from './pidfile';

/**
 * The master as a UNIX daemon (`start`) or in the foreground (`run`), and
 * the commands that talk to a running one (`stop`, `status`, `reload`,
 * `stats`).
 */

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, NOT_RUNNING: 3 } as const;

/** The fd of the pipe on which a starting daemon reports "ready" or "error". */
const READY_FD = 3;

export interface CommandContext {
  config: Config;
  /** Absolute path of the config file, if one was given. */
  configFile: string | undefined;
  cliEntry: string;
  version: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Log file of a daemon: the configured one, else under the data folder (stdout is /dev/null). */
function daemonLogFile(config: Config): string {
  return config.log.file ?? path.join(config.dataDir, 'log', 'gameserver.log');
}

/** Runs the master until TERM/INT; writes the pidfile; resolves with the exit code. */
async function runMaster(
  ctx: CommandContext,
  log: LogHandle,
  logFile: string | null,
  onReady: (pid: number) => void,
  onFailure: (message: string) => void,
): Promise<number> {
  const { config } = ctx;
  const pidFile = config.master.pidFile;
  try {
    acquirePidfile(pidFile);
  } catch (err) {
    onFailure((err as Error).message);
    return EXIT.FAILED;
  }
  process.title = 'gameserver-master';
  exitOnCrash(log);
  const master = createMaster({
    config,
    configFile: ctx.configFile,
    configCwd: process.env.GS_CWD ?? process.cwd(),
    log,
    logFile,
    childEntry: ctx.cliEntry,
    version: ctx.version,
  });
  const finished = untilStopped(log.logger, async () => {
    await master.stop();
    releasePidfile(pidFile);
    log.flushSync();
  }).then(() => EXIT.OK);
  process.on('SIGHUP', () => void master.reload());
  process.on('SIGUSR2', () => master.reopenLogs());
  try {
    await master.start();
  } catch (err) {
    releasePidfile(pidFile);
    onFailure((err as Error).message);
    log.flushSync();
    return EXIT.FAILED;
  }
  onReady(process.pid);
  return finished;
}

/** `run`: the master in the foreground (development, systemd). */
export async function runForeground(ctx: CommandContext): Promise<number> {
  const log = createLogger({
    file: ctx.config.log.file,
    level: ctx.config.log.level,
    role: 'master',
  });
  return runMaster(
    ctx,
    log,
    ctx.config.log.file,
    (pid) => log.logger.info({ pid }, 'running in the foreground'),
    (message) => ctx.err(`gameserver: ${message}`),
  );
}

/** Inside the daemon process (spawned by `start`): report on fd 3, then serve. */
export async function runDaemon(ctx: CommandContext): Promise<number> {
  process.umask(0o027);
  const logFile = daemonLogFile(ctx.config);
  const log = createLogger({
    file: logFile,
    level: ctx.config.log.level,
    role: 'master',
    pretty: false,
  });
  const report = (line: string) => {
    try {
      fs.writeSync(READY_FD, `${line}\n`);
      fs.closeSync(READY_FD);
    } catch {
      // the starter is gone; nothing to tell
    }
  };
  return runMaster(
    ctx,
    log,
    logFile,
    (pid) => report(`ready ${pid}`),
    (message) => report(`error ${message}`),
  );
}

/**
 * `start`: spawns the daemon in its own session (setsid), cwd /, stdio on
 * /dev/null, and waits until it reports ready, or why it could not start.
 */
export async function startDaemon(ctx: CommandContext, configArgs: string[]): Promise<number> {
  const pidFile = ctx.config.master.pidFile;
  const running = runningPid(pidFile);
  if (running !== null) {
    ctx.err(`gameserver: already running (pid ${running})`);
    return EXIT.FAILED;
  }
  const child = spawn(process.execPath, [ctx.cliEntry, '_daemon', ...configArgs], {
    cwd: '/',
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      GS_CWD: process.cwd(),
      ...(ctx.configFile ? { GAMESERVER_CONFIG: ctx.configFile } : {}),
    },
  });
  const pipe = child.stdio[READY_FD] as NodeJS.ReadableStream;
  let text = '';
  pipe.setEncoding('utf8');
  pipe.on('data', (chunk: string) => (text += chunk));
  const closed = new Promise<void>((r) => pipe.on('close', () => r()));
  const timeoutMs = ctx.config.master.startTimeoutMs + 5000;
  const timedOut = await Promise.race([
    closed.then(() => false),
    sleep(timeoutMs).then(() => true),
  ]);
  child.unref();
  const line = text.trim();
  if (!timedOut && line.startsWith('ready ')) {
    ctx.out(`gameserver: started (pid ${line.slice(6)})`);
    return EXIT.OK;
  }
  // Leave nothing behind: the daemon leads its own process group.
  if (child.pid !== undefined && isAlive(child.pid)) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  ctx.err(
    `gameserver: failed to start: ${
      timedOut
        ? `not ready within ${timeoutMs} ms`
        : line.startsWith('error ')
          ? line.slice(6)
          : 'the daemon exited'
    } (log: ${daemonLogFile(ctx.config)})`,
  );
  return EXIT.FAILED;
}

export async function stopDaemon(ctx: CommandContext): Promise<number> {
  const pid = runningPid(ctx.config.master.pidFile);
  if (pid === null) {
    ctx.out('gameserver: not running');
    return EXIT.OK;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + ctx.config.master.stopDeadlineMs + 5000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      ctx.err(`gameserver: pid ${pid} did not stop in time`);
      return EXIT.FAILED;
    }
    await sleep(50);
  }
  ctx.out(`gameserver: stopped (pid ${pid})`);
  return EXIT.OK;
}

/** LSB status codes: 0 running, 1 dead with a pidfile, 3 not running. */
export function daemonStatus(ctx: CommandContext): number {
  const file = ctx.config.master.pidFile;
  const pid = runningPid(file);
  if (pid !== null) {
    ctx.out(`gameserver: running (pid ${pid})`);
    return EXIT.OK;
  }
  if (readPid(file) !== null) {
    ctx.out(`gameserver: dead, but the pidfile ${file} exists`);
    return 1;
  }
  ctx.out('gameserver: not running');
  return EXIT.NOT_RUNNING;
}

export function reloadDaemon(ctx: CommandContext): number {
  const pid = runningPid(ctx.config.master.pidFile);
  if (pid === null) {
    ctx.err('gameserver: not running');
    return EXIT.NOT_RUNNING;
  }
  process.kill(pid, 'SIGHUP');
  ctx.out(`gameserver: reload signalled (pid ${pid})`);
  return EXIT.OK;
}

/** `stats [group]`: asks the running master's stats port and prints its `STAT` lines. */
export async function printStats(ctx: CommandContext, group: string | undefined): Promise<number> {
  const { host, port } = ctx.config.stats;
  try {
    const stats = await queryStats(port, group ? `stats ${group}` : 'stats', host);
    ctx.out([...stats].map(([k, v]) => `STAT ${k} ${v}`).join('\n') + '\nEND');
    return EXIT.OK;
  } catch (err) {
    const e = err as Error & { code?: string };
    ctx.err(`gameserver: ${e.message}`);
    if (e instanceof StatsRefusedError) return EXIT.USAGE;
    return e.code === 'ECONNREFUSED' || e.code === 'ENOENT' ? EXIT.NOT_RUNNING : EXIT.FAILED;
  }
}

export { PidfileError };
