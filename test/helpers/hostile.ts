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
