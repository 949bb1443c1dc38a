/**
 * The byte-stream side of the protocol: a pure decoder that turns the bytes
 * of one connection into binary frames or JSON lines and hands them to a
 * sink. It never touches a socket (tests feed it one byte at a time).
 *
 * - The first byte chooses the mode for the whole connection: `{` means
 *   JSON lines, anything else means binary frames (4-byte big-endian length,
 *   then the protobuf Envelope).
 * - A length above the maximum is refused from its 4 header bytes, before
 *   any buffer for the body exists; a line longer than the maximum is
 *   refused once that many bytes arrived without a newline.
 * - After an error the decoder ignores everything (the connection closes).
 */

export type StreamErrorCode = 'FRAME_TOO_LARGE' | 'LINE_TOO_LONG';

export interface StreamSink {
  frame(payload: Buffer): void;
  line(text: string): void;
  error(code: StreamErrorCode, message: string): void;
}

export type StreamMode = 'unknown' | 'binary' | 'json';

const OPEN_BRACE = 0x7b;
const NEWLINE = 0x0a;
/** Past this many pending chunks they are merged, so 1-byte writes cost O(n), not O(n) Buffers. */
const MAX_CHUNKS = 64;

/** The mode a connection's first byte chooses: `{` is JSON lines, anything else binary frames. */
export function modeOf(firstByte: number | undefined): 'binary' | 'json' {
  return firstByte === OPEN_BRACE ? 'json' : 'binary';
}

export class StreamDecoder {
  private chunks: Buffer[] = [];
  private pending = 0;
  private dead = false;
  mode: StreamMode = 'unknown';

  constructor(
    private readonly sink: StreamSink,
    private readonly maxBytes: number,
  ) {}

  /** Bytes held for an incomplete frame or line (bounded by maxBytes + 4). */
  get buffered(): number {
    return this.pending;
  }

  push(chunk: Buffer): void {
    if (this.dead || chunk.length === 0) return;
    if (this.mode === 'unknown') this.mode = modeOf(chunk[0]);
    if (this.mode === 'json') this.pushJson(chunk);
    else this.pushBinary(chunk);
  }

  /**
   * `push` for a chunk whose memory is written over once this returns (a
   * socket's `onread` buffer): the sink gets views of it and must be done
   * with them when it returns; what is kept for an incomplete frame or line
   * is copied out.
   */
  pushTransient(chunk: Buffer): void {
    this.push(chunk);
    for (let i = 0; i < this.chunks.length; i++) {
      const kept = this.chunks[i] as Buffer;
      if (kept.buffer === chunk.buffer) this.chunks[i] = Buffer.from(kept);
    }
  }

  private fail(code: StreamErrorCode, message: string): void {
    this.dead = true;
    this.chunks = [];
    this.pending = 0;
    this.sink.error(code, message);
  }

  private append(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.pending += chunk.length;
    if (this.chunks.length > MAX_CHUNKS) this.chunks = [Buffer.concat(this.chunks, this.pending)];
  }

  /** Removes and returns the first n pending bytes (n <= pending). */
  private take(n: number): Buffer {
    const first = this.chunks[0] as Buffer;
    if (first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.pending -= n;
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0] as Buffer;
      const use = Math.min(c.length, n - filled);
      c.copy(out, filled, 0, use);
      filled += use;
      if (use === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(use);
    }
    this.pending -= n;
    return out;
  }

  /** The 4-byte length at the front, without consuming it. */
  private peekLength(): number {
    const first = this.chunks[0] as Buffer;
    if (first.length >= 4) return first.readUInt32BE(0);
    const head = Buffer.allocUnsafe(4);
    let filled = 0;
    for (const c of this.chunks) {
      const use = Math.min(c.length, 4 - filled);
      c.copy(head, filled, 0, use);
      filled += use;
      if (filled === 4) break;
    }
    return head.readUInt32BE(0);
  }

  private pushBinary(chunk: Buffer): void {
    this.append(chunk);
    while (!this.dead && this.pending >= 4) {
      const length = this.peekLength();
      if (length > this.maxBytes) {
        this.fail(
          'FRAME_TOO_LARGE',
          `frame of ${length} bytes exceeds the limit of ${this.maxBytes}`,
        );
        return;
      }
      if (this.pending < 4 + length) return;
      this.take(4);
      this.sink.frame(length === 0 ? Buffer.alloc(0) : this.take(length));
    }
  }

  private pushJson(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl < 0) break;
      const part = chunk.subarray(start, nl);
      if (this.pending + part.length > this.maxBytes) {
        this.fail('LINE_TOO_LONG', `line longer than the limit of ${this.maxBytes} bytes`);
        return;
      }
      const line = this.pending === 0 ? part : Buffer.concat([...this.chunks, part]);
      this.chunks = [];
      this.pending = 0;
      const text = line.toString('utf8').replace(/\r$/, '');
      if (text.trim().length > 0) this.sink.line(text);
      if (this.dead) return;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) return;
    if (this.pending + rest.length > this.maxBytes) {
      this.fail('LINE_TOO_LONG', `line longer than the limit of ${this.maxBytes} bytes`);
      return;
    }
    this.append(rest);
  }

  /** Called by the owner when the connection closed: nothing more will come. */
  end(): void {
    this.dead = true;
    this.chunks = [];
    this.pending = 0;
  }
}

/** A binary frame: the 4-byte big-endian length, then the bytes. */
export function frame(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}
