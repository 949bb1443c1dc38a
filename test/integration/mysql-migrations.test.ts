import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { MigrationError } from '../../src/errors';
import { migrate, readMigrations, splitStatements } from '../../src/store/mysql/migrate';
import { cli } from '../helpers/master';
import { TEST_CREDENTIALS, tempDir, testMariadb, type TestMariadb } from '../helpers/servers';

describe('mysql migrations', function () {
  let db: TestMariadb;

  before(async () => {
    db = await testMariadb();
  });

  after(async () => {
    await db?.stop();
  });

  function connect(): Promise<mysql.Connection> {
    return mysql.createConnection({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
    });
  }

  it('splits a file into statements, skipping comments', () => {
    assert.deepEqual(
      splitStatements('-- c\nCREATE TABLE a (x INT);\n\n-- d\nCREATE TABLE b (y INT);\n'),
      ['CREATE TABLE a (x INT)', 'CREATE TABLE b (y INT)'],
    );
  });

  it('applies each migration once; again (and after a restart) applies nothing', async () => {
    let conn = await connect();
    try {
      const all = readMigrations().map((m) => m.version);
      assert.deepEqual(await migrate(conn), all);
      assert.deepEqual(await migrate(conn), []);
      const [rows] = await conn.query<RowDataPacket[]>('SELECT version FROM schema_migrations');
      assert.equal(rows.length, all.length);
      const [tables] = await conn.query<RowDataPacket[]>('SHOW TABLES');
      const names = tables.map((t) => Object.values(t)[0]);
      assert.ok(names.includes('players') && names.includes('events'));
      const [cols] = await conn.query<RowDataPacket[]>('SHOW COLUMNS FROM players');
      assert.ok(cols.some((c) => c.Field === 'version'));
    } finally {
      await conn.end();
    }
    db = await db.restart();
    conn = await connect();
    try {
      assert.deepEqual(await migrate(conn), []);
    } finally {
      await conn.end();
    }
  });

  it('`gameserver migrate`, from the bundle, finds sql/migrations and finds nothing left to apply', async () => {
    const dir = tempDir('migrate-cli');
    const file = path.join(dir, 'config.json');
    const { password, database } = TEST_CREDENTIALS.mysql;
    fs.writeFileSync(file, JSON.stringify({ mysql: { port: db.port, password, database } }));
    const r = await cli({ file }, 'migrate');
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /MySQL schema up to date \(0 migration\(s\) applied now\)/);
  });

  it('a failing migration is reported with its version and not recorded', async () => {
    const dir = tempDir('migrations');
    fs.writeFileSync(path.join(dir, '001_ok.sql'), 'CREATE TABLE IF NOT EXISTS t_ok (x INT);\n');
    fs.writeFileSync(path.join(dir, '002_bad.sql'), 'CREATE TABLE t_bad (x NOSUCHTYPE);\n');
    const conn = await connect();
    try {
      await conn.query('DELETE FROM schema_migrations');
      await assert.rejects(migrate(conn, dir), (err: MigrationError) => {
        assert.equal(err.code, 'MIGRATION_FAILED');
        assert.match(err.message, /migration 2 \(bad\)/);
        return true;
      });
      const [rows] = await conn.query<RowDataPacket[]>('SELECT version FROM schema_migrations');
      assert.deepEqual(
        rows.map((r) => r.version),
        [1],
      );
    } finally {
      await conn.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
