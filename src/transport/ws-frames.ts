import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';

/**
 * The WebSocket wire format (RFC 6455), server side: the handshake's
 * accept key, a frame reader for what clients send, and the frames the
 * server sends. Pure code, no sockets.
 *
 * Why not the `ws` library's server: it keeps a WebSocket, a Receiver (a
 * Writable stream with its state) and a Sender for every connection, about
 * 1,250 bytes of heap an idle player over what the TCP port keeps. An idle
 * reader here is one small object. The clients (src/client, the bots, the
 * tests) still use `ws`, so every frame this code reads or writes is also
 * checked against that implementation, and against Chromium in the web test.
 *
 * Everything a client sends is hostile: the length is checked against the
 * limit before a byte of the payload is kept, and any breach of the
 * protocol ends the connection with its close code (1002 protocol error,
 * 1007 invalid UTF-8, 1009 too big).
 */

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** Sec-WebSocket-Accept for a client's Sec-WebSocket-Key. */
export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + GUID)
    .digest('base64');
}

/** A well-formed Sec-WebSocket-Key: 16 random bytes in base64. */
export function validKey(key: unknown): key is string {
  return typeof key === 'string' && /^[+/0-9A-Za-z]{21}[AQgw]==$/.test(key);
}

export const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  noStatus: 1005,
  invalidData: 1007,
  tooBig: 1009,
  serviceRestart: 1012,
} as const;

/** What a FrameReader finds; its owner (one per connection) implements it. */
export interface FrameSink {
  message(data: Buffer, binary: boolean): void;
  ping(data: Buffer): void;
  pong(): void;
  /** The peer's close frame (code 1005 when it carried none). Nothing is read after it. */
  closed(code: number): void;
  /** A breach of the protocol: close with this code. Nothing is read after it. */
  failed(code: number, reason: string): void;
}

/** Close codes a peer may send (RFC 6455 7.4, and 3000-4999 for applications). */
function validCloseCode(code: number): boolean {
  return (
    (code >= 1000 && code <= 1003) ||
    (code >= 1007 && code <= 1014) ||
    (code >= 3000 && code <= 4999)
  );
}

/** The most frames one message may come in (a browser sends one). */
export const MAX_FRAGMENTS = 128;

/**
 * Reads client frames from a byte stream. An idle reader holds no buffer:
 * bytes are kept only while a frame or a fragmented message is incomplete,
 * and never more than the limit allows. An incomplete frame's bytes go into
 * one buffer that at most doubles as they come (never larger than twice
 * what came, nor than the frame), so a frame that arrives a byte at a time
 * costs linear work, and a header alone claiming a large frame costs
 * nothing large.
 */
export class FrameReader {
  /** The bytes of an incomplete frame (from its first header byte), in the first `partialBytes`. */
  private partial: Buffer | null = null;
  private partialBytes = 0;
  /** How many bytes the incomplete frame needs before it is read again. */
  private needed = 0;
  /** The frames of a fragmented message so far, and its opcode. */
  private fragments: Buffer[] | null = null;
  private fragmentsBytes = 0;
  private fragmentsBinary = false;
  private done = false;

  constructor(
    private readonly sink: FrameSink,
    /** The largest message, in bytes (a fragmented one counted whole). */
    private readonly maxPayload: number,
  ) {}

  push(chunk: Buffer): void {
    while (!this.done && chunk.length > 0) {
      if (!this.partial) return this.read(chunk);
      const take = Math.min(chunk.length, this.needed - this.partialBytes);
      this.keep(chunk.subarray(0, take));
      chunk = chunk.subarray(take);
      if (this.partialBytes < this.needed) return;
      const data = this.partial.subarray(0, this.partialBytes);
      this.partial = null;
      this.partialBytes = 0;
      this.read(data);
    }
  }

  /** Reads the frames in `data`; an incomplete one at its end is kept. */
  private read(data: Buffer): void {
    let at = 0;
    while (at < data.length) {
      const used = this.frame(data, at);
      if (this.done) return;
      if (used < 0) {
        this.needed = -used;
        return this.keep(data.subarray(at));
      }
      at += used;
    }
  }

  /** Appends to the incomplete frame, growing its buffer by doubling up to what it needs. */
  private keep(bytes: Buffer): void {
    const have = this.partialBytes;
    const want = have + bytes.length;
    if (!this.partial || this.partial.length < want) {
      const grown = Buffer.allocUnsafe(
        Math.min(this.needed, Math.max(want, 2 * (this.partial?.length ?? 0), 64)),
      );
      this.partial?.copy(grown, 0, 0, have);
      this.partial = grown;
    }
    bytes.copy(this.partial, have);
    this.partialBytes = want;
  }

  /** Stops reading (the connection is going away). */
  end(): void {
    this.done = true;
    this.partial = null;
    this.partialBytes = 0;
    this.fragments = null;
  }

