import assert from 'node:assert/strict';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimitedRequests } from '../../src/transport/http-limit';

/**
 * The refusal of a connection past its request rate: a 429, then a
 * lingering close (the client's further input read and dropped, never
 * parsed, for at most 2 s and 1 MiB), so that no reset drops the 429.
 */
describe('rateLimitedRequests: 429 and a lingering close', () => {
  let server: http.Server;
  let port: number;
  let parsed = 0;
  const clients: net.Socket[] = [];

  beforeEach(async () => {
    parsed = 0;
    server = http.createServer(
      rateLimitedRequests((_req, res) => res.end('ok\n'), {
        perSecond: 1,
        burst: 2,
        clock: Date.now,
      }),
    );
    server.on('request', () => parsed++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    server.closeAllConnections();
    server.close();
  });

  /**
   * A connection that sends 3 requests (the third refused) and keeps its
   * side open; `closed` is when the server's socket closed, in ms from the
   * client's connect.
   */
  async function refused(): Promise<{ s: net.Socket; got: () => string; closed: Promise<number> }> {
    const accepted = new Promise<net.Socket>((r) => server.once('connection', r));
    const s = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    s.on('error', () => undefined);
    clients.push(s);
    let text = '';
    s.on('data', (c: Buffer) => (text += c.toString('latin1')));
    await new Promise((r) => s.once('connect', r));
    const t0 = Date.now();
    const ours = await accepted;
    const closed = new Promise<number>((r) => ours.once('close', () => r(Date.now() - t0)));
    s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(3));
    while (!text.includes('429')) await sleep(5);
    return { s, got: () => text, closed };
  }

  it('requests sent after the refusal are never parsed; the socket goes 2 s later', async () => {
    const { s, got, closed } = await refused();
    assert.match(got(), /^HTTP\/1\.1 429 .*\r\n[^]*too many requests\n$/m);
    await sleep(50);
    const before = parsed;
    for (let i = 0; i < 10; i++) {
      s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(100));
      await sleep(20);
    }
    assert.equal(parsed, before, 'nothing parsed while lingering');
    const ms = await closed;
    assert.ok(ms >= 1800 && ms < 4000, `closed after ${ms} ms`);
  });

  it('a client that ends its side is let go at once', async () => {
    const { s, closed } = await refused();
    s.end();
    const ms = await closed;
    assert.ok(ms < 1000, `closed after ${ms} ms`);
  });

  it('past 1 MiB more from the client the socket goes before the 2 s', async () => {
    const { s, closed } = await refused();
    const junk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    while (!s.destroyed && sent < 4 * 1024 * 1024) {
      if (!s.write(junk)) await new Promise((r) => setTimeout(r, 1));
      sent += junk.length;
    }
    const ms = await closed;
    assert.ok(ms < 1800, `closed after ${ms} ms`);
  });
});
