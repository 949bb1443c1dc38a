import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import mysql from 'mysql2/promise';
import { startMariadb } from '../devstack/mariadb';
import { type EventRow, insertEventsSql } from '../store/mysql/players';
import { migrate } from '../store/mysql/migrate';
import { cpuTimes } from './cpu';
import { type ResultRow, saveResults } from './results';

/**
 * What one analytics event costs MariaDB: the drainer's own INSERT
 * (insertEventsSql, batches of BENCH_BATCH rows, one durable transaction
 * each) into the events table as migrated, and into copies of it without
 * one or both of its secondary indexes; and the same rows into the table as
 * migrated through a prepared statement (mysql2's `execute`: the binary
 * protocol, no values for MariaDB to parse) and through `LOAD DATA LOCAL
 * INFILE` (tab-separated text streamed from memory, MariaDB's bulk
 * loader). Alternating, BENCH_ROUNDS
 * rounds. MariaDB's CPU (from /proc) a row, and rows/s. The events are the
 * full path's: plant, harvest and sell with their payloads, 1,000 players.
 *
 *   node dist/src/bench/events-bench.js
 */

const BATCH = Number(process.env.BENCH_BATCH ?? 400);
const ROWS = Number(process.env.BENCH_ROWS ?? 120_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

/** The variants: the table as migrated, and what each drops from it. */
const VARIANTS: Record<string, string[]> = {
  'as migrated (primary key, 2 secondary indexes)': [],
  'as migrated, a prepared statement': [],
  'as migrated, LOAD DATA LOCAL': [],
  'without events_type_time': ['events_type_time'],
  'without events_player_time': ['events_player_time'],
  'primary key only': ['events_type_time', 'events_player_time'],
};

let nextId = 1;

/** One batch of the full path's events, as the drainer writes them. */
function batch(): EventRow[] {
  const rows: EventRow[] = [];
  const time = Date.now() / 1000;
  for (let i = 0; i < BATCH; i++) {
    const id = nextId++;
    const kind = id % 3;
    rows.push({
      queueId: id,
      playerId: 1 + ((id * 7919) % 1000),
      type: ['plant', 'harvest', 'sell'][kind]!,
      payload:
        kind === 0
          ? `{"plot":${id % 12},"crop":"wheat","cost":1}`
          : kind === 1
            ? `{"plot":${id % 12},"crop":"wheat","xp":1}`
            : `{"item":"wheat","qty":1,"coins":3}`,
      time,
    });
  }
  return rows;
}

/** One batch's INSERT: the drainer's text statement, or a prepared one with the same rows. */
async function insert(conn: mysql.Connection, table: string, how: string): Promise<void> {
  const rows = batch();
  if (how.includes('LOAD DATA')) {
    const tsv = loadDataText(rows);
    const [r] = await conn.query({
      sql:
        `LOAD DATA LOCAL INFILE 'events' IGNORE INTO TABLE ${table} CHARACTER SET utf8mb4 ` +
        "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' " +
        '(queue_id, player_id, type, payload, @t) SET created_at = FROM_UNIXTIME(@t)',
      values: null,
      infileStreamFactory: () => Readable.from([Buffer.from(tsv)]),
    } as never);
    if ((r as { affectedRows: number }).affectedRows !== rows.length)
      throw new Error(JSON.stringify(r));
    return;
  }
  if (!how.includes('prepared')) {
    const sql = insertEventsSql(rows).replace('INSERT INTO events ', `INSERT INTO ${table} `);
    await conn.query({ sql, values: null });
    return;
  }
  const values = rows.map(() => '(?, ?, ?, ?, FROM_UNIXTIME(?))').join(', ');
  await conn.execute(
    `INSERT INTO ${table} (queue_id, player_id, type, payload, created_at) VALUES ${values} ` +
      'ON DUPLICATE KEY UPDATE queue_id = queue_id',
    rows.flatMap((r) => [r.queueId, r.playerId, r.type, r.payload, r.time.toFixed(3)]),
  );
}

/** LOAD DATA's escapes (ESCAPED BY '\\'): the separators, the escape itself, NUL. */
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
};

function field(s: string): string {
  return s.replace(/[\\\t\n\r\0]/g, (c) => ESCAPES[c]!);
}

function loadDataText(rows: EventRow[]): string {
  let t = '';
  for (const e of rows)
    t += `${e.queueId}\t${e.playerId}\t${field(e.type)}\t${field(e.payload)}\t${e.time.toFixed(3)}\n`;
  return t;
}

async function insertInto(
  conn: mysql.Connection,
  table: string,
  pid: number,
  how: string,
): Promise<{ cpu: number; rate: number }> {
  const before = cpuTimes(pid);
  const started = process.hrtime.bigint();
  for (let n = 0; n < ROWS; n += BATCH) {
    await conn.query('START TRANSACTION');
    await insert(conn, table, how);
    await conn.query('COMMIT');
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = cpuTimes(pid);
  return {
    cpu: (after.user + after.system - before.user - before.system) / ROWS,
    rate: ROWS / seconds,
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-events-'));
  const creds = { user: 'gameserver', password: 'bench-mysql', database: 'gameserver' };
  const db = await startMariadb({ dir: path.join(dir, 'db'), ...creds, bufferPoolMb: 256 });
  const rows: ResultRow[] = [];
  try {
    const conn = await mysql.createConnection({ host: db.host, port: db.port, ...creds });
    await migrate(conn);
    const names = Object.keys(VARIANTS);
    const results = new Map<string, Array<{ cpu: number; rate: number }>>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [v, name] of names.entries()) {
        const table = `events_${round}_${v}`;
        await conn.query(`CREATE TABLE ${table} LIKE events`);
        for (const key of VARIANTS[name]!) await conn.query(`ALTER TABLE ${table} DROP KEY ${key}`);
        const r = await insertInto(conn, table, db.pid, name);
        console.log(
          `${name}, round ${round + 1}: ${r.cpu.toFixed(2)} µs a row, ${r.rate.toFixed(0)} rows/s`,
        );
        results.set(name, [...(results.get(name) ?? []), r]);
        await conn.query(`DROP TABLE ${table}`);
      }
    }
    await conn.end();
    for (const [name, runs] of results) {
      const scenario = `events into MariaDB (${name})`;
      const mean = (f: (r: { cpu: number; rate: number }) => number) =>
        runs.reduce((a, r) => a + f(r), 0) / runs.length;
      rows.push(
        { scenario, figure: 'MariaDB CPU a row', value: mean((r) => r.cpu), unit: 'µs' },
        { scenario, figure: 'rows/s, one connection', value: mean((r) => r.rate), unit: '/s' },
      );
    }
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `written: ${saveResults('events', rows, { batch: BATCH, rows: ROWS, rounds: ROUNDS })}`,
  );
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
