import type { Connection, ConnectionHandler } from '../session/connection';
import { AddressCounter } from '../session/limits';

/**
 * A worker's connection caps, shared by its transports (TCP and
 * WebSocket): at most `total` connections, and at most `perAddress` from one
 * address, whichever transport they came in on.
 */
export class ConnectionCaps {
  private count = 0;
  private readonly perAddress: AddressCounter;

  constructor(
    private readonly total: number,
    perAddress: number,
  ) {
    this.perAddress = new AddressCounter(perAddress);
  }

  /** True when one more connection from `address` is allowed (and counts it). */
  acquire(address: string): boolean {
    if (this.count >= this.total || !this.perAddress.acquire(address)) return false;
    this.count++;
    return true;
  }

  release(address: string): void {
    this.count--;
    this.perAddress.release(address);
  }
}

/**
 * The session handler, plus the bookkeeping a transport does when one of
 * its connections closes. One per transport, not one per connection.
 */
export function trackedHandler(
  handler: ConnectionHandler,
  onClosed: (c: Connection) => void,
  live: Set<Connection>,
): ConnectionHandler {
  return {
    handle: (c, env) => handler.handle(c, env),
    closed: (c) => {
      live.delete(c);
      onClosed(c);
      handler.closed(c);
    },
  };
}

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
