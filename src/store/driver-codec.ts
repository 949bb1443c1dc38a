import { Packr, Unpackr } from 'msgpackr';
import type TarantoolConnection from 'tarantool-driver';

/**
 * msgpackr instead of msgpack-lite under tarantool-driver 3.1.0, for the
 * two paths that run thousands of times a second: encoding a CALL and
 * decoding a response. The driver keeps everything else: the socket, the
 * framing of responses (and our work-around for its AWAITING_LENGTH
 * defect), auth, reconnects, the queue of calls in flight.
 *
 * How: both are replaced on one driver instance, never on its prototype or
 * in node_modules. `call` builds the same IPROTO_CALL request the driver
 * builds (the code is IPROTO_CALL, 0x0a: see useIprotoCall in
 * tarantool-client.ts) and hands it to the driver's `sendCommand`;
 * `_processResponse(buffer, offset, length)` is the driver's own hook,
 * called by its data handler for each complete response, and does what
 * lib/parser.js does for the requests we send (call, ping, auth).
 *
 * After a driver upgrade: check that lib/event-handler.js still calls
 * `_processResponse(buffer, offset[, length])` per response (the length is
 * left out when the driver knows it as `awaitingResponseLength`), that
 * lib/commands.js still builds CALL as the header {code, sync} and the body
 * {function_name, tuple}, and that `sendCommand(command, buffer)` and
 * `commandsQueue` are unchanged. test/integration/store-client.test.ts
 * covers calls, errors, responses split across TCP chunks, big replies and
 * the read-only answer through this codec.
 */

// IPROTO keys and codes (the driver's lib/const.js).
const KEY_CODE = 0x00;
const KEY_SYNC = 0x01;
const KEY_SCHEMA = 0x05;
const KEY_FUNCTION_NAME = 0x22;
const KEY_TUPLE = 0x21;
const KEY_DATA = 0x30;
const KEY_ERROR_24 = 0x31;
const KEY_ERROR = 0x52;
const IPROTO_CALL = 0x0a;
const IPROTO_AUTH = 0x07;
const IPROTO_PING = 0x40;

// Maps as maps (never msgpackr's record extension); undefined as nil, as
// msgpack-lite wrote it; 64-bit integers back as numbers, as msgpack-lite
// read them (our procedures keep ids within 2^53).
const packr = new Packr({ useRecords: false, encodeUndefinedAsNil: true });
const unpackr = new Unpackr({ useRecords: false, mapsAsObjects: true, int64AsType: 'number' });

type Task = [number, number, { resolve(v: unknown): void; reject(e: unknown): void }];

interface DriverInternals {
  _getRequestId(): number;
  _processResponse(buffer: Buffer, offset: number, length?: number): void;
  awaitingResponseLength: number;
  schemaId?: number;
  namespace?: Record<string, unknown>;
  commandsQueue: {
    length: number;
    _head: number;
    _capacityMask: number;
    _list: Task[];
    removeOne(i: number): void;
  };
  socket?: { destroy(): void };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TarantoolError } = require('tarantool-driver/lib/utils') as {
  TarantoolError: new (message: string) => Error;
};

/** The IPROTO_CALL request: 0xce + length, header {code, sync}, body {function_name, tuple}. */
export function encodeCall(requestId: number, name: string, args: unknown[]): Buffer {
  // Integer keys: written by hand (msgpackr writes an object's keys as strings).
  const fn = packr.pack(name);
  const tuple = packr.pack(args);
  const length = 9 + 1 + 1 + fn.length + 1 + tuple.length;
  const out = Buffer.allocUnsafe(5 + length);
  out[0] = 0xce;
  out.writeUInt32BE(length, 1);
  out[5] = 0x82;
  out[6] = KEY_CODE;
  out[7] = IPROTO_CALL;
  out[8] = KEY_SYNC;
  out[9] = 0xce;
  out.writeUInt32BE(requestId, 10);
  out[14] = 0x82;
  out[15] = KEY_FUNCTION_NAME;
  fn.copy(out, 16);
  out[16 + fn.length] = KEY_TUPLE;
  tuple.copy(out, 17 + fn.length);
  return out;
}

function findTask(d: DriverInternals, requestId: number): Task | undefined {
  const q = d.commandsQueue;
  for (let i = 0; i < q.length; i++) {
    const task = q._list[(q._head + i) & q._capacityMask]!;
    if (task[1] === requestId) {
      q.removeOne(i);
      return task;
    }
  }
  return undefined;
}

function errorText(body: Record<number, unknown>): string {
  const stack = body[KEY_ERROR] as Record<number, Array<Record<number, unknown>>> | undefined;
  const first = stack?.[0x00]?.[0];
  return String(first?.[0x03] ?? body[KEY_ERROR_24] ?? 'unknown Tarantool error');
}

function processResponse(d: DriverInternals, buffer: Buffer, offset: number, length?: number) {
  const end = offset + (length ?? d.awaitingResponseLength);
  let header: Record<number, number>;
  let body: Record<number, unknown>;
  try {
    [header, body] = unpackr.unpackMultiple(buffer.subarray(offset, end)) as [
      Record<number, number>,
      Record<number, unknown>,
    ];
  } catch {
    // A response we cannot read: which call it answers is unknown, so drop
    // the connection; every call in flight fails as "connection lost".
    d.socket?.destroy();
    return;
  }
  const schemaId = header[KEY_SCHEMA];
  if (d.schemaId !== schemaId) {
    if (d.schemaId) d.namespace = {};
    d.schemaId = schemaId;
  }
  const task = findTask(d, header[KEY_SYNC]!);
  if (!task) return;
  if (header[KEY_CODE] !== 0) task[2].reject(new TarantoolError(errorText(body ?? {})));
  else if (task[0] === IPROTO_AUTH || task[0] === IPROTO_PING) task[2].resolve(true);
  else task[2].resolve(body?.[KEY_DATA]);
}

/** Puts msgpackr under this driver instance: its CALL encoding and its response decoding. */
export function installCodec(driver: TarantoolConnection): void {
  const d = driver as unknown as DriverInternals;
  driver.call = (name: string, ...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const requestId = d._getRequestId();
      driver.sendCommand(
        [IPROTO_CALL, requestId, { resolve, reject }],
        encodeCall(requestId, name, args),
      );
    }) as Promise<unknown[]>;
  d._processResponse = (buffer, offset, length) => processResponse(d, buffer, offset, length);
}
