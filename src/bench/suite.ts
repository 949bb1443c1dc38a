import { execFile, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Action } from '../bots/bot';
import { playBots } from '../bots/run';
import { befriend, GameClient, type Reply } from '../client/client';
import { REPO_ROOT } from '../devstack/paths';
import { type Catalog, loadCatalog } from '../game/catalog';
import { RENDER_EVERY_MS } from '../master/metrics';
import { readPid } from '../master/pidfile';
import { queryStats } from '../master/stats-client';
import { useNumbersForLongs } from '../protocol/messages';
import { TarantoolClient } from '../store/tarantool-client';
import { CpuMeter, machineTicks, runQueueWait } from './cpu';
import { type ProbeFigures, startIdleProbe } from './idle-probe';
import { pausesBetween, quantileBetween, serverBuckets } from './server-latency';
import { type ResultRow as Row, saveResults } from './results';
import { type BenchStack, benchToken, startBenchStack } from './stack';

/**
 * scripts/bench: the whole suite on its own stack (Tarantool, MariaDB, the
 * master with workers and a drainer). Every figure is printed beside a
 * baseline measured in the same run. A benchmark, never a test: it prints
 * and writes bench/results/suite-<time>.json; it never fails on speed.
 */

const run = promisify(execFile);
const say = (s: string) => process.stderr.write(`${s}\n`);
/**
 * The full path's mix: 92% changes. With 10 of 100 reads the committed
 * share fell just under the 90% the targets ask for in half the runs
 * (89.8-90.2%): the mix is drawn at random.
 */
const MUTATING_MIX: Array<[Action, number]> = [
  ['plant', 36],
  ['harvest', 31],
  ['sell', 25],
  ['state', 8],
];
/** Crops that grow in 0-1 s and a million coins: every planned command is possible. */
const BENCH_CATALOG = path.join(REPO_ROOT, 'bench', 'catalog.json');
const IDLE = Number(process.env.BENCH_IDLE ?? 10000);
/** How long the idle scenario measures the server's CPU, each time. */
const IDLE_CPU_SECONDS = 10;
const FULL_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Closed-loop play before the full path's window opens, so the hot code is compiled. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

/** A connection to the stack's Tarantool as the workers' user. */
async function storeClient(stack: BenchStack, maxInFlight: number): Promise<TarantoolClient> {
  const c = new TarantoolClient({
    host: stack.tt.host,
    port: stack.tt.port,
    user: 'gs_worker',
    password: stack.workerPassword,
    callTimeoutMs: 10000,
    connectTimeoutMs: 5000,
    maxInFlight,
  });
  await c.connect();
  return c;
}

async function rawCallRate(stack: BenchStack): Promise<number> {
  const c = await storeClient(stack, 100000);
  let n = 0;
  const until = Date.now() + 3000;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: 1000 }, async () => {
      while (Date.now() < until) {
        await c.call('gs.ping', []);
        n++;
      }
    }),
  );
  await c.close();
  return n / ((Date.now() - t0) / 1000);
}

/** gs.stats, as the workers' user reads it. */
async function storeStats(stack: BenchStack): Promise<Record<string, unknown>> {
  const c = await storeClient(stack, 10);
  try {
    return (await c.proc('gs.stats', [])) as Record<string, unknown>;
  } finally {
    await c.close();
  }
}

/** Tarantool's own save counters (gs.stats): saves and gs.save_batch calls so far. */
async function storeSaves(stack: BenchStack): Promise<{ saves: number; batches: number }> {
  const r = await storeStats(stack);
  return { saves: Number(r.saves ?? 0), batches: Number(r.batches ?? 0) };
}

/** Tarantool's TX thread lateness counters (gs.stats().txlag, lua/gameserver/txlag.lua). */
async function txLag(stack: BenchStack): Promise<Record<string, number>> {
  const t = ((await storeStats(stack)).txlag ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v)]));
}

/** The rows every scenario adds to. */
type Rows = Row[];

/** The server processes by role: the master, its children, Tarantool and MariaDB. */
async function serverPids(stack: BenchStack): Promise<Record<string, number[]>> {
  const w = await queryStats(stack.statsPort, 'stats workers');
  const ofRole = (role: string) =>
    [...w]
      .filter(([k]) => k.endsWith(':pid') && w.get(k.replace(/:pid$/, ':role')) === role)
      .map(([, v]) => Number(v))
      .filter((pid) => pid > 0);
  return {
    master: [readPid(stack.pidFile) ?? 0],
    workers: ofRole('worker'),
    drainer: ofRole('drainer'),
    tarantool: [stack.tt.pid, ...(stack.replica ? [stack.replica.pid] : [])],
    mariadb: [stack.db.pid],
  };
}

/** The largest write-queue lag `stats` showed while it ran (the master polls Tarantool each second). */
class LagSampler {
  max = 0;
  private timer: NodeJS.Timeout | null = null;

