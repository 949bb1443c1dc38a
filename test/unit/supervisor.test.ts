import assert from 'node:assert/strict';
import type { Worker as ClusterWorker } from 'node:cluster';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/config/load';
import { silentLogger } from '../../src/log/logger';
import type { ChildRole, MasterMessage } from '../../src/master/ipc';
import pino from 'pino';
import { type ChildHandle, handleOf } from '../../src/master/spawner';
import { decideRestart, Supervisor } from '../../src/master/supervisor';

/** The master's supervision with a fake spawner: no processes, milliseconds. */

const defaults = loadConfig({ file: undefined, cwd: process.cwd() }).master;
const master = {
  ...defaults,
  restartBackoffMs: 10,
  restartBackoffMaxMs: 80,
  lastWorkerBackoffMaxMs: 20,
  maxRestarts: 2,
  stableMs: 10_000,
  startTimeoutMs: 1000,
  stopDeadlineMs: 100,
};

class FakeChild extends EventEmitter implements ChildHandle {
  static nextPid = 1000;
  readonly pid = FakeChild.nextPid++;
  readonly sent: MasterMessage[] = [];
  dead = false;
  /** Exits when told to stop (a well-behaved child); false: hangs until killed. */
  obeys = true;

  constructor(
    readonly role: ChildRole,
    reportsReady = true,
  ) {
    super();
    // A real child reports ready once it is up.
    if (reportsReady)
      setImmediate(() => this.emit('message', { type: 'ready', role, id: `${role}-${this.pid}` }));
  }
  send(m: MasterMessage): void {
    this.sent.push(m);
    if (m.type === 'stop' && this.obeys) this.exit(0, null);
  }
  kill(signal: NodeJS.Signals): void {
    this.exit(null, signal);
  }
  isDead(): boolean {
    return this.dead;
  }
  onMessage(fn: (m: unknown) => void): void {
    this.on('message', fn);
  }
  onExit(fn: (code: number | null, signal: string | null) => void): void {
    this.on('exit', fn);
  }
  exit(code: number | null, signal: string | null): void {
    if (this.dead) return;
    this.dead = true;
    setImmediate(() => this.emit('exit', code, signal));
  }
}

function setup(m = master) {
  const spawned: FakeChild[] = [];
  const gone: string[] = [];
  const sup = new Supervisor({
    spawn: (role) => {
      const c = new FakeChild(role);
      spawned.push(c);
      return c;
    },
    config: () => m,
    logger: silentLogger(),
    onWorkerGone: (id) => gone.push(id),
  });
  return { sup, spawned, gone };
}

const waitUntil = async (check: () => boolean, ms = 1000) => {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await sleep(2);
  }
};

