// The part of tarantool-driver 3.1.0 we use (the package ships no types).
declare module 'tarantool-driver' {
  import { EventEmitter } from 'node:events';

  interface DriverOptions {
    host?: string;
    port?: number;
    username?: string;
    password?: string;
    timeout?: number;
    lazyConnect?: boolean;
    enableOfflineQueue?: boolean;
    retryStrategy?: (times: number) => number | null;
    keepAlive?: boolean;
    noDelay?: boolean;
    /** user:password@host:port of more instances; the driver moves to the next after beforeReserve failed reconnects. */
    reserveHosts?: string[];
    beforeReserve?: number;
  }

  interface Deferred {
    resolve(value: unknown): void;
    reject(err: unknown): void;
  }

  class TarantoolConnection extends EventEmitter {
    constructor(options: DriverOptions);
    state: number;
    states: Record<string, number>;
    /** The instance it is (re)connecting to. */
    options: { host?: string; port?: number };
    socket?: { writable: boolean; destroy(): void };
    commandsQueue: { length: number };
    connect(): Promise<void>;
    call(name: string, ...args: unknown[]): Promise<unknown[]>;
    eval(expression: string, ...args: unknown[]): Promise<unknown[]>;
    ping(): Promise<boolean>;
    disconnect(reconnect?: boolean): void;
    /** The reconnect its close handler scheduled, until it fires (null otherwise). */
    reconnectTimeout: NodeJS.Timeout | null;
    /** Moves options.host/port to the next of reserveHosts (round robin). */
    useNextReserve(): void;
    flushQueue(err: Error): void;
    sendCommand(
      command: [number, number, Deferred, ...unknown[]],
      buffer: Buffer,
      pipelined?: boolean,
    ): void;
  }

  export = TarantoolConnection;
}
