import { useNumbersForLongs } from '../protocol/messages';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { mysqlOptions } from '../store/mysql/connect';
import { migrate } from '../store/mysql/migrate';
import { failover } from '../store/failover';
import { StoreController } from '../store/controller';
import { mintToken } from '../auth/token';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import { GameServerError } from '../errors';
import { exitOnCrash } from '../log/crash';
import { createLogger, silentLogger } from '../log/logger';
import {
  type CommandContext,
  daemonStatus,
  EXIT,
  printStats,
  reloadDaemon,
  runDaemon,
  runForeground,
  startDaemon,
  stopDaemon,
} from '../master/daemon';
import { BOTS_OPTIONS, botsArgs, botsCommand } from '../bots/cli';
import { runChild } from '../master/child';
import { untilStopped } from '../master/signals';
import { ROLE_ENV } from '../master/ipc';
import { startRole } from '../master/role';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../../../package.json') as { version: string }).version;

const HELP: Record<string, string> = {
  start: 'start the master as a daemon (pidfile, its own session, cwd /); waits until it serves',
  stop: 'stop the running master (TERM; waits for it to exit); "not running" is success',
  restart: 'stop, then start',
  reload: 'send HUP: re-read the config and the catalog, reopen logs, replace workers one by one',
  status: 'exit 0 running, 1 dead with a pidfile, 3 not running (LSB)',
  run: 'run the master in the foreground (development, systemd)',
  stats: "print the running master's stats (stats [settings|workers])",
  token: 'token PLAYER_ID [--ttl SECONDS]: print a login token signed with auth.tokenSecret',
  worker: 'run one worker alone in the foreground, without a master',
  bots: 'play with N bots: --players N --rate R (commands/s, total) --duration S --scenario plant:30,harvest:20,... --host H[,H2...] (each bot has a home host and moves on when it cannot connect) --port P --procs K --json --verify (read Tarantool and MySQL directly after play; exit 1 on a mismatch, an unexpected error, a player that differs or could not be checked) --settle S (seconds between play and the checks, default 1) --drain-timeout S (how long MySQL may lag, default 30); INT or TERM ends play early, then the checks run',
  drainer: 'run one drainer alone in the foreground (e.g. on another host)',
  migrate: "apply the MySQL schema migrations (sql/migrations) to the config's database",
  'store-controller':
    "run this host's Tarantool under the store controller: etcd lease, self-fencing, promotion, degraded mode (docs/scaling.md)",
  failover:
    'failover --to HOST:PORT [--quorum N]: demote the other instances of tarantool.hosts that answer, promote this one (docs/scaling.md)',
};

const USAGE = `usage: gameserver <command> [--config PATH] [--help]

commands:
${Object.entries(HELP)
  .map(([c, h]) => `  ${c.padEnd(8)} ${h}`)
  .join('\n')}

The config comes from --config PATH or GAMESERVER_CONFIG, then GAMESERVER_*
environment variables (see docs/operations.md).

exit codes: 0 ok; 1 failed; 2 bad usage or bad config; 3 not running (status, reload, stats)`;

/** Runs a worker or drainer alone until SIGTERM/SIGINT. */
async function runAlone(role: 'worker' | 'drainer', config: Config): Promise<number> {
  const log = createLogger({ file: config.log.file, level: config.log.level, role });
  exitOnCrash(log);
  const proc = await startRole(role, config, log.logger);
  const stopped = untilStopped(log.logger, async () => {
    await proc.stop();
    log.flushSync();
  });
  process.on('SIGUSR2', () => log.reopen());
  process.on('SIGHUP', () => {
    log.reopen();
    try {
      proc.reloadCatalog();
      if (role === 'worker') log.logger.info('catalog reloaded');
    } catch (err) {
      log.logger.error(
        { err: (err as Error).message },
        'catalog reload refused; keeping the old one',
      );
    }
  });
  await stopped;
  return EXIT.OK;
}

