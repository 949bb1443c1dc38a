import type { PlayerStateMsg, PlotMsg } from '../protocol/messages';
import { applyStateChange } from '../protocol/state-change';

type Plot = PlotMsg;
import { type Reply, sentence, type Status, WebGameClient } from './web-client';

/**
 * The web farm: plots that grow on the server's clock, the barn, friends
 * with presence, gifts, chat and the leaderboard. Plain DOM, no framework;
 * every text from the server or another player goes in as text, never as
 * HTML.
 */

interface Crop {
  seedCost: number;
  growSeconds: number;
  sellPrice: number;
  minLevel: number;
}

type Child = Node | string | null | undefined | false;

function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const $ = (id: string) => document.getElementById(id)!;

const ui = {
  me: null as PlayerStateMsg | null,
  crops: {} as Record<string, Crop>,
  online: new Set<number>(),
  chat: [] as Array<{ line: string; mine: boolean }>,
  top: [] as Array<{ id: number; name: string; xp: number }>,
  visit: null as Reply['friendFarm'] | null,
  /** Server clock minus ours, ms (from Ping/Pong). */
  skew: 0,
};

const params = new URLSearchParams(location.search);
let client: WebGameClient | null = null;

function toast(text: string, kind: 'error' | 'info' = 'error'): void {
  const t = h('div', { class: `toast ${kind}`, role: 'status' }, text);
  $('toasts').append(t);
  setTimeout(() => t.remove(), 5000);
}

/** Sends a command; a refusal shows as a sentence; a new state is adopted. */
async function act(envelope: Parameters<WebGameClient['request']>[0]): Promise<Reply | null> {
  if (!client) return null;
  try {
    const r = await client.request(envelope);
    if (r.body === 'error') {
      toast(sentence(r.error?.code, r.error?.message));
      return null;
    }
    if (r.state) setState(r.state);
    else if (r.stateChange && ui.me) {
      // A change on top of the state shown; one that does not follow (a
      // message missed) is replaced by the whole state.
      const next = applyStateChange(ui.me, r.stateChange);
      if (next) setState(next);
      else void act({ getState: {} });
    }
    return r;
  } catch (err) {
    toast(`Not sent: ${(err as Error).message}.`);
    return null;
  }
}

function setState(s: PlayerStateMsg | null | undefined): void {
  if (!s) return;
  if (ui.me && Number(s.version) < Number(ui.me.version)) return;
  const friendsBefore = ids(ui.me?.friends).join();
  ui.me = s;
  render();
  if (ids(s.friends).join() !== friendsBefore) void loadPresence();
}

const ids = (v: unknown) => ((v ?? []) as number[]).map(Number);
const now = () => Date.now() + ui.skew;

function header(): HTMLElement {
  const s = ui.me!;
  return h(
    'div',
    { class: 'stats' },
    h('strong', { id: 'name' }, s.name ?? ''),
    h('span', { id: 'level' }, `Level ${s.level ?? 1}`),
    h('span', { id: 'xp' }, `${s.xp ?? 0} xp`),
    h('span', { id: 'coins' }, `${s.coins ?? 0} coins`),
  );
}

/** Cards that hold a choice (a crop to plant) are kept while their plot does not change. */
const cards = new Map<number, { key: string; el: HTMLElement }>();

function plotCard(index: number): HTMLElement {
  const p = (ui.me!.plots ?? []).find((q) => Number(q.index) === index);
  const key = p
    ? Number(p.readyAt) <= now()
      ? `ready:${p.crop}`
      : `growing:${Math.ceil((Number(p.readyAt) - now()) / 1000)}`
    : `empty:${ui.me!.level}`;
  const cached = cards.get(index);
  if (cached?.key === key) return cached.el;
  const el = buildPlotCard(index, p);
  cards.set(index, { key, el });
  return el;
}

