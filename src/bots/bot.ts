import { setTimeout as sleep } from 'node:timers/promises';
import { GameClient, type Reply } from '../client/client';
import { type Catalog, levelOf } from '../game/catalog';
import type { Envelope, PlayerStateMsg, StateChangeMsg } from '../protocol/messages';
import {
  adopt,
  adoptChange,
  adoptDelta,
  applyChange,
  applyFriendPush,
  changeMatches,
  cloneModel,
  type Delta,
  delta,
  deltaMatches,
  diff,
  matches,
  type Model,
  modelOf,
  withDelta,
} from './model';

/** One bot: a player playing a scenario mix, checking every answer against its own model. */

export type Action =
  'state' | 'plant' | 'harvest' | 'sell' | 'gift' | 'chat' | 'visit' | 'top' | 'friend';

/** Refusals that a correct server gives a correct bot in a race; anything else is unexpected. */
export const EXPECTED_CODES = new Set([
  'NOT_READY',
  'RATE_LIMITED',
  'NOT_ONLINE',
  'SHUTTING_DOWN',
  'RETRY_LATER',
]);

/** The event an acknowledged action leaves in the player's history. */
const EVENT_OF: Partial<Record<Action, string>> = {
  plant: 'plant',
  harvest: 'harvest',
  sell: 'sell',
  gift: 'gift',
};

/** What a bot sends, what it expects the answer to leave, and which action that is. */
/** The first entry of a map that passes `test`, without copying the map. */
function firstEntry<K, V>(map: Map<K, V>, test: (value: V, key: K) => boolean): [K, V] | null {
  for (const [k, v] of map) if (test(v, k)) return [k, v];
  return null;
}

/** The catalog's crops as a list, made once per catalog. */
const cropLists = new WeakMap<Catalog, Array<[string, Catalog['crops'][string]]>>();

/** A random crop this level may plant and these coins can pay for, without building a list per plant. */
function pickCrop(
  cat: Catalog,
  level: number,
  coins: number,
): [string, Catalog['crops'][string]] | null {
  let all = cropLists.get(cat);
  if (!all) cropLists.set(cat, (all = Object.entries(cat.crops)));
  const ok = (c: Catalog['crops'][string]) => c.minLevel <= level && c.seedCost <= coins;
  let n = 0;
  for (const [, c] of all) if (ok(c)) n++;
  if (n === 0) return null;
  let k = Math.floor(Math.random() * n);
  for (const entry of all) if (ok(entry[1]) && k-- === 0) return entry;
  return null;
}

interface Plan {
  action: Action;
  request: Omit<Envelope, 'seq'>;
  /** The model the answer should leave (friendship commands), or null. */
  expect: Model | null;
  /** Or what it should change on the model (the farm's commands and getState). */
  delta?: Delta;
  /** The event the command leaves, when it is not the action's usual one. */
  event?: string;
}

/** getState: the answer is the model as it is. */
const NO_CHANGE = delta({});

/** Changes a bot can make on its own farm, tried in this order when its plan is impossible. */
const MUTATING: Action[] = ['harvest', 'plant', 'sell'];

export interface BotContext {
  host: string;
  port: number;
  transport: 'tcp' | 'ws';
  catalog: Catalog;
  token: (playerId: number) => string;
  /** Records one command's latency, µs. */
  record: (micros: number, action: Action, errorCode: string | null) => void;
  mismatch: (playerId: number, what: string) => void;
  onReconnect: () => void;
}

export class Bot {
  client: GameClient | null = null;
  model: Model | null = null;
  /** The change of a command whose answer was lost with its connection (outcome unknown). */
  private uncertain: Model | null = null;
  /** What the command in flight should leave; a push that arrives first changes it too. */
  private pending: Model | null = null;
  /** Or what it should change, relative to the model. */
  private pendingDelta: Delta | null = null;
  /**
   * The last few events, shown with a mismatch. An answer is kept as its
   * version and inventory, not as the decoded message: a bot's last eight
   * answers outlived V8's scavenges (eight commands last 0.6 s in the
   * closed loop, 1.2 s paced) and were copied and promoted, about half of
   * what the bots' scavenges promoted. Whole answers turned into text cost
   * the bots a tenth of their CPU; an inventory is most often one item.
   */
  private readonly recent: Array<string | { done: Action; version: number; items: string }> = [];

  private note(event: Bot['recent'][number]): void {
    this.recent.push(event);
    if (this.recent.length > 8) this.recent.shift();
  }

