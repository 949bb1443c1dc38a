import http from 'node:http';
import type { Logger } from '../log/logger';
import { guarded, rateLimitedRequests } from '../transport/http-limit';

/**
 * The master's HTTP port for load balancers and orchestration:
 *
 * - `GET /healthz`: 200 while some worker serves and Tarantool answers;
 *   503 with a one-line reason otherwise.
 * - `GET /readyz`: 200 once the master runs; 503 while it starts or stops.
 * - `GET /metrics`: Prometheus text format, from memory (metrics.ts).
 *
 * Anything else is 404 (405 for another method). Requests are tiny and
 * answered from memory, with short timeouts: a slow client holds nothing.
 */

export type Verdict = { ok: true } | { ok: false; reason: string };

export interface AdminSource {
  health(): Verdict;
  ready(): Verdict;
  /** The Prometheus exposition (none: /metrics is 404). */
  metrics?: { text(): Promise<string>; type: string };
}

/**
 * Requests a connection may make a second (and at once): a load balancer or
 * Prometheus asks a few times a second at most; past this a connection is
 * answered 429 and closed. With the connection cap (`admin.maxConnections`)
 * it bounds what the port can cost the master.
 */
export const ADMIN_REQUESTS_PER_SECOND = 20;

export function createAdminServer(
  source: AdminSource,
  logger: Logger,
  timeoutMs = 5000,
): http.Server {
  const server = http.createServer(
    rateLimitedRequests(guarded(routes(source, logger), logger), {
      perSecond: ADMIN_REQUESTS_PER_SECOND,
      burst: ADMIN_REQUESTS_PER_SECOND,
      clock: Date.now,
    }),
  );
  server.requestTimeout = timeoutMs;
  server.headersTimeout = timeoutMs;
  server.keepAliveTimeout = timeoutMs;
  // The two above are checked every 30 s and never close a socket that
  // sends nothing at all; an inactivity timeout does (the socket is
  // destroyed, nobody listening for 'timeout').
  server.timeout = timeoutMs;
  server.on('clientError', (_err, socket) => socket.destroy());
  server.on('error', (err) => logger.error({ err }, 'admin listener error'));
  return server;
}

function routes(source: AdminSource, logger: Logger): http.RequestListener {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/metrics' && source.metrics) return void serveMetrics(req, res, source, logger);
    const check = path === '/healthz' ? source.health : path === '/readyz' ? source.ready : null;
    if (!check) return reply(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'GET only');
    const v = check();
    reply(res, v.ok ? 200 : 503, v.ok ? 'ok' : v.reason);
  };
}

async function serveMetrics(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  source: AdminSource,
  logger: Logger,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'GET only');
  try {
    const body = await source.metrics!.text();
    res.writeHead(200, { 'content-type': source.metrics!.type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (err) {
    logger.error({ err }, 'metrics failed');
    reply(res, 500, 'internal error');
  }
}

function reply(res: http.ServerResponse, status: number, line: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(`${line}\n`);
}