function buildPlotCard(index: number, p: Plot | undefined): HTMLElement {
  const s = ui.me!;
  if (!p) {
    const level = Number(s.level ?? 1);
    const select = h('select', { 'aria-label': `crop for plot ${index}` });
    for (const [name, c] of Object.entries(ui.crops)) {
      if (c.minLevel <= level)
        select.append(h('option', { value: name }, `${name} (${c.seedCost} coins)`));
    }
    const plant = h('button', { class: 'plant' }, 'Plant');
    plant.onclick = () =>
      act({ plant: { plot: index, crop: (select as HTMLSelectElement).value } });
    return h('div', { class: 'plot empty', 'data-plot': String(index) }, select, plant);
  }
  const left = Number(p.readyAt) - now();
  if (left <= 0) {
    const harvest = h('button', { class: 'harvest' }, `Harvest ${p.crop}`);
    harvest.onclick = () => act({ harvest: { plot: index } });
    return h('div', { class: 'plot ready', 'data-plot': String(index) }, harvest);
  }
  const total = Math.max(1, Number(p.readyAt) - Number(p.plantedAt));
  const bar = h('progress', { max: String(total), value: String(total - left) });
  return h(
    'div',
    { class: 'plot growing', 'data-plot': String(index) },
    h('span', {}, p.crop ?? ''),
    bar,
    h('small', {}, `${Math.ceil(left / 1000)} s`),
  );
}

function barn(): HTMLElement {
  const items = ui.me!.inventory ?? [];
  if (items.length === 0) return h('p', { class: 'muted' }, 'The barn is empty.');
  return h(
    'ul',
    { id: 'inventory' },
    ...items.map((i) => {
      const sell = h('button', {}, 'Sell 1');
      sell.onclick = () => act({ sell: { item: i.item ?? '', qty: 1 } });
      return h('li', { 'data-item': i.item ?? '' }, `${i.item} × ${i.qty}`, sell);
    }),
  );
}

function friendRow(id: number): HTMLElement {
  const on = ui.online.has(id);
  const visit = h('button', {}, 'Visit');
  visit.onclick = async () => {
    const r = await act({ visitFriend: { playerId: id } });
    if (r?.friendFarm) {
      ui.visit = r.friendFarm;
      render();
    }
  };
  const gift = h('button', { class: 'gift' }, 'Gift');
  gift.onclick = () => {
    const item = ui.me?.inventory?.[0]?.item;
    if (!item) return toast('Harvest something first: gifts come from the barn.', 'info');
    void act({ sendGift: { to: id, item, qty: 1 } }).then(
      (r) => r && toast(`You sent 1 ${item} to #${id}.`, 'info'),
    );
  };
  const remove = h('button', { class: 'quiet' }, 'Remove');
  remove.onclick = () => act({ removeFriend: { playerId: id } });
  return h(
    'li',
    { 'data-friend': String(id), class: on ? 'online' : 'offline' },
    h('span', { class: 'dot', title: on ? 'online now' : 'offline' }),
    `#${id}`,
    h('small', { class: 'presence' }, on ? 'online now' : 'offline'),
    visit,
    gift,
    remove,
  );
}

function requestRow(id: number): HTMLElement {
  const yes = h('button', { class: 'accept' }, 'Accept');
  yes.onclick = () => act({ acceptFriend: { playerId: id } });
  const no = h('button', { class: 'quiet' }, 'Decline');
  no.onclick = () => act({ declineFriend: { playerId: id } });
  return h('li', { 'data-request': String(id) }, `#${id} wants to be friends`, yes, no);
}

/** Built once: a render must not wipe what the player is typing. */
const friendForm = (() => {
  const input = h('input', {
    id: 'friend-id',
    type: 'number',
    min: '1',
    placeholder: 'player id',
  }) as HTMLInputElement;
  const add = h('button', { id: 'add-friend' }, 'Add friend');
  add.onclick = () => {
    const id = Number(input.value);
    if (!(id >= 1)) return toast('Type the id of the player to befriend.', 'info');
    void act({ addFriend: { playerId: id } }).then((r) => {
      if (!r) return;
      input.value = '';
      toast(`Request sent to #${id}.`, 'info');
    });
  };
  return h('div', { class: 'row' }, input, add);
})();

