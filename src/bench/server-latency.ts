/**
 * The server's own share of a command's latency, from the workers'
 * histogram `gameserver_command_duration_seconds` (from a command leaving
 * its connection's queue to its answer) on the master's /metrics: what the
 * bots measure includes their own event loop, which stalls under load.
 */

const COMMANDS = 'gameserver_command_duration_seconds';

/**
 * Cumulative counts by bucket upper bound (seconds; Infinity for +Inf) of
 * one histogram, summed over its series (or only those whose labels hold
 * `label`, e.g. 'command="plant"').
 */
export function parseBuckets(text: string, metric: string, label = ''): Map<number, number> {
  const out = new Map<number, number>();
  const prefix = `${metric}_bucket{`;
  for (const line of text.split('\n')) {
    if (!line.startsWith(prefix) || !line.includes(label)) continue;
    const le = /le="([^"]+)"/.exec(line)?.[1];
    const count = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (le === undefined || !Number.isFinite(count)) continue;
    const bound = le === '+Inf' ? Infinity : Number(le);
    out.set(bound, (out.get(bound) ?? 0) + count);
  }
  return out;
}

/** The sum (seconds) of a histogram's series whose labels hold `label`. */
function parseSum(text: string, metric: string, label = ''): number {
  let total = 0;
  const prefix = `${metric}_sum{`;
  for (const line of text.split('\n')) {
    if (!line.startsWith(prefix) || !line.includes(label)) continue;
    const v = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(v)) total += v;
  }
  return total;
}

/** One kind of the workers' GC pauses: counts by bound, and their total in seconds. */
export interface Pauses {
  buckets: Map<number, number>;
  seconds: number;
}

const GC = 'gameserver_gc_pause_seconds';

/** The workers' GC pauses of one kind (`minor`, `major`) in a scrape of /metrics. */
export function workerPauses(text: string, kind: string): Pauses {
  const label = `role="worker",kind="${kind}"`;
  return { buckets: parseBuckets(text, GC, label), seconds: parseSum(text, GC, label) };
}

/** The workers' commands, summed over command types. */
export const parseCommandBuckets = (text: string) => parseBuckets(text, COMMANDS);

/** The workers' commands and their gs.save_batch calls, read from the master's /metrics. */
export async function serverBuckets(adminPort: number) {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  return {
    commands: parseCommandBuckets(text),
    saveBatches: parseBuckets(
      text,
      'gameserver_tarantool_call_duration_seconds',
      'procedure="gs.save_batch"',
    ),
    scavenges: workerPauses(text, 'minor'),
    fullCollections: workerPauses(text, 'major'),
  };
}

/**
 * The q-quantile (seconds) of the commands counted between two readings,
 * interpolated linearly inside its bucket; NaN when none were counted, the
 * last finite bound when it falls in +Inf.
 */
export function quantileBetween(
  before: Map<number, number>,
  after: Map<number, number>,
  q: number,
): number {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((b) => (after.get(b) ?? 0) - (before.get(b) ?? 0));
  const total = counts[counts.length - 1] ?? 0;
  if (total <= 0) return NaN;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (let i = 0; i < bounds.length; i++) {
    const upper = bounds[i]!;
    const n = counts[i]!;
    if (n >= rank) {
      if (upper === Infinity) return lower;
      return lower + ((upper - lower) * (rank - below)) / Math.max(1, n - below);
    }
    lower = upper;
    below = n;
  }
  return lower;
}

/**
 * The pauses counted between two readings: how many, their total (ms) and
 * how many were longer than `longerThan` seconds (a bucket bound).
 */
export function pausesBetween(before: Pauses, after: Pauses, longerThan: number) {
  const at = (p: Pauses, bound: number) => p.buckets.get(bound) ?? 0;
  const count = at(after, Infinity) - at(before, Infinity);
  const short = at(after, longerThan) - at(before, longerThan);
  return { count, ms: (after.seconds - before.seconds) * 1000, longer: count - short };
}
