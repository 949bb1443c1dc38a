import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { schema } from '../config/schema';
import { startMariadb } from '../devstack/mariadb';
import { which } from '../devstack/process';
import { migrate } from '../store/mysql/migrate';
import { useNumbersForLongs } from '../protocol/messages';
import type { BotsSummary } from '../bots/run';
import { CLI, Cluster, GAME_PORT, until } from './cluster';
import {
  type FaultRow,
  isolateMaster,
  killGameHost,
  killMaster,
  killReplica,
  loginTwice,
  storeDigest,
} from './faults';
import { createHosts, ip, leftovers, removeHosts, SUBNET, topology } from './netns';

/**
 * scripts/multihost: two Tarantool hosts with their store controllers, three
 * etcd members, MariaDB, and two game hosts, each in its own network
 * namespace; bots with --verify on both game hosts while five faults are
 * injected. Prints the fault table; the last line says `lost 0` when nothing
 * acknowledged was lost. The outer process (root, the machine's namespace)
 * only creates and removes the namespaces; the run itself happens inside the
 * `play` namespace, so no traffic leaves the namespaces it made.
 */

const OPTIONS = {
  short: { type: 'boolean' },
  inside: { type: 'boolean' },
  'run-id': { type: 'string' },
  dir: { type: 'string' },
  role: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  keep: { type: 'boolean' },
} as const;

type Args = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** The MariaDB host's role: a private MariaDB reachable from the subnet, migrated. */
async function mariadbRole(a: Args): Promise<void> {
  // The game hosts use the config's defaults for MySQL.
  const m = schema.mysql;
  const credentials = {
    user: m.user.default,
    password: m.password.default,
    database: m.database.default,
  };
  const db = await startMariadb({
    dir: a.dir!,
    host: a.host!,
    port: Number(a.port),
    ...credentials,
    bufferPoolMb: 32,
    flushAtCommit: 2,
  });
  const root = await db.rootConnection();
  const from = `${SUBNET}.%`;
  await root.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?', [
    credentials.user,
    from,
    credentials.password,
  ]);
  await root.query(`GRANT ALL PRIVILEGES ON \`${credentials.database}\`.* TO ?@?`, [
    credentials.user,
    from,
  ]);
  await root.end();
  const app = await mysql.createConnection({ host: a.host!, port: Number(a.port), ...credentials });
  await migrate(app);
  await app.end();
  fs.writeFileSync(path.join(a.dir!, 'ready'), '');
  await new Promise<void>((resolve) => process.once('SIGTERM', resolve));
  await db.stop();
}

interface Outcome {
  rows: FaultRow[];
  bots: BotsSummary;
  digests: string[];
}