function friends(): HTMLElement {
  const s = ui.me!;
  const outgoing = ids(s.outgoingRequests);
  return h(
    'div',
    {},
    friendForm,
    h('ul', { id: 'requests' }, ...ids(s.incomingRequests).map(requestRow)),
    h('ul', { id: 'friends' }, ...ids(s.friends).map(friendRow)),
    outgoing.length > 0 &&
      h(
        'p',
        { class: 'muted', id: 'outgoing' },
        `Waiting for: ${outgoing.map((i) => `#${i}`).join(', ')}`,
      ),
    ids(s.friends).length === 0 && h('p', { class: 'muted' }, 'No friends yet: add one by id.'),
  );
}

/** Built once, like the friend form; only the list of friends to talk to is refreshed. */
const chatForm = (() => {
  const to = h('select', { id: 'chat-to', 'aria-label': 'chat with' }) as HTMLSelectElement;
  const text = h('input', {
    id: 'chat-text',
    maxlength: '200',
    placeholder: 'say hello',
  }) as HTMLInputElement;
  const send = h('button', { id: 'chat-send' }, 'Send');
  const form = h('form', { class: 'row' }, to, text, send);
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const line = text.value;
    const target = Number(to.value);
    if (!target || !line) return;
    void act({ chat: { to: target, text: line } }).then((r) => {
      if (!r) return;
      ui.chat.push({ line: `you → #${target}: ${line}`, mine: true });
      text.value = '';
      render();
    });
  };
  return { form, to };
})();

function chat(): HTMLElement {
  const friendIds = ids(ui.me!.friends);
  const { form, to } = chatForm;
  const chosen = to.value;
  to.replaceChildren(...friendIds.map((id) => h('option', { value: String(id) }, `#${id}`)));
  if (friendIds.map(String).includes(chosen)) to.value = chosen;
  return h(
    'div',
    {},
    h(
      'ol',
      { id: 'chat-log' },
      ...ui.chat.slice(-30).map((c) => h('li', { class: c.mine ? 'mine' : '' }, c.line)),
    ),
    friendIds.length > 0 ? form : h('p', { class: 'muted' }, 'Chat is for friends.'),
  );
}

function leaderboard(): HTMLElement {
  const mine = ui.top.findIndex((e) => e.id === Number(ui.me?.id));
  const refresh = h('button', { class: 'quiet' }, 'Refresh');
  refresh.onclick = () => void loadTop();
  return h(
    'div',
    {},
    h(
      'ol',
      { id: 'top' },
      ...ui.top.slice(0, 10).map((e) => h('li', {}, `${e.name} — ${e.xp} xp`)),
    ),
    h(
      'p',
      { id: 'rank' },
      mine >= 0 ? `Your rank: ${mine + 1}` : 'You are not in the top 100 yet.',
    ),
    refresh,
  );
}

function visiting(): HTMLElement | null {
  const v = ui.visit;
  if (!v) return null;
  const close = h('button', { class: 'quiet' }, 'Close');
  close.onclick = () => {
    ui.visit = null;
    render();
  };
  const planted = (v.plots ?? []).map((p) => `${p.crop} on plot ${p.index}`).join(', ');
  return h(
    'section',
    { id: 'visit' },
    h('h2', {}, `Visiting ${v.name} (level ${v.level})`),
    h('p', {}, planted || 'Nothing planted.'),
    close,
  );
}

