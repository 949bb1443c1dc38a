import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Bot } from '../bots/bot';
import { DEFAULT_MIX, playBots } from '../bots/run';
import { verifyBots, type VerifyResult } from '../bots/verify';
import { GameClient } from '../client/client';
import { REPO_ROOT } from '../devstack/paths';
import { isAlive } from '../devstack/process';
import { loadCatalog } from '../game/catalog';
import { readPid } from '../master/pidfile';
import { queryStats } from '../master/stats-client';
import { useNumbersForLongs } from '../protocol/messages';
import { GameStore } from '../store/game-store';
import { TarantoolClient } from '../store/tarantool-client';
import { type BenchStack, benchToken, startBenchStack } from './stack';

// Crops that grow in 0-1 s and a million coins: the bots keep making changes
// round after round (with the test catalog, slow crops soon filled every
// plot and the rounds turned into reads).
const CATALOG = path.join(REPO_ROOT, 'bench', 'catalog.json');

/**
 * scripts/soak --minutes M: the fault list in a loop with bots playing;
 * after each fault the bots' last acknowledged states are checked against
 * Tarantool and, after the drain, MySQL. Prints one table at the end.
 */

const workersStat = (port: number) => queryStats(port, 'stats workers', '127.0.0.1', 3000);

/** The pid in a slot, once there is one (0 means none right now). */
async function childPid(statsPort: number, slot: string): Promise<number> {
  for (;;) {
    const pid = Number(
      (await workersStat(statsPort).catch(() => new Map())).get(`${slot}:pid`) ?? 0,
    );
    if (pid > 0) return pid;
    await sleep(50);
  }
}

/** The fault list, each a name and how to inject it. */
function faultsOf(stack: BenchStack): Array<[string, () => Promise<void>]> {
  const kill = async (slot: string) =>
    void process.kill(await childPid(stack.statsPort, slot), 'SIGKILL');
  return [
    ['SIGKILL worker', () => kill('worker-0')],
    ['SIGKILL drainer', () => kill('drainer-0')],
    [
      'SIGKILL master, start again',
      async () => {
        const pid = readPid(stack.pidFile)!;
        process.kill(pid, 'SIGKILL');
        while (isAlive(pid)) await sleep(20);
        await sleep(1500); // its children notice the IPC channel closed and exit
        await stack.gs('start');
      },
    ],
    [
      'SIGKILL Tarantool, restart',
      async () => {
        process.kill(stack.tt.pid, 'SIGKILL');
        await sleep(300);
        await stack.restartTarantool();
      },
    ],
    [
      'SIGKILL MariaDB, restart',
      async () => {
        process.kill(stack.db.pid, 'SIGKILL');
        await sleep(300);
        await stack.restartMariadb();
      },
    ],
    [
      'SIGSTOP worker past the session timeout, SIGCONT',
      async () => {
        const pid = await childPid(stack.statsPort, 'worker-1');
        process.kill(pid, 'SIGSTOP');
        await sleep(5000);
        process.kill(pid, 'SIGCONT');
      },
    ],
    ['rolling reload (HUP)', async () => void (await stack.gs('reload'))],
    [
      'full restart',
      async () => {
        await stack.gs('stop');
        await stack.gs('start');
      },
    ],
  ];
}

async function main(): Promise<void> {
  useNumbersForLongs();
  const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1] ?? 1) || 1;
  const stack = await startBenchStack(
    {
      workers: 2,
      drainers: 1,
      game: { idleTimeoutMs: 4000, catalogFile: CATALOG },
      tarantool: { connectTimeoutMs: 1000 },
      master: { restartBackoffMs: 50, maxRestarts: 20 },
      drainer: { minAgeMs: 200 },
    },
    { memtxMemoryMb: 512, bufferPoolMb: 128 },
  );
  const faults = faultsOf(stack);
  const table = newTable();
  const catalog = loadCatalog(CATALOG);
  // Read directly, as an operator would (never through a worker login).
  const tarantool = new TarantoolClient({
    host: '127.0.0.1',
    port: stack.tt.port,
    user: 'gs_worker',
    password: stack.workerPassword,
    callTimeoutMs: 3000,
    connectTimeoutMs: 1000,
    maxInFlight: 1000,
    retryMinMs: 50,
    retryMaxMs: 1000,
  });
  try {
    await stack.gs('start');
    await tarantool.connect();
    const store = new GameStore(tarantool);
    const until = Date.now() + minutes * 60_000;
    for (let round = 0; Date.now() < until; round++) {
      const [name, inject] = faults[round % faults.length]!;
      process.stderr.write(`${new Date().toISOString()} ${name}\n`);
      const served = () => servedAgain(stack.gamePort, 9_000_000 + round);
      const recovery = injectAfter(3000, inject, served);
      const { bots, summary, since } = await playBots({
        host: '127.0.0.1',
        port: stack.gamePort,
        players: 60,
        firstId: 1_000_000,
        rate: 300,
        durationSeconds: 14,
        mix: DEFAULT_MIX,
        catalog,
        token: benchToken,
      });
      const recovered = await recovery;
      for (const b of bots) b.stop();
      const deps = { store, mysql: stack.pool, catalog, since, drainTimeoutMs: 60_000 };
      record(table, name, bots, summary, await verifyBots(bots, deps), recovered);
    }
  } finally {
    await tarantool.close();
    await stack.stop();
  }
  printTable(table, minutes);
  process.exitCode = table.lost === 0 && table.mismatches === 0 && table.unexpected === 0 ? 0 : 1;
}

