import net from 'node:net';
import type { Logger } from '../log/logger';
import { formatStats, LineSplitter, parseCommand } from './memcached';

/** What the stats port reads from the master. */
export interface StatsSource {
  stats(): Array<[string, string | number]>;
  group(name: string): Array<[string, string | number]> | null;
  reset(): void;
  version: string;
}

/**
 * The monitoring port: memcached's text protocol on 127.0.0.1 by default,
 * so `echo stats | nc 127.0.0.1 11311` and memcached's tools read it.
 */
export function createStatsServer(source: StatsSource, logger: Logger): net.Server {
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.setTimeout(60000, () => socket.destroy());
    socket.on('error', () => undefined);
    const splitter = new LineSplitter();
    socket.on('data', (chunk: string) => {
      const lines = splitter.push(chunk);
      if (lines === null) {
        socket.end('CLIENT_ERROR line too long\r\n');
        return;
      }
      for (const line of lines) {
        if (line.trim() === '') continue;
        const cmd = parseCommand(line);
        switch (cmd.kind) {
          case 'stats': {
            const rows = cmd.group === null ? source.stats() : source.group(cmd.group);
            socket.write(rows === null ? 'ERROR\r\n' : formatStats(rows));
            break;
          }
          case 'reset':
            source.reset();
            socket.write('RESET\r\n');
            break;
          case 'version':
            socket.write(`VERSION ${source.version}\r\n`);
            break;
          case 'quit':
            socket.end();
            return;
          case 'error':
            socket.write('ERROR\r\n');
            break;
        }
      }
    });
  });
  server.on('error', (err) => logger.error({ err }, 'stats listener error'));
  return server;
}
