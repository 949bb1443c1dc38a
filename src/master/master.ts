import cluster, { type Worker as ClusterWorker } from 'node:cluster';
import type net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';
import { loadConfig, maskedSettings } from '../config/load';
import type { Config } from '../config/schema';
import type { LogHandle } from '../log/logger';
import { GameStore } from '../store/game-store';
import { mysqlOptions } from '../store/mysql/connect';
import { type TarantoolClient, tarantoolClientFor } from '../store/tarantool-client';
import type { WorkerStats } from '../worker/worker';
import {
  type ChildMessage,
  type ChildRole,
  type DrainerStats,
  EXIT_FATAL,
  isChildMessage,
  type MasterMessage,
  ROLE_ENV,
} from './ipc';
import { secondsMicros } from './memcached';
import { createStatsServer } from './stats-server';

/**
 * The master: forks the workers (Node's cluster module, so they share the
 * game port the master listens on) and the drainers, restarts a child that
 * dies with exponential backoff and marks a crash-looping one failed,
 * replaces workers one by one on reload, and answers `stats` in memcached's
 * text protocol with what the children report over IPC.
 */

export interface MasterDeps {
  config: Config;
  /** The config file and working directory to re-read on reload (and for the children). */
  configFile: string | undefined;
  configCwd: string;
  log: LogHandle;
  /** Where children write their log (the daemon's file; null: stdout). */
  logFile: string | null;
  /** The script a child runs (the CLI entry; it dispatches on GS_ROLE). */
  childEntry: string;
  version: string;
}

