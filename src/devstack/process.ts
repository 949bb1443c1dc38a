import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Ports freePort has handed out in this process. */
const handedOut = new Set<number>();

/**
 * A port on 127.0.0.1 that was free a moment ago (the OS picked it), never
 * one this process was given before: the OS may pick a port again once it is
 * closed (60 repeats in 1,000 calls here), and a config that got the same
 * port for two listeners could not start.
 */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 1000; tries++) {
    const port = await osPickedPort();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error('no free port not handed out before, in 1,000 tries');
}

function osPickedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * True while the process exists and some thread of it has not exited. A
 * zombie (exited, not yet reaped by its parent, as a daemon reparented to a
 * busy init can be) answers kill(pid, 0) but counts as gone. Its leader
 * alone is not enough: SIGKILLed, a Node process shows its leader thread
 * as a zombie while another thread still exits (69 ms, freeing memory,
 * seen here), and the process's files, its sockets too, stay open until
 * the last thread is gone.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // None once reaped since kill(pid, 0).
  return threadStates(pid).some((state) => state !== 'Z' && state !== 'X');
}

/** The state letter of each thread of the process (/proc/PID/task); none once it is gone. */
function threadStates(pid: number): string[] {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => procStat(pid, tid)?.state ?? []);
}

/**
 * Fields of /proc/PID/stat, or of one thread's with `tid` ("pid (comm)
 * state ppid pgrp session ..."; comm may hold spaces); null once gone.
 */
export function procStat(
  pid: number,
  tid?: string,
): { state: string; pgrp: number; sid: number } | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}${tid ? `/task/${tid}` : ''}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0]!, pgrp: Number(fields[2]), sid: Number(fields[3]) };
}

/**
 * True while some process of the group `pgid` runs (`isAlive`: zombies
 * whose threads have all exited do not count, their files are closed). A
 * process SIGKILLed with its group goes on holding its sockets while the
 * kernel frees its memory, after its leader may already be reaped: a
 * listening socket a worker shares stays open (and accepts) for that long.
 */
export function groupAlive(pgid: number): boolean {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (procStat(pid)?.pgrp === pgid && isAlive(pid)) return true;
  }
  return false;
}

/**
 * SIGSTOP, then waits until every thread of the process is stopped. The
 * signal takes effect only once the kernel runs one of its threads; on a
 * busy machine another thread, woken by a request, can answer it first
 * (a "stopped" MariaDB answered a query in 4 ms beside three busy loops).
 */
export async function freeze(pid: number, timeoutMs = 5000): Promise<void> {
  process.kill(pid, 'SIGSTOP');
  const deadline = Date.now() + timeoutMs;
  while (!threadStates(pid).every((state) => state === 'T' || state === 't')) {
    if (Date.now() > deadline) throw new Error(`pid ${pid} not stopped within ${timeoutMs} ms`);
    await sleep(2);
  }
}

/** Runs `during` with the process frozen (`freeze`), and wakes it (SIGCONT) however `during` ends. */
export async function whileFrozen<T>(pid: number, during: () => Promise<T>): Promise<T> {
  try {
    await freeze(pid);
    return await during();
  } finally {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // gone
    }
  }
}

/** The last lines of a log file, to say why a server did not start. */
export function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

/**
 * Stops a process by pid: SIGTERM, then SIGKILL after `graceMs`; resolves
 * once it is gone. Never looks a process up by name.
 */
export async function stopPid(pid: number, graceMs = 10000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        return;
      }
    }
    await sleep(20);
  }
}

/** Signals a whole process group by its leader's pid (a role and every child it started). */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export interface Spawned {
  child: ChildProcess;
  pid: number;
  /** Set when the process has exited (only known while we are its parent). */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null;
}

/**
 * Starts a server process with its output appended to `logFile`. A detached
 * process leads its own process group and outlives us (scripts/stack); an
 * attached one is a plain child (tests).
 */
export function spawnServer(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string; detached?: boolean; cwd?: string },
): Spawned {
  const out = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ['ignore', out, out],
    detached: options.detached ?? false,
  });
  fs.closeSync(out);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  child.on('error', (err) => {
    exit = { code: -1, signal: null };
    fs.appendFileSync(options.logFile, `\nspawn ${command} failed: ${err.message}\n`);
  });
  if (options.detached) child.unref();
  if (child.pid === undefined) {
    throw new Error(`cannot start ${command}: ${tail(options.logFile, 5)}`);
  }
  return { child, pid: child.pid, exited: () => exit };
}

/**
 * Polls `ready` until it resolves true; fails loudly with the log tail if
 * the process exits first or the deadline passes.
 */
export async function waitReady(
  name: string,
  spawned: Spawned,
  logFile: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exit = spawned.exited();
    if (exit || !isAlive(spawned.pid)) {
      const how = exit ? `code ${exit.code}, signal ${exit.signal}` : 'gone';
      throw new Error(`${name} exited before it was ready (${how}). Log tail:\n${tail(logFile)}`);
    }
    if (await ready().catch(() => false)) return;
    await sleep(50);
  }
  await stopPid(spawned.pid, 2000);
  throw new Error(`${name} not ready within ${timeoutMs} ms. Log tail:\n${tail(logFile)}`);
}

/** True when something accepts TCP connections at host:port and, if given, greets with `prefix`. */
export function probeTcp(
  host: string,
  port: number,
  prefix?: string,
  timeoutMs = 1000,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.on('error', () => finish(false));
    socket.on('connect', () => {
      if (!prefix) finish(true);
    });
    let buf = '';
    socket.on('data', (chunk) => {
      buf += chunk.toString('latin1');
      if (buf.length >= prefix!.length) finish(buf.startsWith(prefix!));
    });
  });
}

/** Finds an executable on PATH or in the sbin folders Debian puts servers in. */
export function which(name: string): string | null {
  const dirs = (process.env.PATH ?? '')
    .split(':')
    .concat(['/usr/sbin', '/sbin', '/usr/local/sbin']);
  for (const dir of dirs) {
    const candidate = `${dir}/${name}`;
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}
