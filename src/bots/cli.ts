import { fork } from 'node:child_process';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import type { Config } from '../config/schema';
import { loadCatalog } from '../game/catalog';
import { silentLogger } from '../log/logger';
import { GameStore } from '../store/game-store';
import { mysqlOptions } from '../store/mysql/connect';
import { tarantoolClientFor } from '../store/tarantool-client';
import { type BotsSummary, DEFAULT_MIX, parseMix, runBots } from './run';

export interface BotsArgs {
  players: number;
  firstId: number;
  rate: number;
  duration: number;
  scenario: string | undefined;
  host: string | undefined;
  port: number | undefined;
  /** tcp (the game port) or ws (WebSocket on the web port). */
  transport: 'tcp' | 'ws';
  json: boolean;
  verify: boolean;
  procs: number;
  quiet: boolean;
  /** With --verify: seconds to wait between play and the checks. */
  settle: number;
  /** With --verify: seconds to wait for MySQL to catch up before a row or event counts as missing. */
  drainTimeout: number;
}

/** The `bots` flags (parsed by the CLI with the others). */
export const BOTS_OPTIONS = {
  players: { type: 'string' },
  'first-id': { type: 'string' },
  rate: { type: 'string' },
  duration: { type: 'string' },
  scenario: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  transport: { type: 'string' },
  procs: { type: 'string' },
  json: { type: 'boolean' },
  verify: { type: 'boolean' },
  quiet: { type: 'boolean' },
  settle: { type: 'string' },
  'drain-timeout': { type: 'string' },
} as const;

