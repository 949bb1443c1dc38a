import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
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
import type { WorkerCounters } from '../session/counters';
import { type ConnectionCaps, trackedHandler } from './caps';

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

/** WebSocket close codes: normal, and "service restart" (the worker stops; reconnect). */
const NORMAL = 1000;
const SERVICE_RESTART = 1012;

export const WEB_ROOT = path.resolve(__dirname, '../../web');

type Mode = 'binary' | 'json';

/**
 * One WebSocket. Answers go back in the form of the request that caused
 * them; pushes in the form of the connection's first message.
 */
class WsWire implements Wire {
  private first: Mode | null = null;
  /**
   * The form of each request waiting for its answer, by seq (bounded by
   * maxPendingCommands); made only once a request differs from the first
   * form, so an idle player costs no map.
   */
  private forms: Map<number, Mode> | null = null;

  constructor(
    private readonly ws: WebSocket,
    private readonly pinged: Set<WsWire>,
  ) {}

  noteRequest(seq: number, mode: Mode): void {
    this.first ??= mode;
    if (seq === 0 || (mode === this.first && !this.forms)) return;
    this.forms ??= new Map();
    if (this.forms.size > 1024) this.forms.clear();
    this.forms.set(seq, mode);
  }

  write(envelope: Envelope): number {
    const seq = envelope.seq ?? 0;
    const mode = (seq && this.forms?.get(seq)) || this.first || 'binary';
    if (seq) this.forms?.delete(seq);
    const data = mode === 'json' ? envelopeText(envelope) : envelopeBytes(envelope);
    this.ws.send(data, { binary: mode === 'binary' });
    return data.length;
  }

  get queuedBytes(): number {
    return this.ws.bufferedAmount;
  }

  get destroyed(): boolean {
    return this.ws.readyState === WebSocket.CLOSED;
  }

  end(reason: 'done' | 'shutdown'): void {
    this.ws.close(reason === 'shutdown' ? SERVICE_RESTART : NORMAL);
    // A peer that never answers the close handshake is cut.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  destroy(): void {
    this.ws.terminate();
  }

  /** When the peer last sent anything (a message or a pong), ms. */
  private lastHeard = Date.now();
  private idle: { ms: number; onIdle: () => void } | null = null;

  heard(): void {
    this.lastHeard = Date.now();
  }

  /**
   * Traffic is what the peer sends: a message, or a pong to our ping. (A
   * socket timeout would count our own pings as traffic.) One timer for the
   * whole transport pings every connection and checks this.
   */
  idleAfter(ms: number, onIdle: () => void): void {
    this.idle = { ms, onIdle };
    this.lastHeard = Date.now();
    this.pinged.add(this);
    this.ws.once('close', () => this.pinged.delete(this));
  }

  /** The transport's timer: idle past the timeout ends it, otherwise a ping. */
  tick(now: number): void {
    if (this.idle && now - this.lastHeard > this.idle.ms) return this.idle.onIdle();
    if (this.ws.readyState === WebSocket.OPEN) this.ws.ping();
  }
}

export function createWebTransport(deps: WebTransportDeps): WebTransport {
  const { game, counters, caps } = deps;
  const connections = new Set<Connection>();
  const files = loadStatic(deps.logger);
  const wss = new WebSocketServer({
    WebSocket: GameSocket,
    noServer: true,
    maxPayload: game.maxFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const server = http.createServer((req, res) => serveHttp(req, res, deps, files));
  const pinged = new Set<WsWire>();
  const handler = trackedHandler(
    deps.handler,
    (c) => {
      caps.release(c.address);
      counters.connections--;
      counters.wsConnections--;
    },
    connections,
  );
  const pinger = setInterval(
    () => {
      const now = Date.now();
      for (const w of pinged) w.tick(now);
    },
    Math.max(250, Math.floor(game.idleTimeoutMs / 3)),
  );
  pinger.unref();
  server.on('close', () => clearInterval(pinger));
  server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.on('error', () => undefined);
    const address = socket.remoteAddress ?? 'unknown';
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/ws') return refuseUpgrade(socket, 404, 'Not Found');
    if (!originAllowed(req, deps)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!caps.acquire(address)) {
      counters.refusedConnections++;
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      counters.connections++;
      counters.wsConnections++;
      counters.totalConnections++;
      connections.add(attach(ws as GameSocket, socket, address, handler, deps, pinged));
    });
  });
  server.on('error', (err) => deps.logger.error({ err }, 'web listener error'));
  return { server, connections };
}

/**
 * The `ws` library's WebSocket, carrying its Wire and Connection, so that
 * one set of listener functions serves every socket (no closures per
 * player: an idle player is mostly what it costs to keep).
 */
class GameSocket extends WebSocket {
  wire!: WsWire;
  conn!: Connection;
  counters!: WorkerCounters;
}

function onPong(this: WebSocket): void {
  (this as GameSocket).wire.heard();
}

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  const ws = this as GameSocket;
  ws.wire.heard();
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  ws.counters.bytesIn += bytes.length;
  const result = isBinary ? decodeBinary(bytes) : decodeJson(bytes.toString('utf8'));
  ws.wire.noteRequest(result.ok ? (result.envelope.seq ?? 0) : 0, isBinary ? 'binary' : 'json');
  ws.conn.received(result);
}

function onClose(this: WebSocket): void {
  (this as GameSocket).conn.peerClosed();
}

function attach(
  ws: GameSocket,
  socket: net.Socket,
  address: string,
  handler: ConnectionHandler,
  deps: WebTransportDeps,
  pinged: Set<WsWire>,
): Connection {
  ws.wire = new WsWire(ws, pinged);
  ws.counters = deps.counters;
  ws.conn = new Connection(
    ws.wire,
    address,
    deps.game,
    handler,
    deps.counters,
    deps.clock,
    deps.logger,
  );
  socket.setNoDelay(true);
  ws.on('pong', onPong);
  ws.on('message', onMessage);
  // A message over maxPayload: ws closes with 1009 before buffering it.
  ws.on('error', ignore);
  ws.on('close', onClose);
  return ws.conn;
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

function refuseUpgrade(socket: net.Socket, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
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
  const url = new URL(req.url ?? '/', 'http://x');
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