  /**
   * Reads one frame at `at`: its size, or, when it is not all there yet,
   * minus the bytes it needs before it is worth trying again.
   */
  private frame(data: Buffer, at: number): number {
    const left = data.length - at;
    if (left < 2) return -2;
    const b0 = data[at]!;
    const b1 = data[at + 1]!;
    const opcode = b0 & 0x0f;
    if (b0 & 0x70) return this.fail(CLOSE.protocolError, 'reserved bits set');
    if (!(b1 & 0x80)) return this.fail(CLOSE.protocolError, 'client frames must be masked');
    let length = b1 & 0x7f;
    let header = 6;
    if (length === 126) {
      if (left < 4) return -4;
      length = data.readUInt16BE(at + 2);
      header = 8;
    } else if (length === 127) {
      if (left < 10) return -10;
      // Over 2^32 is over any limit; checked before the low word is read.
      if (data.readUInt32BE(at + 2) !== 0) return this.fail(CLOSE.tooBig, 'message too big');
      length = data.readUInt32BE(at + 6);
      header = 14;
    }
    const problem = this.check(opcode, (b0 & 0x80) !== 0, length);
    if (problem) return this.fail(problem[0], problem[1]);
    if (left < header + length) return -(header + length);
    const payload = data.subarray(at + header, at + header + length);
    unmask(payload, data, at + header - 4);
    this.dispatch(opcode, (b0 & 0x80) !== 0, payload);
    return header + length;
  }

  /** What is wrong with a frame from its header alone, before its payload is kept. */
  private check(opcode: number, fin: boolean, length: number): [number, string] | null {
    if (opcode >= OP.close) {
      if (opcode > OP.pong) return [CLOSE.protocolError, `unknown opcode ${opcode}`];
      if (!fin || length > 125) return [CLOSE.protocolError, 'bad control frame'];
      return null;
    }
    if (opcode > OP.binary) return [CLOSE.protocolError, `unknown opcode ${opcode}`];
    if (opcode === OP.continuation && !this.fragments)
      return [CLOSE.protocolError, 'continuation without a message'];
    if (opcode !== OP.continuation && this.fragments)
      return [CLOSE.protocolError, 'new message inside a fragmented one'];
    if (this.fragments && this.fragments.length >= MAX_FRAGMENTS)
      return [CLOSE.tooBig, 'too many fragments'];
    if (this.fragmentsBytes + length > this.maxPayload) return [CLOSE.tooBig, 'message too big'];
    return null;
  }

  private dispatch(opcode: number, fin: boolean, payload: Buffer): void {
    if (opcode === OP.ping) return this.sink.ping(payload);
    if (opcode === OP.pong) return this.sink.pong();
    if (opcode === OP.close) return this.close(payload);
    if (opcode !== OP.continuation) this.fragmentsBinary = opcode === OP.binary;
    if (!fin || this.fragments) {
      // Copied: the read buffer under this view is reused by the next frames.
      (this.fragments ??= []).push(Buffer.from(payload));
      this.fragmentsBytes += payload.length;
      if (!fin) return;
      payload = Buffer.concat(this.fragments, this.fragmentsBytes);
      this.fragments = null;
      this.fragmentsBytes = 0;
    }
    if (!this.fragmentsBinary && !isUtf8(payload))
      return void this.fail(CLOSE.invalidData, 'text message is not UTF-8');
    this.sink.message(payload, this.fragmentsBinary);
  }

  private close(payload: Buffer): void {
    this.end();
    if (payload.length === 0) return this.sink.closed(CLOSE.noStatus);
    const code = payload.length >= 2 ? payload.readUInt16BE(0) : 0;
    if (!validCloseCode(code)) return this.sink.failed(CLOSE.protocolError, 'bad close code');
    if (!isUtf8(payload.subarray(2)))
      return this.sink.failed(CLOSE.invalidData, 'close reason is not UTF-8');
    this.sink.closed(code);
  }

  private fail(code: number, reason: string): 0 {
    this.end();
    this.sink.failed(code, reason);
    return 0;
  }
}

/** XORs a payload in place with the 4-byte mask at data[maskAt]. */
function unmask(payload: Buffer, data: Buffer, maskAt: number): void {
  const m0 = data[maskAt]!;
  const m1 = data[maskAt + 1]!;
  const m2 = data[maskAt + 2]!;
  const m3 = data[maskAt + 3]!;
  const n = payload.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    payload[i] = payload[i]! ^ m0;
    payload[i + 1] = payload[i + 1]! ^ m1;
    payload[i + 2] = payload[i + 2]! ^ m2;
    payload[i + 3] = payload[i + 3]! ^ m3;
  }
  for (; i < n; i++) payload[i] = payload[i]! ^ data[maskAt + (i & 3)]!;
}

/** One unfragmented, unmasked server frame: header and payload in one buffer. */
export function serverFrame(opcode: number, payload: Uint8Array): Buffer {
  const n = payload.length;
  const header = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + n);
  frame[0] = 0x80 | opcode;
  if (n < 126) frame[1] = n;
  else if (n < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  frame.set(payload, header);
  return frame;
}

/** A close frame with its code (no reason text). */
export function closeFrame(code: number): Buffer {
  const body = Buffer.allocUnsafe(2);
  body.writeUInt16BE(code, 0);
  return serverFrame(OP.close, body);
}
