/** A connection the sweep watches: it checks its own idleness (and may ping). */
export interface Swept {
  tick(now: number): void;
}

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
  private readonly watched = new Set<Swept>();
  private readonly timer: NodeJS.Timeout;

  constructor(idleTimeoutMs: number) {
    this.timer = setInterval(() => this.sweep(), Math.max(250, Math.floor(idleTimeoutMs / 3)));
    this.timer.unref();
  }

  watch(c: Swept): void {
    this.watched.add(c);
  }

  forget(c: Swept): void {
    this.watched.delete(c);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sweep(): void {
    const now = Date.now();
    for (const c of this.watched) c.tick(now);
  }
}
