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

/** utime + stime of one process, microseconds; 0 when it is gone. */
export function cpuMicros(pid: number): number {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ..."; comm may hold spaces: count from the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks / clockTicks()) * 1e6;
  } catch {
    return 0;
  }
}

/** CPU spent by groups of processes between start() and stop(), microseconds a group. */
export class CpuMeter {
  private before = new Map<number, number>();

  constructor(private readonly groups: Record<string, number[]>) {}

  start(): void {
    for (const pids of Object.values(this.groups))
      for (const pid of pids) this.before.set(pid, cpuMicros(pid));
  }

  stop(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [group, pids] of Object.entries(this.groups))
      out[group] = pids.reduce((a, pid) => a + cpuMicros(pid) - (this.before.get(pid) ?? 0), 0);
    return out;
  }
}
