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
  host: string;
  port: number;
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

/** Plays for the duration; the bots stay connected (for a verify). */
export async function playBots(
  o: BotsOptions,
): Promise<{ bots: Bot[]; summary: BotsSummary; since: number }> {
  // Events of this run are those from here on (--verify counts them).
  const since = Date.now();
  const hist = createHistogram();
  let second = createHistogram();
  const errors: Record<string, number> = {};
  let commands = 0;
  let mismatches = 0;
  let reconnects = 0;
  const mismatchSamples: string[] = [];
  const bots = Array.from(
    { length: o.players },
    (_, i) =>
      new Bot(o.firstId + i, {
        host: o.host,
        port: o.port,
        catalog: o.catalog,
        token: o.token,
        record: (micros, _action, code) => {
          const v = Math.max(1, Math.round(micros));
          hist.record(v);
          second.record(v);
          commands++;
          if (code) errors[code] = (errors[code] ?? 0) + 1;
        },
        mismatch: (id, what) => {
          mismatches++;
          if (mismatchSamples.length < 20) mismatchSamples.push(`player ${id}: ${what}`);
        },
        onReconnect: () => reconnects++,
      }),
  );
  // Connect in waves, so a login storm stays within what a worker accepts.
  for (let i = 0; i < bots.length; i += 200)
    await Promise.all(bots.slice(i, i + 200).map((b) => b.connect()));
  // Each bot befriends its two neighbours (both ways), for gifts, chat and visits.
  await Promise.all(
    bots.map((b, i) => {
      const ids = [bots[(i + 1) % bots.length], bots[(i + bots.length - 1) % bots.length]]
        .filter((x): x is Bot => x !== undefined && x !== b)
        .map((x) => x.playerId);
      return b.befriend([...new Set(ids)]);
    }),
  );

  const total = o.mix.reduce((a, [, w]) => a + w, 0);
  const started = Date.now();
  const until = started + o.durationSeconds * 1000;
  const perBotInterval = o.rate > 0 ? (o.players / o.rate) * 1000 : 0;
  const progress = o.progress
    ? setInterval(() => {
        const elapsed = (Date.now() - started) / 1000;
        const connected = bots.filter((b) => b.client).length;
        const errs = Object.entries(errors)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ');
        o.progress!(
          `${elapsed.toFixed(0)}s connected=${connected} cmd/s=${second.count} p50=${ms(second, 50).toFixed(1)}ms p99=${ms(second, 99).toFixed(1)}ms mismatches=${mismatches}${errs ? ` errors: ${errs}` : ''}`,
        );
        second = createHistogram();
      }, 1000)
    : null;

  await Promise.all(
    bots.map(async (b) => {
      // Spread the bots' first commands over one interval.
      if (perBotInterval > 0) await sleep(Math.random() * perBotInterval);
      let next = Date.now();
      while (Date.now() < until) {
        await b.act(pick(o.mix, total));
        if (perBotInterval > 0) {
          next += perBotInterval;
          const wait = next - Date.now();
          if (wait > 0) await sleep(wait);
          else next = Date.now();
        }
      }
    }),
  );
  if (progress) clearInterval(progress);
  const seconds = (Date.now() - started) / 1000;
  const unexpectedErrors = Object.entries(errors)
    .filter(([code]) => !EXPECTED_CODES.has(code))
    .reduce((a, [, n]) => a + n, 0);
  const summary: BotsSummary = {
    players: o.players,
    seconds,
    commands,
    throughput: commands / seconds,
    latencyMs: {
      p50: ms(hist, 50),
      p90: ms(hist, 90),
      p99: ms(hist, 99),
      p999: ms(hist, 99.9),
      max: hist.count ? hist.max / 1000 : 0,
    },
    errors,
    unexpectedErrors,
    mismatches,
    mismatchSamples,
    reconnects,
    verify: null,
  };
  return { bots, summary, since };
}
