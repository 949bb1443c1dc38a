import { EventEmitter } from 'node:events';
import net from 'node:net';
import {
  type Body,
  decodeBinary,
  decodeJson,
  encodeBinary,
  encodeJson,
  type Decoded,
  type Envelope,
  envelopeBytes,
  envelopeText,
} from '../protocol/messages';
import { StreamDecoder } from '../protocol/stream';
import { type RawData, WebSocket } from 'ws';

/**
 * A game client over the real protocol, on TCP or WebSocket: requests
 * matched to responses by seq, server pushes (seq 0) as 'push' events.
 * Tests, bots and anyone writing a Node client use it.
 */

export type Reply = Decoded & { body?: Body };

/**
 * Every TCP client of the process reads into this one buffer: each read is
 * decoded by its callback before the next read starts, and what a decoder
 * keeps past its callback it copies (`StreamDecoder.pushTransient`).
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

export interface ClientOptions {
  host: string;
  port: number;
  /** Binary frames (default) or JSON lines (TCP) / text messages (WebSocket). */
  mode?: 'binary' | 'json';
  /** TCP (default) or WebSocket (`ws://host:port/ws`, the workers' web port). */
  transport?: 'tcp' | 'ws';
  /** Default time a request waits for its answer. */
  timeoutMs?: number;
  maxFrameBytes?: number;
  /** WebSocket only: the Origin header to send (browsers send their page's). */
  origin?: string;
}

interface Waiting {
  onAnswer?: ((reply: Reply) => void) | undefined;
  resolve: (reply: Reply) => void;
  reject: (err: Error) => void;
  /** Date.now() after which it fails; `timeoutMs` for the message. */
  deadline: number;
  timeoutMs: number;
}

/** What carries a client's envelopes: a TCP socket with our framing, or a WebSocket. */
interface Link {
  send(envelope: Envelope): void;
  sendRaw(bytes: Buffer | string): void;
  end(): void;
  destroy(): void;
}

export class GameClient extends EventEmitter {
  private link!: Link;
  private readonly waiting = new Map<number, Waiting>();
  /**
   * One timer for all the requests in flight, armed for the earliest
   * deadline and re-armed when it fires, instead of a timer set and cleared
   * per request (a bot process sends thousands a second).
   */
  private deadlineTimer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  private seq = 0;
  private closed = false;
  readonly mode: 'binary' | 'json';
  /** The bytes of a TCP connection; read into READ_BUFFER, so decoded before the next read. */
  private readonly decoder: StreamDecoder;

  private constructor(private readonly options: ClientOptions) {
    super();
    this.mode = options.mode ?? 'binary';
    this.decoder = new StreamDecoder(
      {
        frame: (payload) => this.onReply(decodeBinary(payload)),
        line: (text) => this.onReply(decodeJson(text)),
        error: (_code, message) => this.fail(new Error(`from server: ${message}`)),
      },
      options.maxFrameBytes ?? 16 * 1024 * 1024,
    );
  }

