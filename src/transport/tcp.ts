import net from 'node:net';
import type { Config } from '../config/schema';
import type { Logger } from '../log/logger';
import { encodeBinary, encodeJson } from '../protocol/messages';
import { modeOf } from '../protocol/stream';
import { Connection, type ConnectionHandler } from '../session/connection';
import type { WorkerCounters } from '../session/counters';
import { AddressCounter } from '../session/limits';

/**
 * The TCP transport: accepts sockets on the game port, enforces the
 * connection caps (total and per address) and hands each accepted socket
 * to a Connection (bytes in, Envelopes out, the per-connection limits). A
 * refused socket is answered TOO_MANY_CONNECTIONS in its own framing.
 */

export interface TcpTransport {
  readonly server: net.Server;
  /** The live connections (for shutdown notices and the drain). */
  readonly connections: Set<Connection>;
}

export interface TcpTransportDeps {
  game: Config['game'];
  handler: ConnectionHandler;
  counters: WorkerCounters;
  logger: Logger;
  clock: () => number;
}

export function createTcpTransport(deps: TcpTransportDeps): TcpTransport {
  const { game, counters } = deps;
  const connections = new Set<Connection>();
  const perAddress = new AddressCounter(game.maxConnectionsPerIp);
  const server = net.createServer({ noDelay: true }, (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (connections.size >= game.maxConnections || !perAddress.acquire(address)) {
      counters.refusedConnections++;
      refuse(socket);
      return;
    }
    counters.connections++;
    counters.totalConnections++;
    const handler: ConnectionHandler = {
      handle: (c, env) => deps.handler.handle(c, env),
      closed: (c) => {
        connections.delete(c);
        perAddress.release(address);
        counters.connections--;
        deps.handler.closed(c);
      },
    };
    connections.add(
      new Connection(socket, address, game, handler, counters, deps.clock, deps.logger),
    );
  });
  server.on('error', (err) => deps.logger.error({ err }, 'game listener error'));
  return { server, connections };
}

/** Answers in the client's own framing (its first byte tells), then closes. */
function refuse(socket: net.Socket): void {
  socket.on('error', () => undefined);
  socket.once('data', (chunk: Buffer) => {
    const env = {
      seq: 0,
      error: { code: 'TOO_MANY_CONNECTIONS', message: 'try again later', retryable: true },
    };
    socket.end(modeOf(chunk[0]) === 'json' ? encodeJson(env) : encodeBinary(env));
  });
  setTimeout(() => socket.destroy(), 1000).unref();
}
