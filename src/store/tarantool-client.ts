import { EventEmitter } from 'node:events';
import TarantoolConnection from 'tarantool-driver';
import { StoreError } from '../errors';
import type { Config } from '../config/schema';
import type { Logger } from '../log/logger';
import { installCodec } from './driver-codec';
import { procedureResult, transportError } from './store-errors';

/**
 * A connection to Tarantool over tarantool-driver 3.1.0, adding what the
 * driver lacks:
 * - a timeout on every call; a call that timed out or whose connection
 *   dropped is "outcome unknown" (StoreError.outcomeUnknown): the caller
 *   reconciles by reading, never retries blindly;
 * - no offline queue: a call while disconnected fails at once (retryable);
 * - a bound on calls in flight (backpressure instead of unbounded memory);
 * - reconnect with exponential backoff and jitter, and a watchdog for a
 *   connection that opened but never greeted or stopped answering;
 * - an observable state ('state' events);
 * - a work-around for the driver's data handler, which can leave its state
 *   at AWAITING_LENGTH after a response split across TCP chunks, after
 *   which every new call would wait in the offline queue forever.
 * The driver's pipeline() is not used: its request ids can collide.
 */

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface TarantoolClientOptions {
  host: string;
  port: number;
  user: string;
  password: string;
  callTimeoutMs: number;
  connectTimeoutMs: number;
  maxInFlight: number;
  /**
   * More instances of a replica set (host:port): the client connects to the
   * one that takes writes (gs.role), trying each in turn.
   */
  reserve?: string[];
  /** Reconnect backoff: first delay and cap, in ms. */
  retryMinMs?: number;
  retryMaxMs?: number;
  logger?: Logger;
}

// tarantool-driver sends CALL as the pre-1.7 call_16 (0x06), which wraps
// every return value into a tuple and turns `nil, err` and arrays of maps
// into guesswork. It reads the request code from this table each time it
// builds a call, so pointing it at IPROTO_CALL (0x0a) gives Tarantool's
// plain multi-return: [ret1, ret2, ...]. The table is the driver module's,
// so this is process-wide: done by the first TarantoolClient, never on
// import. (test/integration/store-client.test.ts covers it.)
let driverPatched = false;
function useIprotoCall(): void {
  if (driverPatched) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const constants = require('tarantool-driver/lib/const') as {
    RequestCode: { rqCall: number; rqCallNew: number };
  };
  constants.RequestCode.rqCall = constants.RequestCode.rqCallNew;
  driverPatched = true;
}

// Driver state numbers (lib/connection.js).
const DRIVER_CONNECT = 256;
const DRIVER_AWAITING = 2;
const DRIVER_AWAITING_LENGTH = 16;

export class TarantoolClient extends EventEmitter {
  private readonly driver: TarantoolConnection;
  private readonly options: Required<Omit<TarantoolClientOptions, 'logger' | 'reserve'>> & {
    logger?: Logger;
  };
  /** A replica set: only a writable instance counts as connected. */
  private readonly followWritable: boolean;
  /** Reconnects since the last good connection, across the instances (backoff). */
  private rotations = 0;
  private current: ConnectionState = 'connecting';
  private inFlight = 0;
  private lastAnswerAt = Date.now();
  private lastError: Error | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private closing: Promise<void> | null = null;
  /** Counters for stats. */
  readonly counters = { calls: 0, timeouts: 0, disconnects: 0, reconnects: 0, refused: 0 };