describe('supervisor (fake spawner)', () => {
  it('decideRestart: doubling backoff, capped; a crash loop fails; code 78 never restarts', () => {
    const d = (consecutive: number, lastWorker = false, code: number | null = 1) =>
      decideRestart({ code, consecutive, lastWorker }, master);
    assert.deepEqual(d(1), { restart: true, delayMs: 10, lastWorker: false });
    assert.deepEqual(d(2), { restart: true, delayMs: 20, lastWorker: false });
    assert.deepEqual(d(3), { restart: false, why: 'crash loop' });
    assert.deepEqual(d(1, false, 78), { restart: false, why: 'fatal exit code' });
    // The last serving worker: never given up, and back within its own cap.
    assert.deepEqual(d(50, true), { restart: true, delayMs: 20, lastWorker: true });
    assert.deepEqual(d(1, true, 78), { restart: false, why: 'fatal exit code' });
    const big = decideRestart(
      { code: 1, consecutive: 2000, lastWorker: false },
      { ...master, maxRestarts: 5000 },
    );
    assert.deepEqual(big, { restart: true, delayMs: 80, lastWorker: false }, 'no overflow');
  });

  it('a dead worker is restarted with a new process and its players are released', async () => {
    const { sup, spawned, gone } = setup();
    await sup.start(2, 1);
    assert.equal(spawned.length, 3);
    const victim = spawned[0]!;
    victim.exit(null, 'SIGKILL');
    await waitUntil(() => spawned.length === 4 && sup.slots[0]!.child?.ready === true);
    assert.deepEqual(gone, [`worker-${victim.pid}`]);
    assert.equal(sup.restartsTotal, 1);
    assert.equal(sup.slots[0]!.restarts, 1);
    await sup.stop(100);
  });

  it('a crash loop beside a serving worker is marked failed; the last worker never is', async () => {
    const { sup, spawned } = setup();
    await sup.start(2, 0);
    const slot0 = sup.slots[0]!;
    for (let i = 0; i < 3; i++) {
      slot0.child!.handle.kill('SIGKILL');
      await waitUntil(
        () => slot0.failed || (slot0.child?.ready === true && !slot0.child.handle.isDead()),
      );
    }
    assert.equal(slot0.failed, true, 'failed after maxRestarts (2)');
    const slot1 = sup.slots[1]!;
    for (let i = 0; i < 5; i++) {
      slot1.child!.handle.kill('SIGKILL');
      await waitUntil(() => slot1.child?.ready === true && !slot1.child.handle.isDead());
    }
    assert.equal(slot1.failed, false, 'the last worker keeps coming back');
    assert.equal(spawned.length, 2 + 2 + 5);
    await sup.stop(100);
  });

  it('exit code 78 is not restarted', async () => {
    const { sup, spawned } = setup();
    await sup.start(2, 0);
    spawned[0]!.exit(78, null);
    await sleep(50);
    assert.equal(spawned.length, 2);
    assert.equal(sup.slots[0]!.failed, true);
    await sup.stop(100);
  });

  it('replaceAll: one by one, each new child ready before the old one is told to stop', async () => {
    const { sup, spawned, gone } = setup();
    await sup.start(2, 1);
    const old = [...spawned];
    await sup.replaceAll();
    assert.equal(spawned.length, 6);
    assert.ok(old.every((c) => c.dead && c.sent.some((m) => m.type === 'stop')));
    assert.deepEqual(gone, [], 'retired workers release their own players');
    assert.equal(sup.restartsTotal, 0, 'a replacement is not a restart');
    await sup.stop(100);
  });

  it('stop: a child that ignores stop is killed after the deadline; nothing restarts', async () => {
    const { sup, spawned } = setup();
    await sup.start(1, 0);
    spawned[0]!.obeys = false;
    const t0 = Date.now();
    await sup.stop(60);
    assert.ok(Date.now() - t0 >= 55, 'waited for the deadline');
    assert.equal(spawned[0]!.dead, true);
    await sleep(30);
    assert.equal(spawned.length, 1);
  });

  it('a child that dies during start rejects start with its reason', async () => {
    const m = { ...master };
    const sup = new Supervisor({
      spawn: (role) => {
        const c = new FakeChild(role, false);
        setImmediate(() => {
          c.emit('message', { type: 'fatal', message: 'port taken' });
          c.exit(1, null);
        });
        return c;
      },
      config: () => m,
      logger: silentLogger(),
      onWorkerGone: () => undefined,
    });
    await assert.rejects(sup.start(1, 0), /worker-0 exited during start: port taken/);
    await sup.stop(10);
  });
});

describe('the cluster spawner', () => {
  it("a child's process error (an IPC write to a child that just died) is logged; the master lives", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const log = { logger: pino({ level: 'info' }, stream), reopen() {}, flushSync() {} };
    // What cluster.fork returns, as far as handleOf uses it.
    const proc = Object.assign(new EventEmitter(), {
      process: { pid: 4242, kill: () => true },
      isConnected: () => false,
      isDead: () => true,
      send: () => true,
    });
    const handle = handleOf(proc as unknown as ClusterWorker, 'worker', log);
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    // Without a listener, EventEmitter throws an unhandled 'error': the master would die.
    assert.doesNotThrow(() => proc.emit('error', epipe));
    await sleep(10);
    assert.equal(handle.pid, 4242);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.msg, 'child process error');
    assert.equal(lines[0]!.childPid, 4242);
    assert.equal(lines[0]!.child, 'worker');
  });
});
