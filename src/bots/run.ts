import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Catalog } from '../game/catalog';
import { type Action, Bot, EXPECTED_CODES } from './bot';
import { type VerifyDeps, type VerifyResult, verifyBots } from './verify';

/**
 * Many bots in one process (one event loop, no thread per bot), playing a
 * scenario mix at a given rate, with latency percentiles from an HDR
 * histogram (Node's perf_hooks) and every answer checked.
 */

export interface BotsOptions {
  /** One host, or several comma-separated: a bot starts on one and moves on when it cannot connect. */
  host: string;
  port: number;
  /** TCP (the game port) or WebSocket (the web port); default TCP. */
  transport?: 'tcp' | 'ws';
  players: number;
  firstId: number;
  /** Total commands per second across all bots; 0: as fast as they can. */
  rate: number;
  durationSeconds: number;
  mix: Array<[Action, number]>;
  catalog: Catalog;
  token: (playerId: number) => string;
  /** Prints a progress line every second (to stderr). */
  progress?: (line: string) => void;
  /** Ends play early (then the verify runs as after the full duration). */
  stop?: AbortSignal;
  /**
   * Plays this long first, before the window opens: a benchmark measures a
   * server whose hot code is compiled, as it is after its first seconds.
   * Its commands count in neither the rate nor the latencies; its errors
   * and mismatches do.
   */
  warmupSeconds?: number;
  /** Called right before the timed play starts and right after it ends (a benchmark's window). */
  window?: { start(): Promise<void>; stop(): Promise<void> };
  /**
   * With `verify`: after play, the bots stop, wait `settleMs` (pushes and
   * gifts in flight land), then compare with Tarantool and MySQL.
   */
  verify?: (Omit<VerifyDeps, 'since'> & { settleMs: number; onSettle?: () => void }) | null;
}

export interface BotsSummary {
  players: number;
  seconds: number;
  commands: number;
  throughput: number;
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number };
  errors: Record<string, number>;
  unexpectedErrors: number;
  mismatches: number;
  mismatchSamples: string[];
  reconnects: number;
  verify: VerifyResult | null;
}

export const DEFAULT_MIX: Array<[Action, number]> = [
  ['state', 10],
  ['plant', 30],
  ['harvest', 25],
  ['sell', 15],
  ['gift', 5],
  ['chat', 5],
  ['visit', 5],
  ['top', 5],
];

/** "plant:30,harvest:20" -> [['plant', 30], ['harvest', 20]] */
export function parseMix(text: string): Array<[Action, number]> {
  const names: Action[] = ['state', 'plant', 'harvest', 'sell', 'gift', 'chat', 'visit', 'top'];
  return text.split(',').map((part) => {
    const [name, weight] = part.split(':');
    if (!names.includes(name as Action) || !(Number(weight) > 0)) {
      throw new Error(`--scenario: "${part}" is not action:weight (actions: ${names.join(', ')})`);
    }
    return [name as Action, Number(weight)];
  });
}

function pick(mix: Array<[Action, number]>, total: number): Action {
  let r = Math.random() * total;
  for (const [a, w] of mix) {
    r -= w;
    if (r <= 0) return a;
  }
  return mix[0]![0];
}

const ms = (h: RecordableHistogram, p: number) => (h.count ? h.percentile(p) / 1000 : 0);

/** Plays, verifies if asked, stops the bots. */
export async function runBots(o: BotsOptions): Promise<BotsSummary> {
  const { bots, summary, since } = await playBots(o);
  for (const b of bots) b.stop();
  if (o.verify) {
    o.verify.onSettle?.();
    await sleep(o.verify.settleMs);
    summary.verify = await verifyBots(bots, { ...o.verify, since });
  }
  return summary;
}

/** What the bots count while they play, shared by every bot of this process. */
class Tally {
  hist = createHistogram();
  second = createHistogram();
  readonly errors: Record<string, number> = {};
  commands = 0;
  mismatches = 0;
  reconnects = 0;
  readonly mismatchSamples: string[] = [];

  record(micros: number, code: string | null): void {
    const v = Math.max(1, Math.round(micros));
    this.hist.record(v);
    this.second.record(v);
    this.commands++;
    if (code) this.errors[code] = (this.errors[code] ?? 0) + 1;
  }

  /** The timed play starts: what came before counts only as errors and mismatches. */
  startTiming(): void {
    this.hist = createHistogram();
    this.second = createHistogram();
    this.commands = 0;
  }

  mismatch(id: number, what: string): void {
    this.mismatches++;
    if (this.mismatchSamples.length < 20) this.mismatchSamples.push(`player ${id}: ${what}`);
  }

