import { errorCodes } from '../errors';
import {
  type Body,
  decodeBinary,
  type Decoded,
  type Envelope,
  envelopeBytes,
  useNumbersForLongs,
} from '../protocol/messages';

/**
 * The game client for browsers: the server's own protocol code (protobufjs
 * runs in browsers), one protobuf Envelope per binary WebSocket message.
 * It reconnects by itself, with backoff and a fresh login, when the
 * connection drops, on ServerShutdown and on Kicked.
 */

export type Reply = Decoded & { body?: Body };

export type Status = 'connecting' | 'online' | 'reconnecting' | 'stopped';

export interface WebClientOptions {
  /** The WebSocket URL, e.g. ws://host:8080/ws. */
  url: string;
  /** A login token; called before every login (tokens expire). */
  token: () => Promise<string>;
  /** Called with every login's answer (the whole state). */
  onLogin: (reply: Reply) => void;
  /** Pushes from the server (seq 0): gifts, chat, friend requests and updates. */
  onPush: (push: Reply) => void;
  onStatus: (status: Status, detail?: string) => void;
  timeoutMs?: number;
}

interface Waiting {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A code from an Error frame as a sentence a player can read. */
export function sentence(code: string | undefined | null, message?: string | null): string {
  const known = code && (errorCodes as Record<string, string>)[code];
  return known || message || 'Something went wrong.';
}

export class WebGameClient {
  private ws: WebSocket | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();
  private delay = 250;
  private stopped = false;
  private loggedIn = false;

  constructor(private readonly o: WebClientOptions) {
    useNumbersForLongs();
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
    this.o.onStatus('stopped');
  }

  get online(): boolean {
    return this.loggedIn;
  }

  /** Sends a command and resolves with its answer (an Error frame is an answer too). */
  request(envelope: Omit<Envelope, 'seq'>): Promise<Reply> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !this.loggedIn)
      return Promise.reject(new Error('not connected'));
    return this.send(ws, envelope);
  }

  private send(ws: WebSocket, envelope: Omit<Envelope, 'seq'>): Promise<Reply> {
    const seq = (this.seq = (this.seq % 0xfffffff) + 1);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(seq);
        reject(new Error('the server did not answer in time'));
      }, this.o.timeoutMs ?? 10000);
      this.waiting.set(seq, { resolve, reject, timer });
      ws.send(envelopeBytes({ ...envelope, seq }));
    });
  }

  private open(): void {
    if (this.stopped) return;
    this.o.onStatus(this.delay > 250 ? 'reconnecting' : 'connecting');
    const ws = new WebSocket(this.o.url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => void this.login(ws);
    ws.onmessage = (ev: MessageEvent) => this.onMessage(ev.data);
    ws.onclose = () => this.lost(ws, 'the connection closed');
    ws.onerror = () => undefined;
  }

  private async login(ws: WebSocket): Promise<void> {
    try {
      const token = await this.o.token();
      // Farm commands are answered with what changed (app.ts applies it).
      const r = await this.send(ws, { login: { token, stateChanges: true } });
      if (r.body !== 'loginOk') throw new Error(sentence(r.error?.code, r.error?.message));
      this.loggedIn = true;
      this.delay = 250;
      this.o.onStatus('online');
      this.o.onLogin(r);
    } catch (err) {
      this.o.onStatus('reconnecting', (err as Error).message);
      ws.close();
    }
  }

  private onMessage(data: unknown): void {
    if (!(data instanceof ArrayBuffer)) return;
    const d = decodeBinary(new Uint8Array(data));
    if (!d.ok) return;
    const r = d.envelope as Reply;
    const w = r.seq ? this.waiting.get(r.seq) : undefined;
    if (w) {
      this.waiting.delete(r.seq);
      clearTimeout(w.timer);
      return w.resolve(r);
    }
    if (r.body === 'serverShutdown') {
      // Come back after the delay the server asked for, to another worker.
      this.delay = Math.max(this.delay, r.serverShutdown?.reconnectAfterMs ?? 250);
    }
    this.o.onPush(r);
    if (r.body === 'kicked' || r.body === 'serverShutdown') this.ws?.close();
  }

  /** The connection is gone: fail what waits, and come back with backoff. */
  private lost(ws: WebSocket, why: string): void {
    if (this.ws !== ws) return;
    this.loggedIn = false;
    this.ws = null;
    for (const w of this.waiting.values()) {
      clearTimeout(w.timer);
      w.reject(new Error(why));
    }
    this.waiting.clear();
    if (this.stopped) return;
    this.o.onStatus('reconnecting', why);
    const wait = this.delay + Math.random() * this.delay * 0.3;
    this.delay = Math.min(this.delay * 2, 5000);
    setTimeout(() => this.open(), wait);
  }
}
