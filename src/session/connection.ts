import type { Config } from '../config/schema';
import type { ErrorCode } from '../errors';
import type { Logger } from '../log/logger';
import type { Body, DecodeResult, Envelope } from '../protocol/messages';
import { bump, type WorkerCounters } from './counters';
import { TokenBucket } from './limits';

/**
 * How a connection's envelopes travel, whatever the transport: TCP frames
 * or JSON lines (transport/tcp.ts), WebSocket messages (transport/ws.ts).
 */
export interface Wire {
  /** Encodes and queues one envelope; returns its size in bytes. */
  write(envelope: Envelope): number;
  /** Bytes queued for the peer and not yet sent: a client that does not read shows here. */
  readonly queuedBytes: number;
  readonly destroyed: boolean;
  /** Closes once what is queued (a last error, ServerShutdown) has been sent. */
  end(reason: 'done' | 'shutdown'): void;
  destroy(): void;
  /** Calls onIdle after `ms` without traffic from the peer. */
  idleAfter(ms: number, onIdle: () => void): void;
}

/**
 * One client connection: envelopes in, envelopes out, and the limits that
 * keep one client from harming the others. It knows nothing of the game or
 * of the transport; it hands each envelope to its handler, one command at a
 * time, in arrival order. Its transport feeds it decoded messages
 * (`received`) and tells it when the peer went away (`peerClosed`).
 *
 * It is also the error boundary for its client: an exception while decoding
 * this client's bytes or running its commands closes this connection, is
 * logged with its stack and counted as INTERNAL, and leaves the process
 * serving everyone else. A worker dies only for process-wide reasons.
 */

/** The game settings a connection enforces (config `game.*`). */
export type ConnectionLimits = Pick<
  Config['game'],
  | 'maxFrameBytes'
  | 'loginTimeoutMs'
  | 'idleTimeoutMs'
  | 'rateLimitPerSecond'
  | 'rateLimitBurst'
  | 'rateLimitMaxRefusals'
  | 'maxPendingCommands'
  | 'maxOutgoingBytes'
>;

export interface ConnectionHandler {
  /** Runs one command; called one at a time per connection. */
  handle(conn: Connection, envelope: Envelope & { body?: Body }): Promise<void>;
  /** The socket closed (any reason); called once. */
  closed(conn: Connection): void;
}

/** rateLimitMaxRefusals RATE_LIMITED answers within this window close the connection. */
const REFUSAL_WINDOW_MS = 10_000;

/** The chain of an idle connection: one settled promise for all of them. */
const SETTLED: Promise<void> = Promise.resolve();

export class Connection {
  private readonly bucket: TokenBucket;
  private chain: Promise<void> = SETTLED;
  private pending = 0;
  /** RATE_LIMITED answers in the current window (REFUSAL_WINDOW_MS). */
  private refusals = 0;
  private refusalWindow = 0;
  /** Until login; dropped then, so an idle player does not keep a spent timer. */
  private loginTimer: NodeJS.Timeout | null;
  private closing = false;
  /** Set by the handler once Login succeeded. */
  playerId = 0;