  /** One progress line for the last second. */
  progressLine(elapsedSeconds: number, connected: number): string {
    const s = this.second;
    this.second = createHistogram();
    const errs = Object.entries(this.errors)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    return `${elapsedSeconds.toFixed(0)}s connected=${connected} cmd/s=${s.count} p50=${ms(s, 50).toFixed(1)}ms p99=${ms(s, 99).toFixed(1)}ms mismatches=${this.mismatches}${errs ? ` errors: ${errs}` : ''}`;
  }

  summary(players: number, seconds: number): BotsSummary {
    const h = this.hist;
    const unexpectedErrors = Object.entries(this.errors)
      .filter(([code]) => !EXPECTED_CODES.has(code))
      .reduce((a, [, n]) => a + n, 0);
    return {
      players,
      seconds,
      commands: this.commands,
      throughput: this.commands / seconds,
      latencyMs: {
        p50: ms(h, 50),
        p90: ms(h, 90),
        p99: ms(h, 99),
        p999: ms(h, 99.9),
        max: h.count ? h.max / 1000 : 0,
      },
      errors: this.errors,
      unexpectedErrors,
      mismatches: this.mismatches,
      mismatchSamples: this.mismatchSamples,
      reconnects: this.reconnects,
      verify: null,
    };
  }
}

/**
 * Connects in waves (a login storm stays within what a worker accepts),
 * then makes friends the way players do: each bot requests its next
 * neighbour, and once the requests have arrived each answers them,
 * declining one in ten. Gifts, chat and visits go to neighbours who became
 * friends.
 */
async function connectAll(bots: Bot[]): Promise<void> {
  for (let i = 0; i < bots.length; i += 200)
    await Promise.all(bots.slice(i, i + 200).map((b) => b.connect()));
  if (bots.length < 2) return;
  const neighbour = (i: number) => bots[(i + 1) % bots.length]!;
  bots.forEach((b, i) => {
    const ids = [neighbour(i).playerId, bots[(i + bots.length - 1) % bots.length]!.playerId];
    b.playWith([...new Set(ids)].filter((id) => id !== b.playerId));
  });
  await Promise.all(bots.map((b, i) => b.requestFriend(neighbour(i).playerId)));
  // Requests reach the other side as pushes within milliseconds.
  await sleep(500);
  await Promise.all(bots.map((b) => b.answerRequests((from) => from % 10 === 0)));
  await sleep(500);
}

/** One bot's commands until `until`, paced to `intervalMs` apart (0: as fast as answers come). */
async function play(b: Bot, o: BotsOptions, until: number, intervalMs: number): Promise<void> {
  const total = o.mix.reduce((a, [, w]) => a + w, 0);
  // Spread the bots' first commands over one interval.
  if (intervalMs > 0) await sleep(Math.random() * intervalMs);
  let next = Date.now();
  while (Date.now() < until && !o.stop?.aborted) {
    await b.act(pick(o.mix, total));
    if (intervalMs > 0) {
      next += intervalMs;
      const wait = next - Date.now();
      if (wait > 0) await sleep(wait);
      else next = Date.now();
    }
  }
}

/** Plays for the duration; the bots stay connected (for a verify). */
export async function playBots(
  o: BotsOptions,
): Promise<{ bots: Bot[]; summary: BotsSummary; since: number }> {
  // Events of this run are those from here on (--verify counts them).
  const since = Date.now();
  const tally = new Tally();
  const bots = Array.from(
    { length: o.players },
    (_, i) =>
      new Bot(o.firstId + i, {
        host: o.host,
        port: o.port,
        transport: o.transport ?? 'tcp',
        catalog: o.catalog,
        token: o.token,
        record: (micros, _action, code) => tally.record(micros, code),
        mismatch: (id, what) => tally.mismatch(id, what),
        onReconnect: () => tally.reconnects++,
      }),
  );
  await connectAll(bots);
  const interval = o.rate > 0 ? (o.players / o.rate) * 1000 : 0;
  if (o.warmupSeconds) {
    const warm = Date.now() + o.warmupSeconds * 1000;
    await Promise.all(bots.map((b) => play(b, o, warm, interval)));
    tally.startTiming();
  }
  await o.window?.start();
  const started = Date.now();
  const until = started + o.durationSeconds * 1000;
  const progress = o.progress
    ? setInterval(() => {
        const connected = bots.filter((b) => b.client).length;
        o.progress!(tally.progressLine((Date.now() - started) / 1000, connected));
      }, 1000)
    : null;
  await Promise.all(bots.map((b) => play(b, o, until, interval)));
  // The rate is over the play, not the window's quiet second after it.
  const seconds = (Date.now() - started) / 1000;
  await o.window?.stop();
  if (progress) clearInterval(progress);
  return { bots, summary: tally.summary(o.players, seconds), since };
}
