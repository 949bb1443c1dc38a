import net from 'node:net';
import type { Logger } from '../log/logger';
import { TokenBucket } from '../session/limits';
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
/**
 * The memcached release whose text protocol the stats port follows.
 * libmemcached (memcstat and the other memcached tools) parses `VERSION`
 * as major.minor.micro and refuses a major version of 0
 * (libmemcached/response.cc: "strtol() failed to parse major version"), so
 * the line starts with this, then names us: `VERSION 1.6.0 gameserver-0.1.0`.
 * Our own version stays as it is in `stats` (`version`).
 */
export const MEMCACHED_PROTOCOL_VERSION = '1.6.0';

export function versionLine(ours: string): string {
  return `${MEMCACHED_PROTOCOL_VERSION} gameserver-${ours.replace(/\s+/g, '_')}`;
}

/** A client that lets this much of our output pile up unread is dropped. */
const MAX_UNREAD_BYTES = 1 << 20;

/**
 * Commands a connection may send a second (and at once): monitoring asks a
 * few times a minute, so a client past this is looping, and is answered
 * `SERVER_ERROR rate limited` and dropped. With the connection cap
 * (`stats.maxConnections`) it bounds what the port can cost the master.
 */
export const STATS_COMMANDS_PER_SECOND = 20;

/** The stats port's listener; `closeAllConnections` drops its clients (as http.Server's does). */
export type StatsServer = net.Server & { closeAllConnections(): void };

export function createStatsServer(source: StatsSource, logger: Logger): StatsServer {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    socket.setTimeout(60000, () => socket.destroy());
    socket.on('error', () => undefined);
    const splitter = new LineSplitter();
    const limit = new TokenBucket(
      STATS_COMMANDS_PER_SECOND,
      STATS_COMMANDS_PER_SECOND,
      performance.now(),
    );
    socket.on('data', (chunk: string) => {
      // The error boundary of the master's only network input: a bug here
      // drops this one client, never the master.
      try {
        answer(socket, splitter.push(chunk), source, limit);
      } catch (err) {
        logger.error({ err, address: socket.remoteAddress }, 'stats client failed; closing it');
        socket.destroy();
      }
    });
  });
  server.on('error', (err) => logger.error({ err }, 'stats listener error'));
  return Object.assign(server, {
    closeAllConnections() {
      for (const socket of sockets) socket.destroy();
    },
  });
}

function answer(
  socket: net.Socket,
  lines: string[] | null,
  source: StatsSource,
  limit: TokenBucket,
): void {
  if (lines === null) {
    socket.end('CLIENT_ERROR line too long\r\n');
    return;
  }
  for (const line of lines) {
    // Many commands in one chunk from a client that does not read must not
    // make the master buffer their answers without bound.
    if (socket.writableLength > MAX_UNREAD_BYTES) {
      socket.destroy();
      return;
    }
    if (line.trim() === '') continue;
    if (!limit.take(performance.now())) {
      socket.end('SERVER_ERROR rate limited\r\n');
      socket.destroySoon();
      return;
    }
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
        socket.write(`VERSION ${versionLine(source.version)}\r\n`);
        break;
      case 'quit':
        socket.end();
        return;
      case 'error':
        socket.write('ERROR\r\n');
        break;
    }
  }
}