  constructor(
    private readonly wire: Wire,
    readonly address: string,
    private readonly limits: ConnectionLimits,
    private readonly handler: ConnectionHandler,
    private readonly counters: WorkerCounters,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {
    this.bucket = new TokenBucket(limits.rateLimitPerSecond, limits.rateLimitBurst, clock());
    // A deadline, not an inactivity timeout: a client trickling one byte at
    // a time (slowloris) must not hold a connection open without logging in.
    const timer = setTimeout(() => {
      if (!this.playerId) this.fail('LOGIN_TIMEOUT', `no login within ${limits.loginTimeoutMs} ms`);
    }, limits.loginTimeoutMs);
    timer.unref();
    this.loginTimer = timer;
  }

  private stopLoginTimer(): void {
    if (this.loginTimer) clearTimeout(this.loginTimer);
    this.loginTimer = null;
  }

  /** One message from the peer, decoded (or not) by the transport. */
  received(result: DecodeResult): void {
    try {
      this.envelope(result);
    } catch (err) {
      this.crashed(err, 'decoding');
    }
  }

  /** The transport's socket closed, for any reason; called once. */
  peerClosed(): void {
    this.stopLoginTimer();
    this.closing = true;
    try {
      this.handler.closed(this);
    } catch (err) {
      this.crashed(err, 'closing');
    }
  }

  /**
   * The boundary: something threw while serving this client. Log it with its
   * stack, count it, tell the client (best effort) and drop the connection.
   */
  crashed(err: unknown, during: string): void {
    bump(this.counters.errors, 'INTERNAL');
    this.logger.error(
      { err, address: this.address, player: this.playerId || undefined, during },
      'connection failed; closing it',
    );
    if (this.closing) return;
    try {
      this.send({
        seq: 0,
        error: { code: 'INTERNAL', message: 'internal error', retryable: true },
      });
    } catch {
      // Encoding the answer failed too: just close.
    }
    this.destroy();
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** Called by the handler after a successful login. */
  loggedIn(playerId: number): void {
    this.playerId = playerId;
    this.stopLoginTimer();
    // Logged in: close after this long without any traffic.
    this.wire.idleAfter(this.limits.idleTimeoutMs, () =>
      this.fail('IDLE_TIMEOUT', `no traffic for ${this.limits.idleTimeoutMs} ms`),
    );
  }

  /** Sends one envelope; a client that stops reading is dropped, not buffered forever. */
  send(envelope: Envelope): void {
    if (this.closing || this.wire.destroyed) return;
    this.counters.bytesOut += this.wire.write(envelope);
    if (this.wire.queuedBytes > this.limits.maxOutgoingBytes) {
      // Counted like an error sent, though it cannot be: the client does not read.
      bump(this.counters.errors, 'SLOW_READER' satisfies ErrorCode);
      this.destroy();
    }
  }

  sendError(seq: number, code: ErrorCode, message: string, retryable = false): void {
    bump(this.counters.errors, code);
    this.send({ seq, error: { code, message, retryable } });
  }

  /** Sends a last error (unless told not to) and closes after it is written. */
  fail(code: ErrorCode, message: string, notify = true): void {
    if (this.closing) return;
    if (notify) this.sendError(0, code, message);
    this.close();
  }

  /** Closes after what is queued; `shutdown` tells a WebSocket peer the service restarts (1012). */
  close(reason: 'done' | 'shutdown' = 'done'): void {
    if (this.closing) return;
    this.closing = true;
    this.wire.end(reason);
  }

  destroy(): void {
    this.closing = true;
    this.wire.destroy();
  }

  /** Runs a server-side task (a gift to apply) in order with the commands. */
  run(task: () => Promise<void>): void {
    this.append(
      () => (this.closing ? undefined : task()),
      (err) => this.crashed(err, 'running a server task'),
    );
  }

  /**
   * Appends a step to this connection's chain; `after` runs once it is done
   * (either way), before `failed`. Once the chain runs dry it goes back to
   * the shared settled promise, so an idle player keeps none. Two promises
   * a step (then, then): every command goes through here.
   */
  private append(
    step: () => Promise<void> | undefined,
    failed: (err: unknown) => void,
    after?: () => void,
  ): void {
    const settle = () => {
      if (this.chain === next) this.chain = SETTLED;
    };
    const next: Promise<void> = this.chain.then(step).then(
      () => {
        after?.();
        settle();
      },
      (err: unknown) => {
        try {
          after?.();
          failed(err);
        } finally {
          settle();
        }
      },
    );
    this.chain = next;
  }

  /**
   * Takes a token of this connection's rate limit for one message from its
   * client: a command, a game ping, a WebSocket ping or pong. Without one
   * the message is refused: RATE_LIMITED answers it when it has a `seq` (a
   * control frame goes unanswered, counted all the same), and
   * rateLimitMaxRefusals refusals within 10 s close the connection. Counted
   * within a window, not "in a row": a client a few times over the limit
   * gets a message through now and then and must still be cut.
   */
  admit(seq?: number): boolean {
    if (this.closing) return false;
    const now = this.clock();
    if (this.bucket.take(now)) return true;
    if (now - this.refusalWindow > REFUSAL_WINDOW_MS) {
      this.refusalWindow = now;
      this.refusals = 0;
    }
    this.refusals++;
    if (seq === undefined) bump(this.counters.errors, 'RATE_LIMITED' satisfies ErrorCode);
    else
      this.sendError(
        seq,
        'RATE_LIMITED',
        `more than ${this.limits.rateLimitPerSecond} messages/s`,
        true,
      );
    if (this.refusals >= this.limits.rateLimitMaxRefusals)
      this.fail('RATE_LIMITED', 'sustained excess', false);
    return false;
  }

  /** Resolves when the commands already accepted have run (graceful stop). */
  drained(): Promise<void> {
    return this.chain;
  }

  private envelope(result: DecodeResult): void {
    if (this.closing) return;
    if (!result.ok) {
      if (!this.playerId) return this.fail('BAD_MESSAGE', result.message);
      return this.sendError(0, 'BAD_MESSAGE', result.message);
    }
    const env = result.envelope;
    const seq = env.seq ?? 0;
    if (!this.playerId && env.body !== 'login' && this.pending === 0) {
      return this.fail('NOT_LOGGED_IN', 'the first message must be Login');
    }
    if (!this.admit(seq)) return;
    if (env.body === 'ping') {
      this.send({ seq, pong: { clientTime: env.ping?.clientTime ?? 0, serverTime: this.clock() } });
      return;
    }
    if (this.pending >= this.limits.maxPendingCommands) {
      this.sendError(
        seq,
        'TOO_MANY_PENDING',
        `at most ${this.limits.maxPendingCommands} commands in flight`,
        true,
      );
      return;
    }
    this.pending++;
    this.append(
      () => (this.closing ? undefined : this.handler.handle(this, env)),
      (err) => this.crashed(err, `running ${env.body ?? 'an empty envelope'}`),
      () => this.pending--,
    );
  }
}
