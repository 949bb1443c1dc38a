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