  start(statsPort: number): void {
    this.timer = setInterval(() => {
      queryStats(statsPort).then(
        (st) => (this.max = Math.max(this.max, Number(st.get('queue_lag_seconds') ?? 0))),
        () => undefined,
      );
    }, 500);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    return this.max;
  }
}

/** What the server's own counters moved by between two `stats` readings. */
function counted(before: Map<string, string>, after: Map<string, string>) {
  const d = (k: string) => Number(after.get(k) ?? 0) - Number(before.get(k) ?? 0);
  const byType = [...after.keys()]
    .filter((k) => k.startsWith('game_cmd_'))
    .map((k) => [k.slice('game_cmd_'.length), d(k)] as const)
    .filter(([, n]) => n > 0);
  return {
    commands: d('game_commands'),
    commits: d('game_commits'),
    errors: d('game_errors'),
    byType,
    drainBatches: d('drain_batches'),
    drainRows: d('drain_rows') + d('drain_events'),
  };
}

/**
 * The full path with the bench catalog (crops grow in 0-1 s, a million
 * coins), so the planned commands are possible. Commands and commits are
 * counted by the server; CPU comes from /proc for every server process.
 */
async function fullPath(
  stack: BenchStack,
  rows: Rows,
  catalog: Catalog,
  transport: 'tcp' | 'ws' = 'tcp',
  label?: string,
): Promise<{ rate: number; cpuPerCommand: number }> {
  const ws = transport === 'ws';
  say(`1/5 full path${ws ? ' over WebSocket' : ''}: 1,000 bots, mutating mix`);
  const raw = await rawCallRate(stack);
  const window = new FullPathWindow(stack, new CpuMeter(await serverPids(stack), ['tarantool']));
  const full = await playBots({
    host: '127.0.0.1',
    port: ws ? stack.webPort : stack.gamePort,
    transport,
    players: 1000,
    firstId: ws ? 500001 : 1,
    rate: 0,
    durationSeconds: FULL_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    mix: MUTATING_MIX,
    catalog,
    token: benchToken,
    window,
  });
  for (const b of full.bots) b.stop();
  const c = counted(window.before, window.after);
  const scenario =
    label ??
    (stack.replica ? 'full path (replica set)' : ws ? 'full path (WebSocket)' : 'full path');
  const { seconds, spent, kernel, threads, saves, bots, maxLag } = window;
  const m = {
    scenario,
    raw,
    seconds,
    c,
    spent,
    kernel,
    threads,
    saves,
    bots,
    maxLag,
    summary: full.summary,
  };
  reportFullPath(rows, m);
  const total = Object.values(spent).reduce((a, b) => a + b, 0);
  return { rate: c.commands / seconds, cpuPerCommand: total / Math.max(1, c.commands) };
}

/**
 * The full path's measured window: the server's counters, every server
 * process's CPU (and its kernel share), Tarantool's saves and batches, the
 * bots' CPU and the queue lag. The children report their counters every
 * second: they are read only after a quiet second on each side of the
 * window, so they cover it exactly.
 */
class FullPathWindow {
  before = new Map<string, string>();
  after = new Map<string, string>();
  bots = process.cpuUsage();
  seconds = 0;
  spent: Record<string, number> = {};
  kernel: Record<string, number> = {};
  threads: Record<string, Record<string, number>> = {};
  saves = { saves: 0, batches: 0 };
  maxLag = 0;
  private t0 = 0;
  private readonly lag = new LagSampler();

  constructor(
    private readonly stack: BenchStack,
    private readonly cpu: CpuMeter,
  ) {}

  readonly start = async () => {
    await sleep(1200);
    this.before = await queryStats(this.stack.statsPort);
    this.saves = await storeSaves(this.stack);
    this.lag.start(this.stack.statsPort);
    this.cpu.start();
    this.bots = process.cpuUsage();
    this.t0 = Date.now();
  };

  readonly stop = async () => {
    this.seconds = (Date.now() - this.t0) / 1000;
    this.spent = this.cpu.stop();
    this.kernel = this.cpu.kernel;
    this.threads = this.cpu.threads;
    this.maxLag = this.lag.stop();
    const b = process.cpuUsage(this.bots);
    this.bots = { user: b.user, system: b.system };
    const s = await storeSaves(this.stack);
    this.saves = { saves: s.saves - this.saves.saves, batches: s.batches - this.saves.batches };
    await sleep(1200);
    this.after = await queryStats(this.stack.statsPort);
  };
}

/**
 * Open loop: the same 1,000 players paced to a share of the peak the
 * closed loop reached (half, for the target), each bot sending on its own
 * schedule; what a player feels when the server is not saturated. Returns
 * the server's CPU per command.
 */