type Flags = {
  [K in keyof typeof BOTS_OPTIONS]?: (typeof BOTS_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};

/** The flags as numbers and switches; a bad number is a usage error. */
export function botsArgs(values: Flags): BotsArgs {
  const num = (v: string | undefined, def: number, name: string) => {
    const n = v === undefined ? def : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0`);
    return n;
  };
  return {
    players: num(values.players, 100, 'players'),
    firstId: num(values['first-id'], 1_000_000, 'first-id'),
    rate: num(values.rate, 0, 'rate'),
    duration: num(values.duration, 10, 'duration'),
    scenario: values.scenario,
    host: values.host,
    port: values.port === undefined ? undefined : num(values.port, 0, 'port'),
    transport: transportOf(values.transport),
    json: values.json === true,
    verify: values.verify === true,
    procs: num(values.procs, 1, 'procs'),
    quiet: values.quiet === true,
    settle: num(values.settle, 1, 'settle'),
    drainTimeout: num(values['drain-timeout'], 30, 'drain-timeout'),
  };
}

function transportOf(v: string | undefined): 'tcp' | 'ws' {
  if (v === undefined || v === 'tcp' || v === 'ws') return v ?? 'tcp';
  throw new Error('--transport must be tcp or ws');
}

function formatSummary(s: BotsSummary): string {
  const l = s.latencyMs;
  const lines = [
    `bots: ${s.players} players, ${s.seconds.toFixed(1)} s`,
    `commands: ${s.commands} (${s.throughput.toFixed(0)}/s)`,
    `latency ms: p50 ${l.p50.toFixed(2)}  p90 ${l.p90.toFixed(2)}  p99 ${l.p99.toFixed(2)}  p99.9 ${l.p999.toFixed(2)}  max ${l.max.toFixed(2)}`,
    `errors: ${
      Object.entries(s.errors)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || 'none'
    } (unexpected: ${s.unexpectedErrors})`,
    `state mismatches: ${s.mismatches}`,
    `reconnects: ${s.reconnects}`,
  ];
  for (const m of s.mismatchSamples) lines.push(`  mismatch ${m}`);
  if (s.verify) {
    const v = s.verify;
    lines.push(
      `verify: ${v.checked} players checked, ${v.unchecked} could not be; wrong in Tarantool: ${v.tarantoolMissing}; in MySQL: ${v.mysqlMissing}; events: ${v.eventsWrong}; one-sided friendships: ${v.oneSided}`,
    );
    if (v.badPlayers.length > 0) lines.push(`  players with a problem: ${v.badPlayers.join(' ')}`);
    for (const m of v.samples) lines.push(`  ${m}`);
  }
  return lines.join('\n');
}

function merge(parts: BotsSummary[]): BotsSummary {
  const sum = (f: (s: BotsSummary) => number) => parts.reduce((a, s) => a + f(s), 0);
  const errors: Record<string, number> = {};
  for (const p of parts)
    for (const [k, v] of Object.entries(p.errors)) errors[k] = (errors[k] ?? 0) + v;
  // Percentiles of several processes cannot be added: report the worst one.
  const worst = (f: (s: BotsSummary) => number) => Math.max(0, ...parts.map(f));
  return {
    players: sum((s) => s.players),
    seconds: worst((s) => s.seconds),
    commands: sum((s) => s.commands),
    throughput: sum((s) => s.throughput),
    latencyMs: {
      p50: worst((s) => s.latencyMs.p50),
      p90: worst((s) => s.latencyMs.p90),
      p99: worst((s) => s.latencyMs.p99),
      p999: worst((s) => s.latencyMs.p999),
      max: worst((s) => s.latencyMs.max),
    },
    errors,
    unexpectedErrors: sum((s) => s.unexpectedErrors),
    mismatches: sum((s) => s.mismatches),
    mismatchSamples: parts.flatMap((s) => s.mismatchSamples).slice(0, 20),
    reconnects: sum((s) => s.reconnects),
    verify: parts.some((s) => s.verify)
      ? {
          checked: sum((s) => s.verify?.checked ?? 0),
          unchecked: sum((s) => s.verify?.unchecked ?? 0),
          tarantoolMissing: sum((s) => s.verify?.tarantoolMissing ?? 0),
          mysqlMissing: sum((s) => s.verify?.mysqlMissing ?? 0),
          eventsWrong: sum((s) => s.verify?.eventsWrong ?? 0),
          oneSided: sum((s) => s.verify?.oneSided ?? 0),
          badPlayers: parts.flatMap((s) => s.verify?.badPlayers ?? []).sort((a, b) => a - b),
          samples: parts.flatMap((s) => s.verify?.samples ?? []).slice(0, 20),
        }
      : null,
  };
}

/** `gameserver bots`: exit 0 when every answer matched and nothing acknowledged is missing. */
export async function botsCommand(
  config: Config,
  a: BotsArgs,
  cliEntry: string,
  argv: string[],
): Promise<number> {
  const summary = a.procs > 1 ? merge(await inProcesses(a, cliEntry, argv)) : await here(config, a);
  console.log(a.json ? JSON.stringify(summary) : formatSummary(summary));
  return passed(summary) ? 0 : 1;
}

/** Every answer matched, no unexpected error, and (with --verify) every player checked and whole. */
export function passed(s: BotsSummary): boolean {
  const v = s.verify;
  const verified = !v || (v.unchecked === 0 && v.badPlayers.length === 0);
  return s.mismatches === 0 && s.unexpectedErrors === 0 && verified;
}

/** --procs K: K bot processes, each with its share of players and rate. */
function inProcesses(a: BotsArgs, cliEntry: string, argv: string[]): Promise<BotsSummary[]> {
  const per = Math.ceil(a.players / a.procs);
  const own = ['--procs', '--players', '--first-id', '--rate'];
  const rest = argv.filter((x, j) => !own.includes(x) && !own.includes(argv[j - 1] ?? ''));
  return Promise.all(
    Array.from({ length: a.procs }, (_, i) => {
      const players = Math.min(per, a.players - i * per);
      const args = [
        ...rest,
        ...['--players', String(players), '--first-id', String(a.firstId + i * per)],
        ...['--rate', String((a.rate * players) / a.players), '--json', '--quiet'],
      ];
      return new Promise<BotsSummary>((resolve, reject) => {
        const child = fork(cliEntry, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
        let out = '';
        child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
        child.on('exit', () => {
          try {
            resolve(JSON.parse(out) as BotsSummary);
          } catch {
            reject(new Error(`bot process ${i} gave no summary`));
          }
        });
      });
    }),
  );
}

/** The bots in this process; with --verify, Tarantool (gs.get) and MySQL are read directly. */
async function here(config: Config, a: BotsArgs): Promise<BotsSummary> {
  const catalog = loadCatalog(config.game.catalogFile ?? undefined);
  const pool = a.verify ? mysql.createPool({ ...mysqlOptions(config), connectionLimit: 2 }) : null;
  const tarantool = a.verify ? tarantoolClientFor(config, 'worker', silentLogger()) : null;
  const say = a.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  try {
    await tarantool?.connect();
    const ws = a.transport === 'ws';
    const bind = ws ? config.web.host : config.game.host;
    // Ctrl-C (or TERM) ends play early; the verify still runs.
    const stop = new AbortController();
    const end = () => stop.abort();
    process.once('SIGINT', end).once('SIGTERM', end);
    return await runBots({
      stop: stop.signal,
      host: a.host ?? (bind === '0.0.0.0' ? '127.0.0.1' : bind),
      port: a.port ?? (ws ? config.web.port : config.game.port),
      transport: a.transport,
      players: a.players,
      firstId: a.firstId,
      rate: a.rate,
      durationSeconds: a.duration,
      mix: a.scenario ? parseMix(a.scenario) : DEFAULT_MIX,
      catalog,
      token: (id) => mintToken(config.auth.tokenSecret, id, Math.floor(Date.now() / 1000) + 86400),
      progress: say,
      verify: tarantool
        ? {
            store: new GameStore(tarantool),
            mysql: pool,
            catalog,
            drainTimeoutMs: a.drainTimeout * 1000,
            settleMs: a.settle * 1000,
            // Always on stderr: a test tampers with the stores in this window.
            onSettle: () => process.stderr.write(`play done; verifying in ${a.settle} s\n`),
          }
        : null,
    });
  } finally {
    await pool?.end().catch(() => undefined);
    await tarantool?.close();
  }
}
