import { fork } from 'node:child_process';
import mysql from 'mysql2/promise';
import { mintToken } from '../auth/token';
import type { Config } from '../config/schema';
import { loadCatalog } from '../game/catalog';
import { mysqlOptions } from '../store/mysql/connect';
import { type BotsSummary, DEFAULT_MIX, parseMix, runBots } from './run';

export interface BotsArgs {
  players: number;
  firstId: number;
  rate: number;
  duration: number;
  scenario: string | undefined;
  host: string | undefined;
  port: number | undefined;
  json: boolean;
  verify: boolean;
  procs: number;
  quiet: boolean;
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
    lines.push(
      `verify: ${s.verify.checked} players; missing in Tarantool: ${s.verify.tarantoolMissing}; in MySQL: ${s.verify.mysqlMissing}`,
    );
    for (const m of s.verify.samples) lines.push(`  ${m}`);
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
          tarantoolMissing: sum((s) => s.verify?.tarantoolMissing ?? 0),
          mysqlMissing: sum((s) => s.verify?.mysqlMissing ?? 0),
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
  let summary: BotsSummary;
  if (a.procs > 1) {
    const per = Math.ceil(a.players / a.procs);
    const parts = await Promise.all(
      Array.from({ length: a.procs }, (_, i) => {
        const players = Math.min(per, a.players - i * per);
        const rest = argv.filter(
          (x, j) =>
            !['--procs', '--players', '--first-id', '--rate'].includes(x) &&
            !['--procs', '--players', '--first-id', '--rate'].includes(argv[j - 1] ?? ''),
        );
        const args = [
          ...rest,
          '--players',
          String(players),
          '--first-id',
          String(a.firstId + i * per),
          '--rate',
          String((a.rate * players) / a.players),
          '--json',
          '--quiet',
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
    summary = merge(parts);
  } else {
    const pool = a.verify
      ? mysql.createPool({ ...mysqlOptions(config), connectionLimit: 2 })
      : null;
    try {
      summary = await runBots({
        host: a.host ?? (config.game.host === '0.0.0.0' ? '127.0.0.1' : config.game.host),
        port: a.port ?? config.game.port,
        players: a.players,
        firstId: a.firstId,
        rate: a.rate,
        durationSeconds: a.duration,
        mix: a.scenario ? parseMix(a.scenario) : DEFAULT_MIX,
        catalog: loadCatalog(config.game.catalogFile ?? undefined),
        token: (id) =>
          mintToken(config.auth.tokenSecret, id, Math.floor(Date.now() / 1000) + 86400),
        progress: a.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
        verify: a.verify ? { mysql: pool, drainTimeoutMs: 30000 } : null,
      });
    } finally {
      await pool?.end().catch(() => undefined);
    }
  }
  console.log(a.json ? JSON.stringify(summary) : formatSummary(summary));
  const missing = (summary.verify?.tarantoolMissing ?? 0) + (summary.verify?.mysqlMissing ?? 0);
  return summary.mismatches === 0 && summary.unexpectedErrors === 0 && missing === 0 ? 0 : 1;
}