async function openLoop(
  stack: BenchStack,
  rows: Rows,
  catalog: Catalog,
  peak: number,
  share = { of: 2, scenario: 'open loop' },
): Promise<number> {
  const rate = Math.round(peak / share.of);
  say(`${share.scenario}: 1,000 bots at ${rate} commands/s (1/${share.of} of the peak)`);
  const server = new ServerLatency(stack);
  const { bots, summary } = await playBots({
    host: '127.0.0.1',
    port: stack.gamePort,
    players: 1000,
    firstId: 1,
    rate,
    durationSeconds: FULL_SECONDS,
    mix: MUTATING_MIX,
    catalog,
    token: benchToken,
    window: server,
  });
  for (const b of bots) b.stop();
  const { scenario } = share;
  const row = (figure: string, value: number, unit: string) =>
    rows.push({ scenario, figure, value, unit });
  rows.push({
    scenario,
    figure: `commands/s (bots), paced to 1/${share.of} of the peak`,
    value: summary.throughput,
    unit: '/s',
    baseline: { name: 'closed-loop peak, server-counted', value: peak },
  });
  row('latency p50', summary.latencyMs.p50, 'ms');
  row('latency p99', summary.latencyMs.p99, 'ms');
  row('latency p99.9', summary.latencyMs.p999, 'ms');
  // The bots' figures include their own event loop (timers firing
  // together, writes, GC); the workers' histogram is the server's share.
  return server.report(row, summary.commands);
}

/**
 * The server's CPU per command at a quarter and an eighth of the peak,
 * beside the closed loop's: a command that arrives alone wakes every
 * process on its path (the bots, a worker, Tarantool's three threads) for
 * itself, where a saturated server serves many per wake.
 */
async function loadCurve(
  stack: BenchStack,
  rows: Rows,
  catalog: Catalog,
  closed: { rate: number; cpuPerCommand: number },
): Promise<void> {
  for (const of of [4, 8]) {
    const scenario = `load 1/${of}`;
    const cpu = await openLoop(stack, rows, catalog, closed.rate, { of, scenario });
    rows.push({
      scenario,
      figure: 'server CPU per command, this rate / the closed loop',
      value: cpu / Math.max(1e-9, closed.cpuPerCommand),
      unit: 'x',
      baseline: { name: 'closed loop, µs', value: closed.cpuPerCommand },
    });
  }
}

/**
 * The server's side of the open loop's window: the workers' command and
 * gs.save_batch histograms (reported every second: read after a quiet
 * second on each side), Tarantool's TX lateness and commit counters, and
 * how busy the machine was and how long each role's threads waited for a
 * core (run-queue wait, from /proc: the latency no profile shows).
 */
class ServerLatency {
  private before: Awaited<ReturnType<typeof serverBuckets>> | null = null;
  private after: Awaited<ReturnType<typeof serverBuckets>> | null = null;
  private txBefore: Record<string, number> = {};
  private txAfter: Record<string, number> = {};
  private pids: Record<string, number[]> = {};
  private waits = { before: new Map<string, number>(), after: new Map<string, number>() };
  private ticks = { before: { busy: 0, total: 0 }, after: { busy: 0, total: 0 } };
  private window = { started: 0, seconds: 0 };
  private cpu: CpuMeter | null = null;
  private spent: Record<string, number> = {};
  /** The bots' own event loop: how far apart a 1 ms timer ran, over the window. */
  private readonly botsLoop = monitorEventLoopDelay({ resolution: 1 });
  private probe: ReturnType<typeof startIdleProbe> | null = null;
  private idle: ProbeFigures | null = null;

  constructor(private readonly stack: BenchStack) {}

  readonly start = async () => {
    await sleep(1200);
    this.before = await serverBuckets(this.stack.adminPort);
    this.txBefore = await txLag(this.stack);
    this.pids = { ...(await serverPids(this.stack)), bots: [process.pid] };
    this.waits.before = this.waited();
    this.ticks.before = machineTicks();
    this.cpu = new CpuMeter(this.pids, ['tarantool']);
    this.cpu.start();
    this.botsLoop.reset();
    this.botsLoop.enable();
    this.probe = startIdleProbe();
    this.window.started = Date.now();
  };

  readonly stop = async () => {
    this.window.seconds = (Date.now() - this.window.started) / 1000;
    this.botsLoop.disable();
    this.spent = this.cpu?.stop() ?? {};
    // A diagnostic: if the probe died, the window's other figures still stand.
    this.idle = (await this.probe?.stop().catch(() => null)) ?? null;
    this.ticks.after = machineTicks();
    this.waits.after = this.waited();
    this.txAfter = await txLag(this.stack);
    await sleep(1200);
    this.after = await serverBuckets(this.stack.adminPort);
  };

