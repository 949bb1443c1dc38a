import assert from 'node:assert/strict';
import mysql from 'mysql2/promise';
import type { GameClient, Reply } from '../../src/client/client';
import {
  consoleEval,
  TEST_CREDENTIALS,
  testBackends,
  type TestMariadb,
  type TestTarantool,
} from '../helpers/servers';
import { waitFor } from '../helpers/master';
import { befriend, player, startWorkerProcess, type TestWorker } from '../helpers/workers';

/**
 * Mutual friendship end to end: two players on two worker processes over a
 * real Tarantool request, accept, chat, gift, visit, see each other online,
 * remove and block; a stranger can do none of it.
 */

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));
const ids = (v: unknown): number[] => ((v ?? []) as number[]).map(Number);

describe('friends across workers (real Tarantool, MariaDB, worker processes)', function () {
  this.timeout(60000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let w1: TestWorker;
  let w2: TestWorker;
  const clients: GameClient[] = [];

  async function login(w: TestWorker, id: number) {
    const p = await player(w, id);
    clients.push(p.client);
    return p;
  }

  /** Everything a friend may do, as one player towards another: the error codes (or body) each answer had. */
  async function tryAll(c: GameClient, to: number): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    const code = (r: Reply) => r.error?.code ?? r.body ?? 'none';
    out.chat = code(await c.request({ chat: { to, text: 'hi' } }));
    out.gift = code(await c.request({ sendGift: { to, item: 'radish', qty: 1 } }));
    out.visit = code(await c.request({ visitFriend: { playerId: to } }));
    const presence = await c.request({ getPresence: {} });
    out.presence = ids(presence.presence?.online).includes(to) ? 'online' : 'not shown';
    return out;
  }

  before(async () => {
    ({ tt, db } = await testBackends());
    const backends = { tarantoolPort: tt.port, mysqlPort: db.port };
    [w1, w2] = await Promise.all([startWorkerProcess(backends), startWorkerProcess(backends)]);
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });

  after(async () => {
    await Promise.all([w1?.stop(), w2?.stop()]);
  });

  it('request, accept, then chat, gift, visit and presence work both ways', async () => {
    const { client: a } = await login(w1, 500);
    const { client: b } = await login(w2, 501);
    const asked = b.nextPush('friendRequest');
    const sent = await a.request({ addFriend: { playerId: 501 } });
    assert.deepEqual(ids(sent.state?.outgoingRequests), [501]);
    const push = await asked;
    assert.equal(push.friendRequest?.from, 500);
    assert.deepEqual(ids(push.friendRequest?.state?.incomingRequests), [500]);
    const pending = await b.request({ getState: {} });
    assert.deepEqual(ids(pending.state?.incomingRequests), [500], 'pending in getState');
    assert.equal((await a.request({ chat: { to: 501, text: 'x' } })).error?.code, 'NOT_FRIENDS');

    const { sender, accepter } = await befriendAfterRequest(a, b);
    assert.equal(sender?.change, 'accepted');
    assert.deepEqual(ids(sender?.state?.friends), [501], "the sender's list changed too");
    assert.deepEqual(ids(accepter?.friends), [500]);

    await a.request({ plant: { plot: 0, crop: 'radish' } });
    await a.request({ harvest: { plot: 0 } });
    const gift = b.nextPush('giftReceived');
    const chat = b.nextPush('chatReceived');
    assert.deepEqual(await tryAll(a, 501), {
      chat: 'ok',
      gift: 'state',
      visit: 'friendFarm',
      presence: 'online',
    });
    assert.equal((await chat).chatReceived?.text, 'hi');
    assert.deepEqual(plain((await gift).giftReceived?.state?.inventory), [
      { item: 'radish', qty: 1 },
    ]);
    const back = await b.request({ getPresence: {} });
    assert.deepEqual(ids(back.presence?.online), [500], 'presence both ways');
    const shown = await consoleEval(tt.consoleSocket, 'gs.player(500).social.friends[1]');
    assert.match(shown, /501/, 'the console shows the friendship');
  });

  /** The accept half of befriend: b accepts a's waiting request. */
  async function befriendAfterRequest(a: GameClient, b: GameClient) {
    const told = a.nextPush('friendUpdate');
    const accepted = await b.request({ acceptFriend: { playerId: 500 } });
    assert.equal(accepted.body, 'state');
    return { sender: (await told).friendUpdate, accepter: accepted.state };
  }

  it('presence goes when the friend logs out; a request to an offline player waits for their login', async () => {
    const { client: a } = await login(w1, 510);
    const { client: b } = await login(w2, 511);
    await befriend(a, 510, b, 511);
    b.close();
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(ids((await a.request({ getPresence: {} })).presence?.online), []);
    await login(w2, 512).then((p) => p.client.close());
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await a.request({ addFriend: { playerId: 512 } })).body, 'state');
    const { login: later } = await login(w2, 512);
    assert.deepEqual(ids(later.loginOk?.state?.incomingRequests), [510], 'seen at login');
  });

  it('remove ends it on both sides; decline tells the requester', async () => {
    const { client: a } = await login(w1, 520);
    const { client: b } = await login(w2, 521);
    await befriend(a, 520, b, 521);
    const removed = b.nextPush('friendUpdate');
    const r = await a.request({ removeFriend: { playerId: 521 } });
    assert.deepEqual(ids(r.state?.friends), []);
    const push = await removed;
    assert.equal(push.friendUpdate?.change, 'removed');
    assert.deepEqual(ids(push.friendUpdate?.state?.friends), [], 'gone on the other side too');
    assert.equal((await b.request({ chat: { to: 520, text: 'x' } })).error?.code, 'NOT_FRIENDS');

    const asked = b.nextPush('friendRequest');
    await a.request({ addFriend: { playerId: 521 } });
    await asked;
    const declined = a.nextPush('friendUpdate');
    assert.equal((await b.request({ declineFriend: { playerId: 520 } })).body, 'state');
    const d = await declined;
    assert.equal(d.friendUpdate?.change, 'declined');
    assert.deepEqual(ids(d.friendUpdate?.state?.outgoingRequests), []);
  });

  it("block: a blocked friend is told only of a removal and gets a stranger's answers", async () => {
    const { client: a } = await login(w1, 530);
    const { client: b } = await login(w2, 531);
    const { client: stranger } = await login(w2, 532);
    await befriend(a, 530, b, 531);
    await a.request({ plant: { plot: 0, crop: 'radish' } });
    await a.request({ harvest: { plot: 0 } });

    const told = a.nextPush('friendUpdate');
    const blocked = await b.request({ block: { playerId: 530 } });
    assert.deepEqual(ids(blocked.state?.blocked), [530]);
    assert.deepEqual(ids(blocked.state?.friends), []);
    assert.equal((await told).friendUpdate?.change, 'removed', 'reads as a removal');

    const strangerSees = await tryAll(stranger, 531);
    const blockedSees = await tryAll(a, 531);
    assert.deepEqual(blockedSees, strangerSees, 'the same answers as a stranger');
    assert.deepEqual(blockedSees, {
      chat: 'NOT_FRIENDS',
      gift: 'NOT_FRIENDS',
      visit: 'NOT_FRIENDS',
      presence: 'not shown',
    });
    const req = await a.request({ addFriend: { playerId: 531 } });
    assert.equal(req.body, 'state', 'a request is taken, as for a stranger');
    const arrives = b.nextPush('friendRequest');
    const st = await stranger.request({ addFriend: { playerId: 531 } });
    assert.equal(st.body, 'state');
    await arrives; // the stranger's request arrives ...
    const after = await b.request({ getState: {} });
    assert.deepEqual(ids(after.state?.incomingRequests), [532], "... the blocked player's never");

    const unblocked = await b.request({ unblock: { playerId: 530 } });
    assert.deepEqual(ids(unblocked.state?.blocked), []);
  });

  it('a stranger can do none of it, and accept without a request is NO_REQUEST', async () => {
    const { client: a } = await login(w1, 540);
    await login(w2, 541);
    assert.deepEqual(await tryAll(a, 541), {
      chat: 'NOT_FRIENDS',
      gift: 'NOT_FRIENDS',
      visit: 'NOT_FRIENDS',
      presence: 'not shown',
    });
    assert.equal((await a.request({ acceptFriend: { playerId: 541 } })).error?.code, 'NO_REQUEST');
    assert.equal((await a.request({ declineFriend: { playerId: 541 } })).error?.code, 'NO_REQUEST');
    assert.equal(
      (await a.request({ addFriend: { playerId: 999999 } })).error?.code,
      'UNKNOWN_PLAYER',
    );
  });

  it('migration: one-sided lists stored before mutual friends become requests, mutual pairs friends', async () => {
    const conn = await mysql.createConnection({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
    });
    const legacy = (friends: number[]) =>
      JSON.stringify({ name: 'Old', coins: 5, xp: 0, plots: [null], inventory: {}, friends });
    for (const [id, friends] of [
      [600, [601, 602]],
      [601, [600]],
      [602, []],
    ] as const) {
      await conn.query(
        'INSERT INTO players (id, version, name, coins, xp, level, last_seen, state) VALUES (?, 3, ?, 5, 0, 1, 0, ?)',
        [id, 'Old', legacy([...friends])],
      );
    }
    await conn.end();
    const first = await login(w1, 600);
    assert.deepEqual(ids(first.login.loginOk?.state?.friends), [], 'nothing mutual yet');
    assert.deepEqual(ids(first.login.loginOk?.state?.outgoingRequests), [601, 602]);
    const accepted = first.client.nextPush('friendUpdate');
    const second = await login(w2, 601);
    // 601's request reaches 600, who decides the pair (the lower id): friends.
    assert.equal((await accepted).friendUpdate?.change, 'accepted');
    await waitFor('601 is told', async () => {
      const st = await second.client.request({ getState: {} });
      return ids(st.state?.friends).includes(600);
    });
    const third = await login(w2, 602);
    assert.deepEqual(ids(third.login.loginOk?.state?.friends), []);
    assert.deepEqual(
      ids(third.login.loginOk?.state?.incomingRequests),
      [600],
      'one-sided: a request',
    );
    const now = await first.client.request({ getState: {} });
    assert.deepEqual(ids(now.state?.friends), [601]);
    assert.deepEqual(ids(now.state?.outgoingRequests), [602]);
  });
});
