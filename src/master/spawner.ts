import cluster, { type Worker as ClusterWorker } from 'node:cluster';
import type { LogHandle } from '../log/logger';
import { type ChildRole, type MasterMessage, ROLE_ENV } from './ipc';

/**
 * How the supervisor starts a child, behind a small interface so that its
 * restart logic can be tested with a fake. The real one forks with Node's
 * cluster module, so every worker shares the game port the master listens on
 * and accepts its connections itself.
 */
export interface ChildHandle {
  readonly pid: number;
  send(m: MasterMessage): void;
  kill(signal: NodeJS.Signals): void;
  isDead(): boolean;
  onMessage(fn: (m: unknown) => void): void;
  onExit(fn: (code: number | null, signal: string | null) => void): void;
}

export type Spawner = (role: ChildRole) => ChildHandle;

export interface ClusterSpawnerOptions {
  /** The script a child runs (the CLI entry; it dispatches on GS_ROLE). */
  childEntry: string;
  configFile: string | undefined;
  configCwd: string;
  /** Where children write their log (the daemon's file; null: stdout). */
  logFile: string | null;
  /** The master's log, for a child's process errors. */
  log: LogHandle;
}

export function clusterSpawner(o: ClusterSpawnerOptions): Spawner {
  // The workers accept from the socket the master listens on, each for
  // itself (the kernel's queue), not through the master's round-robin:
  // Node's round-robin hands a connection to a worker over IPC, and one
  // handed to a worker as it is SIGKILLed is lost, its client waiting
  // unanswered until its own timeout (3 of 3,200 connections over 8 kills
  // in the test that checks this; none this way). Set before the first fork.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  return (role) => {
    cluster.setupPrimary({ exec: o.childEntry, args: ['_child'] });
    const env: NodeJS.ProcessEnv = {
      [ROLE_ENV]: role,
      GS_CWD: o.configCwd,
      GS_LOG_FILE: o.logFile ?? '',
    };
    if (o.configFile) env.GAMESERVER_CONFIG = o.configFile;
    return handleOf(cluster.fork(env), role, o.log);
  };
}

/**
 * A forked child behind the ChildHandle interface. Node re-emits a child's
 * process errors (an IPC write to a child that has just died, a signal
 * that could not be sent) as 'error' on its cluster worker, and an 'error'
 * with no listener would kill the master: they are logged, and the
 * child's exit, which follows, is what the supervisor acts on.
 */
export function handleOf(proc: ClusterWorker, role: ChildRole, log: LogHandle): ChildHandle {
  proc.on('error', (err: Error) =>
    log.logger.warn({ err, child: role, childPid: proc.process.pid }, 'child process error'),
  );
  return {
    pid: proc.process.pid ?? 0,
    send: (m) => {
      if (proc.isConnected()) proc.send(m);
    },
    kill: (signal) => proc.process.kill(signal),
    isDead: () => proc.isDead(),
    onMessage: (fn) => proc.on('message', fn),
    onExit: (fn) => proc.on('exit', fn),
  };
}
