import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as wsLib from 'ws';
import {
  acceptKey,
  CLOSE,
  closeFrame,
  FrameReader,
  type FrameSink,
  MAX_FRAGMENTS,
  OP,
  serverFrame,
  validKey,
} from '../../src/transport/ws-frames';
import { wsClientFrame } from '../helpers/hostile';

/**
 * The server's WebSocket framing (RFC 6455) as pure code: frames from the
 * `ws` library's client and hand-made hostile ones in, server frames out
 * and read back by `ws`'s own receiver.
 */

type Event =
  | ['message', string, boolean]
  | ['ping', string]
  | ['pong']
  | ['closed', number]
  | ['failed', number, string];

function reader(maxPayload = 1024): { r: FrameReader; events: Event[] } {
  const events: Event[] = [];
  const sink: FrameSink = {
    message: (d, binary) => events.push(['message', d.toString('latin1'), binary]),
    ping: (d) => events.push(['ping', d.toString('latin1')]),
    pong: () => events.push(['pong']),
    closed: (code) => events.push(['closed', code]),
    failed: (code, reason) => events.push(['failed', code, reason]),
  };
  return { r: new FrameReader(sink, maxPayload), events };
}

/** The `ws` library's own frame writer and reader (exported, not in its types). */
const { Sender, Receiver } = wsLib as unknown as {
  Sender: { frame(data: Buffer, options: object): Buffer[] };
  Receiver: new (options: object) => NodeJS.EventEmitter & { write(b: Buffer): void };
};

/** A frame as the `ws` client library masks and sends it. */
function wsFrame(opcode: number, data: Buffer, fin = true): Buffer {
  return Buffer.concat(
    Sender.frame(data, { fin, opcode, mask: true, readOnly: true, rsv1: false }),
  );
}

const text = (s: string) => Buffer.from(s, 'utf8');
const codeOf = (events: Event[]) => (events.at(-1)?.[0] === 'failed' ? events.at(-1)![1] : null);