/** The plots alone: the clock moves them every second. */
function renderPlots(): void {
  if (!ui.me) return;
  const plots = Array.from({ length: Number(ui.me.plotCount ?? 0) }, (_, i) => plotCard(i));
  const box = $('plots');
  if (plots.some((el, i) => box.children[i] !== el) || box.children.length !== plots.length)
    box.replaceChildren(...plots);
}

function render(): void {
  if (!ui.me) return;
  $('header-stats').replaceChildren(header());
  renderPlots();
  $('barn').replaceChildren(barn());
  $('friends-panel').replaceChildren(friends());
  $('chat-panel').replaceChildren(chat());
  $('top-panel').replaceChildren(leaderboard());
  $('visit-slot').replaceChildren(visiting() ?? '');
}

function onPush(p: Reply): void {
  switch (p.body) {
    case 'giftReceived': {
      const g = p.giftReceived!;
      setState(g.state);
      toast(`#${g.from} sent you ${g.qty} ${g.item}.`, 'info');
      return;
    }
    case 'chatReceived': {
      const c = p.chatReceived!;
      ui.chat.push({ line: `#${c.from}: ${c.text}`, mine: false });
      return render();
    }
    case 'friendRequest':
      setState(p.friendRequest?.state);
      return toast(`#${p.friendRequest?.from} wants to be your friend.`, 'info');
    case 'friendUpdate': {
      const u = p.friendUpdate!;
      setState(u.state);
      void loadPresence();
      return toast(
        `#${u.from} ${u.change === 'accepted' ? 'accepted your request' : u.change === 'declined' ? 'declined your request' : 'is no longer your friend'}.`,
        'info',
      );
    }
    case 'kicked':
      return toast('You logged in somewhere else; reconnecting here.', 'info');
    case 'serverShutdown':
      return toast('The server is restarting; reconnecting.', 'info');
  }
}

async function loadPresence(): Promise<void> {
  if (!client?.online) return;
  const r = await client.request({ getPresence: {} }).catch(() => null);
  if (r?.presence) {
    ui.online = new Set(ids(r.presence.online));
    render();
  }
}

async function loadTop(): Promise<void> {
  const r = await client?.request({ top: { n: 100 } }).catch(() => null);
  if (r?.topResult) {
    ui.top = (r.topResult.entries ?? []).map((e) => ({
      id: Number(e.id),
      name: e.name ?? '',
      xp: Number(e.xp),
    }));
    render();
  }
}

async function syncClock(): Promise<void> {
  const sent = Date.now();
  const r = await client?.request({ ping: { clientTime: sent } }).catch(() => null);
  if (r?.pong) ui.skew = Number(r.pong.serverTime) - (sent + Date.now()) / 2;
}

function setStatus(status: Status, detail?: string): void {
  const el = $('status');
  el.textContent = status === 'online' ? 'online' : status;
  el.className = `status ${status}`;
  el.title = detail ?? '';
}

/** The token: from the platform in the URL, or (development only) minted for ?player=N. */
async function token(): Promise<string> {
  const given = params.get('token');
  if (given) return given;
  const player = params.get('player');
  const r = await fetch(`/dev/token?player=${encodeURIComponent(player ?? '')}`);
  if (!r.ok) throw new Error('This server needs a token in the address (?token=...).');
  return ((await r.json()) as { token: string }).token;
}

async function main(): Promise<void> {
  if (!params.get('token') && !params.get('player')) {
    $('login').hidden = false;
    return;
  }
  $('game').hidden = false;
  ui.crops = (await (await fetch('/catalog.json')).json()).crops as Record<string, Crop>;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  client = new WebGameClient({
    url: `${scheme}://${location.host}/ws`,
    token,
    onStatus: setStatus,
    onPush,
    onLogin: (r) => {
      ui.me = null;
      setState(r.loginOk?.state);
      void syncClock().then(loadPresence).then(loadTop);
    },
  });
  client.start();
  setInterval(renderPlots, 1000);
  setInterval(() => void loadPresence(), 10000);
}

void main();
