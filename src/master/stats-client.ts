import net from 'node:net';
import { StatsRefusedError } from '../errors';

/**
 * Asks a master's stats port (memcached text protocol) and parses the
 * `STAT name value` lines. Rejects on `ERROR` (an unknown command), a
 * silent port or a refused connection.
 */
export function queryStats(
  port: number,
  command = 'stats',
  host = '127.0.0.1',
  timeoutMs = 5000,
): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let text = '';
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`the stats port ${host}:${port} did not answer`));
    });
    socket.on('error', (err: Error & { code?: string }) => {
      const e = new Error(`cannot reach the stats port ${host}:${port}: ${err.message}`);
      reject(Object.assign(e, { code: err.code }));
    });
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
      if (text.endsWith('ERROR\r\n')) {
        socket.end('quit\r\n');
        reject(new StatsRefusedError(`the stats port refused "${command}"`));
      } else if (text.endsWith('END\r\n')) {
        socket.end('quit\r\n');
        const out = new Map<string, string>();
        for (const line of text.split('\r\n')) {
          const m = /^STAT (\S+) (.*)$/.exec(line);
          if (m) out.set(m[1]!, m[2]!);
        }
        resolve(out);
      }
    });
  });
}
