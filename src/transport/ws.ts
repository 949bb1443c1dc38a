import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { mintToken } from '../auth/token';
import type { Config } from '../config/schema';
import type { Catalog } from '../game/catalog';
import type { Logger } from '../log/logger';
import {
  decodeBinary,
  decodeJson,
  type Envelope,
  envelopeBytes,
  envelopeText,
} from '../protocol/messages';
import { Connection, type ConnectionHandler, type Wire } from '../session/connection';
import { bump, type WorkerCounters } from '../session/counters';
import { type ConnectionCaps, trackedHandler } from './caps';
import { guarded, rateLimitedRequests } from './http-limit';
import { IdleSweep, IdleWatched } from './idle';
import {
  acceptKey,
  CLOSE,
  closeFrame,
  FrameReader,
  type FrameSink,
  OP,
  serverFrame,
  validKey,
} from './ws-frames';
import { PACKAGE_ROOT } from '../package-root';

/**
 * The web port of a worker: `GET /` serves the browser client (built into
 * dist/web by esbuild), `/ws` upgrades to a WebSocket. A binary message is
 * one protobuf Envelope, a text message one JSON Envelope; the session
 * layer, limits and error codes are the TCP ones (a WsWire under the same
 * Connection). In development mode only, `GET /dev/token?player=N` mints a
 * login token so that a person can play at once.
 */

export interface WebTransport {
  readonly server: http.Server;
  readonly connections: Set<Connection>;
}

export interface WebTransportDeps {
  web: Config['web'];
  game: Config['game'];
  mode: Config['mode'];
  tokenSecret: string;
  handler: ConnectionHandler;
  counters: WorkerCounters;
  logger: Logger;
  clock: () => number;
  caps: ConnectionCaps;
  /** The game catalog (crops, levels): public data the page needs to offer what can be planted. */
  catalog: () => Catalog;
}

type Mode = 'binary' | 'json';

export const WEB_ROOT = path.join(PACKAGE_ROOT, 'dist', 'web');

/**
 * One WebSocket: our own framing (ws-frames.ts) straight on the socket.
 * Answers go back in the form of the request that caused them; pushes in
 * the form of the connection's first message.
 */
class WsWire extends IdleWatched implements Wire, FrameSink {
  private first: Mode | null = null;
  /**
   * The form of each request waiting for its answer, by seq (bounded by
   * maxPendingCommands); made only once a request differs from the first
   * form, so an idle player costs no map.
   */
  private forms: Map<number, Mode> | null = null;
  /** Our close frame is sent: nothing more goes out. */
  private closeSent = false;
  readonly reader: FrameReader;
  constructor(
    private readonly socket: net.Socket,
    sweep: IdleSweep,
    private readonly counters: WorkerCounters,
    maxPayload: number,
  ) {
    super(sweep);
    this.reader = new FrameReader(this, maxPayload);
  }

  // FrameSink: what the reader finds in the client's bytes.

  message(data: Buffer, binary: boolean): void {
    this.lastHeard = Date.now();
    this.counters.bytesIn += data.length;
    const result = binary ? decodeBinary(data) : decodeJson(data.toString('utf8'));
    this.noteRequest(result.ok ? (result.envelope.seq ?? 0) : 0, binary ? 'binary' : 'json');
    this.conn.received(result);
  }

  /**
   * A pong answers, within the connection's rate limit (a ping is a message
   * like any other), and unless what we sent before is still queued: a
   * client that pings and never reads gets no pong (RFC 6455 5.5.3 lets a
   * pong answer only the latest ping), not an ever longer queue.
   */
  ping(data: Buffer): void {
    this.lastHeard = Date.now();
    if (!this.conn.admit()) return;
    if (this.socket.writableLength < PONG_BACKLOG) this.send(OP.pong, data);
  }

  /** Ours answered, or one unasked: within the rate limit too. */
  pong(): void {
    this.lastHeard = Date.now();
    this.conn.admit();
  }

