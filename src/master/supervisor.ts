import { setTimeout as sleep } from 'node:timers/promises';
import type { MetricsJson } from '../metrics/process-metrics';
import type { Config } from '../config/schema';
import type { Logger } from '../log/logger';
import type { WorkerStats } from '../worker/worker';
import {
  type ChildMessage,
  type ChildRole,
  type DrainerStats,
  EXIT_FATAL,
  isChildMessage,
} from './ipc';
import type { ChildHandle, Spawner } from './spawner';

/**
 * Supervision: one slot per worker or drainer; a child that dies is
 * restarted with exponential backoff, a crash loop is marked failed instead
 * of spun, exit code 78 (bad configuration) is never restarted, and a
 * reload replaces the children one by one, each new one ready before the
 * old one stops. The spawner is injected (a fake one in the unit tests).
 */

type MasterConfig = Config['master'];

export interface Child {
  handle: ChildHandle;
  startedAt: number;
  /** What the child reported when ready: its worker id in Tarantool (or drainer id). */
  id: string | null;
  ready: boolean;
  /** Told to stop (reload, shutdown): its exit is not a crash. */
  retiring: boolean;
  /** The last reason the child reported before dying. */
  fatalMessage: string | null;
  workerStats: WorkerStats | null;
  drainerStats: DrainerStats | null;
  rss: number;
  heapUsed: number;
  /** CPU used since it started, µs (user + system), as last reported. */
  cpuMicros: number;
  /** Its histograms as last reported (prom-client JSON), and what collecting them cost, ms. */
  metrics: MetricsJson | null;
  metricsMs: number;
  /** When it last reported (ms); a child silent for long is missing from /metrics. */
  reportedAt: number;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

export interface Slot {
  readonly name: string;
  readonly role: ChildRole;
  child: Child | null;
  /** Crashes in a row (reset once a child stayed up stableMs). */
  consecutive: number;
  restarts: number;
  failed: boolean;
  restartTimer: NodeJS.Timeout | null;
}

export type RestartDecision =
  | { restart: true; delayMs: number; lastWorker: boolean }
  | { restart: false; why: 'fatal exit code' | 'crash loop' };

/**
 * What to do about a child that died: pure, so the policy is tested alone.
 * `consecutive` is the crash count including this one. The game port
 * listens only while some worker does, so the last serving worker comes
 * back within lastWorkerBackoffMaxMs and is never given up.
 */
export function decideRestart(
  exit: { code: number | null; consecutive: number; lastWorker: boolean },
  m: Pick<
    MasterConfig,
    'maxRestarts' | 'restartBackoffMs' | 'restartBackoffMaxMs' | 'lastWorkerBackoffMaxMs'
  >,
): RestartDecision {
  if (exit.code === EXIT_FATAL) return { restart: false, why: 'fatal exit code' };
  if (exit.consecutive > m.maxRestarts && !exit.lastWorker)
    return { restart: false, why: 'crash loop' };
  const backoff = m.restartBackoffMs * 2 ** Math.min(exit.consecutive - 1, 30);
  const cap = exit.lastWorker ? m.lastWorkerBackoffMaxMs : m.restartBackoffMaxMs;
  return { restart: true, delayMs: Math.min(cap, backoff), lastWorker: exit.lastWorker };
}

export interface SupervisorDeps {
  spawn: Spawner;
  config: () => MasterConfig;
  logger: Logger;
  /** A worker died without releasing its players (the master frees them in Tarantool). */
  onWorkerGone: (workerId: string) => void;
}

export class Supervisor {
  readonly slots: Slot[] = [];
  restartsTotal = 0;
  private running = false;

  constructor(private readonly deps: SupervisorDeps) {}

  /** Forks every child and resolves once all are ready; rejects if one is not. */
  async start(workers: number, drainers: number): Promise<void> {
    for (let i = 0; i < workers; i++) this.slots.push(newSlot(`worker-${i}`, 'worker'));
    for (let i = 0; i < drainers; i++) this.slots.push(newSlot(`drainer-${i}`, 'drainer'));
    await Promise.all(
      this.slots.map((s) => this.whenReady(s, this.fork(s), this.deps.config().startTimeoutMs)),
    );
    this.running = true;
  }

  /** Stops restarting, then retires every child within the deadline (SIGKILL after it). */
  async stop(deadlineMs: number): Promise<void> {
    this.running = false;
    for (const s of this.slots) if (s.restartTimer) clearTimeout(s.restartTimer);
    await Promise.all(
      this.slots.flatMap((s) => (s.child ? [this.retire(s.child, deadlineMs)] : [])),
    );
  }

