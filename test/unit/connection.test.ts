import assert from 'node:assert/strict';
import net from 'node:net';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { GameClient, type Reply } from '../../src/client/client';
import { encodeBinary } from '../../src/protocol/messages';
import {
  Connection,
  type ConnectionHandler,
  type ConnectionLimits,
} from '../../src/session/connection';
import { newCounters } from '../../src/session/counters';
import { IdleSweep } from '../../src/transport/idle';
import { connectionOnSocket } from '../../src/transport/tcp';

/**
 * One Connection over a real socket pair on loopback, with a handler that
 * does what each test needs: the limits and the error boundary, in
 * milliseconds, without a worker.
 */

const limits: ConnectionLimits = {
  maxFrameBytes: 1024,
  loginTimeoutMs: 300,
  idleTimeoutMs: 60000,
  rateLimitPerSecond: 10,
  rateLimitBurst: 5,
  rateLimitMaxRefusals: 4,
  maxPendingCommands: 2,
  maxOutgoingBytes: 4096,
};

/** pino lines captured in memory (pino's own test helper does the same). */
function sink() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

/** What a session layer does on Login: mark the connection logged in and answer. */
function acceptLogin(c: Connection, seq: number): void {
  c.loggedIn(1);
  c.send({ seq, loginOk: { playerId: 1 } });
}

async function pair(handler: Partial<ConnectionHandler>, over: Partial<ConnectionLimits> = {}) {
  const counters = newCounters();
  const log = sink();
  let conn!: Connection;
  const sweep = new IdleSweep(over.idleTimeoutMs ?? limits.idleTimeoutMs);
  const server = net.createServer((socket) => {
    conn = connectionOnSocket(
      socket,
      '127.0.0.1',
      { ...limits, ...over },
      {
        handle: handler.handle ?? (async (c, env) => acceptLogin(c, env.seq ?? 0)),
        closed: handler.closed ?? (() => undefined),
      },
      counters,
      Date.now,
      log.logger,
      sweep,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const client = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 2000 });
  const pushes: Reply[] = [];
  client.on('push', (p: Reply) => pushes.push(p));
  await sleep(10);
  const done = () => {
    client.close();
    server.close();
    sweep.stop();
  };
  return { client, conn: () => conn, port, counters, log, pushes, done };
}

describe('Connection (a socket pair, no worker)', () => {
  it('no login before the deadline: LOGIN_TIMEOUT, closed', async () => {
    const p = await pair({});
    await p.client.closedByServer(1000);
    assert.equal(p.pushes[0]?.error?.code, 'LOGIN_TIMEOUT');
    p.done();
  });

  it("idle after login: pushes from the server are not the client's traffic; its own messages are", async () => {
    const pushing = await pair({}, { idleTimeoutMs: 600 });
    await pushing.client.login('x');
    const pusher = setInterval(
      () => pushing.conn().send({ seq: 0, chatReceived: { from: 2, text: 'hi', sentAt: 0 } }),
      100,
    );
    const talking = await pair({}, { idleTimeoutMs: 600 });
    await talking.client.login('x');
    const talker = setInterval(
      () => talking.client.writeRaw(encodeBinary({ seq: 0, ping: {} })),
      150,
    );
    await pushing.client.closedByServer(2000);
    clearInterval(pusher);
    assert.ok(pushing.pushes.some((p) => p.error?.code === 'IDLE_TIMEOUT'));
    assert.ok(pushing.pushes.filter((p) => p.body === 'chatReceived').length >= 5);
    await sleep(300);
    clearInterval(talker);
    assert.ok(!talking.conn().isClosing, 'a client that sends stays');
    pushing.done();
    talking.done();
  });

  it('past the rate limit: RATE_LIMITED, and sustained excess closes', async () => {
    const p = await pair({});
    await p.client.login('x');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => p.client.request({ getState: {} }, 500).catch(() => null)),
    );
    const limited = answers.filter((a) => a?.error?.code === 'RATE_LIMITED').length;
    assert.ok(limited >= 4, `${limited} refused`);
    await p.client.closedByServer(1000);
    p.done();
  });

  it('game pings count against the rate limit: past it RATE_LIMITED, and a ping flood closes', async () => {
    const p = await pair({});
    await p.client.login('x');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        p.client.request({ ping: { clientTime: i } }, 500).catch(() => null),
      ),
    );
    const pongs = answers.filter((a) => a?.body === 'pong').length;
    const limited = answers.filter((a) => a?.error?.code === 'RATE_LIMITED').length;
    // A burst of 5 (one token spent on the login), then refusals; the 4th closes.
    assert.ok(pongs <= 5 && limited >= 4, `${pongs} pongs, ${limited} refused`);
    await p.client.closedByServer(1000);
    assert.ok((p.counters.errors.RATE_LIMITED ?? 0) >= 4);
    p.done();
  });

  it('more commands in flight than allowed: TOO_MANY_PENDING', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const p = await pair({
      handle: async (c, env) => {
        if (env.body === 'login') return acceptLogin(c, env.seq ?? 0);
        await gate;
        c.send({ seq: env.seq ?? 0, ok: {} });
      },
    });
    await p.client.login('x');
    const inFlight = [1, 2, 3].map(() => p.client.request({ getState: {} }, 1000));
    const third = await inFlight[2];
    assert.equal(third?.error?.code, 'TOO_MANY_PENDING');
    release();
    assert.equal((await inFlight[0])?.body, 'ok');
    p.done();
  });

  it('a frame over the limit is refused from its header: FRAME_TOO_LARGE, closed', async () => {
    const p = await pair({});
    const head = Buffer.alloc(4);
    head.writeUInt32BE(limits.maxFrameBytes + 1);
    p.client.writeRaw(head);
    await p.client.closedByServer(1000);
    assert.equal(p.pushes[0]?.error?.code, 'FRAME_TOO_LARGE');
    p.done();
  });

  it('a handler that throws: this connection closes, INTERNAL counted, the stack logged with the address', async () => {
    const p = await pair({
      handle: async (c, env) => {
        if (env.body === 'login') return acceptLogin(c, env.seq ?? 0);
        throw new Error('a bug in a handler');
      },
    });
    await p.client.login('x');
    await assert.rejects(p.client.request({ getState: {} }, 1000));
    assert.equal(p.counters.errors.INTERNAL, 1);
    const line = p.log.lines.find((l) => l.msg === 'connection failed; closing it');
    assert.ok(line, 'logged');
    assert.equal(line.address, '127.0.0.1');
    assert.match(String((line.err as { stack?: string }).stack), /a bug in a handler\n\s+at /);
    p.done();
  });

  it('a client that does not read is dropped once its unsent answers pass the bound', async () => {
    const p = await pair({
      handle: async (c, env) => {
        if (env.body === 'login') return acceptLogin(c, env.seq ?? 0);
        for (let i = 0; i < 50000 && !c.isClosing; i++)
          c.send({ seq: 0, chatReceived: { from: 1, text: 'x'.repeat(200), sentAt: 0 } });
      },
    });
    // A second, raw client that never reads what it asked for.
    const raw = net.connect({ host: '127.0.0.1', port: p.port });
    raw.on('error', () => undefined);
    await new Promise((r) => raw.once('connect', r));
    raw.pause();
    raw.write(encodeBinary({ seq: 1, login: { token: 'x' } }));
    raw.write(encodeBinary({ seq: 2, getState: {} }));
    await sleep(300);
    raw.destroy();
    assert.equal(p.counters.errors.SLOW_READER, 1);
    assert.ok(p.conn().isClosing);
    p.done();
  });
});