  constructor(options: TarantoolClientOptions) {
    super();
    useIprotoCall();
    this.options = { retryMinMs: 50, retryMaxMs: 2000, ...options };
    const { retryMinMs, retryMaxMs } = this.options;
    const reserve = options.reserve ?? [];
    this.followWritable = reserve.length > 0;
    this.driver = new TarantoolConnection({
      host: options.host,
      port: options.port,
      username: options.user,
      password: options.password,
      // The instances to rotate through; this client rotates itself, on
      // every reconnect (the driver's beforeReserve moves only once).
      ...(reserve.length > 0
        ? {
            reserveHosts: reserve.map(
              (h) =>
                `${encodeURIComponent(options.user)}:${encodeURIComponent(options.password)}@${h}`,
            ),
            beforeReserve: Number.MAX_SAFE_INTEGER,
          }
        : {}),
      lazyConnect: true,
      enableOfflineQueue: false,
      keepAlive: true,
      noDelay: true,
      retryStrategy: (times: number) => {
        if (this.followWritable) {
          this.driver.useNextReserve();
          times = ++this.rotations;
        }
        const exp = Math.min(retryMaxMs, retryMinMs * 2 ** Math.min(times - 1, 16));
        return Math.round(exp / 2 + (Math.random() * exp) / 2);
      },
    });
    installCodec(this.driver);
    this.patchDriverState();
    this.patchDriverDisconnect();
    this.driver.on('connect', () => {
      if (this.followWritable) void this.checkWritable();
      else this.setState('connected');
    });
    this.driver.on('reconnecting', () => {
      this.counters.reconnects++;
      this.setState('reconnecting');
    });
    this.driver.on('connecting', () => this.armConnectWatchdog());
    this.driver.on('close', () => {
      // The driver keeps the calls that were on the dropped socket waiting
      // for answers that cannot come; fail them now, as outcome unknown.
      this.driver.flushQueue(
        Object.assign(new Error('connection closed'), { lostConnection: true }),
      );
      if (this.current === 'connected') this.counters.disconnects++;
      if (this.current !== 'closed') this.setState('reconnecting');
    });
    this.driver.on('error', (err: Error) => {
      this.lastError = err;
      this.options.logger?.debug({ err: err.message }, 'tarantool connection error');
    });
  }

  get state(): ConnectionState {
    return this.current;
  }

  get callTimeoutMs(): number {
    return this.options.callTimeoutMs;
  }

  get pending(): number {
    return this.inFlight;
  }

  /** Starts connecting; resolves once connected, rejects after connectTimeoutMs (it keeps trying). */
  async connect(): Promise<void> {
    this.driver.connect().catch(() => undefined);
    await this.waitConnected(this.options.connectTimeoutMs);
  }

  waitConnected(timeoutMs: number): Promise<void> {
    if (this.current === 'connected') return Promise.resolve();
    if (this.current === 'closed') {
      return Promise.reject(new StoreError('STORE_UNAVAILABLE', 'tarantool client is closed'));
    }
    return new Promise((resolve, reject) => {
      const onState = (state: ConnectionState) => {
        if (state === 'connected') done(null);
        else if (state === 'closed') done(new StoreError('STORE_UNAVAILABLE', 'client closed'));
      };
      const timer = setTimeout(() => {
        const why = this.lastError ? `: ${this.lastError.message}` : '';
        done(
          new StoreError(
            'STORE_UNAVAILABLE',
            `tarantool ${this.options.host}:${this.options.port} not connected within ${timeoutMs} ms${why}`,
            { retryable: true, cause: this.lastError },
          ),
        );
      }, timeoutMs);
      const done = (err: Error | null) => {
        clearTimeout(timer);
        this.off('state', onState);
        if (err) reject(err);
        else resolve();
      };
      this.on('state', onState);
    });
  }

  /** Calls one of our procedures: its first return value, or the StoreError of its `nil, err`. */
  async proc(name: string, args: unknown[], timeoutMs?: number): Promise<unknown> {
    return procedureResult(name, await this.call(name, args, timeoutMs));
  }

  /** Told the duration of every call, sent or refused (metrics); set by the process runtime. */
  observe: ((procedure: string, seconds: number) => void) | null = null;