  /** Run-queue wait so far by role, microseconds. */
  private waited(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [role, pids] of Object.entries(this.pids))
      out.set(
        role,
        pids.reduce((a, pid) => a + runQueueWait(pid), 0),
      );
    return out;
  }

  /** Adds the window's rows; returns the server's CPU per command. */
  report(row: (figure: string, value: number, unit: string) => void, commands: number): number {
    const { before: b, after: a } = this;
    if (!b || !a) return 0;
    const { bots, ...servers } = this.spent;
    const perCommand = (micros: number) => micros / Math.max(1, commands);
    const cpu = perCommand(Object.values(servers).reduce((x, y) => x + y, 0));
    row('server CPU per command, all server processes', cpu, 'µs');
    for (const [role, micros] of Object.entries(servers))
      row(`  ${role} CPU per command`, perCommand(micros), 'µs');
    for (const [name, micros] of Object.entries(this.cpu?.threads.tarantool ?? {}))
      if (micros > 0) row(`    tarantool thread ${name}`, perCommand(micros), 'µs');
    row('bots CPU per command', perCommand(bots ?? 0), 'µs');
    // A reply waits in the bots' socket as long as their loop is busy: a
    // share of the latency above that is the bench's, not the server's.
    const apart = (q: number) => this.botsLoop.percentile(q) / 1e6;
    row("  the bots' event loop: a 1 ms timer's runs apart, p50", apart(50), 'ms');
    row("  the bots' event loop, p99", apart(99), 'ms');
    row("  the bots' event loop, the most", this.botsLoop.max / 1e6, 'ms');
    // What any process waits for a core at this load, before any work.
    if (this.idle) {
      row('  a process with nothing to do: its 1 ms timer, p99', this.idle.p99, 'ms');
      row('  a process with nothing to do, the most', this.idle.max, 'ms');
    }
    const server = (q: number) => quantileBetween(b.commands, a.commands, q) * 1000;
    row('  in the workers (command queued -> answered), p50', server(0.5), 'ms');
    row('  in the workers, p99', server(0.99), 'ms');
    row('  in the workers, p99.9', server(0.999), 'ms');
    const call = (q: number) => quantileBetween(b.saveBatches, a.saveBatches, q) * 1000;
    row('  of which a gs.save_batch call (sent -> answered), p50', call(0.5), 'ms');
    row('  of which a gs.save_batch call, p99', call(0.99), 'ms');
    const scavenges = pausesBetween(b.scavenges, a.scavenges, 0.01);
    row("workers' scavenges (minor GC), both workers", scavenges.count, '');
    row('  their pauses together', scavenges.ms, 'ms');
    row('  of which longer than 10 ms', scavenges.longer, '');
    const full = pausesBetween(b.fullCollections, a.fullCollections, 0.01);
    row("workers' full collections (major GC): pauses together", full.ms, 'ms');
    const tx = (k: string) => (this.txAfter[k] ?? 0) - (this.txBefore[k] ?? 0);
    row('Tarantool TX thread: wakes (every 5 ms) in the window', tx('ticks'), '');
    for (const k of ['late_5ms', 'late_10ms', 'late_20ms', 'late_50ms'])
      row(`  of which ${k.replace('_', ' by > ')}`, tx(k), '');
    row('gs.save_batch commits (the WAL write) in the window', tx('commits'), '');
    for (const k of ['commit_5ms', 'commit_10ms', 'commit_20ms', 'commit_50ms'])
      row(`  of which longer than ${k.slice('commit_'.length)}`, tx(k), '');
    this.reportCores(row);
    return cpu;
  }

  private reportCores(row: (figure: string, value: number, unit: string) => void): void {
    const { before: t0, after: t1 } = this.ticks;
    row('the machine busy in the window', (100 * (t1.busy - t0.busy)) / (t1.total - t0.total), '%');
    for (const [role, after] of this.waits.after) {
      const waited = (after - (this.waits.before.get(role) ?? 0)) / 1000 / this.window.seconds;
      row(`  run-queue wait (runnable, no core free), ${role}`, waited, 'ms/s');
    }
  }
}

function reportFullPath(
  rows: Rows,
  m: {
    scenario: string;
    raw: number;
    seconds: number;
    c: ReturnType<typeof counted>;
    spent: Record<string, number>;
    kernel: Record<string, number>;
    threads: Record<string, Record<string, number>>;
    saves: { saves: number; batches: number };
    bots: NodeJS.CpuUsage;
    maxLag: number;
    summary: Awaited<ReturnType<typeof playBots>>['summary'];
  },
): void {
  const row = (figure: string, value: number, unit: string) =>
    rows.push({ scenario: m.scenario, figure, value, unit });
  const { c } = m;
  rows.push({
    scenario: m.scenario,
    figure: 'game commands/s (server-counted, 1,000 bots)',
    value: c.commands / m.seconds,
    unit: '/s',
    baseline: { name: 'raw empty Lua calls/s, one Node process', value: m.raw },
  });
  row('committed changes/s (server-counted)', c.commits / m.seconds, '/s');
  row('committed share of commands', (100 * c.commits) / Math.max(1, c.commands), '%');
  for (const [type, n] of c.byType) row(`  ${type} commands/s`, n / m.seconds, '/s');
  row('refusals/s', c.errors / m.seconds, '/s');
  row('saves per gs.save_batch call (Tarantool)', m.saves.saves / Math.max(1, m.saves.batches), '');
  row('drain batches/s (one MySQL transaction each)', c.drainBatches / m.seconds, '/s');
  row('rows per drain batch (players + events)', c.drainRows / Math.max(1, c.drainBatches), '');
  const total = Object.values(m.spent).reduce((a, b) => a + b, 0);
  row('server CPU per command, all server processes', total / Math.max(1, c.commands), 'µs');
  for (const [role, micros] of Object.entries(m.spent)) {
    row(`  ${role} CPU per command`, micros / Math.max(1, c.commands), 'µs');
    row(
      `    ${role} of which in the kernel`,
      (m.kernel[role] ?? 0) / Math.max(1, c.commands),
      'µs',
    );
    // Tarantool by thread: `tarantool` is TX (Lua, the transactions), then iproto and wal.
    for (const [thread, t] of Object.entries(m.threads[role] ?? {}))
      if (t > 0) row(`    ${role} thread ${thread}`, t / Math.max(1, c.commands), 'µs');
  }
  row('bots CPU per command', (m.bots.user + m.bots.system) / Math.max(1, c.commands), 'µs');
  row('  bots of which in the kernel', m.bots.system / Math.max(1, c.commands), 'µs');
  row('latency p50', m.summary.latencyMs.p50, 'ms');
  row('latency p99', m.summary.latencyMs.p99, 'ms');
  row('state mismatches (bots)', m.summary.mismatches, '');
  row('write-queue lag, the most seen (write-behind delay 2.5 s)', m.maxLag, 's');
}

