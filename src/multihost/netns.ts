import { execFileSync } from 'node:child_process';
import { spawnServer } from '../devstack/process';

/**
 * Throwaway hosts for scripts/multihost: one network namespace per host,
 * each with a veth pair into a switch namespace that holds a bridge. The
 * addresses exist only inside these namespaces; nothing is added to the
 * machine's own namespace, and every namespace and process is removed at
 * the end by pid, never by name.
 */

export const SUBNET = '10.213.0';
export const HOSTS = { t1: 11, t2: 12, db: 13, g1: 21, g2: 22, play: 30 } as const;
export type HostName = keyof typeof HOSTS;
export const ALL_HOSTS = Object.keys(HOSTS) as HostName[];

export const ip = (host: HostName) => `${SUBNET}.${HOSTS[host]}`;

export interface Topology {
  runId: string;
  ns: (host: HostName) => string;
  switchNs: string;
  /** The switch's end of a host's link: down cuts the host off from everyone. */
  switchPort: (host: HostName) => string;
}

function run(args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function topology(runId: string): Topology {
  return {
    runId,
    ns: (host) => `gsmh-${runId}-${host}`,
    switchNs: `gsmh-${runId}-sw`,
    switchPort: (host) => `mh${runId}${ALL_HOSTS.indexOf(host)}s`,
  };
}

/** Creates the switch and every host, each with its address, lo up. */
export function createHosts(t: Topology): void {
  run(['netns', 'add', t.switchNs]);
  run(['-n', t.switchNs, 'link', 'set', 'lo', 'up']);
  run(['-n', t.switchNs, 'link', 'add', 'br0', 'type', 'bridge']);
  run(['-n', t.switchNs, 'link', 'set', 'br0', 'up']);
  ALL_HOSTS.forEach((host, i) => {
    const ns = t.ns(host);
    const side = `mh${t.runId}${i}h`;
    run(['netns', 'add', ns]);
    // Both ends are created directly inside their namespaces.
    run([
      'link',
      'add',
      'name',
      side,
      'netns',
      ns,
      'type',
      'veth',
      'peer',
      'name',
      t.switchPort(host),
      'netns',
      t.switchNs,
    ]);
    run(['-n', ns, 'addr', 'add', `${ip(host)}/24`, 'dev', side]);
    run(['-n', ns, 'link', 'set', side, 'up']);
    run(['-n', ns, 'link', 'set', 'lo', 'up']);
    run(['-n', t.switchNs, 'link', 'set', t.switchPort(host), 'master', 'br0']);
    run(['-n', t.switchNs, 'link', 'set', t.switchPort(host), 'up']);
  });
}

export function setLink(t: Topology, host: HostName, up: boolean): void {
  run(['-n', t.switchNs, 'link', 'set', t.switchPort(host), up ? 'up' : 'down']);
}

/** Kills every process left in our namespaces (by pid) and deletes them. */
export function removeHosts(t: Topology): void {
  for (const ns of [...ALL_HOSTS.map(t.ns), t.switchNs]) {
    let pids: string[];
    try {
      pids = execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' })
        .split(/\s+/)
        .filter(Boolean);
    } catch {
      continue; // never created
    }
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    try {
      run(['netns', 'del', ns]);
    } catch {
      // best effort; reported by the caller's check
    }
  }
}

/** Namespaces of this run still present (none after removeHosts). */
export function leftovers(t: Topology): string[] {
  const ours = new Set([...ALL_HOSTS.map(t.ns), t.switchNs]);
  const listed = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  return listed
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => ours.has(n));
}

export interface HostProcess {
  name: string;
  host: HostName;
  pid: number;
}

/**
 * Runs a command on a host, in its own process group (so a host's role and
 * its children are signalled together by pid), output to a log file.
 */
export function spawnOn(
  t: Topology,
  host: HostName,
  name: string,
  command: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): HostProcess {
  const { pid } = spawnServer('ip', ['netns', 'exec', t.ns(host), ...command], {
    env,
    logFile,
    detached: true,
  });
  return { name, host, pid };
}