  private noteAnswer(done: Action, state: PlayerStateMsg | StateChangeMsg): void {
    const inventory = state.inventory;
    const items = inventory?.length
      ? inventory.map((i) => `${i.item}=${Number(i.qty ?? 0)}`).join(',')
      : '';
    this.note({ done, version: Number(state.version ?? 0), items });
  }

  private mismatch(what: string): void {
    const recent = this.recent.map((e) =>
      typeof e === 'string' ? e : `${e.done} -> v${e.version} ${e.items}`,
    );
    this.ctx.mismatch(this.playerId, `${what} [recent: ${recent.join(' | ')}]`);
  }
  friends: number[] = [];
  stopped = false;
  /** Events this bot's acknowledged commands caused, by type (for --verify). */
  readonly caused = new Map<string, number>();
  /** Commands whose answer was lost, so whose events may or may not exist. */
  readonly unknown = new Map<string, number>();

  private count(map: Map<string, number>, type: string | undefined): void {
    if (type) map.set(type, (map.get(type) ?? 0) + 1);
  }

  constructor(
    readonly playerId: number,
    readonly ctx: BotContext,
  ) {}

  /** Connects and logs in (with backoff), checking the state against the model. */
  async connect(): Promise<void> {
    let delay = 50;
    const hosts = this.ctx.host.split(',');
    for (let attempt = 0; ; attempt++) {
      if (this.stopped) return;
      try {
        const client = await GameClient.connect({
          // Each bot has a home host (by id) and moves on to the next when it fails.
          host: hosts[(this.playerId + attempt) % hosts.length]!,
          port: this.ctx.port,
          transport: this.ctx.transport,
          timeoutMs: 10000,
        });
        // Pushes right after loginOk (a gift applied just after the login)
        // can arrive before the login promise resumes: handle the answer
        // synchronously, in order with them.
        let fresh: Model | null = null;
        client.on('push', (p: Reply) => {
          if (this.client === client) this.onPush(p);
        });
        const login = await client.request(
          // Plant, harvest, sell and gifts are answered with what changed.
          { login: { token: this.ctx.token(this.playerId), stateChanges: true } },
          10000,
          (r) => {
            if (r.body !== 'loginOk' || !r.loginOk?.state) return;
            const found = modelOf(r.loginOk.state);
            fresh = found;
            if (this.model) {
              // Nothing acknowledged may be missing after a reconnect.
              const d = diff(this.model, found, true);
              const dUncertain = this.uncertain ? diff(this.uncertain, found, true) : ['n/a'];
              if (d.length > 0 && dUncertain.length > 0) {
                this.ctx.mismatch(this.playerId, `after reconnect: ${d.join('; ')}`);
              }
            }
            this.uncertain = null;
            this.model = found;
            this.client = client;
          },
        );
        if (login.body !== 'loginOk' || fresh === null) {
          client.close();
          throw new Error(`login refused: ${login.error?.code}`);
        }
        client.on('close', () => {
          if (this.client === client) this.client = null;
        });
        return;
      } catch {
        await sleep(delay);
        delay = Math.min(delay * 2, 2000);
      }
    }
  }

  private onPush(p: Reply): void {
    const friendly = p.friendRequest ?? p.friendUpdate;
    if (friendly && this.model) {
      const change = p.friendUpdate?.change ?? 'request';
      const from = Number(friendly.from ?? 0);
      this.note(`push friend ${change} ${from} v${friendly.state?.version}`);
      for (const m of [this.model, this.pending]) if (m) applyFriendPush(m, from, change);
      this.model.version = Math.max(this.model.version, Number(friendly.state?.version ?? 0));
    } else if (p.body === 'giftReceived' && this.model && p.giftReceived) {
      const g = p.giftReceived;
      this.note(`push gift +${g.qty} ${g.item} v${g.state?.version}`);
      // Answers and pushes arrive in the order the server applied them, so a
      // gift pushed before the answer of the command in flight is in it.
      for (const m of [this.model, this.pending]) {
        if (m)
          m.inventory.set(g.item ?? '', (m.inventory.get(g.item ?? '') ?? 0) + Number(g.qty ?? 0));
      }
      this.model.version = Math.max(this.model.version, Number(g.state?.version ?? 0));
    } else if (p.body === 'serverShutdown' || p.body === 'kicked') {
      this.client?.close();
      this.client = null;
    }
  }

  async ensureConnected(): Promise<void> {
    if (!this.client || this.client.isClosed) {
      this.client = null;
      this.ctx.onReconnect();
      await this.connect();
    }
  }