  /**
   * Calls a Tarantool function. Resolves with its return values; rejects
   * with StoreError: STORE_UNAVAILABLE/STORE_OVERLOADED (not sent),
   * STORE_TIMEOUT/STORE_DISCONNECTED (outcome unknown), STORE_FAILED.
   */
  async call(
    name: string,
    args: unknown[],
    timeoutMs = this.options.callTimeoutMs,
  ): Promise<unknown[]> {
    const t0 = performance.now();
    try {
      return await this.send(name, args, timeoutMs);
    } finally {
      this.observe?.(name, (performance.now() - t0) / 1000);
    }
  }

  private send(name: string, args: unknown[], timeoutMs: number): Promise<unknown[]> {
    if (this.current !== 'connected') {
      this.counters.refused++;
      return Promise.reject(
        new StoreError('STORE_UNAVAILABLE', `tarantool is ${this.current}; ${name} not sent`, {
          retryable: true,
        }),
      );
    }
    if (this.inFlight >= this.options.maxInFlight) {
      this.counters.refused++;
      return Promise.reject(
        new StoreError('STORE_OVERLOADED', `${this.inFlight} calls in flight; ${name} not sent`, {
          retryable: true,
        }),
      );
    }
    this.inFlight++;
    this.counters.calls++;
    return new Promise<unknown[]>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        this.inFlight--;
        this.counters.timeouts++;
        this.checkStalled();
        reject(
          new StoreError('STORE_TIMEOUT', `${name} did not answer within ${timeoutMs} ms`, {
            retryable: true,
          }),
        );
      }, timeoutMs);
      this.driver.call(name, ...args).then(
        (result) => {
          this.lastAnswerAt = Date.now();
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          this.inFlight--;
          resolve(result);
        },
        (err: Error & { lostConnection?: boolean }) => {
          if (!err.lostConnection) this.lastAnswerAt = Date.now();
          this.checkReadOnly(err);
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          this.inFlight--;
          reject(transportError(name, err));
        },
      );
    });
  }

  /**
   * A call timed out: if nothing at all has come back for a whole call
   * timeout, the connection is stuck (a frozen or overloaded Tarantool);
   * drop it so its abandoned calls are failed and memory is given back.
   */
  private checkStalled(): void {
    if (
      Date.now() - this.lastAnswerAt >= this.options.callTimeoutMs &&
      this.current === 'connected'
    ) {
      this.options.logger?.warn('tarantool connection stalled; reconnecting');
      this.lastAnswerAt = Date.now();
      this.driver.socket?.destroy();
    }
  }

  /**
   * In a replica set, the master we use fenced itself (ER_READONLY): drop
   * it at once, so the reconnect finds the new master instead of every
   * save failing until the connection breaks.
   */
  private checkReadOnly(err: Error): void {
    if (this.followWritable && this.current === 'connected' && /read-only/.test(err.message)) {
      this.options.logger?.warn('tarantool: the instance became read-only; trying the next');
      this.driver.socket?.destroy();
    }
  }

  /**
   * In a replica set, an instance that does not take writes (a replica, or
   * a master that fenced itself) is not a connection to use: drop it, and
   * the reconnect tries the next host.
   */
  private async checkWritable(): Promise<void> {
    const where = `${this.driver.options.host}:${this.driver.options.port}`;
    try {
      const [role] = (await this.driver.call('gs.role')) as [{ ro?: boolean } | undefined];
      if (role && role.ro === false) {
        this.options.logger?.info({ instance: where }, 'tarantool: writable instance found');
        this.rotations = 0;
        return this.setState('connected');
      }
      this.options.logger?.info(
        { instance: where },
        'tarantool: read-only instance; trying the next',
      );
    } catch (err) {
      this.options.logger?.warn(
        { instance: where, err: (err as Error).message },
        'tarantool: role unknown',
      );
    }
    this.driver.socket?.destroy();
  }

  /** A TCP connection that never greets (a stopped Tarantool) would wait forever. */
  private armConnectWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      if (this.current !== 'connected' && this.current !== 'closed') {
        this.driver.socket?.destroy();
      }
    }, this.options.connectTimeoutMs);
    this.watchdog.unref();
  }

  private patchDriverState(): void {
    const driver = this.driver;
    const send = driver.sendCommand.bind(driver);
    driver.sendCommand = (command, buffer, pipelined) => {
      if (
        (driver.state === DRIVER_AWAITING || driver.state === DRIVER_AWAITING_LENGTH) &&
        driver.socket?.writable
      ) {
        driver.state = DRIVER_CONNECT;
      }
      send(command, buffer, pipelined);
    };
  }

  /**
   * tarantool-driver defect: when the socket closes while the driver
   * authenticates (our connect watchdog, or the peer), its close handler
   * schedules a reconnect; then the failed auth calls disconnect(true),
   * which clears that timer and ends a socket already gone. No 'close'
   * comes again and the client stays 'reconnecting' for good (a drainer was
   * seen so for minutes after a failover). A reconnect already scheduled is
   * what disconnect(true) asks for, so it is left to run.
   */
  private patchDriverDisconnect(): void {
    const driver = this.driver;
    const disconnect = driver.disconnect.bind(driver);
    driver.disconnect = (reconnect?: boolean) => {
      if (reconnect && driver.reconnectTimeout) return;
      disconnect(reconnect);
    };
  }

  private setState(state: ConnectionState): void {
    if (this.current === 'closed' || this.current === state) return;
    if (state === 'connected' && this.watchdog) {
      clearTimeout(this.watchdog);
      this.watchdog = null;
    }
    this.current = state;
    this.options.logger?.info({ state }, 'tarantool connection state');
    this.emit('state', state);
  }

  /** Closes the connection; calls in flight fail with STORE_DISCONNECTED. Safe to call twice. */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closing = new Promise((resolve) => {
      if (this.watchdog) clearTimeout(this.watchdog);
      this.current = 'closed';
      this.emit('state', 'closed');
      this.driver.disconnect();
      this.driver.flushQueue(
        Object.assign(new Error('connection closed'), { lostConnection: true }),
      );
      setImmediate(resolve);
    });
    return this.closing;
  }
}