/** The drain benchmark on its own stack; its figures come from its result file. */
async function drain(rows: Rows): Promise<void> {
  say('2/5 drain');
  const out = await run(process.execPath, [path.join(__dirname, 'drain-bench.js')], {
    timeout: 300000,
    env: { ...process.env, BENCH_ROWS: '30000' },
  });
  const file = /^written: (.+)$/m.exec(out.stdout)?.[1];
  if (!file) throw new Error(`drain-bench wrote no result file:\n${out.stdout}`);
  const result = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as { rows: Row[] };
  const pick = (figure: string) => result.rows.find((r) => r.figure === figure);
  for (const figure of ['drainer rows/s', 'MySQL writes per save']) {
    const r = pick(figure);
    if (r) rows.push(r);
  }
}

async function workerMemory(statsPort: number): Promise<{ rss: number; heap: number }> {
  const w = await queryStats(statsPort, 'stats workers');
  let rss = 0;
  let heap = 0;
  for (const [k, v] of w) {
    if (/^worker-\d+:rss$/.test(k)) rss += Number(v);
    if (/^worker-\d+:heap_used$/.test(k)) heap += Number(v);
  }
  return { rss, heap };
}

/**
 * The server's CPU while nothing is played, by role, ms a second: what its
 * timers and polls cost (every wake-up of a sleeping process costs tens of
 * microseconds on this machine).
 */
async function idleCpu(stack: BenchStack, rows: Rows, players: string): Promise<void> {
  const meter = new CpuMeter(await serverPids(stack));
  const t0 = Date.now();
  meter.start();
  await sleep(IDLE_CPU_SECONDS * 1000);
  const spent = meter.stop();
  const seconds = (Date.now() - t0) / 1000;
  const perSecond = (micros: number) => micros / seconds / 1000;
  const total = Object.values(spent).reduce((a, b) => a + b, 0);
  const scenario = 'idle';
  rows.push({ scenario, figure: `server CPU, ${players}`, value: perSecond(total), unit: 'ms/s' });
  for (const [role, micros] of Object.entries(spent))
    rows.push({ scenario, figure: `  ${role}`, value: perSecond(micros), unit: 'ms/s' });
}

async function memory(stack: BenchStack, rows: Rows, transport: 'tcp' | 'ws' = 'tcp') {
  const ws = transport === 'ws';
  const scenario = ws ? 'connections (WebSocket)' : 'connections';
  say(`3/5 memory: ${IDLE} idle players${ws ? ' over WebSocket' : ''}`);
  await sleep(1500);
  if (!ws) await idleCpu(stack, rows, 'no player connected');
  const before = await workerMemory(stack.statsPort);
  const idle: GameClient[] = [];
  for (let i = 0; i < IDLE; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, IDLE - i) }, async (_, j) => {
        const c = await GameClient.connect({
          host: '127.0.0.1',
          port: ws ? stack.webPort : stack.gamePort,
          transport,
          timeoutMs: 30000,
        });
        const l = await c.login(benchToken((ws ? 700000 : 100000) + i + j));
        if (l.body !== 'loginOk') throw new Error(`idle login refused: ${l.error?.code}`);
        idle.push(c);
      }),
    );
  }
  await sleep(2500);
  const after = await workerMemory(stack.statsPort);
  if (!ws) {
    await scrapeCost(stack, rows);
    // After the logins' saves have drained (the write-behind delay).
    await idleCpu(stack, rows, `${IDLE.toLocaleString('en-US')} idle players connected`);
  }
  rows.push(
    {
      scenario,
      figure: 'worker RSS per idle player',
      value: (after.rss - before.rss) / IDLE,
      unit: 'bytes',
      baseline: { name: 'worker RSS before, all workers', value: before.rss },
    },
    {
      scenario,
      figure: 'worker heap per idle player (no collection forced: see GC-forced)',
      value: (after.heap - before.heap) / IDLE,
      unit: 'bytes',
    },
  );
  for (const c of idle) c.close();
  await sleep(1000);
}