  /** The client closes: our close answers it (RFC 6455 5.5.1), then the socket ends. */
  closed(code: number): void {
    this.close(code === CLOSE.noStatus ? CLOSE.normal : code);
  }

  /** A breach of the protocol: its close code, then the socket ends. */
  failed(code: number): void {
    this.close(code);
  }

  /** Our close frame answers or reports, and the socket ends. */
  private close(code: number): void {
    this.sendClose(code);
    this.socket.end();
  }

  /** Our close frame, once; a peer that never answers or reads is cut 2 s later. */
  private sendClose(code: number): void {
    if (this.closeSent) return;
    this.socket.write(closeFrame(code));
    this.closeSent = true;
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  private send(opcode: number, payload: Uint8Array): number {
    if (this.closeSent || this.socket.destroyed) return 0;
    const frame = serverFrame(opcode, payload);
    this.socket.write(frame);
    return frame.length;
  }

  noteRequest(seq: number, mode: Mode): void {
    this.first ??= mode;
    if (seq === 0 || (mode === this.first && !this.forms)) return;
    this.forms ??= new Map();
    if (this.forms.size > 1024) this.forms.clear();
    this.forms.set(seq, mode);
  }

  // Wire: what the session layer sends.

  write(envelope: Envelope): number {
    const seq = envelope.seq ?? 0;
    const mode = (seq && this.forms?.get(seq)) || this.first || 'binary';
    if (seq) this.forms?.delete(seq);
    if (mode === 'json') return this.send(OP.text, Buffer.from(envelopeText(envelope)));
    return this.send(OP.binary, envelopeBytes(envelope));
  }

  get queuedBytes(): number {
    return this.socket.writableLength;
  }

  get destroyed(): boolean {
    return this.socket.destroyed;
  }

  /**
   * Our close frame after what is queued; the socket ends when the client's
   * close answers it, or after 2 s without one.
   */
  end(reason: 'done' | 'shutdown'): void {
    this.sendClose(reason === 'shutdown' ? CLOSE.serviceRestart : CLOSE.normal);
  }

  destroy(): void {
    this.reader.end();
    this.socket.destroy();
  }

  /**
   * Traffic is what the client sends (a message, a ping, or a pong to our
   * ping); a socket timeout would count our own pings. The sweep pings a
   * connection still within its timeout.
   */
  protected override awake(): void {
    this.send(OP.ping, EMPTY);
  }

  /** The socket is gone. */
  gone(): void {
    this.reader.end();
    this.unwatch();
    this.conn.peerClosed();
  }
}

/**
 * The web port's sockets not yet upgraded to a WebSocket, each destroyed
 * once it has been open for `ms`: one timer for all of them (checking every
 * quarter of `ms`), not one a socket, and nothing kept once upgraded.
 */
class UpgradeDeadlines {
  /** Socket -> accepted at, ms; in accept order. */
  private readonly since = new Map<net.Socket, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly ms: number) {
    this.timer = setInterval(() => this.sweep(), Math.max(50, Math.floor(ms / 4)));
    this.timer.unref();
  }

  add(socket: net.Socket): void {
    this.since.set(socket, Date.now());
  }

  forget(socket: net.Socket): void {
    this.since.delete(socket);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [socket, at] of this.since) {
      // In accept order: the first one still within its time ends the sweep.
      if (now - at < this.ms) return;
      this.since.delete(socket);
      socket.destroy();
    }
  }
}

const EMPTY = Buffer.alloc(0);
/** Bytes queued for a client past which its pings go unanswered. */
const PONG_BACKLOG = 16 * 1024;

