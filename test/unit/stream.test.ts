import assert from 'node:assert/strict';
import { decodeBinary, encodeBinary, encodeJson, type Envelope } from '../../src/protocol/messages';
import { StreamDecoder, type StreamErrorCode } from '../../src/protocol/stream';

function collect(max = 65536) {
  const frames: Buffer[] = [];
  const lines: string[] = [];
  const errors: Array<{ code: StreamErrorCode; message: string }> = [];
  const decoder = new StreamDecoder(
    {
      frame: (b) => frames.push(Buffer.from(b)),
      line: (t) => lines.push(t),
      error: (code, message) => errors.push({ code, message }),
    },
    max,
  );
  return { decoder, frames, lines, errors };
}

const sample: Envelope[] = [
  { seq: 1, login: { token: 'abc', clientVersion: 'x' } },
  { seq: 2, plant: { plot: 3, crop: 'wheat' } },
  { seq: 3, getState: {} },
  { seq: 0, chatReceived: { from: Number.MAX_SAFE_INTEGER, text: 'héllo ✓', sentAt: 1 } },
  { seq: 4, sendGift: { to: 7, item: 'corn', qty: 2 } },
];

/** A seeded generator, so a failing split can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Feeds `bytes` in pieces of 1 to 40 bytes, cut where `next` says. */
function cutAtRandom(bytes: Buffer, next: () => number, feed: (piece: Buffer) => void): void {
  for (let at = 0; at < bytes.length;) {
    const n = 1 + Math.floor(next() * 40);
    feed(bytes.subarray(at, at + n));
    at += n;
  }
}