/**
 * Server memory per idle player with garbage collected, the figure the
 * target is about: the real transports and session layer in a process of
 * their own (conn-memory.ts), the clients in another. The stack's own
 * figures above are deltas of what the workers report, taken without a
 * collection, so they swing with the collector's timing.
 */
async function gcForcedMemory(rows: Rows): Promise<void> {
  say(`3/5 memory: ${IDLE} idle players, GC-forced (conn-memory)`);
  const kid = fork(path.join(__dirname, 'conn-memory.js'), ['rows', String(IDLE)]);
  const timer = setTimeout(() => kid.kill('SIGKILL'), 300_000);
  try {
    rows.push(
      ...(await new Promise<Row[]>((resolve, reject) => {
        kid.once('message', (m) => resolve(m as Row[]));
        kid.once('exit', (code, signal) =>
          reject(new Error(`conn-memory exited with ${code ?? signal}`)),
        );
      })),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** What a Prometheus scrape costs with IDLE players connected: the master's answer, and each worker's collection. */
async function scrapeCost(stack: BenchStack, rows: Rows): Promise<void> {
  const url = `http://127.0.0.1:${stack.adminPort}/metrics`;
  let bytes = 0;
  const scrape = async () => {
    const t0 = performance.now();
    bytes = (await (await fetch(url)).text()).length;
    return performance.now() - t0;
  };
  // The master renders at most once per RENDER_EVERY_MS; scrapes spaced
  // wider each pay for a rendering, the ones right after it do not.
  let rendered = 0;
  let reused = 0;
  for (let i = 0; i < 4; i++) {
    await sleep(RENDER_EVERY_MS + 50);
    rendered += await scrape();
    for (let j = 0; j < 5; j++) reused += await scrape();
  }
  const w = await queryStats(stack.statsPort, 'stats workers');
  const collect = [...w]
    .filter(([k]) => /^worker-\d+:metrics_ms$/.test(k))
    .map(([, v]) => Number(v));
  rows.push(
    {
      scenario: 'metrics',
      figure: `GET /metrics with ${IDLE} players connected, rendered (mean of 4)`,
      value: rendered / 4,
      unit: 'ms',
    },
    {
      scenario: 'metrics',
      figure: 'GET /metrics within a second of a rendering, which it reuses (mean of 20)',
      value: reused / 20,
      unit: 'ms',
    },
    { scenario: 'metrics', figure: 'its size', value: bytes, unit: 'bytes' },
    {
      scenario: 'metrics',
      figure: "a worker's event loop collecting its histograms (once a second, the most)",
      value: Math.max(0, ...collect),
      unit: 'ms',
    },
  );
}

/** Now, in ms with a fraction: the chat scenario's clock, on both ends in this process. */
const nowMs = () => performance.timeOrigin + performance.now();

/**
 * Chat at 1,000 messages/s for 5 s, in one of two patterns: 40 messages at
 * once every 40 ms (the figure before 2026-12-02), or one a millisecond,
 * as from players who each send on their own.
 */
async function chatPhase(send: () => void, pattern: 'bursts' | 'spread'): Promise<void> {
  const every = pattern === 'bursts' ? 40 : 1;
  const until = Date.now() + 5000;
  let next = performance.now();
  while (Date.now() < until) {
    // A timer fires late, more so at 1 ms: send what is due, then wait.
    const now = performance.now();
    for (; next <= now; next += every) for (let i = 0; i < every; i++) send();
    await sleep(next - now);
  }
}

/** Chat delivery between bots; the two workers share them round-robin. */
async function chat(stack: BenchStack, rows: Rows): Promise<void> {
  say('4/5 chat delivery at 1,000 messages/s');
  const pairs = 200;
  const chatters: GameClient[] = [];
  for (let i = 0; i < pairs * 2; i++) {
    const c = await GameClient.connect({ host: '127.0.0.1', port: stack.gamePort });
    await c.login(benchToken(300000 + i));
    chatters.push(c);
  }
  for (let i = 0; i < pairs; i++)
    await befriend(chatters[2 * i]!, 300000 + 2 * i, chatters[2 * i + 1]!, 300000 + 2 * i + 1);
  // Delivery times of the current pattern, microseconds.
  let hist = createHistogram();
  for (let i = 0; i < pairs; i++) {
    chatters[2 * i + 1]!.on('push', (p: Reply) => {
      if (p.body === 'chatReceived')
        hist.record(Math.max(1, Math.round((nowMs() - Number(p.chatReceived?.text)) * 1000)));
    });
  }
  const send = () => {
    const k = Math.floor(Math.random() * pairs);
    void chatters[2 * k]!.request({
      chat: { to: 300000 + 2 * k + 1, text: String(nowMs()) },
    }).catch(() => undefined);
  };
  // The logins' and friendships' saves drain first (write-behind delay),
  // so the CPU below is the chat's.
  await sleep(3500);
  const pids = { ...(await serverPids(stack)), bench: [process.pid] };
  for (const pattern of ['bursts', 'spread'] as const) {
    hist = createHistogram();
    const meter = new CpuMeter(pids);
    meter.start();
    await chatPhase(send, pattern);
    await sleep(500);
    const how = pattern === 'bursts' ? '40 every 40 ms' : 'one a millisecond';
    const row = (q: number) => ({
      scenario: 'chat',
      figure: `chat delivery p${q}, ${how}${q === 50 ? ` (${hist.count} messages)` : ''}`,
      value: hist.percentile(q) / 1000,
      unit: 'ms',
    });
    rows.push(row(50), row(99), ...chatCpuRows(meter.stop(), hist.count));
  }
  for (const c of chatters) c.close();
}

/**
 * CPU a message delivered, by role: the sender's worker, Tarantool's
 * mailbox, the recipient's worker, and this process (both ends).
 */
function chatCpuRows(spent: Record<string, number>, messages: number): Rows {
  const { bench, ...servers } = spent;
  const each = (micros: number) => micros / Math.max(1, messages);
  const total = Object.values(servers).reduce((a, b) => a + b, 0);
  const row = (figure: string, micros: number) => ({
    scenario: 'chat',
    figure,
    value: each(micros),
    unit: 'µs',
  });
  return [
    row('  server CPU per message, all server processes', total),
    row('    workers', servers.workers ?? 0),
    row('    tarantool', servers.tarantool ?? 0),
    row('  the sending and receiving bots, CPU per message', bench ?? 0),
  ];
}

/** SIGKILL a worker while 200 bots play; the time until every bot played again. */
async function restart(stack: BenchStack, rows: Rows, catalog: Catalog): Promise<void> {
  say('5/5 restart after SIGKILL of a worker');
  const { bots } = await playBots({
    host: '127.0.0.1',
    port: stack.gamePort,
    players: 200,
    firstId: 400000,
    rate: 400,
    durationSeconds: 1,
    mix: [['state', 1]],
    catalog,
    token: benchToken,
  });
  // pid 0 means "no child in that slot right now": kill(0) would hit our own group.
  let victim = 0;
  while (victim <= 0) {
    victim = Number((await queryStats(stack.statsPort, 'stats workers')).get('worker-0:pid'));
    if (victim <= 0) await sleep(50);
  }
  const killedAt = Date.now();
  process.kill(victim, 'SIGKILL');
  await sleep(20);
  let lastRecovered = killedAt;
  await Promise.all(
    bots.map(async (b) => {
      for (;;) {
        await b.ensureConnected();
        const r = await b.client?.request({ getState: {} }).catch(() => null);
        if (r?.body === 'state') return void (lastRecovered = Math.max(lastRecovered, Date.now()));
        await sleep(10);
      }
    }),
  );
  for (const b of bots) b.stop();
  rows.push({
    scenario: 'restart',
    figure: 'SIGKILL of a worker -> all its players playing again',
    value: lastRecovered - killedAt,
    unit: 'ms',
  });
}

function printTable(rows: Rows): void {
  const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));
  console.log(
    `benchmark suite: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log(
    `${'scenario'.padEnd(12)} ${'figure'.padEnd(52)} ${'value'.padStart(12)}  baseline (same run)                       ratio`,
  );
  for (const r of rows) {
    const base = (r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)}` : '').padEnd(40);
    const ratio = r.baseline && r.unit === '/s' ? (r.value / r.baseline.value).toFixed(2) : '';
    console.log(
      `${r.scenario.padEnd(12)} ${r.figure.padEnd(52)} ${`${fmt(r.value)} ${r.unit}`.padStart(12)}  ${base}  ${ratio}`,
    );
  }
}