  /** Sends one command and checks the answer; returns once it is answered (or lost). */
  async act(action: Action): Promise<void> {
    // Connected (nearly always): no promise of ensureConnected's to wait for.
    if (!this.client || this.client.isClosed) await this.ensureConnected();
    const client = this.client;
    const m = this.model;
    if (!client || !m) return;
    // A planned change that is impossible now (nothing ready to harvest, no
    // free plot) becomes another change that is possible, so a mutating mix
    // stays mutating; only when none is, a read.
    const plan =
      this.plan(action, m) ??
      (EVENT_OF[action] ? MUTATING.map((a) => this.plan(a, m)).find((p) => p) : null);
    if (!plan) return this.act('state');
    return this.run(client, m, plan);
  }

  /** Sends a planned command and checks its answer against the plan's expectation. */
  private async run(client: GameClient, m: Model, plan: Plan): Promise<void> {
    const done = plan.action;
    const caused = plan.event ?? EVENT_OF[done];
    const t0 = performance.now();
    this.pending = plan.expect;
    this.pendingDelta = plan.delta ?? null;
    // The answer is checked and adopted synchronously, in order with the
    // pushes before and after it on the same connection.
    const onAnswer = (reply: Reply) => {
      this.pending = null;
      this.pendingDelta = null;
      const micros = (performance.now() - t0) * 1000;
      const code = reply.body === 'error' ? (reply.error?.code ?? 'UNKNOWN') : null;
      this.ctx.record(micros, done, code);
      if (code) {
        if (code === 'SHUTTING_DOWN') this.client?.close();
        return;
      }
      if (reply.body === 'state' && reply.state)
        this.checkState(done, caused, m, plan, reply.state);
      else if (reply.body === 'stateChange' && reply.stateChange)
        this.checkChange(done, caused, m, plan, reply.stateChange);
    };
    try {
      await client.request(plan.request, 10000, onAnswer);
    } catch {
      // The connection dropped with the command in flight: it may or may not
      // have committed. The next login must match one of the two.
      const d = this.pendingDelta;
      this.uncertain = this.pending ?? (d && this.model ? withDelta(this.model, d) : null);
      this.pending = null;
      this.pendingDelta = null;
      this.client = null;
      this.count(this.unknown, caused);
    }
  }

  /** A whole state answered: checked against the plan's expectation, then adopted. */
  private checkState(
    done: Action,
    caused: string | undefined,
    m: Model,
    plan: Plan,
    state: PlayerStateMsg,
  ) {
    this.count(this.caused, caused);
    this.noteAnswer(done, state);
    const version = Number(state.version ?? 0);
    if (version < m.version) this.mismatch(`version went back ${version} < ${m.version}`);
    // getState expects the model itself, adopted in place.
    const d = plan.delta;
    const expect = d ? (d === NO_CHANGE ? m : withDelta(m, d)) : plan.expect;
    if (expect && matches(expect, state)) {
      this.model = adopt(expect, state);
      return;
    }
    this.adoptActual(done, expect, modelOf(state));
  }

  /** A StateChange answered: it must follow the model and be exactly the plan's change. */
  private checkChange(
    done: Action,
    caused: string | undefined,
    m: Model,
    plan: Plan,
    ch: StateChangeMsg,
  ) {
    this.count(this.caused, caused);
    this.noteAnswer(done, ch);
    const version = Number(ch.version ?? 0);
    if (version !== m.version + 1)
      this.mismatch(`change v${version} does not follow v${m.version}`);
    const d = plan.delta;
    if (d) {
      if (deltaMatches(m, d, ch)) this.model = adoptDelta(m, d, ch);
      else this.adoptActual(done, withDelta(m, d), applyChange(m, ch));
      return;
    }
    if (plan.expect && changeMatches(m, plan.expect, ch)) {
      this.model = adoptChange(plan.expect, ch);
      return;
    }
    this.adoptActual(done, plan.expect, applyChange(m, ch));
  }

  /** What the server says, when it is not what the plan expected: the difference is a mismatch. */
  private adoptActual(done: Action, expect: Model | null, actual: Model) {
    if (expect) {
      const d = diff(expect, actual);
      if (d.length > 0) this.mismatch(`${done}: ${d.join('; ')}`);
    }
    this.model = actual;
  }

  /** The plan for an action, or null when it is impossible now. */
  private plan(action: Action, m: Model): Plan | null {
    const p = this.request(action, m);
    return p && { ...p, action };
  }