const OPTIONS = {
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ttl: { type: 'string' },
  to: { type: 'string' },
  quorum: { type: 'string' },
  ...BOTS_OPTIONS,
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** What a command gets: the loaded config and context, its own arguments, the flags, the raw argv. */
interface Invocation {
  ctx: CommandContext;
  rest: string[];
  values: Values;
  argv: string[];
  configArgs: string[];
}

/** One entry per command, so `main` only parses and dispatches. */
const COMMANDS: Record<string, (i: Invocation) => number | Promise<number>> = {
  token: ({ ctx, rest, values }) => tokenCommand(ctx, rest, values.ttl),
  start: ({ ctx, configArgs }) => startDaemon(ctx, configArgs),
  stop: ({ ctx }) => stopDaemon(ctx),
  restart: async ({ ctx, configArgs }) => {
    const stopped = await stopDaemon(ctx);
    return stopped === EXIT.OK ? startDaemon(ctx, configArgs) : stopped;
  },
  reload: ({ ctx }) => reloadDaemon(ctx),
  status: ({ ctx }) => daemonStatus(ctx),
  run: ({ ctx }) => runForeground(ctx),
  stats: ({ ctx, rest }) => printStats(ctx, rest[0]),
  worker: ({ ctx }) => runAlone('worker', ctx.config),
  drainer: ({ ctx }) => runAlone('drainer', ctx.config),
  migrate: ({ ctx }) => migrateCommand(ctx),
  failover: ({ ctx, values }) => failoverCommand(ctx, values.to, values.quorum),
  'store-controller': ({ ctx }) => storeControllerCommand(ctx.config),
  bots: ({ ctx, values, argv }) => botsCommand(ctx.config, botsArgs(values), ctx.cliEntry, argv),
  _daemon: ({ ctx }) => runDaemon(ctx),
  _child: async ({ ctx }) => {
    await runChildFromEnv(ctx.config);
    return -1;
  },
};

/** Runs the store controller in the foreground until SIGTERM/SIGINT (it then resigns). */
async function storeControllerCommand(config: Config): Promise<number> {
  const log = createLogger({ file: config.log.file, level: config.log.level, role: 'controller' });
  exitOnCrash(log);
  const controller = new StoreController(config, log.logger);
  await controller.start();
  process.on('SIGUSR2', () => log.reopen());
  await untilStopped(log.logger, async () => {
    await controller.stop();
    log.flushSync();
  });
  return EXIT.OK;
}

async function failoverCommand(
  ctx: CommandContext,
  to: string | undefined,
  quorumFlag: string | undefined,
): Promise<number> {
  const quorum = quorumFlag === undefined ? 1 : Number(quorumFlag);
  if (!to || !Number.isInteger(quorum) || quorum < 1) {
    ctx.err('usage: gameserver failover --to HOST:PORT [--quorum N]');
    return EXIT.USAGE;
  }
  const r = await failover(ctx.config, to, quorum, silentLogger());
  ctx.out(
    `promoted ${to}: lsn ${r.promoted.lsn}, quorum ${r.promoted.quorum}; demoted: ${r.demoted.join(', ') || 'none'}; unreachable: ${r.unreachable.join(', ') || 'none'}`,
  );
  return EXIT.OK;
}

async function migrateCommand(ctx: CommandContext): Promise<number> {
  const conn = await mysql.createConnection(mysqlOptions(ctx.config));
  try {
    const applied = await migrate(conn);
    ctx.out(`MySQL schema up to date (${applied.length} migration(s) applied now)`);
    return EXIT.OK;
  } finally {
    await conn.end().catch(() => undefined);
  }
}

function tokenCommand(ctx: CommandContext, rest: string[], ttlFlag: string | undefined): number {
  const id = Number(rest[0]);
  if (rest.length !== 1 || !Number.isSafeInteger(id) || id < 1) {
    ctx.err('usage: gameserver token PLAYER_ID [--ttl SECONDS]');
    return EXIT.USAGE;
  }
  const ttl = ttlFlag === undefined ? ctx.config.auth.tokenTtlSeconds : Number(ttlFlag);
  if (!Number.isSafeInteger(ttl) || ttl < 1) {
    ctx.err('--ttl must be a positive number of seconds');
    return EXIT.USAGE;
  }
  ctx.out(mintToken(ctx.config.auth.tokenSecret, id, Math.floor(Date.now() / 1000) + ttl));
  return EXIT.OK;
}

/** A master's child: its role comes in the environment (GS_ROLE). */
async function runChildFromEnv(config: Config): Promise<void> {
  const role = process.env[ROLE_ENV];
  if (role !== 'worker' && role !== 'drainer')
    throw new Error(`${ROLE_ENV} must be worker or drainer`);
  // Like the master: JSON lines into a file; readable lines when there is
  // no file and the terminal the master runs in is this child's stdout too.
  const log = createLogger({
    file: config.log.file ?? (process.env.GS_LOG_FILE || null),
    level: config.log.level,
    role,
  });
  await runChild(role, config, log);
}

async function main(argv: string[]): Promise<number> {
  useNumbersForLongs();
  // (argv is passed on to bot subprocesses by `bots --procs`.)
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: OPTIONS,
  });
  const [command, ...rest] = positionals;
  if (!command || (values.help && !HELP[command])) {
    console.log(USAGE);
    return values.help ? EXIT.OK : EXIT.USAGE;
  }
  if (values.help) {
    console.log(`gameserver ${command}: ${HELP[command]}\n\n${USAGE}`);
    return EXIT.OK;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`unknown command ${command}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const cwd = process.env.GS_CWD ?? process.cwd();
  const configFile = values.config ? path.resolve(cwd, values.config) : undefined;
  const envFile = process.env.GAMESERVER_CONFIG;
  const ctx: CommandContext = {
    config: loadConfig({ file: configFile, cwd }),
    configFile: configFile ?? (envFile ? path.resolve(cwd, envFile) : undefined),
    cliEntry: __filename,
    version: VERSION,
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  };
  return run({ ctx, rest, values, argv, configArgs: configFile ? ['--config', configFile] : [] });
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: Error) => {
    console.error(`gameserver: ${err.message}`);
    process.exit(
      err instanceof GameServerError && err.code === 'CONFIG_INVALID' ? EXIT.USAGE : EXIT.FAILED,
    );
  },
);