const SUITE_CONFIG = {
  // BENCH_WORKERS: a diagnostic override; the figures in BENCHMARKS.md use 2.
  workers: Number(process.env.BENCH_WORKERS ?? 2),
  drainers: 1,
  game: {
    catalogFile: BENCH_CATALOG,
    rateLimitPerSecond: 100000,
    rateLimitBurst: 100000,
    maxConnectionsPerIp: 100000,
    maxConnections: 100000,
    loginTimeoutMs: 60000,
    idleTimeoutMs: 600000,
  },
  master: { restartBackoffMs: 50 },
};

/**
 * The full path against Tarantool as a replica set on this machine (a
 * master and its synchronous replica, quorum 2: every save waits for the
 * replica), on a stack of its own, beside the single instance's figure.
 */
async function replicaSet(rows: Rows, catalog: Catalog, singleCpu: number): Promise<void> {
  say('replica set: a master and a synchronous replica');
  const stack = await startBenchStack(SUITE_CONFIG, undefined, { replica: true });
  try {
    await stack.startMaster();
    const r = await fullPath(stack, rows, catalog);
    if (singleCpu > 0) {
      rows.push({
        scenario: 'full path (replica set)',
        figure: 'server CPU per command, replica set / single instance',
        value: r.cpuPerCommand / singleCpu,
        unit: 'x',
        baseline: { name: 'single instance, µs', value: singleCpu },
      });
    }
  } finally {
    await stack.stop();
  }
}