  /** Replaces the children one by one; a new child that fails keeps the old one. */
  async replaceAll(): Promise<void> {
    const m = this.deps.config();
    for (const slot of this.slots) {
      if (!this.running) return;
      const old = slot.child;
      const fresh = this.fork(slot);
      try {
        await this.whenReady(slot, fresh, m.startTimeoutMs);
      } catch (err) {
        this.deps.logger.error(
          { slot: slot.name, err: (err as Error).message },
          'reload: new child failed; keeping the old one',
        );
        slot.child = old;
        continue;
      }
      if (old) await this.retire(old, m.stopDeadlineMs);
      slot.consecutive = 0;
      slot.failed = false;
    }
  }

  /** Sends a message to every live child. */
  broadcast(m: Parameters<ChildHandle['send']>[0]): void {
    for (const s of this.slots) s.child?.handle.send(m);
  }

  private fork(slot: Slot): Child {
    const handle = this.deps.spawn(slot.role);
    let resolveExit!: (v: { code: number | null; signal: string | null }) => void;
    const child: Child = {
      handle,
      startedAt: Date.now(),
      id: null,
      ready: false,
      retiring: false,
      fatalMessage: null,
      workerStats: null,
      drainerStats: null,
      rss: 0,
      heapUsed: 0,
      cpuMicros: 0,
      metrics: null,
      metricsMs: 0,
      reportedAt: 0,
      exited: new Promise((r) => (resolveExit = r)),
    };
    slot.child = child;
    handle.onMessage((m) => {
      if (isChildMessage(m)) this.onMessage(slot, child, m);
    });
    handle.onExit((code, signal) => {
      resolveExit({ code, signal });
      this.onExit(slot, child, code, signal);
    });
    this.deps.logger.info({ slot: slot.name, pid: handle.pid }, 'child forked');
    return child;
  }

  private onMessage(slot: Slot, child: Child, m: ChildMessage): void {
    if (m.type === 'ready') {
      child.ready = true;
      child.id = m.id;
      this.deps.logger.info({ slot: slot.name, pid: child.handle.pid, id: m.id }, 'child ready');
    } else if (m.type === 'stats') {
      child.rss = m.memory.rss;
      child.heapUsed = m.memory.heapUsed;
      child.cpuMicros = m.cpu.user + m.cpu.system;
      child.metrics = m.metrics;
      child.metricsMs = m.metricsMs;
      child.reportedAt = Date.now();
      if (m.role === 'worker') child.workerStats = m.stats;
      else child.drainerStats = m.stats;
    } else if (m.type === 'fatal') {
      child.fatalMessage = m.message;
    }
  }

  private onExit(slot: Slot, child: Child, code: number | null, signal: string | null): void {
    if (slot.child === child) slot.child = null;
    // A worker that was told to stop and exited cleanly released its own players.
    if (slot.role === 'worker' && child.id && !(child.retiring && code === 0))
      this.deps.onWorkerGone(child.id);
    if (child.retiring || !this.running) return;
    const { logger } = this.deps;
    const uptimeMs = Date.now() - child.startedAt;
    logger.error(
      { slot: slot.name, code, signal, uptimeMs, why: child.fatalMessage },
      'child died',
    );
    const m = this.deps.config();
    slot.consecutive = uptimeMs >= m.stableMs ? 1 : slot.consecutive + 1;
    const lastWorker = slot.role === 'worker' && !this.workerServing(slot);
    const d = decideRestart({ code, consecutive: slot.consecutive, lastWorker }, m);
    if (!d.restart) {
      slot.failed = true;
      logger.error(
        { slot: slot.name, restarts: slot.consecutive - 1, why: d.why },
        d.why === 'crash loop'
          ? 'child keeps crashing: marked failed'
          : 'child exited with the fatal code: not restarting it',
      );
      return;
    }
    if (d.lastWorker)
      logger.error({ slot: slot.name, delayMs: d.delayMs }, 'no worker is serving: restarting');
    slot.restarts++;
    this.restartsTotal++;
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = null;
      if (this.running) this.fork(slot);
    }, d.delayMs);
  }

  /** Some worker (other than `except`) is up and listening, so the game port is open. */
  workerServing(except?: Slot): boolean {
    return this.slots.some(
      (s) =>
        s !== except && s.role === 'worker' && s.child?.ready === true && !s.child.handle.isDead(),
    );
  }

  /** Resolves when the child is ready; rejects when it exits first or the deadline passes. */
  private async whenReady(slot: Slot, child: Child, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.ready) return;
      if (slot.child !== child || child.handle.isDead()) {
        const why = child.fatalMessage ? `: ${child.fatalMessage}` : '';
        throw new Error(`${slot.name} exited during start${why}`);
      }
      if (Date.now() > deadline) throw new Error(`${slot.name} not ready within ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  private async retire(child: Child, deadlineMs: number): Promise<void> {
    child.retiring = true;
    child.handle.send({ type: 'stop' });
    const done = await Promise.race([
      child.exited.then(() => true),
      sleep(deadlineMs).then(() => false),
    ]);
    if (!done) {
      child.handle.kill('SIGKILL');
      await child.exited;
    }
  }
}

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
