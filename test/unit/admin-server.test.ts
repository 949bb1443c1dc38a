import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { silentLogger } from '../../src/log/logger';
import { createAdminServer, type Verdict } from '../../src/master/admin-server';
import { pipelinedGets } from '../helpers/hostile';

/** The master's HTTP port with a fake source: answers from memory, one line each. */

describe('admin server (/healthz, /readyz)', () => {
  let health: Verdict = { ok: true };
  let ready: Verdict = { ok: true };
  const server = createAdminServer({ health: () => health, ready: () => ready }, silentLogger());
  let base = '';

  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((r) => server.close(r)));

  const get = async (path: string, method = 'GET') => {
    const res = await fetch(`${base}${path}`, { method });
    return { status: res.status, body: await res.text() };
  };

  it('200 while healthy and ready; 503 with the reason otherwise', async () => {
    assert.deepEqual(await get('/healthz'), { status: 200, body: 'ok\n' });
    assert.deepEqual(await get('/readyz'), { status: 200, body: 'ok\n' });
    health = { ok: false, reason: 'no worker is serving' };
    ready = { ok: false, reason: 'stopping' };
    assert.deepEqual(await get('/healthz'), { status: 503, body: 'no worker is serving\n' });
    assert.deepEqual(await get('/readyz?x=1'), { status: 503, body: 'stopping\n' });
  });

  it('requests pipelined on one connection past 20 a second get 429 and a close', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const busy of [false, true]) {
      const got = await pipelinedGets(port, '/healthz', 5000, 3000, { busy });
      const { statuses } = got;
      assert.ok(statuses.length >= 21 && statuses.length <= 23, `${statuses.length} answers`);
      assert.equal(statuses.at(-1), '429');
      assert.ok(got.closed, 'closed');
      assert.equal(got.error, null, 'no reset');
    }
  });

  it('a socket that sends nothing, or half a request, is closed after the timeout', async () => {
    const quick = createAdminServer(
      { health: () => health, ready: () => ready },
      silentLogger(),
      300,
    );
    await new Promise<void>((r) => quick.listen(0, '127.0.0.1', r));
    const port = (quick.address() as AddressInfo).port;
    const t0 = Date.now();
    const closedAfter = (first: string) =>
      new Promise<number>((resolve) => {
        const s = net.connect({ host: '127.0.0.1', port }, () => s.write(first));
        s.on('error', () => undefined);
        s.on('close', () => resolve(Date.now() - t0));
        setTimeout(() => s.destroy(), 5000).unref();
      });
    const [silent, half] = await Promise.all([
      closedAfter(''),
      closedAfter('GET /healthz HTTP/1.1\r\n'),
    ]);
    assert.ok(silent < 2000 && half < 2000, `closed after ${silent} and ${half} ms`);
    await new Promise((r) => quick.close(r));
  });

  it('other paths are 404, other methods 405; a throwing source is 500, and the server goes on', async () => {
    assert.equal((await get('/metricz')).status, 404);
    assert.equal((await get('/healthz', 'POST')).status, 405);
    health = { ok: true };
    const broken = createAdminServer(
      {
        health: () => {
          throw new Error('bug');
        },
        ready: () => ready,
      },
      silentLogger(),
    );
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
    const port = (broken.address() as AddressInfo).port;
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 500);
    assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 503);
    await new Promise((r) => broken.close(r));
  });
});
