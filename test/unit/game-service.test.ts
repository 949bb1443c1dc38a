import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { mintToken } from '../../src/auth/token';
import { GameClient, type Reply } from '../../src/client/client';
import { loadConfig } from '../../src/config/load';
import { StoreError } from '../../src/errors';
import { loadCatalog } from '../../src/game/catalog';
import { newFarm, serializeFarm } from '../../src/game/farm';
import { silentLogger } from '../../src/log/logger';
import { newCounters } from '../../src/session/counters';
import { GameService } from '../../src/session/game-service';
import { ConnectionCaps } from '../../src/transport/caps';
import { createTcpTransport, type TcpTransport } from '../../src/transport/tcp';
import { FakeArchive, FakeSessionStore } from './fakes';

/**
 * The session layer in one process, in milliseconds: the real TCP transport
 * and Connection on loopback, GameService over a fake store and an injected
 * clock. No Tarantool, no MariaDB.
 */

const SECRET = 'unit-secret';
const catalog = loadCatalog();
const game = loadConfig({ file: undefined, cwd: process.cwd() }).game;

describe('GameService in process (fake store, injected clock)', () => {
  let store: FakeSessionStore;
  let archive: FakeArchive;
  let service: GameService;
  let tcp: TcpTransport;
  let port: number;
  let now: number;
  const counters = newCounters();
  const clients: GameClient[] = [];

  beforeEach(async () => {
    store = new FakeSessionStore();
    archive = new FakeArchive();
    now = 1_800_000_000_000;
    service = new GameService({
      store,
      archive,
      catalog: () => catalog,
      logger: silentLogger(),
      counters,
      workerId: 'w1',
      tokenSecret: SECRET,
      idleTimeoutMs: 60000,
      clock: () => now,
    });
    tcp = createTcpTransport({
      game: { ...game, host: '127.0.0.1', port: 0 },
      handler: service,
      counters,
      logger: silentLogger(),
      clock: () => now,
      caps: new ConnectionCaps(game.maxConnections, game.maxConnectionsPerIp),
    });
    await new Promise<void>((r) => tcp.server.listen(0, '127.0.0.1', r));
    port = (tcp.server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const c of tcp.connections) c.destroy();
    await new Promise((r) => tcp.server.close(r));
  });

  async function login(id: number): Promise<{ c: GameClient; r: Reply }> {
    const c = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 2000 });
    clients.push(c);
    const r = await c.login(mintToken(SECRET, id, Math.floor(now / 1000) + 60));
    return { c, r };
  }

  /** A login the server refuses and closes: its error comes as a push (seq 0) before the close. */
  async function refusedLogin(id: number): Promise<string | undefined> {
    const c = await GameClient.connect({ host: '127.0.0.1', port, timeoutMs: 2000 });
    clients.push(c);
    let code: string | undefined;
    c.on('push', (p: Reply) => (code ??= p.error?.code ?? undefined));
    await assert.rejects(c.login(mintToken(SECRET, id, Math.floor(now / 1000) + 60)));
    return code;
  }

  it('a new player: created (version 1, player_created) only after MySQL said there is none', async () => {
    const { r } = await login(5);
    assert.equal(r.body, 'loginOk');
    assert.equal(r.loginOk?.state?.version, 1);
    assert.equal(store.saves.length, 1);
    assert.deepEqual(store.saves[0]!.events, [{ type: 'player_created', payload: '{}' }]);
  });

  it('MySQL unreachable for an unknown player: RETRY_LATER, nothing created', async () => {
    archive.down = true;
    assert.equal(await refusedLogin(6), 'RETRY_LATER');
    assert.equal(store.players.size, 0);
    assert.equal(store.owners.get(6)?.worker, '', 'the claim was released');
  });

  it('a command commits version + 1 before its answer; a refusal commits nothing', async () => {
    const commits = counters.commits;
    const { c } = await login(7);
    const planted = await c.request({ plant: { plot: 0, crop: 'wheat' } });
    assert.equal(planted.state?.version, 2);
    assert.equal(store.players.get(7)?.version, 2);
    const again = await c.request({ plant: { plot: 0, crop: 'wheat' } });
    assert.equal(again.error?.code, 'PLOT_BUSY');
    assert.equal(store.players.get(7)?.version, 2);
    assert.equal(counters.commits - commits, 2, 'counted: the creation and the plant');
  });

  it('a fenced save ends the session with a Kicked push, not an error answer', async () => {
    const { c } = await login(8);
    await store.claim(8, 'another worker');
    const pushes: Reply[] = [];
    c.on('push', (p: Reply) => pushes.push(p));
    await assert.rejects(c.request({ plant: { plot: 0, crop: 'wheat' } }));
    assert.equal(pushes.find((p) => p.body === 'kicked')?.body, 'kicked');
    assert.equal(pushes.filter((p) => p.body === 'error').length, 0);
    assert.equal(service.online, 0);
  });

  it('outcome unknown: reconciled by reading the stored version, never retried', async () => {
    const { c } = await login(9);
    const timeout = new StoreError('STORE_TIMEOUT', 'no answer', { retryable: true });
    store.failNextSave = { error: timeout, applied: true };
    const committed = await c.request({ plant: { plot: 0, crop: 'wheat' } });
    assert.equal(committed.state?.version, 2, 'it did commit: adopted');
    store.failNextSave = { error: timeout, applied: false };
    const lost = await c.request({ plant: { plot: 1, crop: 'wheat' } });
    assert.equal(lost.error?.code, 'RETRY_LATER');
    assert.equal(lost.error?.retryable, true);
    assert.equal(store.saves.length, 2, 'created + the first plant; nothing saved twice');
  });

  it('gifts waiting in the inbox are credited at login, exactly once', async () => {
    const farm = { ...newFarm(catalog, 10), friends: [1] };
    const row = { name: farm.name, xp: 0, lastSeen: 0, state: serializeFarm(farm) };
    store.players.set(10, { id: 10, version: 1, ...row });
    store.gift(1, 10, JSON.stringify({ item: 'wheat', qty: 3 }));
    store.gift(1, 10, '{not json');
    const { r } = await login(10);
    const wheat = r.loginOk?.state?.inventory?.find((i) => i.item === 'wheat');
    assert.equal(wheat?.qty, 3);
    assert.deepEqual(
      store.inboxes.get(10),
      [],
      'both rows acknowledged, the bad one crediting nothing',
    );
  });

  it('a kick in the mailbox with a newer epoch closes the session; an older one does not', async () => {
    const { c } = await login(11);
    service.deliver({ id: 1, playerId: 11, kind: 'kick', payload: JSON.stringify({ epoch: 1 }) });
    assert.equal((await c.request({ getState: {} })).body, 'state');
    service.deliver({ id: 2, playerId: 11, kind: 'kick', payload: JSON.stringify({ epoch: 99 }) });
    await c.closedByServer(2000);
  });

  it('stopping: commands are refused with SHUTTING_DOWN, logins closed', async () => {
    const { c } = await login(12);
    service.beginStop();
    assert.equal((await c.request({ getState: {} })).error?.code, 'SHUTTING_DOWN');
    assert.equal(await refusedLogin(13), 'SHUTTING_DOWN');
  });

  it('the clock is the injected one: a crop is ready only when it says so', async () => {
    const { c } = await login(14);
    await c.request({ plant: { plot: 0, crop: 'wheat' } });
    assert.equal((await c.request({ harvest: { plot: 0 } })).error?.code, 'NOT_READY');
    now += catalog.crops.wheat!.growSeconds * 1000;
    assert.equal((await c.request({ harvest: { plot: 0 } })).body, 'state');
  });
});
