import assert from 'node:assert/strict';
import net, { type AddressInfo, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { mintToken } from '../../src/auth/token';
import { GameClient, type Reply } from '../../src/client/client';
import { loadConfig } from '../../src/config/load';
import { loadCatalog } from '../../src/game/catalog';
import { silentLogger } from '../../src/log/logger';
import { encodeBinary, envelopeBytes } from '../../src/protocol/messages';
import type { ConnectionHandler } from '../../src/session/connection';
import { newCounters } from '../../src/session/counters';
import { GameService } from '../../src/session/game-service';
import { ConnectionCaps } from '../../src/transport/caps';
import http from 'node:http';
import type { Logger } from '../../src/log/logger';
import { guarded } from '../../src/transport/http-limit';
import { createWebTransport, targetOf, type WebTransport } from '../../src/transport/ws';
import { CLOSE, OP } from '../../src/transport/ws-frames';
import { closeCodeOf, pipelinedGets, rawWebSocket, wsClientFrame } from '../helpers/hostile';
import { FakeArchive, FakeSessionStore } from './fakes';

/**
 * The web port in one process: HTTP routes, the Origin check, and WebSocket
 * sessions over the same session layer as TCP (a fake store behind it).
 */

const SECRET = 'unit-secret';
const catalog = loadCatalog();
const config = loadConfig({ file: undefined, cwd: process.cwd() });

describe('web transport (HTTP + WebSocket, fake store)', () => {
  let web: WebTransport;
  let port: number;
  const clients: GameClient[] = [];

  async function start(
    mode: 'development' | 'production',
    over: Partial<typeof config.game> = {},
    handler?: ConnectionHandler,
  ) {
    const counters = newCounters();
    const service =
      handler ??
      new GameService({
        store: new FakeSessionStore(),
        archive: new FakeArchive(),
        catalog: () => catalog,
        logger: silentLogger(),
        counters,
        workerId: 'w1',
        tokenSecret: SECRET,
        idleTimeoutMs: 60000,
        clock: Date.now,
      });
    const game = { ...config.game, ...over };
    web = createWebTransport({
      web: { ...config.web, allowedOrigins: 'https://farm.example' },
      game,
      mode,
      tokenSecret: SECRET,
      handler: service,
      counters,
      logger: silentLogger(),
      clock: Date.now,
      caps: new ConnectionCaps(game.maxConnections, game.maxConnectionsPerIp),
      catalog: () => catalog,
    });
    await new Promise<void>((r) => web.server.listen(0, '127.0.0.1', r));
    port = (web.server.address() as AddressInfo).port;
    return counters;
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const c of web.connections) c.destroy();
    await new Promise((r) => web.server.close(r));
  });

  async function ws(id: number, mode: 'binary' | 'json' = 'binary') {
    const c = await GameClient.connect({ host: '127.0.0.1', port, transport: 'ws', mode });
    clients.push(c);
    const r = await c.login(mintToken(SECRET, id, Math.floor(Date.now() / 1000) + 60));
    return { c, r };
  }

  const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);

  it('a WebSocket session plays like TCP, in binary and in JSON text messages', async () => {
    await start('development');
    for (const [id, mode] of [
      [1, 'binary'],
      [2, 'json'],
    ] as const) {
      const { c, r } = await ws(id, mode);
      assert.equal(r.body, 'loginOk', mode);
      const planted = await c.request({ plant: { plot: 0, crop: 'wheat' } });
      assert.equal(planted.state?.version, 2, mode);
      assert.equal((await c.request({ harvest: { plot: 0 } })).error?.code, 'NOT_READY');
    }
  });

  it('answers go back in the form of their request; the first message sets the form of pushes', async () => {
    await start('development');
    const sock = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    await new Promise((r) => sock.once('open', r));
    const got: Array<{ binary: boolean; text: string }> = [];
    sock.on('message', (d, binary) => got.push({ binary, text: binary ? '' : String(d) }));
    const token = mintToken(SECRET, 3, Math.floor(Date.now() / 1000) + 60);
    sock.send(JSON.stringify({ seq: 1, login: { token } }));
    await sleep(100);
    sock.send(envelopeBytes({ seq: 2, getState: {} }));
    sock.send(JSON.stringify({ seq: 3, getState: {} }));
    await sleep(200);
    sock.close();
    assert.deepEqual(
      got.map((g) => g.binary),
      [false, true, false],
    );
    assert.match(got[0]!.text, /"loginOk"/);
  });

  it('a foreign Origin is refused with 403 at the handshake; listed and own origins pass', async () => {
    await start('production');
    await assert.rejects(
      GameClient.connect({
        host: '127.0.0.1',
        port,
        transport: 'ws',
        origin: 'https://evil.example',
      }),
      /HTTP 403/,
    );
    for (const origin of ['https://farm.example', `http://127.0.0.1:${port}`]) {
      const c = await GameClient.connect({ host: '127.0.0.1', port, transport: 'ws', origin });
      c.close();
    }
    await assert.rejects(
      GameClient.connect({
        host: '127.0.0.1',
        port,
        transport: 'ws',
        origin: 'http://localhost:3000',
      }),
      /HTTP 403/,
      'localhost is allowed in development only',
    );
  });

  it('GET / serves the client; /dev/token only in development; other paths 404', async () => {
    await start('development');
    const page = await get('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script src="\/app.js">/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal((await get('/app.js')).status, 200);
    const dev = await get('/dev/token?player=42');
    assert.equal(dev.status, 200);
    assert.match(((await dev.json()) as { token: string }).token, /^42\./);
    assert.equal((await get('/dev/token?player=abc')).status, 400);
    assert.equal((await get('/nope')).status, 404);
    const crops = ((await (await get('/catalog.json')).json()) as { crops: object }).crops;
    assert.ok('wheat' in crops);
  });

  it('HTTP requests pipelined on one connection past the rate limit get 429 and a close', async () => {
    const counters = await start('development', { rateLimitPerSecond: 5, rateLimitBurst: 10 });
    // Sent at once, and in pieces: a client whose requests arrive while the
    // server answers others got a reset in place of its 429 about every
    // other time, before the server lingered.
    for (const busy of [false, true, true, true, true, true]) {
      const { statuses, closed, error } = await pipelinedGets(port, '/catalog.json', 10_000, 3000, {
        busy,
      });
      // The burst of 10 (a token or so more if the clock moved), then one 429.
      assert.ok(statuses.length >= 11 && statuses.length <= 13, `${statuses.length} answers`);
      assert.deepEqual(new Set(statuses.slice(0, 10)), new Set(['200']));
      assert.equal(statuses.at(-1), '429');
      assert.ok(closed, 'the connection was closed');
      assert.equal(error, null, 'no reset');
    }
    assert.equal(counters.errors.RATE_LIMITED, 6);
  });

  it('request targets the URL parser refuses are 400, never a throw', async () => {
    const target = (url: string) => targetOf({ url } as http.IncomingMessage)?.pathname ?? null;
    for (const bad of ['//', '/\\', '//x:99999', '*', 'http://x/ws', ''])
      assert.equal(target(bad), null, JSON.stringify(bad));
    assert.equal(target('/ws?x=1'), '/ws');
    assert.equal(target('//a'), '/'); // a host "a", no path: found nowhere, 404
    await start('development');
    for (const bad of ['//', '/\\', '//x:99999']) {
      const { statuses } = await pipelinedGets(port, bad, 1, 300);
      assert.deepEqual(statuses, ['400'], bad);
    }
    assert.equal((await get('/')).status, 200, 'the port still serves');
  });

  it('a request listener that throws: logged and answered 500, the process goes on', async () => {
    const logged: string[] = [];
    const logger = { error: (_o: object, msg: string) => logged.push(msg) } as unknown as Logger;
    const server = http.createServer(
      guarded(() => {
        throw new Error('boom');
      }, logger),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port: p } = server.address() as AddressInfo;
      for (let i = 0; i < 3; i++) assert.equal((await fetch(`http://127.0.0.1:${p}/`)).status, 500);
      assert.deepEqual(logged, [
        'HTTP request failed',
        'HTTP request failed',
        'HTTP request failed',
      ]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('production never serves /dev/token', async () => {
    await start('production');
    assert.equal((await get('/dev/token?player=42')).status, 404);
    assert.equal((await get('/')).status, 200);
  });

  /** The raw answer to an upgrade request with these extra header lines. */
  function upgrade(headers: string): Promise<string> {
    return new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port });
      let got = '';
      s.on('data', (c) => (got += c.toString('latin1')));
      s.on('close', () => resolve(got));
      s.on('error', () => resolve(got));
      s.write(
        `GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${headers}\r\n`,
      );
      setTimeout(() => s.destroy(), 500);
    });
  }

  it("the handshake: the accept key answers the client's; a bad key or version is refused", async () => {
    await start('development');
    const key = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    const ok = await upgrade(`${key}Sec-WebSocket-Version: 13\r\n`);
    assert.match(ok, /^HTTP\/1.1 101 /);
    assert.match(ok, /\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK\+xOo=\r\n/);
    assert.match(await upgrade('Sec-WebSocket-Version: 13\r\n'), /^HTTP\/1.1 400 /);
    assert.match(
      await upgrade('Sec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n'),
      /^HTTP\/1.1 400 /,
    );
    const old = await upgrade(`${key}Sec-WebSocket-Version: 8\r\n`);
    assert.match(old, /^HTTP\/1.1 426 /);
    assert.match(old, /\r\nSec-WebSocket-Version: 13\r\n/);
    assert.equal(web.connections.size, 0);
  });

  it('breaches of the protocol close with their code (1002, 1007, 1009); the port serves on', async () => {
    const counters = await start('development', { maxFrameBytes: 1024 });
    const cases: [Buffer, number][] = [
      [wsClientFrame(OP.binary, Buffer.from([1]), { mask: false }), CLOSE.protocolError],
      [wsClientFrame(OP.binary, Buffer.from([1]), { rsv: 2 }), CLOSE.protocolError],
      [wsClientFrame(OP.ping, Buffer.alloc(200)), CLOSE.protocolError],
      [wsClientFrame(OP.continuation, Buffer.from([1])), CLOSE.protocolError],
      [wsClientFrame(OP.text, Buffer.from([0xff, 0xfe])), CLOSE.invalidData],
      [wsClientFrame(OP.binary, Buffer.alloc(0), { length: 2n ** 62n }), CLOSE.tooBig],
      [wsClientFrame(OP.binary, Buffer.alloc(2000)), CLOSE.tooBig],
    ];
    for (const [frame, code] of cases) {
      const { socket, after } = await rawWebSocket(port);
      const closed = closeCodeOf(socket, after);
      socket.write(frame);
      assert.equal(await closed, code, frame.subarray(0, 4).toString('hex'));
    }
    await sleep(50);
    assert.equal(web.connections.size, 0, 'every breach closed its connection');
    assert.equal(counters.connections, 0);
    const { c } = await ws(9);
    assert.equal((await c.request({ getState: {} })).body, 'state');
  });

  it("a client's close is answered with its code and ends the socket; a FIN alone ends it too", async () => {
    await start('development');
    const { socket, after } = await rawWebSocket(port);
    const closed = closeCodeOf(socket, after);
    socket.write(wsClientFrame(OP.close, Buffer.from([0x0f, 0xa0]))); // 4000
    assert.equal(await closed, 4000);
    const half = await rawWebSocket(port);
    const ended = new Promise((r) => half.socket.once('close', r));
    half.socket.on('data', () => undefined);
    half.socket.end();
    await ended;
    await sleep(20);
    assert.equal(web.connections.size, 0);
  });

  it('every socket counts against the caps from its accept; past them 503; one not upgraded by the login deadline is cut', async () => {
    const counters = await start('development', { maxConnectionsPerIp: 3, loginTimeoutMs: 600 });
    const silent = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<Socket>((resolve) => {
            const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
          }),
      ),
    );
    const closedAt = silent.map(
      (s) => new Promise<number>((r) => s.once('close', () => r(Date.now()))),
    );
    const t0 = Date.now();
    const fourth = net.connect({ host: '127.0.0.1', port });
    let answer = '';
    fourth.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    await Promise.race([new Promise((r) => fourth.once('close', r)), sleep(3000)]);
    assert.match(answer, /^HTTP\/1\.1 503 /);
    assert.equal(counters.refusedConnections, 1);
    // Silent: cut at the login deadline, and their slots are free again.
    for (const at of await Promise.all(closedAt)) assert.ok(at - t0 < 2000, `${at - t0} ms`);
    const { r } = await ws(7);
    assert.equal(r.body, 'loginOk');
  });

  it('a ping is answered with a pong carrying its bytes', async () => {
    await start('development');
    const { socket } = await rawWebSocket(port);
    const pong = new Promise<Buffer>((r) => socket.once('data', r));
    socket.write(wsClientFrame(OP.ping, Buffer.from('hi')));
    assert.deepEqual(await pong, Buffer.from([0x8a, 2, 0x68, 0x69]));
    socket.destroy();
  });

  it('WebSocket pings and pongs count against the rate limit: past it no pong, and a flood closes', async () => {
    const counters = await start('development', {
      rateLimitPerSecond: 10,
      rateLimitBurst: 5,
      rateLimitMaxRefusals: 4,
    });
    const { socket, after } = await rawWebSocket(port);
    const closed = closeCodeOf(socket, after, 2000);
    let got = Buffer.alloc(0);
    socket.on('data', (c: Buffer) => (got = Buffer.concat([got, c])));
    for (let i = 0; i < 3; i++) socket.write(wsClientFrame(OP.pong, Buffer.alloc(0)));
    for (let i = 0; i < 20; i++) socket.write(wsClientFrame(OP.ping, Buffer.from([i])));
    assert.equal(await closed, CLOSE.normal);
    let pongs = 0;
    for (let i = 0; i + 1 < got.length; i += 2 + got[i + 1]!) if (got[i] === 0x8a) pongs++;
    // The burst of 5: three went to the pongs, two pings answered, then refusals until the 4th closes.
    assert.equal(pongs, 2);
    assert.equal(counters.errors.RATE_LIMITED, 4);
    await sleep(50);
    assert.equal(web.connections.size, 0);
  });

  it('a client that pings and never reads gets no more pongs once they back up', async () => {
    await start('development', { rateLimitPerSecond: 100000, rateLimitBurst: 100000 });
    const { socket } = await rawWebSocket(port);
    socket.pause();
    const ping = wsClientFrame(OP.ping, Buffer.alloc(125, 1));
    for (let i = 0; i < 40000; i++) socket.write(ping);
    await new Promise<void>((r) => socket.write(Buffer.alloc(0), () => r()));
    await sleep(200);
    const [conn] = [...web.connections];
    const queued = (conn as unknown as { wire: { queuedBytes: number } }).wire.queuedBytes;
    // 40,000 pongs would be 5 MB; the kernel's buffers take some, the server queues at most 16 KiB more.
    assert.ok(queued <= 16 * 1024 + 127, `${queued} bytes queued`);
    socket.destroy();
  });

  it('a message over maxFrameBytes closes the connection before it is buffered (1009)', async () => {
    await start('development', { maxFrameBytes: 1024 });
    const { c } = await ws(4);
    const closed = new Promise<string>((r) => c.once('close', (e: Error) => r(e.message)));
    c.writeRaw(Buffer.alloc(4096));
    assert.match(await closed, /1009/);
  });

  it('garbage binary and text messages get BAD_MESSAGE; the session goes on', async () => {
    const counters = await start('development');
    const { c } = await ws(5);
    const errors: Reply[] = [];
    c.on('push', (p: Reply) => errors.push(p));
    c.writeRaw(Buffer.from([0xff, 0xff, 0xff, 0x01]));
    c.writeRaw('{"seq": 1, "plant": [[[[');
    c.writeRaw(encodeBinary({ seq: 9, getState: {} }));
    await sleep(100);
    assert.ok(errors.length >= 2 && errors.every((e) => e.error?.code === 'BAD_MESSAGE'));
    assert.equal((await c.request({ getState: {} })).body, 'state');
    assert.ok((counters.errors.BAD_MESSAGE ?? 0) >= 2);
  });

  it('a stop closes WebSockets with 1012 (service restart) after what was queued', async () => {
    await start('development');
    const { c } = await ws(6);
    const closed = new Promise<string>((r) => c.once('close', (e: Error) => r(e.message)));
    for (const conn of web.connections) conn.close('shutdown');
    assert.match(await closed, /1012/);
  });

  it('a reader that never reads is dropped once bufferedAmount passes maxOutgoingBytes', async () => {
    const counters = await start(
      'development',
      { maxOutgoingBytes: 64 * 1024 },
      {
        handle: async (c, env) => {
          if (env.body === 'login') {
            c.loggedIn(1);
            c.send({ seq: env.seq ?? 0, loginOk: { playerId: 1 } });
            return;
          }
          for (let i = 0; i < 50000 && !c.isClosing; i++)
            c.send({ seq: 0, chatReceived: { from: 1, text: 'x'.repeat(200), sentAt: 0 } });
        },
        closed: () => undefined,
      },
    );
    const sock = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    await new Promise((r) => sock.once('open', r));
    const raw = (sock as unknown as { _socket: Socket })._socket;
    sock.send(envelopeBytes({ seq: 1, login: { token: 'x' } }));
    await sleep(50);
    raw.pause();
    sock.send(envelopeBytes({ seq: 2, getState: {} }));
    await sleep(300);
    sock.terminate();
    assert.equal(counters.errors.SLOW_READER, 1);
    assert.equal(web.connections.size, 0, 'dropped');
  });

  it('idle timeout with ping/pong: a client that answers pings stays; one that does not is closed', async () => {
    await start('development', { idleTimeoutMs: 1500 });
    const { c: live } = await ws(7);
    const silent = new WebSocket(`ws://127.0.0.1:${port}/ws`, { autoPong: false });
    await new Promise((r) => silent.once('open', r));
    const said: string[] = [];
    silent.on('message', (d) => said.push(String(d)));
    silent.send(
      JSON.stringify({
        seq: 1,
        login: { token: mintToken(SECRET, 8, Math.floor(Date.now() / 1000) + 60) },
      }),
    );
    const closed = new Promise((r) => silent.once('close', r));
    await sleep(3200);
    await closed;
    assert.ok(
      said.some((m) => m.includes('IDLE_TIMEOUT')),
      said.join('\n'),
    );
    assert.equal((await live.request({ getState: {} })).body, 'state', 'pongs are traffic');
  });
});