  /** The request for an action and what it should change (null: none possible now). */
  private request(
    action: Action,
    m: Model,
  ): { request: Omit<Envelope, 'seq'>; expect: null; delta?: Delta } | null {
    const cat = this.ctx.catalog;
    switch (action) {
      case 'state':
        return { request: { getState: {} }, expect: null, delta: NO_CHANGE };
      case 'plant': {
        let plot = -1;
        for (let i = 0; i < m.plotCount; i++) {
          if (!m.plots.has(i)) {
            plot = i;
            break;
          }
        }
        if (plot < 0) return null;
        const picked = pickCrop(cat, levelOf(cat, m.xp), m.coins);
        if (!picked) return null;
        const [crop, c] = picked;
        const d = delta({ coins: -c.seedCost, plot, crop });
        return { request: { plant: { plot, crop } }, expect: null, delta: d };
      }
      case 'harvest': {
        // 100 ms of margin: the bots and the server read different clocks.
        const ready = firstEntry(m.plots, (p) => p.readyAt + 100 <= Date.now());
        if (!ready) return null;
        const [plot, p] = ready;
        const xp = cat.crops[p.crop]?.xp ?? 0;
        const d = delta({ plot, crop: null, item: p.crop, qty: 1, xp });
        return { request: { harvest: { plot } }, expect: null, delta: d };
      }
      case 'sell': {
        const held = firstEntry(m.inventory, (qty, item) => qty > 0 && !!cat.crops[item]);
        if (!held) return null;
        const [item, have] = held;
        const qty = Math.min(have, 3);
        const coins = (cat.crops[item]?.sellPrice ?? 0) * qty;
        const d = delta({ coins, item, qty: -qty });
        return { request: { sell: { item, qty } }, expect: null, delta: d };
      }
      case 'gift': {
        const to = this.friends.find((f) => m.friends.has(f));
        const held = firstEntry(m.inventory, (qty, item) => qty > 0 && !!cat.crops[item]);
        if (to === undefined || !held) return null;
        const d = delta({ item: held[0], qty: -1 });
        return { request: { sendGift: { to, item: held[0], qty: 1 } }, expect: null, delta: d };
      }
      case 'chat': {
        const to = this.friends.find((f) => m.friends.has(f));
        if (to === undefined) return null;
        return { request: { chat: { to, text: `hi from ${this.playerId}` } }, expect: null };
      }
      case 'visit': {
        const to = this.friends.find((f) => m.friends.has(f));
        if (to === undefined) return null;
        return { request: { visitFriend: { playerId: to } }, expect: null };
      }
      case 'top':
        return { request: { top: { n: 10 } }, expect: null };
      case 'friend':
        // Not part of a mix: the set-up phase makes friends (requestFriend, answerRequests).
        return null;
    }
  }

  /** The players this bot plays with (gifts, chat, visits go to those who became friends). */
  playWith(ids: number[]): void {
    this.friends = ids;
  }

  /** Sends a friend request (a checked command like any other). */
  async requestFriend(id: number): Promise<void> {
    await this.ensureConnected();
    const m = this.model;
    if (!this.client || !m || m.friends.has(id) || m.outgoing.has(id)) return;
    const expect = cloneModel(m);
    // A request to someone whose request is waiting is an accept.
    const accepts = expect.incoming.has(id);
    if (accepts) applyFriendPush(expect, id, 'accepted');
    else expect.outgoing.add(id);
    const event = accepts ? 'friend_accept' : 'friend_request';
    await this.run(this.client, m, {
      action: 'friend',
      request: { addFriend: { playerId: id } },
      expect,
      event,
    });
  }

  /** Answers every waiting request: accepts, except that `decline(id)` ones are declined. */
  async answerRequests(decline: (from: number) => boolean): Promise<void> {
    await this.ensureConnected();
    for (const id of [...(this.model?.incoming ?? [])]) {
      const m = this.model;
      if (!this.client || !m || !m.incoming.has(id)) continue;
      const no = decline(id);
      const expect = cloneModel(m);
      applyFriendPush(expect, id, no ? 'declined' : 'accepted');
      const request = no ? { declineFriend: { playerId: id } } : { acceptFriend: { playerId: id } };
      const event = no ? 'friend_decline' : 'friend_accept';
      await this.run(this.client, m, { action: 'friend', request, expect, event });
    }
  }

  stop(): void {
    this.stopped = true;
    this.client?.close();
    this.client = null;
  }
}