/** A client for the configured Tarantool, logged in as the worker or the drainer user. */
export function tarantoolClientFor(
  config: Config,
  user: 'worker' | 'drainer' | 'master',
  logger: Logger,
  maxInFlight = config.tarantool.maxInFlight,
): TarantoolClient {
  const t = config.tarantool;
  const [first, ...reserve] = instancesOf(config);
  return new TarantoolClient({
    host: first!.host,
    port: first!.port,
    reserve: reserve.map((i) => `${i.host}:${i.port}`),
    user: { worker: t.workerUser, drainer: t.drainerUser, master: t.masterUser }[user],
    password: { worker: t.workerPassword, drainer: t.drainerPassword, master: t.masterPassword }[
      user
    ],
    callTimeoutMs: t.callTimeoutMs,
    connectTimeoutMs: t.connectTimeoutMs,
    maxInFlight,
    logger,
  });
}

/** The configured instances: tarantool.hosts when set, else tarantool.host:port. */
export function instancesOf(config: Config): Array<{ host: string; port: number }> {
  const t = config.tarantool;
  if (!t.hosts) return [{ host: t.host, port: t.port }];
  return t.hosts.split(',').map((item) => parseInstance(item, 'tarantool.hosts'));
}

/** `host:port` (or `[v6]:port`) as an instance address; `what` names the setting in the error. */
export function parseInstance(text: string, what: string): { host: string; port: number } {
  const m = /^\s*\[?([^\]]+?)\]?:(\d+)\s*$/.exec(text);
  if (!m) throw new StoreError('STORE_BAD_ARGUMENT', `${what}: bad host:port "${text}"`);
  return { host: m[1]!, port: Number(m[2]) };
}
