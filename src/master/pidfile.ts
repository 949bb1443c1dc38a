import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from '../devstack/process';

/**
 * The master's pidfile: created exclusively; a stale one (its pid dead, or
 * alive but not a gameserver, as a recycled pid would be) is replaced. The
 * check reads /proc/PID/cmdline, not `kill -0` alone.
 */

const OURS = /gameserver|dist\/src\/cli\/main\.js/;

export function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function isGameserver(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return OURS.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
  } catch {
    return false;
  }
}

/** The pid of the running master, or null (no pidfile, or a stale one). */
export function runningPid(file: string): number | null {
  const pid = readPid(file);
  return pid !== null && isGameserver(pid) ? pid : null;
}

export class PidfileError extends Error {}

/** Writes our pid exclusively; replaces a stale pidfile; refuses when a master runs. */
export function acquirePidfile(file: string, pid = process.pid): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      fs.writeSync(fd, `${pid}\n`);
      fs.closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const other = runningPid(file);
      if (other !== null && other !== pid) {
        throw new PidfileError(`already running (pid ${other}, pidfile ${file})`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new PidfileError(`cannot create pidfile ${file}`);
}

/** Removes the pidfile if it still names us. */
export function releasePidfile(file: string, pid = process.pid): void {
  if (readPid(file) === pid) fs.rmSync(file, { force: true });
}
