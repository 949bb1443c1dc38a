import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import { GameClient } from '../client/client';
import type { Bot } from '../bots/bot';
import { DEFAULT_MIX, playBots } from '../bots/run';
import { verifyBots, type VerifyResult } from '../bots/verify';
import { type MariadbServer, startMariadb } from '../devstack/mariadb';
import { REPO_ROOT } from '../devstack/paths';
import { freePort, isAlive } from '../devstack/process';
import { startTarantool, type TarantoolServer } from '../devstack/tarantool';
import { loadCatalog } from '../game/catalog';
import { readPid } from '../master/pidfile';
import { queryStats } from '../master/stats-client';
import { GameStore } from '../store/game-store';
import { migrate } from '../store/mysql/migrate';
import { TarantoolClient } from '../store/tarantool-client';

/**
 * scripts/soak --minutes M: the fault list in a loop with bots playing;
 * after each fault the bots' last acknowledged states are checked against
 * Tarantool and, after the drain, MySQL. Prints one table at the end.
 */

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'bin', 'gameserver');
const SECRET = 'soak-token-secret';
const token = (id: number) => mintToken(SECRET, id, Math.floor(Date.now() / 1000) + 86400);

const workersStat = (port: number) => queryStats(port, 'stats workers', '127.0.0.1', 3000);

async function main(): Promise<void> {
  const minutes = Number(process.argv[process.argv.indexOf('--minutes') + 1] ?? 1) || 1;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-soak-'));
  const creds = { user: 'gameserver', password: 'soak-mysql', database: 'gameserver' };
  const ttPort = await freePort();
  const dbPort = await freePort();
  const startTt = () =>
    startTarantool({
      dir: path.join(dir, 'tt'),
      port: ttPort,
      memtxMemoryMb: 512,
      workerPassword: 'sw',
      drainerPassword: 'sd',
    });
  const startDb = () =>
    startMariadb({ dir: path.join(dir, 'db'), port: dbPort, ...creds, bufferPoolMb: 128 });
  let tt: TarantoolServer = await startTt();
  let db: MariadbServer = await startDb();
  const pool = mysql.createPool({ host: '127.0.0.1', port: dbPort, ...creds, connectionLimit: 2 });
  const c = await pool.getConnection();
  await migrate(c);
  c.release();
  const gamePort = await freePort();
  const statsPort = await freePort();
  const configFile = path.join(dir, 'config.json');
  const pidFile = path.join(dir, 'gameserver.pid');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      workers: 2,
      drainers: 1,
      game: {
        host: '127.0.0.1',
        port: gamePort,
        idleTimeoutMs: 4000,
        catalogFile: path.join(REPO_ROOT, 'test', 'fixtures', 'catalog-fast.json'),
      },
      stats: { port: statsPort },
      tarantool: {
        port: ttPort,
        workerPassword: 'sw',
        drainerPassword: 'sd',
        connectTimeoutMs: 1000,
      },
      mysql: { port: dbPort, password: creds.password },
      auth: { tokenSecret: SECRET },
      log: { file: path.join(dir, 'gameserver.log'), level: 'warn' },
      master: { pidFile, restartBackoffMs: 50, maxRestarts: 20 },
      drainer: { minAgeMs: 200 },
    }),
  );
  const gs = (...args: string[]) =>
    run(process.execPath, [CLI, ...args, '--config', configFile], { timeout: 120000 });
  const childPid = async (slot: string) => {
    for (;;) {
      const pid = Number(
        (await workersStat(statsPort).catch(() => new Map())).get(`${slot}:pid`) ?? 0,
      );
      if (pid > 0) return pid;
      await sleep(50);
    }
  };
  const faults: Array<[string, () => Promise<void>]> = [
    ['SIGKILL worker', async () => void process.kill(await childPid('worker-0'), 'SIGKILL')],
    ['SIGKILL drainer', async () => void process.kill(await childPid('drainer-0'), 'SIGKILL')],
    [
      'SIGKILL master, start again',
      async () => {
        const pid = readPid(pidFile)!;
        process.kill(pid, 'SIGKILL');
        while (isAlive(pid)) await sleep(20);
        await sleep(1500); // its children notice the IPC channel closed and exit
        await gs('start');
      },
    ],
    [
      'SIGKILL Tarantool, restart',
      async () => {
        process.kill(tt.pid, 'SIGKILL');
        await sleep(300);
        tt = await startTt();
      },
    ],
    [
      'SIGKILL MariaDB, restart',
      async () => {
        process.kill(db.pid, 'SIGKILL');
        await sleep(300);
        db = await startDb();
      },
    ],
    [
      'SIGSTOP worker past the session timeout, SIGCONT',
      async () => {
        const pid = await childPid('worker-1');
        process.kill(pid, 'SIGSTOP');
        await sleep(5000);
        process.kill(pid, 'SIGCONT');
      },
    ],
    ['rolling reload (HUP)', async () => void (await gs('reload'))],
    [
      'full restart',
      async () => {
        await gs('stop');
        await gs('start');
      },
    ],
  ];
  const table = newTable();
  const catalog = loadCatalog(path.join(REPO_ROOT, 'test', 'fixtures', 'catalog-fast.json'));
  // Read directly, as an operator would (never through a worker login).
  const tarantool = new TarantoolClient({
    host: '127.0.0.1',
    port: ttPort,
    user: 'gs_worker',
    password: 'sw',
    callTimeoutMs: 3000,
    connectTimeoutMs: 1000,
    maxInFlight: 1000,
    retryMinMs: 50,
    retryMaxMs: 1000,
  });
  try {
    await gs('start');
    await tarantool.connect();
    const store = new GameStore(tarantool);
    const until = Date.now() + minutes * 60_000;
    for (let round = 0; Date.now() < until; round++) {
      const [name, inject] = faults[round % faults.length]!;
      process.stderr.write(`${new Date().toISOString()} ${name}\n`);
      const recovery = injectAfter(3000, inject, () => servedAgain(gamePort, 9_000_000 + round));
      const { bots, summary, since } = await playBots({
        host: '127.0.0.1',
        port: gamePort,
        players: 60,
        firstId: 1_000_000,
        rate: 300,
        durationSeconds: 14,
        mix: DEFAULT_MIX,
        catalog,
        token,
      });
      const recovered = await recovery;
      for (const b of bots) b.stop();
      const v = await verifyBots(bots, {
        store,
        mysql: pool,
        catalog,
        since,
        drainTimeoutMs: 60_000,
      });
      record(table, name, bots, summary, v, recovered);
    }
  } finally {
    await tarantool.close();
    await gs('stop').catch(() => undefined);
    await pool.end().catch(() => undefined);
    await Promise.all([tt.stop(), db.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
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
      const l = await probe.login(token(playerId));
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
