import net from 'node:net';
import fc from 'fast-check';

/**
 * What an attacker sends: deeply nested JSON in every field and at the top
 * level, huge arrays, many keys, long numbers, invalid UTF-8, and binary
 * frames with deeply nested protobuf groups. Shared by the pure fuzz tests
 * and the socket-level hostile suites, so both see the same shapes.
 */

/** Where a hostile value goes in a JSON Envelope; [] is the whole line. */
export const JSON_FIELDS: string[][] = [
  [],
  ['seq'],
  ['login'],
  ['login', 'token'],
  ['login', 'clientVersion'],
  ['getState'],
  ['plant'],
  ['plant', 'plot'],
  ['plant', 'crop'],
  ['harvest', 'plot'],
  ['sell', 'item'],
  ['sell', 'qty'],
  ['addFriend', 'playerId'],
  ['acceptFriend', 'playerId'],
  ['declineFriend', 'playerId'],
  ['removeFriend', 'playerId'],
  ['block', 'playerId'],
  ['unblock', 'playerId'],
  ['getPresence'],
  ['visitFriend', 'playerId'],
  ['sendGift', 'to'],
  ['sendGift', 'item'],
  ['chat', 'text'],
  ['chat', 'to'],
  ['top', 'n'],
  ['ping', 'clientTime'],
  ['unknownField'],
];

/** `depth` arrays (or objects) inside each other, as JSON text. */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + '1' + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** A JSON Envelope line with `value` (JSON text) at `path`. */
export function envelopeWith(path: string[], value: string): string {
  if (path.length === 0) return value;
  let inner = value;
  for (let i = path.length - 1; i >= 0; i--) inner = `{"${path[i]}":${inner}}`;
  // The outermost object gets a seq, unless seq is the field under attack.
  return path[0] === 'seq' ? inner : `{"seq":1,${inner.slice(1)}`;
}

/** A JSON value and how deeply its arrays and objects nest. */
export type HostileValue = { json: string; depth: number };

/** Hostile JSON values that fit in `maxBytes` once placed in an Envelope. */
export function hostileValue(maxBytes: number): fc.Arbitrary<HostileValue> {
  const room = maxBytes - 100;
  const maxDepth = Math.floor(room / 6);
  const deep = fc
    .record({
      depth: fc.integer({ min: 17, max: Math.max(17, maxDepth) }),
      kind: fc.constantFrom('array' as const, 'object' as const),
    })
    .map(({ depth, kind }) => ({ json: nestedJson(depth, kind), depth }));
  const hugeArray = fc
    .integer({ min: 100, max: Math.floor(room / 2) })
    .map((n) => ({ json: `[${new Array<string>(n).fill('1').join(',')}]`, depth: 1 }));
  const manyKeys = fc.integer({ min: 100, max: Math.floor(room / 12) }).map((n) => ({
    json: `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`,
    depth: 1,
  }));
  const longNumber = fc
    .constantFrom(
      '9'.repeat(Math.min(5000, room)),
      '1e999',
      '-1e999',
      '-0',
      '0.5',
      '-1',
      '1' + '0'.repeat(Math.min(400, room)),
      '9007199254740993',
    )
    .map((json) => ({ json, depth: 0 }));
  const wideAndDeep = fc.integer({ min: 2, max: 16 }).map((depth) => ({
    json: `[${new Array<string>(Math.floor(room / (4 * depth))).fill(nestedJson(depth, 'array')).join(',')}]`,
    depth: depth + 1,
  }));
  return fc.oneof(deep, hugeArray, manyKeys, longNumber, wideAndDeep);
}

/**
 * A hostile JSON line (without its newline), as bytes, sometimes with
 * invalid UTF-8 in it; `depth` is the nesting of the whole line.
 */
