import type http from 'node:http';
import type net from 'node:net';
import type { Logger } from '../log/logger';
import { TokenBucket } from '../session/limits';

export interface RequestLimit {
  /** Requests a connection may make a second on average, and at once. */
  perSecond: number;
  burst: number;
  clock: () => number;
  /** A connection went past the limit (once for each such connection). */
  refused?: () => void;
}

/** After a refusal, how long and how much of a client's input is read and dropped at most. */
const LINGER_MS = 2000;
const LINGER_BYTES = 1024 * 1024;
const TOO_MANY = 'too many requests\n';

/**
 * An HTTP request listener whose connections each have a token bucket: one
 * past it gets `429`, and its connection is closed once that is sent. Over
 * keep-alive a client could otherwise have the server answer as fast as it
 * pipelines. A bucket only for sockets that make requests (not for the web
 * port's upgraded ones); null once a socket has been refused.
 */
export function rateLimitedRequests(
  listener: http.RequestListener,
  limit: RequestLimit,
): http.RequestListener {
  const buckets = new WeakMap<net.Socket, TokenBucket | null>();
  return (req, res) => {
    const socket = req.socket;
    const now = limit.clock();
    let bucket = buckets.get(socket);
    if (bucket === undefined) {
      bucket = new TokenBucket(limit.perSecond, limit.burst, now);
      buckets.set(socket, bucket);
    }
    if (bucket?.take(now)) return listener(req, res);
    // Requests pipelined after the refusal: parsed already, never answered.
    if (bucket === null) return;
    buckets.set(socket, null);
    limit.refused?.();
    // No `Connection: close`: with it Node destroys the socket as soon as
    // the 429 is out, most often with the client's pipelined requests still
    // unread, and the kernel then resets the connection, which can discard
    // the 429 (and answers before it) before the client has read them.
    res.writeHead(429, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': TOO_MANY.length,
    });
    // Once it is out; on the next turn, so that the parser is let go of
    // outside the read that parsed the requests.
    res.end(TOO_MANY, () => setImmediate(linger, socket));
  };
}

/**
 * Closes a refused connection the way that lets the client read what it was
 * sent (a lingering close): the end of our side at once, then the client's
 * input read and dropped until it ends its side too, for at most LINGER_MS
 * and LINGER_BYTES, then the socket is destroyed. Node's HTTP parser lets go
 * of a socket given a 'data' listener of its own, so nothing more is parsed.
 */
function linger(socket: net.Socket): void {
  if (socket.destroyed) return;
  socket.removeAllListeners('data');
  const start = socket.bytesRead;
  socket.on('data', () => {
    if (socket.bytesRead - start > LINGER_BYTES) socket.destroy();
  });
  socket.on('end', () => socket.destroy());
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  socket.once('close', () => clearTimeout(timer));
  socket.resume();
  socket.end();
}

/**
 * A request listener whose throw is logged and answered with 500: in Node's
 * HTTP server it would be an uncaught exception, and the process (a worker
 * with every player on it, or the master) would end.
 */
export function guarded(listener: http.RequestListener, logger: Logger): http.RequestListener {
  return (req, res) => {
    try {
      listener(req, res);
    } catch (err) {
      logger.error({ err, target: req.url?.slice(0, 200) }, 'HTTP request failed');
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end('internal error\n');
    }
  };
}