function startBots(c: Cluster, short: boolean): { done: Promise<BotsSummary>; stop: () => void } {
  const players = short ? 40 : 200;
  const args = [
    CLI,
    'bots',
    '--host',
    `${ip('g1')},${ip('g2')}`,
    '--port',
    String(GAME_PORT),
    '--players',
    String(players),
    '--rate',
    String(players * 5),
    '--duration',
    '900',
    '--verify',
    '--json',
    '--quiet',
    '--settle',
    '3',
    '--drain-timeout',
    '60',
  ];
  const child = spawn(process.execPath, args, { env: c.env(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<BotsSummary>((resolve, reject) =>
    child.on('exit', () => {
      fs.writeFileSync(path.join(c.dir, 'bots.log'), `${err}\n${out}`);
      try {
        resolve(JSON.parse(out) as BotsSummary);
      } catch {
        reject(new Error(`bots gave no summary: ${err.slice(-2000)}`));
      }
    }),
  );
  return { done, stop: () => child.kill('SIGINT') };
}

async function play(c: Cluster, short: boolean): Promise<Outcome> {
  await Promise.all([c.startEtcd(), c.startMariadb()]);
  c.startController('t1');
  await sleep(300);
  c.startController('t2');
  await c.whole(60000);
  await Promise.all([c.startGameHost('g1'), c.startGameHost('g2')]);
  const bots = startBots(c, short);
  await sleep(short ? 2000 : 10000);
  const rows: FaultRow[] = [];
  const faults = [killMaster, isolateMaster, killReplica, killGameHost, loginTwice];
  for (const [i, fault] of faults.entries()) {
    process.stderr.write(`fault ${i + 1}...\n`);
    rows.push(await fault(c, 9_000_000 + i * 10));
    await sleep(short ? 1000 : 5000);
  }
  bots.stop();
  const summary = await bots.done;
  const { leader, replica } = await c.whole(30000);
  // The replica applies the last changes a moment after the master.
  let digests: string[] = [];
  await until('both stores equal', 10000, async () => {
    digests = [await storeDigest(c, leader), await storeDigest(c, replica)];
    return digests[0] === digests[1];
  }).catch(() => undefined);
  return { rows, bots: summary, digests };
}

function report(o: Outcome): number {
  const v = o.bots.verify;
  const errors = Object.values(o.bots.errors).reduce((a, b) => a + b, 0);
  const acknowledged = o.bots.commands - errors;
  const lost = o.bots.mismatches + (v ? v.tarantoolMissing + v.mysqlMissing + v.eventsWrong : 0);
  const sameStores = o.digests[0] === o.digests[1];
  const ok =
    v !== null && lost === 0 && v.unchecked === 0 && v.badPlayers.length === 0 && sameStores;
  const longest = Math.max(...o.rows.map((r) => r.servedAgainMs));
  const lines = ['', '| fault | logins served again | checked |', '| --- | ---: | --- |'];
  for (const r of o.rows)
    lines.push(`| ${r.fault} | ${r.servedAgainMs} ms | ${r.notes.join('; ')} |`);
  lines.push('');
  lines.push(
    `bots: ${o.bots.players} players, ${o.bots.commands} commands, ${acknowledged} acknowledged, errors ${JSON.stringify(o.bots.errors)}, reconnects ${o.bots.reconnects}, unexpected errors ${o.bots.unexpectedErrors}`,
  );
  lines.push(`verify: ${JSON.stringify(v && { ...v, samples: v.samples.slice(0, 5) })}`);
  // Quiet now (the bots stopped): no row may exist on one side only.
  lines.push(
    `stores after the run: master ${o.digests[0]}; replica ${o.digests[1]}${sameStores ? ' (equal)' : ' (DIFFER)'}`,
  );
  // scripts/test counts each fault that passed its checks, and the loss check.
  lines.push(`multihost checks: ${o.rows.length + (ok ? 1 : 0)} passed, ${ok ? 0 : 1} failed`);
  lines.push(
    `multihost: ${o.rows.length} faults, ${acknowledged} commands acknowledged, lost ${lost}, longest until served again ${longest} ms, ${ok ? 'PASS' : 'FAIL'}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return ok ? 0 : 1;
}

/** Inside the play namespace: the cluster, the bots, the faults, the table. */
async function inside(a: Args): Promise<number> {
  useNumbersForLongs();
  // The short version (scripts/test) with tight timings; the full one with the shipped defaults.
  const timing = a.short
    ? { leaseTtlSeconds: 2, degradeAfterMs: 1500 }
    : { leaseTtlSeconds: 4, degradeAfterMs: 3000 };
  const c = new Cluster(topology(a['run-id']!), a.dir!, timing);
  const stop = () => c.killAll();
  process.once('SIGTERM', stop).once('SIGINT', stop);
  try {
    return report(await play(c, a.short === true));
  } catch (err) {
    process.stdout.write(
      `multihost: FAILED: ${(err as Error).stack}\nmultihost checks: 0 passed, 1 failed\nmultihost: lost unknown, FAIL\n`,
    );
    return 1;
  } finally {
    c.killAll();
  }
}

/** Outside: namespaces up, the run inside, everything removed whatever happens. */
async function outside(a: Args): Promise<number> {
  if (process.getuid?.() !== 0) {
    process.stderr.write('multihost needs root (ip netns); run it as root\n');
    return 2;
  }
  for (const bin of ['etcd', 'tarantool', 'mariadbd']) {
    if (!which(bin)) {
      process.stderr.write(
        `multihost needs ${bin}: apt-get install -y etcd-server tarantool mariadb-server\n`,
      );
      return 2;
    }
  }
  const t = topology(crypto.randomBytes(2).toString('hex'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gsmh-'));
  let code = 1;
  try {
    createHosts(t);
    const args = [
      __filename,
      '--inside',
      '--run-id',
      t.runId,
      '--dir',
      dir,
      ...(a.short ? ['--short'] : []),
    ];
    const child = spawn('ip', ['netns', 'exec', t.ns('play'), process.execPath, ...args], {
      stdio: 'inherit',
    });
    const forward = () => child.kill('SIGTERM');
    process.once('SIGINT', forward).once('SIGTERM', forward);
    code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  } finally {
    removeHosts(t);
    const left = leftovers(t);
    if (left.length) {
      process.stderr.write(`multihost: namespaces left behind: ${left.join(', ')}\n`);
      code = 1;
    }
    if (code === 0 && !a.keep) fs.rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`multihost: logs in ${dir}\n`);
  }
  return code;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: OPTIONS, allowPositionals: false });
  if (values.role === 'mariadb') {
    await mariadbRole(values);
    return 0;
  }
  return values.inside ? inside(values) : outside(values);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