export function hostileLine(
  maxBytes: number,
): fc.Arbitrary<{ bytes: Buffer; depth: number; path: string[] }> {
  return fc
    .record({
      path: fc.constantFrom(...JSON_FIELDS),
      value: hostileValue(maxBytes),
      badUtf8: fc.boolean(),
    })
    .map(({ path, value, badUtf8 }) => {
      let bytes = Buffer.from(envelopeWith(path, value.json));
      let depth = path.length + value.depth;
      if (badUtf8) {
        depth++;
        // Invalid UTF-8 inside a string: decoded as U+FFFD, never a throw.
        bytes = Buffer.concat([
          Buffer.from('{"seq":1,"chat":{"to":1,"text":"'),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from('"},"x":'),
          bytes,
          Buffer.from('}'),
        ]);
      }
      return { bytes, depth, path };
    });
}

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** `depth` protobuf groups (an unknown field 100) inside each other. */
export function nestedGroups(depth: number): Buffer {
  const start = varint((100 << 3) | 3);
  const end = varint((100 << 3) | 4);
  return Buffer.concat([
    Buffer.alloc(depth * start.length, start),
    Buffer.alloc(depth * end.length, end),
  ]);
}

/** A length-delimited field (wire type 2) holding `body`. */
export function lengthDelimited(field: number, body: Buffer): Buffer {
  return Buffer.concat([varint((field << 3) | 2), varint(body.length), body]);
}

/** A binary frame: the 4-byte length, then the body. */
export function binaryFrame(body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

/**
 * Hostile binary Envelope bodies that fit in `maxBytes`, none of them a
 * valid Envelope: groups nested past protobufjs' recursion limit (100),
 * alone or inside Login (field 10) and Plant (field 22), unclosed groups, a
 * stray end-group, and a length that claims more bytes than there are.
 */
export function hostileFrameBody(maxBytes: number): fc.Arbitrary<Buffer> {
  const maxDepth = Math.max(200, Math.floor((maxBytes - 16) / 4));
  const groups = fc.integer({ min: 200, max: maxDepth }).map(nestedGroups);
  return fc.oneof(
    groups,
    groups.map((g) => lengthDelimited(10, g)),
    groups.map((g) => lengthDelimited(22, g)),
    fc.integer({ min: 1, max: maxDepth }).map((d) => nestedGroups(d).subarray(0, d * 2)),
    fc.constant(varint((100 << 3) | 4)),
    fc
      .uint8Array({ minLength: 1, maxLength: 64 })
      .map((b) => Buffer.concat([varint((10 << 3) | 2), varint(0xfffffff), Buffer.from(b)])),
  );
}

/** The line from the outage report: 30,000 `[` inside `login`, 60 KB. */
export const OUTAGE_LINE = '{"seq":1,"login":' + '['.repeat(30000) + ']'.repeat(30000) + '}';

/**
 * A WebSocket frame as a client sends it (masked), with every field under
 * the caller's control so that it can break the protocol: `mask: false`
 * sends it unmasked, `rsv` sets reserved bits, `length` claims another
 * payload length than the bytes that follow (up to 2^64 - 1).
 */
export function wsClientFrame(
  opcode: number,
  payload: Uint8Array,
  o: { fin?: boolean; mask?: boolean; rsv?: number; length?: bigint } = {},
): Buffer {
  const length = o.length ?? BigInt(payload.length);
  let head: Buffer;
  if (length < 126n) head = Buffer.from([0, Number(length)]);
  else if (length < 65536n) {
    head = Buffer.from([0, 126, 0, 0]);
    head.writeUInt16BE(Number(length), 2);
  } else {
    head = Buffer.alloc(10);
    head[1] = 127;
    head.writeBigUInt64BE(length, 2);
  }
  head[0] = ((o.fin ?? true) ? 0x80 : 0) | ((o.rsv ?? 0) << 4) | opcode;
  if (o.mask === false) return Buffer.concat([head, payload]);
  head[1] = head[1]! | 0x80;
  const mask = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i & 3]!));
  return Buffer.concat([head, mask, body]);
}

