/**
 * The part of memcached's text protocol the stats port speaks
 * (https://github.com/memcached/memcached/blob/master/doc/protocol.txt):
 * `stats`, `stats <group>`, `stats reset`, `version`, `quit`; anything else
 * is `ERROR`. Pure: lines in, replies out.
 */

export type StatsCommand =
  | { kind: 'stats'; group: string | null }
  | { kind: 'reset' }
  | { kind: 'version' }
  | { kind: 'quit' }
  | { kind: 'error' };

/** Longest command line accepted; a longer one closes the connection. */
export const MAX_LINE = 1024;

export function parseCommand(line: string): StatsCommand {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const [cmd, arg, extra] = words;
  if (cmd === 'stats') {
    if (arg === undefined) return { kind: 'stats', group: null };
    if (extra !== undefined) return { kind: 'error' };
    if (arg === 'reset') return { kind: 'reset' };
    return { kind: 'stats', group: arg };
  }
  if (cmd === 'version' && arg === undefined) return { kind: 'version' };
  if (cmd === 'quit' && arg === undefined) return { kind: 'quit' };
  return { kind: 'error' };
}

/** `STAT name value` lines and `END`, with CRLF as memcached writes them. */
export function formatStats(stats: Array<[string, string | number]>): string {
  let out = '';
  for (const [name, value] of stats) {
    const v = typeof value === 'number' ? formatNumber(value) : value.replace(/[\r\n\s]+/g, '_');
    out += `STAT ${name} ${v}\r\n`;
  }
  return out + 'END\r\n';
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return Number.isInteger(n) ? String(n) : n.toFixed(6);
}

/** rusage as memcached prints it: seconds.microseconds. */
export function secondsMicros(micros: number): string {
  const s = Math.floor(micros / 1e6);
  const us = Math.floor(micros % 1e6);
  return `${s}.${String(us).padStart(6, '0')}`;
}

/**
 * Splits a byte stream into command lines (`\n` or `\r\n`). Returns null
 * when a line, complete or not, is longer than MAX_LINE (the caller closes
 * the connection).
 */
export class LineSplitter {
  private pending = '';

  push(chunk: string): string[] | null {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    if (this.pending.length > MAX_LINE || lines.some((l) => l.length > MAX_LINE)) return null;
    return lines.map((l) => l.replace(/\r$/, ''));
  }
}