/**
 * The full path with one worker instead of two, on a stack of its own,
 * beside the two workers' figures: on this machine's two cores, shared
 * with Tarantool, MariaDB and the bots, how many workers the load wants.
 */
async function oneWorker(
  rows: Rows,
  catalog: Catalog,
  two: { rate: number; cpuPerCommand: number },
): Promise<void> {
  say('one worker: the full path with workers = 1');
  const stack = await startBenchStack({ ...SUITE_CONFIG, workers: 1 });
  try {
    await stack.startMaster();
    const scenario = 'full path (1 worker)';
    const one = await fullPath(stack, rows, catalog, 'tcp', scenario);
    if (two.cpuPerCommand > 0) {
      rows.push({
        scenario,
        figure: 'server CPU per command, 1 worker / 2 workers',
        value: one.cpuPerCommand / two.cpuPerCommand,
        unit: 'x',
        baseline: { name: '2 workers, µs', value: two.cpuPerCommand },
      });
      rows.push({
        scenario,
        figure: 'commands/s, 1 worker',
        value: one.rate,
        unit: '/s',
        baseline: { name: '2 workers', value: two.rate },
      });
    }
  } finally {
    await stack.stop();
  }
}

/**
 * WebSocket against TCP, the server's CPU a command. One WebSocket run
 * against the TCP run minutes before it followed whichever met the noisier
 * minute of this shared machine (0.76 to 1.55 in seven runs), so the two
 * alternate, WebSocket, TCP, WebSocket, TCP, and the figure is the ratio of
 * their means. The rows of the first WebSocket run are printed; of each
 * pair, its CPU a command and commands/s.
 */
async function webSocketOverTcp(stack: BenchStack, rows: Rows, catalog: Catalog): Promise<void> {
  const scenario = 'full path (WebSocket)';
  const runs = { ws: [] as number[], tcp: [] as number[] };
  for (let i = 0; i < 2; i++) {
    const ws = await fullPath(stack, i === 0 ? rows : [], catalog, 'ws');
    const tcp = await fullPath(stack, [], catalog, 'tcp');
    runs.ws.push(ws.cpuPerCommand);
    runs.tcp.push(tcp.cpuPerCommand);
    const pair = (figure: string, unit: string, w: number, t: number) =>
      rows.push({
        scenario,
        figure: `  pair ${i + 1}: ${figure} over WebSocket; TCP just after`,
        value: w,
        unit,
        baseline: { name: `TCP, ${unit}`, value: t },
      });
    pair('server CPU per command', 'µs', ws.cpuPerCommand, tcp.cpuPerCommand);
    pair('commands/s', '/s', ws.rate, tcp.rate);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  rows.push({
    scenario,
    figure: 'server CPU per command, WebSocket / TCP, two pairs alternating (target <= 1.2)',
    value: mean(runs.ws) / Math.max(1e-9, mean(runs.tcp)),
    unit: 'x',
    baseline: { name: 'TCP server CPU per command, mean of the two, µs', value: mean(runs.tcp) },
  });
}

async function main(): Promise<void> {
  useNumbersForLongs();
  const rows: Rows = [];
  say('starting Tarantool and MariaDB');
  const stack = await startBenchStack(SUITE_CONFIG);
  let tcp = { rate: 0, cpuPerCommand: 0 };
  try {
    await stack.startMaster();
    const catalog = loadCatalog(BENCH_CATALOG);
    // BENCH_SCENARIOS=full,drain,...: only those (all by default).
    const only = process.env.BENCH_SCENARIOS?.split(',');
    const want = (name: string) => !only || only.includes(name);
    if (want('full')) {
      tcp = await fullPath(stack, rows, catalog);
      await openLoop(stack, rows, catalog, tcp.rate);
      if (want('curve')) await loadCurve(stack, rows, catalog, tcp);
      await webSocketOverTcp(stack, rows, catalog);
    }
    if (want('replica')) await replicaSet(rows, catalog, tcp.cpuPerCommand);
    if (want('workers')) await oneWorker(rows, catalog, tcp);
    if (want('drain')) await drain(rows);
    if (want('memory')) {
      await memory(stack, rows);
      await memory(stack, rows, 'ws');
      await gcForcedMemory(rows);
    }
    if (want('chat')) await chat(stack, rows);
    if (want('restart')) await restart(stack, rows, catalog);
  } finally {
    await stack.stop();
  }
  printTable(rows);
  console.log(`written: ${saveResults('suite', rows)}`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
