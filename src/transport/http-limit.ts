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
    // Node ends the socket once the 429 is out (its `Connection: close`),
    // after the answers queued before it and before those never given.
    if (bucket === null) return;
    buckets.set(socket, null);
    limit.refused?.();
    res.writeHead(429, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
    res.end('too many requests\n');
  };
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
