import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import { GameClient } from '../client/client';
import { DEFAULT_MIX, playBots, verifyBots } from '../bots/run';
import { type MariadbServer, startMariadb } from '../devstack/mariadb';
import { REPO_ROOT } from '../devstack/paths';
import { freePort, isAlive } from '../devstack/process';
import { startTarantool, type TarantoolServer } from '../devstack/tarantool';
import { loadCatalog } from '../game/catalog';
import { readPid } from '../master/pidfile';
import { queryStats } from '../master/stats-client';
import { migrate } from '../store/mysql/migrate';

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
  const table = {
    faults: 0,
    acknowledged: 0,
    lost: 0,
    mismatches: 0,
    unexpected: 0,
    maxRecoveryMs: 0,
    byFault: new Map<string, number>(),
  };
  const catalog = loadCatalog(path.join(REPO_ROOT, 'test', 'fixtures', 'catalog-fast.json'));
  try {
    await gs('start');
    const until = Date.now() + minutes * 60_000;
    let round = 0;
    while (Date.now() < until) {
      const [name, inject] = faults[round % faults.length]!;
      round++;
      process.stderr.write(`${new Date().toISOString()} ${name}\n`);
      let injectedAt = 0;
      let recovered = 0;
      const injector = (async () => {
        await sleep(3000);
        injectedAt = Date.now();
        await inject();
        // Serving again: a fresh player logs in and is answered.
        for (;;) {
          try {
            const probe = await GameClient.connect({
              host: '127.0.0.1',
              port: gamePort,
              timeoutMs: 2000,
            });
            const l = await probe.login(token(9_000_000 + round));
            const r = l.body === 'loginOk' ? await probe.request({ getState: {} }, 2000) : null;
            probe.close();
            if (r?.body === 'state') break;
          } catch {
            // not yet
          }
          await sleep(50);
        }
        recovered = Date.now() - injectedAt;
      })();
      const { bots, summary } = await playBots({
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
      await injector;
      const v = await verifyBots(bots, pool, 60_000);
      for (const b of bots) b.stop();
      table.faults++;
      table.byFault.set(name, (table.byFault.get(name) ?? 0) + 1);
      table.acknowledged +=
        summary.commands - Object.values(summary.errors).reduce((a, n) => a + n, 0);
      table.lost += v.tarantoolMissing + v.mysqlMissing;
      table.mismatches += summary.mismatches;
      table.unexpected += summary.unexpectedErrors;
      table.maxRecoveryMs = Math.max(table.maxRecoveryMs, recovered);
      const notes = [...summary.mismatchSamples, ...v.samples];
      process.stderr.write(
        `  acknowledged ${summary.commands}, lost ${v.tarantoolMissing + v.mysqlMissing}, mismatches ${summary.mismatches}, serving again after ${recovered} ms${notes.length ? `\n  ${notes.join('\n  ')}` : ''}\n`,
      );
    }
  } finally {
    await gs('stop').catch(() => undefined);
    await pool.end().catch(() => undefined);
    await Promise.all([tt.stop(), db.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`soak: ${minutes} min, ${os.cpus().length} CPUs`);
  console.log(
    `faults injected              ${table.faults}  (${[...table.byFault].map(([k, n]) => `${k} x${n}`).join('; ')})`,
  );
  console.log(`commands acknowledged        ${table.acknowledged}`);
  console.log(`acknowledged changes lost    ${table.lost}`);
  console.log(`state mismatches (bots)      ${table.mismatches}`);
  console.log(`unexpected errors            ${table.unexpected}`);
  console.log(
    'duplicate events in MySQL    0 (the queue id is the primary key: a duplicate cannot be stored)',
  );
  console.log(`max time to serve again      ${table.maxRecoveryMs} ms`);
  process.exitCode = table.lost === 0 && table.mismatches === 0 ? 0 : 1;
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
