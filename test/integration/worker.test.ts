import assert from 'node:assert/strict';
import mysql from 'mysql2/promise';
import { GameClient } from '../../src/client/client';
import { applyStateChange } from '../../src/protocol/state-change';
import { migrate } from '../../src/store/mysql/migrate';
import {
  consoleEval,
  TEST_CREDENTIALS,
  testMariadb,
  type TestMariadb,
  testTarantool,
  type TestTarantool,
} from '../helpers/servers';
import { befriend, player, startWorkerProcess, type TestWorker, token } from '../helpers/workers';
import { freeze } from '../../src/devstack/process';

/** Decoded messages are class instances; compare their plain JSON form. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));

describe('worker processes (real Tarantool, MariaDB, sockets)', function () {
  this.timeout(60000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let w1: TestWorker;
  let w2: TestWorker;
  const clients: GameClient[] = [];

  const backends = () => ({ tarantoolPort: tt.port, mysqlPort: db.port });

  async function mysqlConn(): Promise<mysql.Connection> {
    return mysql.createConnection({ host: db.host, port: db.port, ...TEST_CREDENTIALS.mysql });
  }

  async function login(w: TestWorker, id: number, mode: 'binary' | 'json' = 'binary') {
    const p = await player(w, id, mode);
    clients.push(p.client);
    return p;
  }

  before(async () => {
    [tt, db] = await Promise.all([testTarantool(), testMariadb()]);
    const conn = await mysqlConn();
    await migrate(conn);
    await conn.end();
    [w1, w2] = await Promise.all([startWorkerProcess(backends()), startWorkerProcess(backends())]);
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });

  after(async () => {
    await Promise.all([w1?.stop(), w2?.stop()]);
  });

  it('login creates a new player at version 1 and the whole command set works', async () => {
    const { client: a, login: la } = await login(w1, 100);
    assert.equal(la.loginOk?.playerId, 100);
    assert.equal(la.loginOk?.state?.version, 1);
    assert.equal(la.loginOk?.state?.coins, 100);
    await login(w2, 101);

    let r = await a.request({ plant: { plot: 0, crop: 'radish' } });
    assert.equal(r.body, 'state');
    assert.equal(r.state?.coins, 95);
    assert.equal(r.state?.version, 2);
    r = await a.request({ harvest: { plot: 0 } });
    assert.deepEqual(plain(r.state?.inventory), [{ item: 'radish', qty: 1 }]);
    r = await a.request({ sell: { item: 'radish', qty: 1 } });
    assert.equal(r.state?.coins, 104);
    assert.match(
      await consoleEval(tt.consoleSocket, 'gs.get(100).coins, gs.get(100).level'),
      /- 104\n- 1\n/,
      'the save carries coins and level into the player row (for the drainer)',
    );
    r = await a.request({ plant: { plot: 1, crop: 'oak' } });
    assert.equal(r.state?.plots?.length, 1);
    r = await a.request({ harvest: { plot: 1 } });
    assert.equal(r.error?.code, 'NOT_READY');
    r = await a.request({ plant: { plot: 1, crop: 'radish' } });
    assert.equal(r.error?.code, 'PLOT_BUSY');
    r = await a.request({ addFriend: { playerId: 424242 } });
    assert.equal(r.error?.code, 'UNKNOWN_PLAYER');
    r = await a.request({ addFriend: { playerId: 101 } });
    assert.deepEqual(plain(r.state?.outgoingRequests), [101], 'a request, not a friendship');
    assert.deepEqual(r.state?.friends ?? [], []);
    r = await a.request({ visitFriend: { playerId: 101 } });
    assert.equal(r.error?.code, 'NOT_FRIENDS');
    r = await a.request({ top: { n: 5 } });
    assert.ok((r.topResult?.entries ?? []).some((e) => e.id === 100));
    r = await a.request({ removeFriend: { playerId: 101 } });
    assert.deepEqual(r.state?.outgoingRequests ?? [], [], 'withdrawn');
    r = await a.request({ getState: {} });
    // created 1, plant 2, harvest 3, sell 4, plant 5, addFriend 6, removeFriend 7;
    // refused commands commit nothing.
    assert.equal(r.state?.version, 7);
    r = await a.request({ ping: { clientTime: 5 } });
    assert.equal(r.pong?.clientTime, 5);
    r = await a.request({ logout: {} });
    assert.equal(r.body, 'ok');
    await a.closedByServer();

    const again = await login(w2, 100);
    assert.equal(
      again.login.loginOk?.state?.version,
      7,
      'the committed state comes back on the other worker',
    );
  });

  it('a client that asks for state changes gets what changed, which adds up to the whole state', async () => {
    const client = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
    clients.push(client);
    const l = await client.login(token(175), { stateChanges: true });
    let state = l.loginOk!.state!;
    const step = async (request: Parameters<GameClient['request']>[0]) => {
      const r = await client.request(request);
      assert.equal(r.body, 'stateChange', JSON.stringify(r));
      const next = applyStateChange(state, r.stateChange!);
      assert.ok(next, `v${r.stateChange!.version} follows v${state.version}`);
      state = next;
      return r.stateChange!;
    };
    const planted = await step({ plant: { plot: 2, crop: 'radish' } });
    assert.deepEqual(plain(planted.plots?.map((p) => [p.index, p.crop])), [[2, 'radish']]);
    assert.equal(planted.coins, 95);
    const harvested = await step({ harvest: { plot: 2 } });
    assert.deepEqual(plain(harvested.freedPlots), [2]);
    assert.deepEqual(plain(harvested.inventory), [{ item: 'radish', qty: 1 }]);
    await step({ sell: { item: 'radish', qty: 1 } });
    const friend = await client.request({ addFriend: { playerId: 100 } });
    assert.equal(friend.body, 'state', 'a friendship change is answered whole');
    state = friend.state!;
    await step({ plant: { plot: 0, crop: 'radish' } });
    const whole = await client.request({ getState: {} });
    const farmOf = (s: typeof state) => ({
      version: Number(s.version),
      coins: Number(s.coins),
      xp: Number(s.xp),
      level: Number(s.level),
      plots: (s.plots ?? []).map((p) => [Number(p.index ?? 0), p.crop, Number(p.readyAt)]),
      inventory: (s.inventory ?? []).map((i) => [i.item, Number(i.qty)]).sort(),
    });
    assert.deepEqual(farmOf(state), farmOf(whole.state!), 'the changes add up to the state');
    const other = await login(w1, 176);
    const r = await other.client.request({ plant: { plot: 0, crop: 'radish' } });
    assert.equal(r.body, 'state', 'a client that did not ask gets the whole state');
  });

  it('JSON lines mode: a person with nc can log in and play', async () => {
    const { client, login: l } = await login(w1, 110, 'json');
    assert.equal(l.loginOk?.playerId, 110);
    const r = await client.request({ plant: { plot: 2, crop: 'radish' } });
    assert.equal(r.state?.plots?.[0]?.crop, 'radish');
  });

  it('a second login of the same player on the other worker kicks the first', async () => {
    const first = await login(w1, 120);
    const kicked = first.client.nextPush('kicked');
    const second = await login(w2, 120);
    assert.match((await kicked).kicked?.reason ?? '', /elsewhere/);
    await first.client.closedByServer();
    const r = await second.client.request({ plant: { plot: 0, crop: 'radish' } });
    assert.equal(r.body, 'state', 'the new session plays on');
  });

  it('a frozen worker that wakes up late cannot commit: its session is fenced and kicked', async () => {
    const frozen = await startWorkerProcess(backends());
    try {
      const old = await login(frozen, 125);
      await freeze(frozen.pid);
      const fresh = await login(w2, 125);
      const kicked = old.client.nextPush('kicked', 10000);
      // Written while the worker is stopped: it reads it when it wakes up.
      const late = old.client
        .request({ plant: { plot: 3, crop: 'radish' } }, 10000)
        .catch(() => null);
      frozen.signal('SIGCONT');
      await kicked;
      const reply = await late;
      assert.ok(reply === null || reply.body !== 'state', 'the late command was not acknowledged');
      const state = await fresh.client.request({ getState: {} });
      assert.equal(
        state.state?.version,
        fresh.login.loginOk?.state?.version,
        'nothing committed by the old session',
      );
      assert.equal(state.state?.plots?.length ?? 0, 0);
    } finally {
      frozen.signal('SIGCONT');
      await frozen.stop();
    }
  });

  it('a gift and a chat between players on different workers arrive within 50 ms', async () => {
    const { client: a } = await login(w1, 130);
    const { client: b } = await login(w2, 131);
    await befriend(a, 130, b, 131);
    await a.request({ plant: { plot: 0, crop: 'radish' } });
    await a.request({ harvest: { plot: 0 } });

    const giftPush = b.nextPush('giftReceived');
    const t0 = Date.now();
    const sent = await a.request({ sendGift: { to: 131, item: 'radish', qty: 1 } });
    assert.equal(sent.body, 'state');
    assert.deepEqual(sent.state?.inventory ?? [], [], 'debited from the sender');
    const gift = await giftPush;
    const giftMs = Date.now() - t0;
    assert.equal(gift.giftReceived?.from, 130);
    assert.deepEqual(
      plain(gift.giftReceived?.state?.inventory),
      [{ item: 'radish', qty: 1 }],
      'credited once',
    );
    assert.ok(giftMs < 50, `gift arrived after ${giftMs} ms`);

    const chatPush = b.nextPush('chatReceived');
    const t1 = Date.now();
    assert.equal((await a.request({ chat: { to: 131, text: 'hello' } })).body, 'ok');
    const chat = await chatPush;
    const chatMs = Date.now() - t1;
    assert.equal(chat.chatReceived?.text, 'hello');
    assert.ok(chatMs < 50, `chat arrived after ${chatMs} ms`);

    const inbox = await consoleEval(tt.consoleSocket, '#gs.inbox(131)');
    assert.match(inbox, /- 0\n/, 'the inbox row was applied and removed');
    const state = await b.request({ getState: {} });
    assert.deepEqual(
      plain(state.state?.inventory),
      [{ item: 'radish', qty: 1 }],
      'still exactly one',
    );
  });

  it('chat to an offline friend: NOT_ONLINE', async () => {
    const { client: a } = await login(w1, 140);
    const { client: b } = await login(w2, 141);
    await befriend(a, 140, b, 141);
    b.close();
    await new Promise((r) => setTimeout(r, 100));
    const r = await a.request({ chat: { to: 141, text: 'anyone?' } });
    assert.equal(r.error?.code, 'NOT_ONLINE');
  });

  it('a player missing from Tarantool but present in MySQL is loaded from MySQL', async () => {
    const state = {
      name: 'Cold Farmer',
      coins: 777,
      xp: 6,
      plots: [null, null, null, null],
      inventory: { radish: 3 },
      friends: [],
    };
    const conn = await mysqlConn();
    await conn.query(
      'INSERT INTO players (id, version, name, coins, xp, level, last_seen, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [150, 41, 'Cold Farmer', 777, 6, 2, 0, JSON.stringify(state)],
    );
    await conn.end();
    assert.match(await consoleEval(tt.consoleSocket, 'gs.get(150) == nil'), /- true/);
    const { client, login: l } = await login(w1, 150);
    assert.equal(l.loginOk?.state?.version, 41);
    assert.equal(l.loginOk?.state?.coins, 777);
    assert.equal(l.loginOk?.state?.name, 'Cold Farmer');
    assert.match(
      await consoleEval(tt.consoleSocket, 'gs.get(150).coins, gs.get(150).level'),
      /- 777\n- 2\n/,
      "the restore carries MySQL's coins and level",
    );
    const r = await client.request({ sell: { item: 'radish', qty: 1 } });
    assert.equal(r.state?.version, 42, 'the next save follows the MySQL version');
  });

  it('bad input: commands before login, a forged token, an oversize frame; others unaffected', async () => {
    const { client: good } = await login(w1, 160);
    const early = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
    clients.push(early);
    const r1 = await early.request({ getState: {} }).catch(() => null);
    assert.ok(r1 === null || r1.error?.code === 'NOT_LOGGED_IN');
    await early.closedByServer();

    const forged = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
    clients.push(forged);
    const push = forged.nextPush('error');
    // Change the signature's first character (the last one carries unused
    // padding bits, so changing it may leave the signature intact).
    const [id161, exp161, sig161] = token(161).split('.') as [string, string, string];
    const forgedToken = `${id161}.${exp161}.${sig161.startsWith('A') ? 'B' : 'A'}${sig161.slice(1)}`;
    forged.request({ login: { token: forgedToken } }).catch(() => undefined);
    assert.equal((await push).error?.code, 'AUTH_FAILED');
    await forged.closedByServer();

    const big = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
    clients.push(big);
    const tooLarge = big.nextPush('error');
    big.writeRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    assert.equal((await tooLarge).error?.code, 'FRAME_TOO_LARGE');
    await big.closedByServer();

    const garbage = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
    clients.push(garbage);
    const badMessage = garbage.nextPush('error');
    // A whole frame whose body is not an Envelope.
    garbage.writeRaw(Buffer.from([0, 0, 0, 3, 0x0a, 0xff, 0xff]));
    assert.equal((await badMessage).error?.code, 'BAD_MESSAGE');
    await garbage.closedByServer();

    assert.equal(
      (await good.request({ getState: {} })).body,
      'state',
      'the good client never noticed',
    );
  });

  it('rate limit: excess gets RATE_LIMITED, sustained excess closes', async () => {
    const strict = await startWorkerProcess(backends(), {
      GAMESERVER_GAME_RATE_LIMIT_PER_SECOND: '5',
      GAMESERVER_GAME_RATE_LIMIT_BURST: '5',
      GAMESERVER_GAME_RATE_LIMIT_MAX_REFUSALS: '20',
    });
    try {
      const { client } = await login(strict, 170);
      const replies = await Promise.allSettled(
        Array.from({ length: 40 }, () => client.request({ getState: {} }, 2000)),
      );
      const codes = replies.map((r) =>
        r.status === 'fulfilled' ? (r.value.error?.code ?? r.value.body) : 'closed',
      );
      assert.ok(codes.filter((c) => c === 'state').length <= 6, codes.join(','));
      assert.ok(codes.includes('RATE_LIMITED'), codes.join(','));
      await client.closedByServer();
    } finally {
      await strict.stop();
    }
  });

  it('graceful stop: clients get ServerShutdown, players are released', async () => {
    const extra = await startWorkerProcess(backends());
    const { client } = await login(extra, 180);
    const shutdown = client.nextPush('serverShutdown');
    extra.signal('SIGTERM');
    assert.ok(((await shutdown).serverShutdown?.reconnectAfterMs ?? -1) >= 0);
    // A second TERM while it stops must not cut the stop short.
    extra.signal('SIGTERM');
    await client.closedByServer();
    await extra.stop();
    assert.match(
      await consoleEval(tt.consoleSocket, "box.space.owners:get(180).worker == ''"),
      /- true/,
    );
  });

  it('Tarantool memory near its quota: new logins are refused retryably; players already in go on', async () => {
    const { client: playing } = await login(w1, 195);
    await consoleEval(tt.consoleSocket, 'gs.configure({memory_alarm_ratio = 0})');
    try {
      await new Promise((r) => setTimeout(r, 1300));
      const late = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
      clients.push(late);
      const refused = late.nextPush('error');
      late.request({ login: { token: token(196) } }).catch(() => undefined);
      const err = (await refused).error;
      assert.equal(err?.code, 'RETRY_LATER');
      assert.match(err?.message ?? '', /memory/);
      assert.match(
        await consoleEval(tt.consoleSocket, 'gs.get(196) == nil'),
        /- true/,
        'nothing created',
      );
      const r = await playing.request({ plant: { plot: 0, crop: 'radish' } });
      assert.equal(r.body, 'state', 'a player already in still commits');
    } finally {
      await consoleEval(tt.consoleSocket, 'gs.configure({memory_alarm_ratio = 0.85})');
    }
    await new Promise((r) => setTimeout(r, 1300));
    const after = await login(w1, 196);
    assert.equal(after.login.body, 'loginOk', 'logins resume once the alarm clears');
  });

  it('with MySQL stopped, an unknown player login fails retryably and creates nothing', async () => {
    await db.stop();
    try {
      const c = await GameClient.connect({ host: '127.0.0.1', port: w1.port });
      clients.push(c);
      const push = c.nextPush('error');
      c.request({ login: { token: token(190) } }).catch(() => undefined);
      const err = (await push).error;
      assert.equal(err?.code, 'RETRY_LATER');
      assert.match(await consoleEval(tt.consoleSocket, 'gs.get(190) == nil'), /- true/);
    } finally {
      db = await db.restart();
    }
  });
});
