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

/** utime and stime of one process, microseconds; zeros when it is gone. */
export function cpuTimes(pid: number): { user: number; system: number } {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ..."; comm may hold spaces: count from the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const micros = (ticks: string | undefined) => (Number(ticks) / clockTicks()) * 1e6;
    return { user: micros(fields[11]), system: micros(fields[12]) };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** CPU spent by groups of processes between start() and stop(), microseconds a group. */
export class CpuMeter {
  private before = new Map<number, { user: number; system: number }>();
  /** Of what stop() returned, the part spent in the kernel (system calls, loopback TCP), per group. */
  kernel: Record<string, number> = {};

  constructor(private readonly groups: Record<string, number[]>) {}

  start(): void {
    for (const pids of Object.values(this.groups))
      for (const pid of pids) this.before.set(pid, cpuTimes(pid));
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
    return out;
  }
}