interface SoakTable {
  faults: number;
  byFault: Map<string, number>;
  /** Changes the server acknowledged (a committed save each), apart from reads. */
  changes: number;
  /** Other answered commands: reads and refusals. */
  otherCommands: number;
  lost: number;
  /** Players whose events in MySQL are not exactly those of their acknowledged commands. */
  eventsWrong: number;
  mismatches: number;
  unexpected: number;
  maxRecoveryMs: number;
}

function newTable(): SoakTable {
  return {
    faults: 0,
    byFault: new Map(),
    changes: 0,
    otherCommands: 0,
    lost: 0,
    eventsWrong: 0,
    mismatches: 0,
    unexpected: 0,
    maxRecoveryMs: 0,
  };
}

/** Injects the fault after a delay; resolves with the ms until `served` says the game serves again. */
async function injectAfter(
  delayMs: number,
  inject: () => Promise<void>,
  served: () => Promise<boolean>,
): Promise<number> {
  await sleep(delayMs);
  const at = Date.now();
  await inject();
  while (!(await served())) await sleep(50);
  return Date.now() - at;
}

/** A fresh player logs in and is answered. */
async function servedAgain(port: number, playerId: number): Promise<boolean> {
  try {
    const probe = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 2000 });
    try {
      const l = await probe.login(benchToken(playerId));
      const r = l.body === 'loginOk' ? await probe.request({ getState: {} }, 2000) : null;
      return r?.body === 'state';
    } finally {
      probe.close();
    }
  } catch {
    return false;
  }
}

function record(
  table: SoakTable,
  name: string,
  bots: Bot[],
  summary: Awaited<ReturnType<typeof playBots>>['summary'],
  v: VerifyResult,
  recovered: number,
): void {
  const changes = bots.reduce((a, b) => a + [...b.caused.values()].reduce((x, n) => x + n, 0), 0);
  const lost = v.tarantoolMissing + v.mysqlMissing + v.unchecked;
  table.faults++;
  table.byFault.set(name, (table.byFault.get(name) ?? 0) + 1);
  table.changes += changes;
  table.otherCommands += summary.commands - changes;
  table.lost += lost;
  table.eventsWrong += v.eventsWrong;
  table.mismatches += summary.mismatches;
  table.unexpected += summary.unexpectedErrors;
  table.maxRecoveryMs = Math.max(table.maxRecoveryMs, recovered);
  const notes = [...summary.mismatchSamples, ...v.samples];
  process.stderr.write(
    `  changes acknowledged ${changes}, lost ${lost}, events wrong ${v.eventsWrong}, mismatches ${summary.mismatches}, unexpected errors ${summary.unexpectedErrors}, serving again after ${recovered} ms${notes.length ? `\n  ${notes.join('\n  ')}` : ''}\n`,
  );
}

function printTable(t: SoakTable, minutes: number): void {
  console.log(`soak: ${minutes} min, ${os.cpus().length} CPUs`);
  console.log(
    `faults injected              ${t.faults}  (${[...t.byFault].map(([k, n]) => `${k} x${n}`).join('; ')})`,
  );
  console.log(
    `changes acknowledged         ${t.changes}  (committed saves; reads and refusals apart: ${t.otherCommands})`,
  );
  console.log(`acknowledged changes lost    ${t.lost}`);
  console.log(
    `players with wrong events    ${t.eventsWrong}  (MySQL events per type vs. acknowledged commands: a duplicate or a loss counts)`,
  );
  console.log(`state mismatches (bots)      ${t.mismatches}`);
  console.log(`unexpected errors            ${t.unexpected}`);
  console.log(`max time to serve again      ${t.maxRecoveryMs} ms`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