describe('stream decoder (pure: bytes in, frames out)', () => {
  const binary = Buffer.concat(sample.map(encodeBinary));
  const json = Buffer.concat(sample.map(encodeJson));

  it('binary frames fed one byte at a time', () => {
    const { decoder, frames, errors } = collect();
    for (const byte of binary) decoder.push(Buffer.from([byte]));
    assert.equal(errors.length, 0);
    assert.equal(frames.length, sample.length);
    const decoded = frames.map((f) => decodeBinary(f));
    assert.ok(decoded.every((d) => d.ok));
    assert.equal(decoded[1]?.ok && decoded[1].envelope.plant?.crop, 'wheat');
    assert.equal(decoded[3]?.ok && decoded[3].envelope.chatReceived?.from, Number.MAX_SAFE_INTEGER);
    assert.equal(decoder.mode, 'binary');
  });

  it('whole frames in one read, then a frame cut across reads: the same bytes, in order', () => {
    const bodies = sample.map((e) => encodeBinary(e).subarray(4).toString('hex'));
    const empty = Buffer.from([0, 0, 0, 0]);
    // An empty frame and four whole ones, then the fifth cut in two, then an empty one.
    const cut = binary.length - 5;
    const { decoder, frames, errors } = collect();
    decoder.push(Buffer.concat([empty, binary.subarray(0, cut)]));
    assert.equal(frames.length, 1 + sample.length - 1);
    decoder.push(Buffer.concat([binary.subarray(cut), empty]));
    assert.deepEqual(errors, []);
    assert.deepEqual(
      frames.map((f) => f.toString('hex')),
      ['', ...bodies, ''],
    );
    assert.equal(decoder.buffered, 0);
  });

  it('streams cut at random places decode the same, pushed or read into one reused buffer', () => {
    const expected = {
      frames: sample.map((e) => encodeBinary(e).subarray(4).toString('hex')),
      lines: sample.map((e) => encodeJson(e).toString('utf8').trimEnd()),
    };
    const shared = Buffer.alloc(64);
    for (let seed = 1; seed <= 200; seed++) {
      for (const [bytes, expect] of [
        [binary, 'frames'],
        [json, 'lines'],
      ] as const) {
        const pushed = collect();
        cutAtRandom(bytes, rng(seed), (piece) => pushed.decoder.push(piece));
        // pushTransient: the next read writes over the buffer (a socket's onread).
        const read = collect();
        cutAtRandom(bytes, rng(seed), (piece) => {
          piece.copy(shared);
          read.decoder.pushTransient(shared.subarray(0, piece.length));
          shared.fill(0xff);
        });
        for (const c of [pushed, read]) {
          assert.deepEqual(c.errors, [], `seed ${seed}`);
          const got = expect === 'frames' ? c.frames.map((f) => f.toString('hex')) : c.lines;
          assert.deepEqual(got, expected[expect], `seed ${seed} ${expect}`);
        }
      }
    }
  });

  it('a sink that ends the decoder in the middle of a read gets no more frames', () => {
    const frames: Buffer[] = [];
    const decoder: StreamDecoder = new StreamDecoder(
      {
        frame: (b) => {
          frames.push(b);
          decoder.end();
        },
        line: () => undefined,
        error: () => undefined,
      },
      65536,
    );
    decoder.push(binary);
    assert.equal(frames.length, 1);
    assert.equal(decoder.buffered, 0);
  });

  it('an oversize length after whole frames in the same read: the frames, then the error', () => {
    const { decoder, frames, errors } = collect(1024);
    decoder.push(Buffer.concat([binary, Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])]));
    assert.equal(frames.length, sample.length);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.code, 'FRAME_TOO_LARGE');
    assert.equal(decoder.buffered, 0, 'nothing held');
  });

  it('JSON lines one byte at a time, with \\r\\n and blank lines', () => {
    const { decoder, lines, errors } = collect();
    const text = Buffer.from('{"seq":1,"getState":{}}\r\n\n{"seq":2,"top":{"n":3}}\n');
    for (const byte of text) decoder.push(Buffer.from([byte]));
    assert.deepEqual(errors, []);
    assert.deepEqual(lines, ['{"seq":1,"getState":{}}', '{"seq":2,"top":{"n":3}}']);
    assert.equal(decoder.mode, 'json');
  });

  it('an oversize length is refused from the 4 header bytes, before any body buffer', () => {
    const { decoder, frames, errors } = collect(1024);
    decoder.push(Buffer.from([0xff, 0xff]));
    assert.equal(errors.length, 0);
    decoder.push(Buffer.from([0xff, 0xff]));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.code, 'FRAME_TOO_LARGE');
    assert.match(errors[0]?.message ?? '', /4294967295/);
    assert.equal(decoder.buffered, 0, 'nothing held');
    decoder.push(Buffer.alloc(10000));
    assert.equal(frames.length, 0, 'after an error the decoder ignores the rest');
    assert.equal(errors.length, 1);
  });

  it('a frame of exactly the limit passes; one byte more does not', () => {
    const ok = collect(100);
    const body = Buffer.alloc(100, 1);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(100);
    ok.decoder.push(Buffer.concat([header, body]));
    assert.equal(ok.frames.length, 1);
    const bad = collect(100);
    header.writeUInt32BE(101);
    bad.decoder.push(header);
    assert.equal(bad.errors[0]?.code, 'FRAME_TOO_LARGE');
  });

  it('a JSON line longer than the limit is refused once that many bytes came', () => {
    const { decoder, errors, lines } = collect(64);
    decoder.push(Buffer.from('{' + 'x'.repeat(40)));
    assert.equal(errors.length, 0);
    decoder.push(Buffer.from('y'.repeat(40)));
    assert.equal(errors[0]?.code, 'LINE_TOO_LONG');
    assert.equal(lines.length, 0);
  });

  it('slowloris: a large frame in 1-byte writes keeps few pending buffers and the bytes bounded', () => {
    const { decoder, frames } = collect(65536);
    const big = encodeBinary({ seq: 1, chat: { to: 1, text: 'z'.repeat(60000) } });
    for (let i = 0; i < big.length - 1; i++) {
      decoder.push(big.subarray(i, i + 1));
      assert.ok(decoder.buffered <= 65536 + 4);
    }
    decoder.push(big.subarray(big.length - 1));
    assert.equal(frames.length, 1);
  });

  it('garbage bytes make frames that fail to decode, never a throw', () => {
    const next = rng(7);
    for (let i = 0; i < 500; i++) {
      const body = Buffer.from(
        Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256)),
      );
      const r = decodeBinary(body);
      assert.equal(typeof r.ok, 'boolean');
    }
  });
});
