import { saveResults } from './results';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import { playBots } from '../bots/run';
import { GameClient, type Reply } from '../client/client';
import { startMariadb } from '../devstack/mariadb';
import { REPO_ROOT } from '../devstack/paths';
import { freePort } from '../devstack/process';
import { startTarantool } from '../devstack/tarantool';
import { loadCatalog } from '../game/catalog';
import { queryStats } from '../master/stats-client';
import { migrate } from '../store/mysql/migrate';
import { TarantoolClient } from '../store/tarantool-client';

/**
 * scripts/bench: the whole suite on its own stack (Tarantool, MariaDB, the
 * master with workers and a drainer). Every figure is printed beside a
 * baseline measured in the same run. A benchmark, never a test: it prints
 * and writes bench/results/suite-<time>.json; it never fails on speed.
 */

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'bin', 'gameserver');
const SECRET = 'bench-token-secret';
const token = (id: number) => mintToken(SECRET, id, Math.floor(Date.now() / 1000) + 86400);
const IDLE = Number(process.env.BENCH_IDLE ?? 10000);
const FULL_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Row {
  scenario: string;
  figure: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
}

const statsOf = (port: number, command = 'stats') => queryStats(port, command);

async function rawCallRate(host: string, port: number, password: string): Promise<number> {
  const c = new TarantoolClient({
    host,
    port,
    user: 'gs_worker',
    password,
    callTimeoutMs: 10000,
    connectTimeoutMs: 5000,
    maxInFlight: 100000,
  });
  await c.connect();
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

async function main(): Promise<void> {
  const rows: Row[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-'));
  const creds = { user: 'gameserver', password: 'bench-mysql', database: 'gameserver' };
  const say = (s: string) => process.stderr.write(`${s}\n`);
  say('starting Tarantool and MariaDB');
  const [tt, db] = await Promise.all([
    startTarantool({
      dir: path.join(dir, 'tt'),
      memtxMemoryMb: 1024,
      workerPassword: 'bw',
      drainerPassword: 'bd',
    }),
    startMariadb({ dir: path.join(dir, 'db'), ...creds, bufferPoolMb: 256 }),
  ]);
  const pool = mysql.createPool({ host: db.host, port: db.port, ...creds, connectionLimit: 2 });
  const conn = await pool.getConnection();
  await migrate(conn);
  conn.release();
  const gamePort = await freePort();
  const statsPort = await freePort();
  const configFile = path.join(dir, 'config.json');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      workers: 2,
      drainers: 1,
      game: {
        host: '127.0.0.1',
        port: gamePort,
        rateLimitPerSecond: 100000,
        rateLimitBurst: 100000,
        maxConnectionsPerIp: 100000,
        maxConnections: 100000,
        loginTimeoutMs: 60000,
        idleTimeoutMs: 600000,
      },
      stats: { port: statsPort },
      tarantool: { port: tt.port, workerPassword: 'bw', drainerPassword: 'bd' },
      mysql: { port: db.port, password: creds.password },
      auth: { tokenSecret: SECRET },
      log: { file: path.join(dir, 'gameserver.log'), level: 'warn' },
      master: { pidFile: path.join(dir, 'gameserver.pid'), restartBackoffMs: 50 },
    }),
  );
  const gs = (...args: string[]) =>
    run(process.execPath, [CLI, ...args, '--config', configFile], { timeout: 120000 });
  try {
    await gs('start');
    const catalog = loadCatalog();

    // 1. Full path vs raw empty calls.
    say('1/5 full path: 1,000 bots, mutating mix');
    const raw = await rawCallRate(tt.host, tt.port, 'bw');
    const full = await playBots({
      host: '127.0.0.1',
      port: gamePort,
      players: 1000,
      firstId: 1,
      rate: 0,
      durationSeconds: FULL_SECONDS,
      mix: [
        ['plant', 35],
        ['harvest', 30],
        ['sell', 25],
        ['state', 10],
      ],
      catalog,
      token,
    });
    for (const b of full.bots) b.stop();
    rows.push(
      {
        scenario: 'full path',
        figure: 'game commands/s (1,000 bots, mutating mix)',
        value: full.summary.throughput,
        unit: '/s',
        baseline: { name: 'raw empty Lua calls/s, one Node process', value: raw },
      },
      {
        scenario: 'full path',
        figure: 'latency p50',
        value: full.summary.latencyMs.p50,
        unit: 'ms',
      },
      {
        scenario: 'full path',
        figure: 'latency p99',
        value: full.summary.latencyMs.p99,
        unit: 'ms',
      },
      {
        scenario: 'full path',
        figure: 'state mismatches',
        value: full.summary.mismatches,
        unit: '',
      },
    );

    // 2. Drain: the drain benchmark on its own stack.
    say('2/5 drain');
    const drain = await run(process.execPath, [path.join(__dirname, 'drain-bench.js')], {
      timeout: 300000,
      env: { ...process.env, BENCH_ROWS: '30000' },
    });
    const num = (label: string) =>
      Number(new RegExp(`${label}\\s+([\\d.]+)`).exec(drain.stdout)?.[1] ?? NaN);
    rows.push(
      {
        scenario: 'drain',
        figure: 'drainer rows/s through the queue',
        value: num('drainer rows/s through the queue'),
        unit: '/s',
        baseline: {
          name: 'raw batched upsert rows/s',
          value: num('raw batched upsert rows/s \\(one Node process\\)'),
        },
      },
      {
        scenario: 'drain',
        figure: 'coalescing (MySQL writes per game save)',
        value: num('coalescing ratio \\(MySQL writes per save\\)'),
        unit: '',
      },
    );

    // 3. Memory per idle connected player.
    say(`3/5 memory: ${IDLE} idle players`);
    const workerMem = async () => {
      const w = await statsOf(statsPort, 'stats workers');
      let rss = 0;
      let heap = 0;
      for (const [k, v] of w) {
        if (/^worker-\d+:rss$/.test(k)) rss += Number(v);
        if (/^worker-\d+:heap_used$/.test(k)) heap += Number(v);
      }
      return { rss, heap };
    };
    await sleep(1500);
    const before = await workerMem();
    const idle: GameClient[] = [];
    for (let i = 0; i < IDLE; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, IDLE - i) }, async (_, j) => {
          const c = await GameClient.connect({
            host: '127.0.0.1',
            port: gamePort,
            timeoutMs: 30000,
          });
          const l = await c.login(token(100000 + i + j));
          if (l.body !== 'loginOk') throw new Error(`idle login refused: ${l.error?.code}`);
          idle.push(c);
        }),
      );
    }
    await sleep(2500);
    const after = await workerMem();
    rows.push(
      {
        scenario: 'connections',
        figure: 'worker RSS per idle player',
        value: (after.rss - before.rss) / IDLE,
        unit: 'bytes',
        baseline: { name: 'worker RSS before, all workers', value: before.rss },
      },
      {
        scenario: 'connections',
        figure: 'worker heap per idle player',
        value: (after.heap - before.heap) / IDLE,
        unit: 'bytes',
      },
    );
    for (const c of idle) c.close();
    await sleep(1000);

    // 4. Chat delivery between bots (the two workers share them round-robin).
    say('4/5 chat delivery at 1,000 messages/s');
    const pairs = 200;
    const chatters: GameClient[] = [];
    for (let i = 0; i < pairs * 2; i++) {
      const c = await GameClient.connect({ host: '127.0.0.1', port: gamePort });
      await c.login(token(300000 + i));
      chatters.push(c);
    }
    for (let i = 0; i < pairs; i++) {
      await chatters[2 * i]!.request({ addFriend: { playerId: 300000 + 2 * i + 1 } });
    }
    const { createHistogram } = await import('node:perf_hooks');
    const chatHist = createHistogram();
    for (let i = 0; i < pairs; i++) {
      chatters[2 * i + 1]!.on('push', (p: Reply) => {
        if (p.body === 'chatReceived')
          chatHist.record(
            Math.max(1, Math.round((Date.now() - Number(p.chatReceived?.text)) * 1000)),
          );
      });
    }
    const chatUntil = Date.now() + 5000;
    while (Date.now() < chatUntil) {
      const tick = Date.now();
      for (let i = 0; i < pairs / 5; i++) {
        const k = Math.floor(Math.random() * pairs);
        void chatters[2 * k]!.request({
          chat: { to: 300000 + 2 * k + 1, text: String(Date.now()) },
        }).catch(() => undefined);
      }
      await sleep(Math.max(0, 40 - (Date.now() - tick)));
    }
    await sleep(500);
    rows.push(
      {
        scenario: 'chat',
        figure: `chat delivery p50 (${chatHist.count} messages)`,
        value: chatHist.percentile(50) / 1000,
        unit: 'ms',
      },
      {
        scenario: 'chat',
        figure: 'chat delivery p99',
        value: chatHist.percentile(99) / 1000,
        unit: 'ms',
      },
    );
    for (const c of chatters) c.close();

    // 5. Restart: SIGKILL a worker while 200 bots play; time until every bot played again.
    say('5/5 restart after SIGKILL of a worker');
    const bots = await playBots({
      host: '127.0.0.1',
      port: gamePort,
      players: 200,
      firstId: 400000,
      rate: 400,
      durationSeconds: 1,
      mix: [['state', 1]],
      catalog,
      token,
    });
    // pid 0 means "no child in that slot right now": kill(0) would hit our own group.
    let victim = 0;
    while (victim <= 0) {
      victim = Number((await statsOf(statsPort, 'stats workers')).get('worker-0:pid'));
      if (victim <= 0) await sleep(50);
    }
    const killedAt = Date.now();
    process.kill(victim, 'SIGKILL');
    await sleep(20);
    let lastRecovered = killedAt;
    await Promise.all(
      bots.bots.map(async (b) => {
        for (;;) {
          await b.ensureConnected();
          const r = await b.client?.request({ getState: {} }).catch(() => null);
          if (r?.body === 'state') {
            lastRecovered = Math.max(lastRecovered, Date.now());
            return;
          }
          await sleep(10);
        }
      }),
    );
    for (const b of bots.bots) b.stop();
    rows.push({
      scenario: 'restart',
      figure: 'SIGKILL of a worker -> all its players playing again',
      value: lastRecovered - killedAt,
      unit: 'ms',
    });
  } finally {
    await gs('stop').catch(() => undefined);
    await pool.end().catch(() => undefined);
    await Promise.all([tt.stop(), db.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));
  console.log(
    `benchmark suite: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log(
    `${'scenario'.padEnd(12)} ${'figure'.padEnd(52)} ${'value'.padStart(12)}  baseline (same run)                       ratio`,
  );
  for (const r of rows) {
    const base = r.baseline
      ? `${r.baseline.name}: ${fmt(r.baseline.value)}`.padEnd(40)
      : ''.padEnd(40);
    const ratio = r.baseline && r.unit === '/s' ? (r.value / r.baseline.value).toFixed(2) : '';
    console.log(
      `${r.scenario.padEnd(12)} ${r.figure.padEnd(52)} ${`${fmt(r.value)} ${r.unit}`.padStart(12)}  ${base}  ${ratio}`,
    );
  }
  const file = saveResults('suite', rows);
  console.log(`written: ${file}`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
