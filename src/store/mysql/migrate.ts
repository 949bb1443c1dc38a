import fs from 'node:fs';
import path from 'node:path';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { MigrationError } from '../../errors';
import { PACKAGE_ROOT } from '../../package-root';

/** Folder of the versioned SQL files: NNN_name.sql, applied in order. */
export const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, 'sql', 'migrations');

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const LOCK_NAME = 'gameserver_migrations';
const LOCK_TIMEOUT_S = 30;

/**
 * Splits a migration file into statements. Our SQL keeps `;` at the end of
 * lines and never inside literals, which this relies on.
 */
export function splitStatements(sql: string): string[] {
  const withoutComments = sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({
      version: Number(m[1]),
      name: m[2] as string,
      statements: splitStatements(fs.readFileSync(path.join(dir, file), 'utf8')),
    });
  }
  const versions = out.map((m) => m.version);
  if (new Set(versions).size !== versions.length) {
    throw new MigrationError(`duplicate migration versions in ${dir}`);
  }
  return out;
}

/**
 * Applies every migration not yet in `schema_migrations`, each inside a
 * transaction (MySQL commits DDL implicitly, so a DDL step is atomic per
 * statement only; the steps are written to be re-runnable). An advisory lock
 * keeps two processes from migrating at once. Returns the versions applied.
 */
export async function migrate(conn: Connection, dir: string = MIGRATIONS_DIR): Promise<number[]> {
  const migrations = readMigrations(dir);
  await conn.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version INT UNSIGNED NOT NULL PRIMARY KEY,
       name VARCHAR(255) NOT NULL,
       applied_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
     ) ENGINE=InnoDB`,
  );
  const [lock] = await conn.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [
    LOCK_NAME,
    LOCK_TIMEOUT_S,
  ]);
  if (lock[0]?.got !== 1) {
    throw new MigrationError(`another process holds the migration lock for ${LOCK_TIMEOUT_S}s`);
  }
  const applied: number[] = [];
  try {
    const [rows] = await conn.query<RowDataPacket[]>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        await conn.beginTransaction();
        for (const statement of m.statements) await conn.query(statement);
        await conn.query('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', [
          m.version,
          m.name,
        ]);
        await conn.commit();
      } catch (err) {
        await conn.rollback().catch(() => undefined);
        throw new MigrationError(
          `migration ${m.version} (${m.name}) failed: ${(err as Error).message}`,
          { cause: err },
        );
      }
      applied.push(m.version);
    }
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]).catch(() => undefined);
  }
  return applied;
}
