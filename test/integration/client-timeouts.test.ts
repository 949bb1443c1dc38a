import assert from 'node:assert/strict';
import net from 'node:net';
import { encodeBinary } from '../../src/protocol/messages';
import { GameClient } from '../../src/client/client';

/**
 * The client library's request deadlines (one timer per client, re-armed
 * for the earliest deadline): against a loopback server that answers only
 * what it is told to.
 */
describe('client request deadlines', () => {
  let server: net.Server;
  let sockets: net.Socket[] = [];
  let port = 0;

  before(async () => {
    server = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterEach(() => {
    for (const s of sockets) s.destroy();
    sockets = [];
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('an unanswered request fails after its own timeout, the earliest first', async () => {
    const c = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 5000 });
    const t0 = Date.now();
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => ({ message: 'answered', at: Date.now() - t0 }),
        (e: Error) => ({ message: e.message, at: Date.now() - t0 }),
      );
    const long = failure(c.request({ getState: {} }, 600));
    const short = failure(c.request({ getState: {} }, 150));
    const s = await short;
    assert.match(s.message, /no answer to seq 2 within 150 ms/);
    assert.ok(s.at >= 140 && s.at < 500, `the short one failed after ${s.at} ms`);
    const l = await long;
    assert.match(l.message, /no answer to seq 1 within 600 ms/);
    assert.ok(l.at >= 590 && l.at < 1100, `the long one failed after ${l.at} ms`);
    c.close();
  });

  it('an answered request never fails later, and the next one still has a deadline', async () => {
    const c = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 5000 });
    await new Promise((r) => setTimeout(r, 20));
    const answered = c.request({ getState: {} }, 200);
    sockets[0]!.write(encodeBinary({ seq: 1, ok: {} }));
    const reply = await answered;
    assert.equal(reply.seq, 1);
    await new Promise((r) => setTimeout(r, 300));
    await assert.rejects(c.request({ getState: {} }, 100), /seq 2 within 100 ms/);
    c.close();
  });
});
