import type { Connection } from '../session/connection';

/**
 * One timer for all of a transport's connections, instead of a timer per
 * socket (`socket.setTimeout` costs about 480 bytes of heap an idle
 * connection, and re-arms on every read and write). Every period it asks
 * each watched connection whether it has been silent too long. The period
 * is a third of the idle timeout (at least 250 ms), so a silent connection
 * is closed between one and one and a third timeouts after its last
 * traffic.
 */
export class IdleSweep {
  private readonly watched = new Set<IdleWatched>();
  private readonly timer: NodeJS.Timeout;

  constructor(idleTimeoutMs: number) {
    this.timer = setInterval(() => this.sweep(), Math.max(250, Math.floor(idleTimeoutMs / 3)));
    this.timer.unref();
  }

  watch(c: IdleWatched): void {
    this.watched.add(c);
  }

  forget(c: IdleWatched): void {
    this.watched.delete(c);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sweep(): void {
    const now = Date.now();
    for (const c of this.watched) {
      // One connection's failure is its own: the others are still checked,
      // and nothing escapes into the timer, where it would end the process.
      try {
        c.tick(now);
      } catch (err) {
        c.sweepFailed(err);
      }
    }
  }
}

/**
 * A transport's wire as the sweep sees it: when its client last sent
 * something (the transport sets `lastHeard`; our own writes and pushes are
 * not the client's traffic), and what to do once it has been silent past
 * the timeout.
 */
export abstract class IdleWatched {
  /** When the client last sent anything, ms. */
  lastHeard = Date.now();
  private idle: { ms: number; onIdle: () => void } | null = null;

  protected constructor(private readonly sweep: IdleSweep) {}

  /** Calls onIdle once the client has sent nothing for `ms` (the Wire's idleAfter). */
  idleAfter(ms: number, onIdle: () => void): void {
    this.idle = { ms, onIdle };
    this.lastHeard = Date.now();
    this.sweep.watch(this);
  }

  /** The sweep's call: silent past the timeout ends it (once); otherwise `awake`. */
  tick(now: number): void {
    if (!this.idle || now - this.lastHeard <= this.idle.ms) return this.awake();
    const { onIdle } = this.idle;
    this.idle = null;
    onIdle();
  }

  /** The connection on this wire (set once it is made). */
  conn!: Connection;

  /** Something threw while the sweep checked this connection: its error boundary closes it. */
  sweepFailed(err: unknown): void {
    this.conn.crashed(err, 'the idle sweep');
  }

  /** At each sweep while within the timeout (the WebSocket pings its client here). */
  protected awake(): void {}

  /** The socket is gone: no more sweeps. */
  protected unwatch(): void {
    this.sweep.forget(this);
  }
}
