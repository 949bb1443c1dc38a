import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time of processes from /proc/<pid>/stat (utime + stime), so a
 * benchmark can say what each server process spent per command over a
 * window, the way `top` would, for processes it did not start itself too.
 */

let ticksPerSecond = 0;

function clockTicks(): number {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond =
        Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The name, utime and stime (microseconds) in a /proc stat file; null when it is gone. */
function statTimes(file: string): { name: string; user: number; system: number } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid ..."; comm may hold spaces: count from the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  const micros = (ticks: string | undefined) => (Number(ticks) / clockTicks()) * 1e6;
  const name = text.slice(text.indexOf('(') + 1, close);
  return { name, user: micros(fields[11]), system: micros(fields[12]) };
}

/** utime and stime of one process, microseconds; zeros when it is gone. */
export function cpuTimes(pid: number): { user: number; system: number } {
  const t = statTimes(`/proc/${pid}/stat`);
  return t ? { user: t.user, system: t.system } : { user: 0, system: 0 };
}

/**
 * CPU of each thread of a process by thread name, microseconds (Tarantool
 * names its threads: `tarantool` is the TX thread, then `iproto`, `wal`,
 * `coio`); empty when it is gone.
 */
export function threadTimes(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const t = statTimes(`/proc/${pid}/task/${tid}/stat`);
    if (t) out.set(t.name, (out.get(t.name) ?? 0) + t.user + t.system);
  }
  return out;
}

/** CPU spent by groups of processes between start() and stop(), microseconds a group. */
export class CpuMeter {
  private before = new Map<number, { user: number; system: number }>();
  private threadsBefore = new Map<number, Map<string, number>>();
  /** Of what stop() returned, the part spent in the kernel (system calls, loopback TCP), per group. */
  kernel: Record<string, number> = {};
  /** For the groups named in `byThread`: what stop() returned, by thread name. */
  threads: Record<string, Record<string, number>> = {};

  constructor(
    private readonly groups: Record<string, number[]>,
    private readonly byThread: string[] = [],
  ) {}

  start(): void {
    for (const pids of Object.values(this.groups))
      for (const pid of pids) this.before.set(pid, cpuTimes(pid));
    for (const group of this.byThread)
      for (const pid of this.groups[group] ?? []) this.threadsBefore.set(pid, threadTimes(pid));
  }

  private stopThreads(): void {
    this.threads = {};
    for (const group of this.byThread) {
      const byName: Record<string, number> = {};
      for (const pid of this.groups[group] ?? []) {
        const was = this.threadsBefore.get(pid) ?? new Map<string, number>();
        for (const [name, micros] of threadTimes(pid))
          byName[name] = (byName[name] ?? 0) + micros - (was.get(name) ?? 0);
      }
      this.threads[group] = byName;
    }
  }

  stop(): Record<string, number> {
    const out: Record<string, number> = {};
    this.kernel = {};
    for (const [group, pids] of Object.entries(this.groups)) {
      let total = 0;
      let system = 0;
      for (const pid of pids) {
        const now = cpuTimes(pid);
        const was = this.before.get(pid) ?? { user: 0, system: 0 };
        total += now.user + now.system - was.user - was.system;
        system += now.system - was.system;
      }
      out[group] = total;
      this.kernel[group] = system;
    }
    this.stopThreads();
    return out;
  }
}

/**
 * Time the threads of a process spent runnable but waiting for a core
 * (the second field of /proc/<pid>/task/<tid>/schedstat), microseconds; 0
 * when it is gone. On a machine whose cores every process shares, this is
 * where a request's latency goes that no profile shows.
 */
export function runQueueWait(pid: number): number {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  let nanos = 0;
  for (const tid of tids) {
    try {
      nanos += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return nanos / 1000;
}

/** The machine's CPU time so far, busy and in all, from /proc/stat's first line (clock ticks). */
export function machineTicks(): { busy: number; total: number } {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
  const n = fields.map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  // idle and iowait
  return { busy: total - (n[3] ?? 0) - (n[4] ?? 0), total };
}
