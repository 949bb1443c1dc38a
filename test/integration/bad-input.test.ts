import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { mintToken } from '../../src/auth/token';
import { GameClient } from '../../src/client/client';
import { isAlive } from '../../src/devstack/process';
import { encodeBinary, encodeJson } from '../../src/protocol/messages';
import { envelopeWith, JSON_FIELDS, nestedJson } from '../helpers/hostile';
import { probe } from '../helpers/probe';
import { testBackends } from '../helpers/servers';
import {
  player,
  startWorkerProcess,
  type TestWorker,
  TEST_TOKEN_SECRET,
  token,
} from '../helpers/workers';

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

describe('bad input against a worker process: errors or closes, never a crash', function () {
  this.timeout(180000);
  let w: TestWorker;
  let good: GameClient;
  let backends: { tarantoolPort: number; mysqlPort: number };

  before(async () => {
    const { tt, db } = await testBackends();
    backends = { tarantoolPort: tt.port, mysqlPort: db.port };
    w = await startWorkerProcess(backends, {
      GAMESERVER_GAME_LOGIN_TIMEOUT_MS: '1000',
      GAMESERVER_GAME_MAX_OUTGOING_BYTES: '16384',
      GAMESERVER_GAME_MAX_CONNECTIONS_PER_IP: '300',
      GAMESERVER_GAME_MAX_FRAME_BYTES: '4096',
    });
    good = (await player(w, 7001)).client;
  });

  after(async () => {
    good?.close();
    await w?.stop();
  });

  async function stillServing(): Promise<void> {
    assert.ok(isAlive(w.pid), 'the worker process is up');
    const r = await good.request({ getState: {} });
    assert.equal(r.body, 'state', 'another player was not disturbed');
  }

  // Every case, whatever it checks itself: a closed socket is also what a
  // crashed worker gives, so the process is checked too. A standalone
  // worker is not restarted: alive means the same pid.
  afterEach(async () => {
    await sleep(100);
    await stillServing();
  });

  it('random garbage in both modes, before and after login: every case gets an error or a close', async () => {
    const garbage = fc.sample(
      fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => [Buffer.from(b)]),
        fc.uint8Array({ maxLength: 300 }).map((b) => {
          const h = Buffer.alloc(4);
          h.writeUInt32BE(b.length);
          return [Buffer.concat([h, Buffer.from(b)])];
        }),
        fc.string({ maxLength: 200 }).map((t) => [Buffer.from(`{${t}\n`)]),
        fc.jsonValue().map((v) => [Buffer.from(`${JSON.stringify({ seq: 1, sell: v })}\n`)]),
      ),
      { numRuns: 120, seed: 42 },
    );
    for (let i = 0; i < garbage.length; i += 30) {
      const results = await Promise.all(
        garbage.slice(i, i + 30).map((writes) => probe(w.port, writes, 1600)),
      );
      results.forEach((r, j) =>
        assert.ok(r.closed || r.codes.length > 0, `case ${i + j} got neither an error nor a close`),
      );
    }
    // Logged in, then envelopes with out-of-range fields: refusals, the session stays.
    const bad = await player(w, 7002);
    for (const body of [
      { plant: { plot: 4_000_000_000, crop: 'wheat' } },
      { plant: { plot: 1, crop: 'x'.repeat(3000) } },
      { sell: { item: 'wheat', qty: 0 } },
      { sendGift: { to: Number.MAX_SAFE_INTEGER, item: 'wheat', qty: 4_000_000_000 } },
      { chat: { to: 7001, text: 'y'.repeat(1000) } },
      { visitFriend: { playerId: 0 } },
      { top: { n: 4_000_000_000 } },
    ]) {
      const r = await bad.client.request(body);
      assert.ok(r.body === 'error' || r.body === 'topResult', JSON.stringify(r));
    }
    bad.client.writeRaw(encodeBinary({ seq: 99, getState: {} }).subarray(0, 4));
    bad.client.writeRaw(Buffer.from([0x0a, 0xff, 0xff]));
    await sleep(200);
    bad.client.close();
    const json = await probe(
      w.port,
      [
        encodeJson({ seq: 1, login: { token: token(7003) } }),
        Buffer.from('{"seq":2,"sell":{"item":"wheat","qty":-5}}\n'),
      ],
      800,
    );
    assert.ok(json.codes.includes('BAD_MESSAGE'), json.codes.join(','));
    await stillServing();
  });

  it('deep nesting in every field, both kinds, before and after login: BAD_MESSAGE, no crash', async () => {
    // 4 KiB frames here: 600 levels of arrays, 300 of objects.
    const lines = JSON_FIELDS.flatMap((path) => [
      envelopeWith(path, nestedJson(600, 'array')),
      envelopeWith(path, nestedJson(300, 'object')),
    ]);
    const before = await Promise.all(lines.map((l) => probe(w.port, [Buffer.from(`${l}\n`)], 800)));
    before.forEach((r, i) => assert.ok(r.closed && r.codes.length > 0, `line ${i}`));
    const { client } = await player(w, 7006, 'json');
    const refused: string[] = [];
    client.on('push', (r: { error?: { code?: string } }) => refused.push(r.error?.code ?? '?'));
    for (const l of lines.slice(2)) client.writeRaw(`${l}\n`);
    assert.equal((await client.request({ getState: {} })).body, 'state', 'the session goes on');
    assert.deepEqual(refused, new Array<string>(lines.length - 2).fill('BAD_MESSAGE'));
    client.close();
  });

  it('a 4 GiB length prefix is refused from its header', async () => {
    const r = await probe(w.port, [Buffer.from([0xff, 0xff, 0xff, 0xff])], 500);
    assert.deepEqual(r.codes, ['FRAME_TOO_LARGE']);
    assert.ok(r.closed);
  });

  it('slowloris: a login frame one byte at a time is cut off by the login timeout', async () => {
    const frame = encodeBinary({ seq: 1, login: { token: token(7004) } });
    const s = net.connect({ host: '127.0.0.1', port: w.port });
    let text = '';
    let closedAt = 0;
    s.on('data', (c) => (text += c.toString('latin1')));
    s.on('close', () => (closedAt = Date.now()));
    s.on('error', () => undefined);
    const t0 = Date.now();
    for (let i = 0; i < frame.length && !closedAt; i++) {
      s.write(frame.subarray(i, i + 1));
      await sleep(150);
    }
    await sleep(200);
    assert.ok(closedAt > 0, 'closed');
    assert.ok(closedAt - t0 < 1600, `closed after ${closedAt - t0} ms`);
    assert.match(text, /LOGIN_TIMEOUT/);
    s.destroy();
    await stillServing();
  });

  it('a client that floods without reading is cut off, and the worker does not buffer for it', async () => {
    const s = net.connect({ host: '127.0.0.1', port: w.port });
    let closed = false;
    s.on('close', () => (closed = true));
    s.on('error', () => undefined);
    await new Promise((r) => s.once('connect', r));
    s.write(encodeBinary({ seq: 1, login: { token: token(7005) } }));
    await sleep(300);
    s.pause();
    const before = rssKb(w.pid);
    for (let i = 0; i < 200 && !closed; i++) {
      // Six times the rate limit; the answers pile up unread.
      for (let j = 0; j < 20; j++) s.write(encodeBinary({ seq: 2 + i * 20 + j, getState: {} }));
      await sleep(60);
    }
    await sleep(500);
    assert.ok(closed, 'the flooder was dropped');
    assert.ok(rssKb(w.pid) - before < 50_000, 'the worker did not buffer without bound');
    s.destroy();
    await stillServing();
  });

  it('5,000 connections at once: at most the per-address cap are held, memory stays bounded', async () => {
    // Its own worker, with a login deadline longer than the test, so the
    // accepted connections stay open and the cap is what limits them.
    const capped = await startWorkerProcess(backends, {
      GAMESERVER_GAME_LOGIN_TIMEOUT_MS: '20000',
      GAMESERVER_GAME_MAX_CONNECTIONS_PER_IP: '300',
    });
    try {
      const before = rssKb(capped.pid);
      // '{' starts a JSON line that never ends: accepted connections wait,
      // refused ones are answered TOO_MANY_CONNECTIONS and closed.
      const results = await Promise.all(
        Array.from({ length: 5000 }, () => probe(capped.port, [Buffer.from('{')], 4000)),
      );
      const refused = results.filter((r) => r.codes.includes('TOO_MANY_CONNECTIONS')).length;
      const held = results.filter((r) => !r.closed).length;
      assert.ok(held <= 300, `${held} connections held open (cap 300 per address)`);
      assert.ok(refused >= 4000, `${refused} refused with TOO_MANY_CONNECTIONS`);
      const grew = rssKb(capped.pid) - before;
      assert.ok(grew < 150_000, `RSS grew ${grew} KiB`);
      assert.ok(isAlive(capped.pid));
    } finally {
      await capped.stop();
    }
    await stillServing();
  });

  it('a login storm: 250 players at once all get in', async () => {
    const clients = await Promise.all(
      Array.from({ length: 250 }, async (_, i) => {
        const c = await GameClient.connect({ host: '127.0.0.1', port: w.port, timeoutMs: 10000 });
        const l = await c.login(token(8000 + i));
        return { c, ok: l.body === 'loginOk' };
      }),
    );
    assert.equal(clients.filter((x) => x.ok).length, 250);
    for (const x of clients) x.c.close();
    await stillServing();
  });

  it('an expired token is refused', async () => {
    const expired = mintToken(TEST_TOKEN_SECRET, 7010, Math.floor(Date.now() / 1000) - 1);
    const r = await probe(w.port, [encodeBinary({ seq: 1, login: { token: expired } })], 600);
    assert.ok(r.codes.includes('AUTH_FAILED'));
    assert.ok(r.closed);
  });
});