export function createWebTransport(deps: WebTransportDeps): WebTransport {
  const { counters, caps } = deps;
  const connections = new Set<Connection>();
  const files = loadStatic(deps.logger);
  // Each page request takes a token of the connection's rate limit, like a
  // game message: over keep-alive a client could otherwise have the worker
  // answer as fast as it pipelines.
  const server = http.createServer(
    rateLimitedRequests(
      guarded((req, res) => serveHttp(req, res, deps, files), deps.logger),
      {
        perSecond: deps.game.rateLimitPerSecond,
        burst: deps.game.rateLimitBurst,
        clock: deps.clock,
        refused: () => bump(counters.errors, 'RATE_LIMITED'),
      },
    ),
  );
  // Pings every connection and checks its idleness, from one timer.
  const sweep = new IdleSweep(deps.game.idleTimeoutMs);
  // The caps count the port's sockets from their accept; a socket releases
  // its slot as it closes, or its WebSocket connection does.
  const handler = trackedHandler(
    deps.handler,
    (c) => {
      caps.release(c.address);
      counters.connections--;
      counters.wsConnections--;
    },
    connections,
  );
  // Every socket counts against the caps from its accept, whatever it
  // turns out to be: one that never sends a byte costs as much as a player.
  // And one that is not a WebSocket by the login deadline is cut: Node's
  // HTTP server never closes a socket that sends nothing, and a half-sent
  // request only at its check every 30 s.
  const unupgraded = new UpgradeDeadlines(deps.game.loginTimeoutMs);
  // One function for every socket not upgraded. The address was read at
  // accept, which caches it on the socket.
  function closed(this: net.Socket): void {
    unupgraded.forget(this);
    caps.release(this.remoteAddress ?? 'unknown');
  }
  server.on('connection', (socket: net.Socket) => {
    if (!caps.acquire(socket.remoteAddress ?? 'unknown')) {
      counters.refusedConnections++;
      // Written at once (a fresh socket's first bytes), then no HTTP is read from it.
      socket.on('error', ignore);
      socket.end(statusResponse('503 Service Unavailable'));
      socket.destroy();
      return;
    }
    unupgraded.add(socket);
    socket.on('close', closed);
  });
  server.on('close', () => {
    sweep.stop();
    unupgraded.stop();
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.on('error', ignore);
    const address = socket.remoteAddress ?? 'unknown';
    const refusal = upgradeRefusal(req, deps);
    if (refusal) return refuse(socket, refusal);
    // Its slot goes with the connection now: no second listener kept a player.
    unupgraded.forget(socket);
    socket.off('close', closed);
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${acceptKey(req.headers['sec-websocket-key'] as string)}\r\n\r\n`,
    );
    counters.connections++;
    counters.wsConnections++;
    counters.totalConnections++;
    connections.add(attach(socket, address, head, handler, deps, sweep));
  });
  server.on('error', (err) => deps.logger.error({ err }, 'web listener error'));
  return { server, connections };
}

/**
 * A request's target as a URL, or null when it is none: Node's HTTP parser
 * passes targets such as `//` or `//x:99999` that the URL parser refuses
 * with a throw, which in a request listener would kill the worker.
 */
export function targetOf(req: http.IncomingMessage): URL | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return null;
  try {
    return new URL(target, 'http://x');
  } catch {
    return null;
  }
}

/** Why an upgrade request is refused (its status line), or null to accept it. */
function upgradeRefusal(req: http.IncomingMessage, deps: WebTransportDeps): string | null {
  const url = targetOf(req);
  if (!url) return '400 Bad Request';
  if (url.pathname !== '/ws') return '404 Not Found';
  if (req.method !== 'GET') return '405 Method Not Allowed';
  if (String(req.headers.upgrade).toLowerCase() !== 'websocket') return '400 Bad Request';
  if (!validKey(req.headers['sec-websocket-key'])) return '400 Bad Request';
  if (req.headers['sec-websocket-version'] !== '13') return '426 Upgrade Required';
  if (!originAllowed(req, deps)) return '403 Forbidden';
  return null;
}

function attach(
  socket: net.Socket,
  address: string,
  head: Buffer,
  handler: ConnectionHandler,
  deps: WebTransportDeps,
  sweep: IdleSweep,
): Connection {
  const wire = new WsWire(socket, sweep, deps.counters, deps.game.maxFrameBytes);
  wire.conn = new Connection(
    wire,
    address,
    deps.game,
    handler,
    deps.counters,
    deps.clock,
    deps.logger,
  );
  socket.setTimeout(0);
  socket.setNoDelay(true);
  socket.on('data', (chunk: Buffer) => {
    try {
      wire.reader.push(chunk);
    } catch (err) {
      wire.conn.crashed(err, 'decoding');
    }
  });
  // The web server's sockets are half-open capable: a client's FIN ends ours too.
  socket.on('end', endSocket);
  socket.on('close', () => wire.gone());
  if (head.length > 0) wire.reader.push(head);
  return wire.conn;
}

/** The Origin allow-list: a browser page elsewhere must not drive a player's session. */
function originAllowed(req: http.IncomingMessage, deps: WebTransportDeps): boolean {
  const origin = req.headers.origin;
  // Not a browser (bots, tools): an Origin would be whatever they chose anyway.
  if (origin === undefined) return true;
  const listed = (deps.web.allowedOrigins ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (listed.includes(origin)) return true;
  const host = req.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  if (deps.mode !== 'development') return false;
  try {
    const h = new URL(origin).hostname;
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]';
  } catch {
    return false;
  }
}

/** One handler for every WebSocket's errors (the close that follows does the work). */
function ignore(): void {}

function endSocket(this: net.Socket): void {
  this.end();
}

/** A bodiless HTTP answer with `status` that closes the connection. */
function statusResponse(status: string): string {
  const version = status.startsWith('426') ? 'Sec-WebSocket-Version: 13\r\n' : '';
  return `HTTP/1.1 ${status}\r\n${version}Connection: close\r\nContent-Length: 0\r\n\r\n`;
}

/** An HTTP error status, then the socket ends (cut 1 s later if the client holds it). */
function refuse(socket: net.Socket, status: string): void {
  socket.end(statusResponse(status));
  setTimeout(() => socket.destroy(), 1000).unref();
}

interface StaticFile {
  type: string;
  body: Buffer;
  /** The same, gzipped once at start (the bundle is mostly generated protobuf code). */
  gzip: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The built client, read once at start (a few KiB). */
function loadStatic(logger: Logger): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of ['index.html', 'app.js', 'style.css']) {
    try {
      const body = fs.readFileSync(path.join(WEB_ROOT, name));
      files.set(`/${name}`, { type: TYPES[path.extname(name)]!, body, gzip: zlib.gzipSync(body) });
    } catch {
      logger.warn({ file: name, root: WEB_ROOT }, 'web client file missing (run npm run build)');
    }
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}

const HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'",
};

function serveHttp(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: WebTransportDeps,
  files: Map<string, StaticFile>,
): void {
  const url = targetOf(req);
  if (!url) return reply(res, 400, 'bad request target');
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'method not allowed');
  if (url.pathname === '/dev/token' && deps.mode === 'development') {
    const player = Number(url.searchParams.get('player'));
    if (!Number.isSafeInteger(player) || player < 1)
      return reply(res, 400, 'player must be 1..2^53-1');
    const token = mintToken(deps.tokenSecret, player, Math.floor(deps.clock() / 1000) + 86400);
    res.writeHead(200, { ...HEADERS, 'Content-Type': 'application/json' });
    return void res.end(JSON.stringify({ token }));
  }
  if (url.pathname === '/catalog.json') {
    const { crops, levels, plots } = deps.catalog();
    res.writeHead(200, { ...HEADERS, 'Content-Type': 'application/json' });
    return void res.end(JSON.stringify({ crops, levels, plots }));
  }
  const file = files.get(url.pathname);
  if (!file) return reply(res, 404, 'not found');
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip : file.body;
  res.writeHead(200, {
    ...HEADERS,
    'Content-Type': file.type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function reply(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}