interface Child {
  proc: ClusterWorker;
  startedAt: number;
  id: string | null;
  ready: boolean;
  /** Told to stop (reload, shutdown): its exit is not a crash. */
  retiring: boolean;
  fatalMessage: string | null;
  workerStats: WorkerStats | null;
  drainerStats: DrainerStats | null;
  rss: number;
  heapUsed: number;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

interface Slot {
  name: string;
  role: ChildRole;
  child: Child | null;
  /** Crashes in a row (reset once a child stayed up stableMs). */
  consecutive: number;
  restarts: number;
  failed: boolean;
  restartTimer: NodeJS.Timeout | null;
}

export interface Master {
  start(): Promise<void>;
  stop(): Promise<void>;
  reload(): Promise<void>;
  reopenLogs(): void;
  statsPort(): number;
}

type Stat = [string, string | number];

export function createMaster(deps: MasterDeps): Master {
  let config = deps.config;
  const { log, version } = deps;
  const logger = log.logger;
  const startedAt = Date.now();
  const slots: Slot[] = [];
  let state: 'new' | 'starting' | 'running' | 'stopping' | 'stopped' = 'new';
  let stopping: Promise<void> | null = null;
  let reloading: Promise<void> | null = null;
  let statsServer: net.Server | null = null;
  let pollTimer: NodeJS.Timeout | null = null;
  let tarantool: { client: TarantoolClient; store: GameStore } | null = null;
  let mysqlPool: mysql.Pool | null = null;
  let storeStats: Record<string, unknown> | null = null;
  let mysqlUp = 0;
  let restartsTotal = 0;
  let base: Record<string, number> = {};
  let rps = { at: Date.now(), commands: 0, value: 0 };

  function childEnv(role: ChildRole): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      [ROLE_ENV]: role,
      GS_CWD: deps.configCwd,
      GS_LOG_FILE: deps.logFile ?? '',
    };
    if (deps.configFile) env.GAMESERVER_CONFIG = deps.configFile;
    return env;
  }

  function fork(slot: Slot): Child {
    cluster.setupPrimary({ exec: deps.childEntry, args: ['_child'] });
    const proc = cluster.fork(childEnv(slot.role));
    let resolveExit!: (v: { code: number | null; signal: string | null }) => void;
    const child: Child = {
      proc,
      startedAt: Date.now(),
      id: null,
      ready: false,
      retiring: false,
      fatalMessage: null,
      workerStats: null,
      drainerStats: null,
      rss: 0,
      heapUsed: 0,
      exited: new Promise((r) => (resolveExit = r)),
    };
    slot.child = child;
    proc.on('message', (m: unknown) => {
      if (!isChildMessage(m)) return;
      onMessage(slot, child, m);
    });
    proc.on('exit', (code, signal) => {
      resolveExit({ code, signal });
      onExit(slot, child, code, signal);
    });
    logger.info({ slot: slot.name, pid: proc.process.pid }, 'child forked');
    return child;
  }

  function onMessage(slot: Slot, child: Child, m: ChildMessage): void {
    switch (m.type) {
      case 'ready':
        child.ready = true;
        child.id = m.id;
        logger.info({ slot: slot.name, pid: child.proc.process.pid, id: m.id }, 'child ready');
        break;
      case 'stats':
        child.rss = m.memory.rss;
        child.heapUsed = m.memory.heapUsed;
        if (m.role === 'worker') child.workerStats = m.stats;
        else child.drainerStats = m.stats;
        break;
      case 'fatal':
        child.fatalMessage = m.message;
        break;
    }
  }

  function onExit(slot: Slot, child: Child, code: number | null, signal: string | null): void {
    if (slot.child === child) slot.child = null;
    // A worker that was told to stop and exited cleanly released its own players.
    const graceful = child.retiring && code === 0;
    if (slot.role === 'worker' && child.id && tarantool && !graceful) {
      // Its players can log in elsewhere at once, not after their sessions time out.
      const id = child.id;
      tarantool.store
        .workerGone(id)
        .then(
          (n) =>
            n > 0 &&
            logger.info({ worker: id, players: n }, 'released the players of a gone worker'),
        )
        .catch((err: Error) => logger.warn({ err: err.message, worker: id }, 'worker_gone failed'));
    }
    if (child.retiring || state === 'stopping' || state === 'stopped') return;
    if (state === 'starting') return; // start() reports it
    const uptime = Date.now() - child.startedAt;
    logger.error(
      { slot: slot.name, code, signal, uptimeMs: uptime, why: child.fatalMessage },
      'child died',
    );
    if (code === EXIT_FATAL) {
      slot.failed = true;
      logger.error({ slot: slot.name }, 'child exited with the fatal code: not restarting it');
      return;
    }
    slot.consecutive = uptime >= config.master.stableMs ? 1 : slot.consecutive + 1;
    // The game port listens only while some worker does: when this was the
    // last one, a long backoff (or giving up) would turn a crash into an
    // outage, so the last worker comes back quickly and is never given up.
    const last = slot.role === 'worker' && !othersServing(slot);
    if (slot.consecutive > config.master.maxRestarts && !last) {
      slot.failed = true;
      logger.error(
        { slot: slot.name, restarts: slot.consecutive - 1 },
        'child keeps crashing: marked failed',
      );
      return;
    }
    const backoff = config.master.restartBackoffMs * 2 ** Math.min(slot.consecutive - 1, 30);
    const delay = Math.min(
      last ? config.master.lastWorkerBackoffMaxMs : config.master.restartBackoffMaxMs,
      backoff,
    );
    if (last) logger.error({ slot: slot.name, delayMs: delay }, 'no worker is serving: restarting');
    slot.restarts++;
    restartsTotal++;
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = null;
      if (state === 'running') fork(slot);
    }, delay);
  }

  /** Another worker is up and listening, so the game port stays open. */
  function othersServing(slot: Slot): boolean {
    return slots.some(
      (s) => s !== slot && s.role === 'worker' && s.child?.ready === true && !s.child.proc.isDead(),
    );
  }

  function send(child: Child, m: MasterMessage): void {
    if (child.proc.isConnected()) child.proc.send(m);
  }

  /** Resolves when the child is ready; rejects when it exits first or the deadline passes. */
  async function whenReady(slot: Slot, child: Child, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.ready) return;
      if (slot.child !== child || child.proc.isDead()) {
        throw new Error(
          `${slot.name} exited during start${child.fatalMessage ? `: ${child.fatalMessage}` : ''}`,
        );
      }
      if (Date.now() > deadline) throw new Error(`${slot.name} not ready within ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  async function retire(child: Child, deadlineMs: number): Promise<void> {
    child.retiring = true;
    send(child, { type: 'stop' });
    const done = await Promise.race([
      child.exited.then(() => true),
      sleep(deadlineMs).then(() => false),
    ]);
    if (!done) {
      child.proc.process.kill('SIGKILL');
      await child.exited;
    }
  }

  async function pollStore(): Promise<void> {
    if (!tarantool) return;
    try {
      storeStats = await tarantool.store.stats();
    } catch {
      storeStats = null;
    }
    if (mysqlPool) {
      try {
        const conn = await mysqlPool.getConnection();
        await conn.ping();
        conn.release();
        mysqlUp = 1;
      } catch {
        mysqlUp = 0;
      }
    }
  }

  function workersStats(): WorkerStats[] {
    return slots.flatMap((s) =>
      s.role === 'worker' && s.child?.workerStats ? [s.child.workerStats] : [],
    );
  }

  function drainStats(): DrainerStats[] {
    return slots.flatMap((s) =>
      s.role === 'drainer' && s.child?.drainerStats ? [s.child.drainerStats] : [],
    );
  }

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  /** Cumulative counters, before `stats reset` is subtracted. */
  function totals(): Record<string, number> {
    const ws = workersStats();
    const ds = drainStats();
    const out: Record<string, number> = {
      total_connections: sum(ws.map((w) => w.totalConnections)),
      worker_restarts: restartsTotal,
      game_commands: sum(ws.map((w) => sum(Object.values(w.commands)))),
      game_errors: sum(ws.map((w) => sum(Object.values(w.errors)))),
      game_logins: sum(ws.map((w) => w.logins)),
      game_kicks: sum(ws.map((w) => w.kicks)),
      game_bytes_in: sum(ws.map((w) => w.bytesIn)),
      game_bytes_out: sum(ws.map((w) => w.bytesOut)),
      game_refused_connections: sum(ws.map((w) => w.refusedConnections)),
      drain_batches: sum(ds.map((d) => d.batches)),
      drain_rows: sum(ds.map((d) => d.players)),
      drain_events: sum(ds.map((d) => d.events)),
      drain_errors: sum(ds.map((d) => d.retries)),
      drain_buried: sum(ds.map((d) => d.buried)),
    };
    for (const w of ws) {
      for (const [k, v] of Object.entries(w.commands))
        out[`game_cmd_${k}`] = (out[`game_cmd_${k}`] ?? 0) + v;
      for (const [k, v] of Object.entries(w.errors))
        out[`game_err_${k}`] = (out[`game_err_${k}`] ?? 0) + v;
    }
    return out;
  }

  function stats(): Stat[] {
    const now = Date.now();
    const t = totals();
    if (now - rps.at >= 1000) {
      rps = {
        at: now,
        commands: t.game_commands ?? 0,
        value: ((t.game_commands ?? 0) - rps.commands) / ((now - rps.at) / 1000),
      };
    }
    const ru = process.resourceUsage();
    const ws = workersStats();
    const ds = drainStats();
    const q = (storeStats?.queue ?? {}) as Record<string, number>;
    const rss = process.memoryUsage().rss + sum(slots.map((s) => s.child?.rss ?? 0));
    const rows: Stat[] = [
      ['pid', process.pid],
      ['uptime', Math.floor((now - startedAt) / 1000)],
      ['time', Math.floor(now / 1000)],
      ['version', version],
      ['rusage_user', secondsMicros(ru.userCPUTime)],
      ['rusage_system', secondsMicros(ru.systemCPUTime)],
      ['curr_connections', sum(ws.map((w) => w.connections))],
      ['total_memory', rss],
      ['data_memory', Number(storeStats?.memory_used ?? 0)],
      ['current_rps', Math.max(0, Math.round(rps.value))],
      ['users_count', sum(ws.map((w) => w.online))],
      ['workers', slots.filter((s) => s.role === 'worker' && s.child?.ready).length],
      ['workers_failed', slots.filter((s) => s.failed).length],
      ['drainers', slots.filter((s) => s.role === 'drainer' && s.child?.ready).length],
      ['game_event_loop_lag_ms', Math.max(0, ...ws.map((w) => w.eventLoopLagMs))],
      ['tarantool_up', storeStats ? 1 : 0],
      ['tarantool_memory_ratio', Number(storeStats?.memory_ratio ?? 0)],
      ['tarantool_memory_alarm', storeStats?.memory_alarm === true ? 1 : 0],
      ['mysql_up', mysqlUp],
      ['queue_ready', Number(q.ready ?? 0)],
      ['queue_leased', Number(q.taken ?? 0)],
      ['queue_buried', Number(q.buried ?? 0)],
      ['queue_lag_seconds', Number(q.oldest_ready_age ?? 0)],
      [
        'drain_seconds_since_success',
        ds.length ? Math.min(...ds.map((d) => d.secondsSinceSuccess)) : 0,
      ],
    ];
    const cumulative = Object.entries(t).map(([k, v]): Stat => [k, v - (base[k] ?? 0)]);
    // Keep memcached's order: the standard fields first.
    return [
      ...rows.slice(0, 7),
      ...cumulative.filter(([k]) => k === 'total_connections'),
      ...rows.slice(7),
      ...cumulative.filter(([k]) => k !== 'total_connections'),
    ];
  }

  function group(name: string): Stat[] | null {
    if (name === 'settings') return maskedSettings(config);
    if (name === 'workers') {
      const out: Stat[] = [];
      for (const s of slots) {
        const c = s.child;
        const w = c?.workerStats;
        out.push(
          [`${s.name}:pid`, c?.proc.process.pid ?? 0],
          [`${s.name}:role`, s.role],
          [`${s.name}:uptime`, c ? Math.floor((Date.now() - c.startedAt) / 1000) : 0],
          [`${s.name}:restarts`, s.restarts],
          [`${s.name}:failed`, s.failed ? 1 : 0],
          [`${s.name}:connections`, w?.connections ?? 0],
          [`${s.name}:online`, w?.online ?? 0],
          [`${s.name}:commands`, w ? sum(Object.values(w.commands)) : 0],
          [`${s.name}:rss`, c?.rss ?? 0],
          [`${s.name}:heap_used`, c?.heapUsed ?? 0],
        );
      }
      return out;
    }
    return null;
  }

  async function startSlot(slot: Slot): Promise<void> {
    const child = fork(slot);
    await whenReady(slot, child, config.master.startTimeoutMs);
  }

  return {
    async start() {
      if (state !== 'new') throw new Error(`master is ${state}`);
      state = 'starting';
      try {
        const client = tarantoolClientFor(config, 'worker', logger, 100);
        tarantool = { client, store: new GameStore(client) };
        await client.connect();
        mysqlPool = mysql.createPool({ ...mysqlOptions(config), connectionLimit: 1 });
        const server = createStatsServer(
          { stats, group, reset: () => (base = totals()), version },
          logger,
        );
        statsServer = server;
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen({ host: config.stats.host, port: config.stats.port }, () => {
            server.off('error', reject);
            resolve();
          });
        });
        for (let i = 0; i < config.workers; i++) slots.push(newSlot(`worker-${i}`, 'worker'));
        for (let i = 0; i < config.drainers; i++) slots.push(newSlot(`drainer-${i}`, 'drainer'));
        await Promise.all(slots.map((s) => startSlot(s)));
        state = 'running';
        await pollStore();
        pollTimer = setInterval(() => void pollStore(), 1000);
        logger.info(
          { workers: config.workers, drainers: config.drainers, statsPort: this.statsPort() },
          'master ready',
        );
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'master failed to start');
        await this.stop();
        throw err;
      }
    },

    stop() {
      if (stopping) {
        logger.info('already stopping');
        return stopping;
      }
      const was = state;
      state = 'stopping';
      stopping = (async () => {
        if (pollTimer) clearInterval(pollTimer);
        for (const s of slots) if (s.restartTimer) clearTimeout(s.restartTimer);
        const deadline = was === 'running' ? config.master.stopDeadlineMs : 3000;
        await Promise.all(slots.flatMap((s) => (s.child ? [retire(s.child, deadline)] : [])));
        await new Promise<void>((resolve) =>
          statsServer ? statsServer.close(() => resolve()) : resolve(),
        );
        await tarantool?.client.close();
        await mysqlPool?.end().catch(() => undefined);
        state = 'stopped';
        logger.info('master stopped');
      })();
      return stopping;
    },

    async reload() {
      if (state !== 'running') return;
      if (reloading) {
        logger.warn('a reload is already running');
        return reloading;
      }
      reloading = (async () => {
        let next: Config;
        try {
          next = loadConfig({ file: deps.configFile, cwd: deps.configCwd });
        } catch (err) {
          logger.error(
            { err: (err as Error).message },
            'reload refused: bad config; keeping the old one',
          );
          return;
        }
        if (
          next.stats.port !== config.stats.port ||
          next.workers !== config.workers ||
          next.drainers !== config.drainers
        ) {
          logger.warn('stats port, worker and drainer counts change only with a restart');
        }
        config = next;
        this.reopenLogs();
        // One by one, each new child ready before the old one stops, so the
        // port never stops accepting.
        for (const slot of slots) {
          if (state !== 'running') return;
          const old = slot.child;
          const fresh = fork(slot);
          try {
            await whenReady(slot, fresh, config.master.startTimeoutMs);
          } catch (err) {
            logger.error(
              { slot: slot.name, err: (err as Error).message },
              'reload: new child failed; keeping the old one',
            );
            slot.child = old;
            continue;
          }
          if (old) await retire(old, config.master.stopDeadlineMs);
          slot.consecutive = 0;
          slot.failed = false;
        }
        logger.info('reload done');
      })().finally(() => {
        reloading = null;
      });
      return reloading;
    },

    reopenLogs() {
      log.reopen();
      for (const s of slots) if (s.child) send(s.child, { type: 'reopen' });
    },

    statsPort() {
      const a = statsServer?.address();
      return typeof a === 'object' && a ? a.port : config.stats.port;
    },
  };

  function newSlot(name: string, role: ChildRole): Slot {
    return {
      name,
      role,
      child: null,
      consecutive: 0,
      restarts: 0,
      failed: false,
      restartTimer: null,
    };
  }
}