  private overTcp(socket: net.Socket): this {
    socket.setNoDelay(true);
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('connection closed')));
    this.link = {
      send: (env) => socket.write(this.mode === 'json' ? encodeJson(env) : encodeBinary(env)),
      sendRaw: (bytes) => socket.write(bytes),
      end: () => socket.end(),
      destroy: () => socket.destroy(),
    };
    return this;
  }

  private overWebSocket(ws: WebSocket): this {
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      this.onReply(isBinary ? decodeBinary(bytes) : decodeJson(bytes.toString('utf8')));
    });
    ws.on('error', (err) => this.fail(err));
    ws.on('close', (code) => this.fail(new Error(`connection closed (${code})`)));
    this.link = {
      send: (env) =>
        this.mode === 'json' ? ws.send(envelopeText(env)) : ws.send(envelopeBytes(env)),
      sendRaw: (bytes) => ws.send(bytes, { binary: typeof bytes !== 'string' }),
      end: () => ws.close(),
      destroy: () => ws.terminate(),
    };
    return this;
  }

  static connect(options: ClientOptions): Promise<GameClient> {
    return options.transport === 'ws'
      ? GameClient.connectWs(options)
      : GameClient.connectTcp(options);
  }

  private static connectTcp(options: ClientOptions): Promise<GameClient> {
    return new Promise((resolve, reject) => {
      const client = new GameClient(options);
      const socket = net.connect({
        host: options.host,
        port: options.port,
        // Read straight into one buffer and decode there: no Buffer and no
        // stream machinery a read (about 2 µs less a read for a bot process).
        onread: {
          buffer: READ_BUFFER,
          callback: (n: number, buf: Uint8Array) => {
            client.decoder.pushTransient(buf.subarray(0, n) as Buffer);
            return true; // false would pause the socket
          },
        },
      });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect to ${options.host}:${options.port} timed out`));
      }, options.timeoutMs ?? 5000);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(client.overTcp(socket));
      });
    });
  }

  private static connectWs(options: ClientOptions): Promise<GameClient> {
    return new Promise((resolve, reject) => {
      const url = `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}/ws`;
      const ws = new WebSocket(url, {
        handshakeTimeout: options.timeoutMs ?? 5000,
        maxPayload: options.maxFrameBytes ?? 16 * 1024 * 1024,
        perMessageDeflate: false,
        ...(options.origin ? { origin: options.origin } : {}),
      });
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => {
        ws.removeAllListeners('error');
        ws.on('error', () => undefined);
        reject(new Error(`WebSocket handshake refused: HTTP ${res.statusCode}`));
      });
      ws.once('open', () => {
        ws.removeAllListeners('error');
        resolve(new GameClient(options).overWebSocket(ws));
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Sends one request and resolves with its answer (which may be an `error`
   * body). `onAnswer` runs synchronously when the answer is decoded, in
   * order with the 'push' events around it (a promise continuation would
   * run after pushes that arrived in the same chunk).
   */
  request(
    body: Omit<Envelope, 'seq'>,
    timeoutMs = this.options.timeoutMs ?? 5000,
    onAnswer?: (reply: Reply) => void,
  ): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('connection closed'));
    this.seq = this.seq >= 0xffffffff ? 1 : this.seq + 1;
    const seq = this.seq;
    const envelope = { ...body, seq };
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      this.waiting.set(seq, { onAnswer, resolve, reject, deadline, timeoutMs });
      if (!this.deadlineTimer || deadline < this.timerDue) this.armDeadlines(deadline);
      else this.deadlineTimer.ref();
      this.link.send(envelope);
    });
  }

  private armDeadlines(due: number): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.timerDue = due;
    this.deadlineTimer = setTimeout(() => this.expire(), Math.max(0, due - Date.now()));
  }

  /** Fails the requests past their deadline; re-arms for the earliest left. */
  private expire(): void {
    this.deadlineTimer = null;
    const now = Date.now();
    let next = Infinity;
    for (const [seq, w] of this.waiting) {
      if (w.deadline <= now) {
        this.waiting.delete(seq);
        w.reject(new Error(`no answer to seq ${seq} within ${w.timeoutMs} ms`));
      } else next = Math.min(next, w.deadline);
    }
    if (next !== Infinity) this.armDeadlines(next);
  }

  /** Writes raw bytes (for tests of bad input); over WebSocket, one message. */
  writeRaw(bytes: Buffer | string): void {
    this.link.sendRaw(bytes);
  }

  /**
   * `stateChanges`: plant, harvest, sell and gifts are answered with a
   * StateChange (what changed) instead of the whole PlayerState; keep the
   * state with `applyStateChange` (protocol/state-change.ts).
   */
  login(token: string, options: { stateChanges?: boolean } = {}): Promise<Reply> {
    const login = {
      token,
      clientVersion: 'gameserver-client/1',
      stateChanges: options.stateChanges,
    };
    return this.request({ login });
  }

  private onReply(result: ReturnType<typeof decodeBinary>): void {
    if (!result.ok) return this.fail(new Error(`bad message from server: ${result.message}`));
    const reply = result.envelope as Reply;
    const seq = reply.seq ?? 0;
    const w = seq ? this.waiting.get(seq) : undefined;
    if (w) {
      this.waiting.delete(seq);
      // Nothing in flight: the timer must not keep the process alive.
      if (this.waiting.size === 0) this.deadlineTimer?.unref();
      w.onAnswer?.(reply);
      w.resolve(reply);
    } else {
      this.emit('push', reply);
    }
  }

  private fail(err: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.stopDeadlines();
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    this.link.destroy();
    this.emit('close', err);
  }

  private stopDeadlines(): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
  }

  /** Resolves with the next push of the given body kind (or rejects after the timeout). */
  nextPush(body: Body, timeoutMs = 5000): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('push', onPush);
        reject(new Error(`no ${body} push within ${timeoutMs} ms`));
      }, timeoutMs);
      const onPush = (reply: Reply) => {
        if (reply.body !== body) return;
        clearTimeout(timer);
        this.off('push', onPush);
        resolve(reply);
      };
      this.on('push', onPush);
    });
  }

  /** Resolves when the server closes the connection. */
  closedByServer(timeoutMs = 5000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`still open after ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close(): void {
    this.closed = true;
    this.stopDeadlines();
    for (const w of this.waiting.values()) w.reject(new Error('client closed'));
    this.waiting.clear();
    this.link.end();
    this.link.destroy();
  }
}

/**
 * Makes two logged-in players mutual friends: `a` requests, `b` waits for
 * the request to arrive and accepts, `a` waits to be told. Resolves with the
 * push `a` got and the state `b` answered with.
 */
export async function befriend(a: GameClient, aId: number, b: GameClient, bId: number) {
  const asked = b.nextPush('friendRequest');
  const sent = await a.request({ addFriend: { playerId: bId } });
  if (sent.body !== 'state') throw new Error(`friend request refused: ${sent.error?.code}`);
  await asked;
  const told = a.nextPush('friendUpdate');
  const accepted = await b.request({ acceptFriend: { playerId: aId } });
  if (accepted.body !== 'state') throw new Error(`accept refused: ${accepted.error?.code}`);
  return { sender: (await told).friendUpdate, accepter: accepted.state };
}
