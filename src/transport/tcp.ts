import net from 'node:net';
import type { Config } from '../config/schema';
import type { Logger } from '../log/logger';
import {
  decodeBinary,
  decodeJson,
  encodeBinary,
  encodeJson,
  type Envelope,
} from '../protocol/messages';
import { modeOf, StreamDecoder } from '../protocol/stream';
import {
  Connection,
  type ConnectionHandler,
  type ConnectionLimits,
  type Wire,
} from '../session/connection';
import type { WorkerCounters } from '../session/counters';
import { type ConnectionCaps, trackedHandler } from './caps';
import { IdleSweep, IdleWatched } from './idle';

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
  /** The worker's connection caps, shared with its other transports. */
  caps: ConnectionCaps;
}

export function createTcpTransport(deps: TcpTransportDeps): TcpTransport {
  const { game, counters, caps } = deps;
  const connections = new Set<Connection>();
  const handler = trackedHandler(
    deps.handler,
    (c) => {
      caps.release(c.address);
      counters.connections--;
    },
    connections,
  );
  const sweep = new IdleSweep(game.idleTimeoutMs);
  const server = net.createServer({ noDelay: true }, (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (!caps.acquire(address)) {
      counters.refusedConnections++;
      refuse(socket);
      return;
    }
    counters.connections++;
    counters.totalConnections++;
    connections.add(
      connectionOnSocket(socket, address, game, handler, counters, deps.clock, deps.logger, sweep),
    );
  });
  server.on('close', () => sweep.stop());
  server.on('error', (err) => deps.logger.error({ err }, 'game listener error'));
  return { server, connections };
}

/** A socket's framing: 4-byte length frames, or JSON lines when the first byte is '{'. */
class TcpWire extends IdleWatched implements Wire {
  constructor(
    private readonly socket: net.Socket,
    readonly decoder: StreamDecoder,
    sweep: IdleSweep,
  ) {
    super(sweep);
  }

  write(envelope: Envelope): number {
    const bytes = this.decoder.mode === 'json' ? encodeJson(envelope) : encodeBinary(envelope);
    this.socket.write(bytes);
    return bytes.length;
  }

  get queuedBytes(): number {
    return this.socket.writableLength;
  }

  get destroyed(): boolean {
    return this.socket.destroyed;
  }

  end(): void {
    this.decoder.end();
    this.socket.end();
    // A peer that never reads would keep a half-closed socket around.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  destroy(): void {
    this.decoder.end();
    this.socket.destroy();
  }

  /** The socket is gone. */
  gone(): void {
    this.decoder.end();
    this.unwatch();
  }
}

/** One handler for every socket's errors (the close that follows does the work). */
function ignore(): void {}

/** A Connection over an accepted TCP socket (the transport's, and the unit tests'). */
export function connectionOnSocket(
  socket: net.Socket,
  address: string,
  limits: ConnectionLimits,
  handler: ConnectionHandler,
  counters: WorkerCounters,
  clock: () => number,
  logger: Logger,
  sweep: IdleSweep,
): Connection {
  const decoder = new StreamDecoder(
    {
      frame: (payload) => conn.received(decodeBinary(payload)),
      line: (text) => conn.received(decodeJson(text)),
      error: (code, message) => conn.fail(code, message),
    },
    limits.maxFrameBytes,
  );
  const wire = new TcpWire(socket, decoder, sweep);
  const conn: Connection = new Connection(wire, address, limits, handler, counters, clock, logger);
  wire.conn = conn;
  socket.setNoDelay(true);
  socket.on('data', (chunk: Buffer) => {
    counters.bytesIn += chunk.length;
    wire.lastHeard = Date.now();
    try {
      decoder.push(chunk);
    } catch (err) {
      conn.crashed(err, 'decoding');
    }
  });
  socket.on('error', ignore);
  socket.on('close', () => {
    wire.gone();
    conn.peerClosed();
  });
  return conn;
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