describe('WebSocket framing (server side)', () => {
  it('the accept key is the RFC 6455 example; keys must be 16 bytes of base64', () => {
    assert.equal(acceptKey('dGhlIHNhbXBsZSBub25jZQ=='), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    assert.ok(validKey('dGhlIHNhbXBsZSBub25jZQ=='));
    for (const bad of [
      undefined,
      '',
      'abc',
      'dGhlIHNhbXBsZSBub25jZQ',
      'dGhlIHNhbXBsZSBub25jZQ=x',
      'x'.repeat(24),
    ])
      assert.ok(!validKey(bad), String(bad));
  });

  it('reads what the ws client sends, whole or cut at any byte', () => {
    const big = Buffer.alloc(70000, 7);
    const frames = [
      wsFrame(OP.binary, Buffer.from([1, 2, 3])),
      wsFrame(OP.text, text('héllo')),
      wsFrame(OP.ping, text('p')),
      wsFrame(OP.binary, Buffer.alloc(300, 9)),
      wsFrame(OP.pong, Buffer.alloc(0)),
      wsFrame(OP.binary, big),
      wsFrame(OP.close, Buffer.from([0x03, 0xe8, 0x62, 0x79, 0x65])),
    ];
    const all = Buffer.concat(frames);
    const expected: Event[] = [
      ['message', '\x01\x02\x03', true],
      ['message', text('héllo').toString('latin1'), false],
      ['ping', 'p'],
      ['message', '\x09'.repeat(300), true],
      ['pong'],
      ['message', big.toString('latin1'), true],
      ['closed', 1000],
    ];
    const whole = reader(100000);
    whole.r.push(Buffer.from(all));
    assert.deepEqual(whole.events, expected);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: all.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const { r, events } = reader(100000);
          const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), all.length];
          const copy = Buffer.from(all);
          for (let i = 1; i < at.length; i++) r.push(copy.subarray(at[i - 1], at[i]));
          assert.deepEqual(events, expected);
        },
      ),
      { numRuns: 60 },
    );
    const byByte = reader(100000);
    const copy = Buffer.from(all.subarray(0, all.length - big.length - 20));
    for (let i = 0; i < copy.length; i++) byByte.r.push(copy.subarray(i, i + 1));
    assert.deepEqual(byByte.events, expected.slice(0, 5));
  });

  it('a fragmented message is joined, with control frames between its pieces', () => {
    const { r, events } = reader();
    r.push(wsFrame(OP.text, text('he'), false));
    r.push(wsFrame(OP.ping, text('x')));
    r.push(wsFrame(OP.continuation, text('ll'), false));
    r.push(wsFrame(OP.continuation, text('o'), true));
    r.push(wsFrame(OP.binary, Buffer.from([5]), false));
    r.push(wsFrame(OP.continuation, Buffer.from([6]), true));
    assert.deepEqual(events, [
      ['ping', 'x'],
      ['message', 'hello', false],
      ['message', '\x05\x06', true],
    ]);
  });

  it('a close without a code reads as 1005; after a close nothing more is read', () => {
    const { r, events } = reader();
    r.push(Buffer.concat([wsFrame(OP.close, Buffer.alloc(0)), wsFrame(OP.binary, text('late'))]));
    r.push(wsFrame(OP.binary, text('later')));
    assert.deepEqual(events, [['closed', CLOSE.noStatus]]);
  });

  it('breaches of the protocol fail with their close code, and nothing after them is read', () => {
    const cases: [string, Buffer, number][] = [
      ['unmasked', wsClientFrame(OP.binary, text('a'), { mask: false }), 1002],
      ['reserved bits', wsClientFrame(OP.binary, text('a'), { rsv: 4 }), 1002],
      ['opcode 3', wsClientFrame(3, text('a')), 1002],
      ['opcode 11', wsClientFrame(11, text('a')), 1002],
      ['fragmented ping', wsClientFrame(OP.ping, text('a'), { fin: false }), 1002],
      ['ping of 126 bytes', wsClientFrame(OP.ping, Buffer.alloc(126)), 1002],
      ['continuation first', wsClientFrame(OP.continuation, text('a')), 1002],
      [
        'a message inside a fragmented one',
        Buffer.concat([
          wsClientFrame(OP.text, text('a'), { fin: false }),
          wsClientFrame(OP.binary, text('b')),
        ]),
        1002,
      ],
      ['text that is not UTF-8', wsClientFrame(OP.text, Buffer.from([0xc3, 0x28])), 1007],
      ['close code 999', wsClientFrame(OP.close, Buffer.from([0x03, 0xe7])), 1002],
      ['close code 1005', wsClientFrame(OP.close, Buffer.from([0x03, 0xed])), 1002],
      ['close with one byte', wsClientFrame(OP.close, Buffer.from([0x03])), 1002],
      ['close reason not UTF-8', wsClientFrame(OP.close, Buffer.from([0x03, 0xe8, 0xff])), 1007],
      ['over the limit', wsClientFrame(OP.binary, Buffer.alloc(1025)), 1009],
      [
        'fragments over the limit',
        Buffer.concat([
          wsClientFrame(OP.binary, Buffer.alloc(600), { fin: false }),
          wsClientFrame(OP.continuation, Buffer.alloc(600)),
        ]),
        1009,
      ],
    ];
    for (const [name, bytes, code] of cases) {
      const { r, events } = reader(1024);
      r.push(Buffer.concat([bytes, wsFrame(OP.binary, text('after'))]));
      assert.equal(codeOf(events), code, name);
      assert.ok(!events.some((e) => e[0] === 'message' && e[1] === 'after'), name);
    }
  });

  it('a length over the limit fails at its header, before any payload is kept', () => {
    for (const length of [1025n, 2n ** 32n, 2n ** 63n + 5n]) {
      const { r, events } = reader(1024);
      const frame = wsClientFrame(OP.binary, Buffer.alloc(0), { length });
      r.push(frame.subarray(0, frame.length - 4)); // no mask yet, no payload
      if (length === 1025n) r.push(frame.subarray(frame.length - 4));
      assert.equal(codeOf(events), CLOSE.tooBig, String(length));
      assert.equal((r as unknown as { partial: Buffer | null }).partial, null);
    }
  });

  it('an idle reader keeps no bytes; an incomplete frame is kept as its own copy', () => {
    const { r } = reader();
    const frame = wsFrame(OP.binary, Buffer.alloc(100, 1));
    const chunk = Buffer.concat([frame, frame.subarray(0, 50)]);
    r.push(chunk);
    const kept = r as unknown as { partial: Buffer; partialBytes: number };
    const partial = kept.partial.subarray(0, kept.partialBytes);
    assert.equal(partial.length, 50);
    chunk.fill(0);
    assert.deepEqual(partial, frame.subarray(0, 50), 'a copy, not a view on the read buffer');
    r.push(frame.subarray(50));
    assert.equal((r as unknown as { partial: Buffer | null }).partial, null);
  });

  it('a frame that comes a byte at a time is joined in linear work, not quadratic', () => {
    const frame = wsFrame(OP.binary, Buffer.alloc(8192, 5));
    const concat = Buffer.concat;
    let copied = 0;
    Buffer.concat = ((list: readonly Uint8Array[], total?: number) => {
      const out = concat(list, total);
      copied += out.length;
      return out;
    }) as typeof Buffer.concat;
    try {
      const { r, events } = reader(10000);
      for (let i = 0; i < frame.length; i++) r.push(frame.subarray(i, i + 1));
      assert.equal(events.length, 1);
      assert.equal((events[0] as [string, string, boolean])[1].length, 8192);
    } finally {
      Buffer.concat = concat;
    }
    // Joining at every byte would copy about 8,192²/2 = 33 MB.
    assert.ok(
      copied < 20 * frame.length,
      `${copied} bytes copied for a ${frame.length}-byte frame`,
    );
  });

  it('a message in more than MAX_FRAGMENTS frames fails with 1009, empty fragments included', () => {
    const { r, events } = reader();
    r.push(wsFrame(OP.binary, Buffer.from([1]), false));
    for (let i = 0; i < 10 * MAX_FRAGMENTS && !codeOf(events); i++)
      r.push(wsFrame(OP.continuation, Buffer.alloc(0), false));
    assert.equal(codeOf(events), CLOSE.tooBig);
    assert.equal((r as unknown as { fragments: Buffer[] | null }).fragments, null);
  });

  it('server frames of every length class are read back by the ws library', () => {
    const got: [string, number, boolean?][] = [];
    const rx = new Receiver({ isServer: false, maxPayload: 0 });
    rx.on('message', (d: Buffer, binary: boolean) => got.push(['message', d.length, binary]));
    rx.on('ping', (d: Buffer) => got.push(['ping', d.length]));
    rx.on('conclude', (code: number) => got.push(['close', code]));
    for (const n of [0, 1, 125, 126, 65535, 65536, 70000])
      rx.write(serverFrame(OP.binary, Buffer.alloc(n, 3)));
    rx.write(serverFrame(OP.text, text('ok')));
    rx.write(serverFrame(OP.ping, Buffer.alloc(0)));
    rx.write(closeFrame(CLOSE.serviceRestart));
    assert.deepEqual(got, [
      ['message', 0, true],
      ['message', 1, true],
      ['message', 125, true],
      ['message', 126, true],
      ['message', 65535, true],
      ['message', 65536, true],
      ['message', 70000, true],
      ['message', 2, false],
      ['ping', 0],
      ['close', 1012],
    ]);
  });
});