/** A raw socket through the WebSocket handshake at ws://127.0.0.1:port/ws, and what came after the 101. */
export function rawWebSocket(port: number): Promise<{ socket: net.Socket; after: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let got = Buffer.alloc(0);
    socket.once('error', reject);
    socket.on('connect', () =>
      socket.write(
        'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      ),
    );
    const onData = (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const status = got.subarray(0, got.indexOf('\r\n')).toString();
      if (!status.startsWith('HTTP/1.1 101')) return reject(new Error(status));
      resolve({ socket, after: got.subarray(end + 4) });
    };
    socket.on('data', onData);
  });
}

/**
 * Everything the server sends on `socket` until it closes (or `ms` pass),
 * read as server frames: the close frame's code, or null without one.
 */
export function closeCodeOf(
  socket: net.Socket,
  already: Buffer,
  ms = 3000,
): Promise<number | null> {
  return new Promise((resolve) => {
    let got = already;
    socket.on('data', (c: Buffer) => (got = Buffer.concat([got, c])));
    const done = () => {
      clearTimeout(timer);
      resolve(findCloseCode(got));
    };
    const timer = setTimeout(() => {
      socket.off('close', done);
      socket.destroy();
      resolve(findCloseCode(got));
    }, ms);
    socket.once('close', done);
  });
}

/** The code of the first close frame in a run of (unmasked) server frames. */
function findCloseCode(bytes: Buffer): number | null {
  let at = 0;
  while (at + 2 <= bytes.length) {
    let length = bytes[at + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      length = bytes.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(at + 2));
      header = 10;
    }
    if ((bytes[at]! & 0x0f) === 8) return length >= 2 ? bytes.readUInt16BE(at + header) : 1005;
    at += header + length;
  }
  return null;
}

/** What a connection that pipelined many HTTP requests got back. */
export interface Pipelined {
  /** The status of every answer, in order. */
  statuses: string[];
  /** Whether the server closed the connection within the wait. */
  closed: boolean;
  /**
   * The socket's error, if any (ECONNRESET, EPIPE): a server that closes a
   * connection with requests still unread makes its kernel reset it, and
   * the answers that kernel had not sent yet are dropped.
   */
  error: string | null;
  seconds: number;
}

/**
 * Writes `count` copies of `GET path` on one connection and waits up to
 * `waitMs` for the server to close it. At once, or as a `busy` client: its
 * requests in pieces of up to 3,000 bytes a millisecond or so apart, and
 * its reading paused every other millisecond, so that the server reads
 * requests while it answers others and its answers back up.
 */
export async function pipelinedGets(
  port: number,
  path: string,
  count: number,
  waitMs: number,
  { busy = false } = {},
): Promise<Pipelined> {
  const s = net.connect({ host: '127.0.0.1', port });
  let error: string | null = null;
  s.on('error', (err: NodeJS.ErrnoException) => (error ??= err.code ?? err.message));
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString('latin1')));
  const closed = new Promise<boolean>((r) => s.on('close', () => r(true)));
  await new Promise((r) => s.once('connect', r));
  const t0 = Date.now();
  const requests = `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`.repeat(count);
  const fits = busy ? setInterval(() => (Math.random() < 0.5 ? s.pause() : s.resume()), 1) : null;
  if (busy) void writeInPieces(s, requests);
  else s.write(requests);
  const ended = await Promise.race([
    closed,
    new Promise<boolean>((r) => setTimeout(() => r(false), waitMs)),
  ]);
  clearInterval(fits ?? undefined);
  s.resume();
  // What a pause held back is handed over once resumed.
  await new Promise((r) => setImmediate(r));
  const seconds = (Date.now() - t0) / 1000;
  s.destroy();
  const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => m[1]!);
  return { statuses, closed: ended, error, seconds };
}

async function writeInPieces(s: net.Socket, text: string): Promise<void> {
  for (let at = 0; at < text.length && s.writable;) {
    const next = at + 1 + Math.floor(Math.random() * 3000);
    s.write(text.slice(at, next));
    at = next;
    await new Promise((r) => (Math.random() < 0.5 ? setImmediate(r) : setTimeout(r, 1)));
  }
}
