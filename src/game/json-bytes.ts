/**
 * A JSON document written as UTF-8 bytes into one reused buffer, then taken
 * as one flat string. The stored farm is written on every save; built from
 * string pieces it is a rope of a hundred nodes that the driver must
 * flatten before it can encode it, and each 13-digit time goes through
 * V8's general number-to-text path. Written here it is one pass over
 * bytes. Not re-entrant: one document at a time, taken before the next.
 */
export class JsonBytes {
  private buf = Buffer.allocUnsafe(4096);
  private pos = 0;

  /** Bytes prepared once: a literal piece of the document, or a quoted name. */
  static encode(text: string): Uint8Array {
    return new Uint8Array(Buffer.from(text, 'utf8'));
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** Prepared bytes, copied as they are (they are a few bytes: a loop beats a native call). */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = bytes[i] as number;
    this.pos = p;
  }

  /** A string, quoted and escaped as JSON.stringify does. */
  string(s: string): void {
    const quoted = JSON.stringify(s);
    this.room(quoted.length * 3);
    this.pos += this.buf.write(quoted, this.pos, 'utf8');
  }

  /** The decimal digits of 0 <= n < 2^31, left-padded with zeros to `width`. */
  private digits(n: number, width: number): void {
    let len = 1;
    for (let m = n; m >= 10; m = (m / 10) | 0) len++;
    if (len < width) len = width;
    const buf = this.buf;
    let at = this.pos + len;
    this.pos = at;
    for (; len > 0; len--) {
      const q = (n / 10) | 0;
      buf[--at] = 48 + n - q * 10;
      n = q;
    }
  }

  /** A number as JSON.stringify writes it (whole numbers up to 2^53 digit by digit). */
  number(n: number): void {
    if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) {
      this.room(10);
      this.digits(n, 1);
    } else if (n > 0 && Number.isSafeInteger(n)) {
      const high = Math.floor(n / 1e8);
      this.room(17);
      this.digits(high, 1);
      this.digits(n - high * 1e8, 8);
    } else {
      this.ascii(Number.isFinite(n) ? String(n) : 'null');
    }
  }

  /** Text known to be ASCII (a number's text), byte for byte. */
  private ascii(text: string): void {
    this.room(text.length);
    const buf = this.buf;
    for (let i = 0; i < text.length; i++) buf[this.pos++] = text.charCodeAt(i);
  }

  /** The document written since the last take, as one flat string; the writer starts over. */
  take(): string {
    const s = this.buf.toString('utf8', 0, this.pos);
    this.pos = 0;
    return s;
  }
}
