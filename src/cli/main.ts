import path from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../auth/token';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import { GameServerError } from '../errors';
import { exitOnCrash } from '../log/crash';
import { createLogger } from '../log/logger';
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
import { botsCommand } from '../bots/cli';
import { runChild } from '../master/child';
import { untilStopped } from '../master/signals';
import { ROLE_ENV } from '../master/ipc';
import { startDrainerRuntime } from '../drainer/main';
import { startWorkerRuntime } from '../worker/main';

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
  bots: 'play with N bots: --players N --rate R (commands/s, total) --duration S --scenario plant:30,harvest:20,... --host H --port P --procs K --json --verify (read Tarantool and MySQL directly after play; exit 1 on a mismatch, an unexpected error, a player that differs or could not be checked) --settle S (seconds between play and the checks, default 1) --drain-timeout S (how long MySQL may lag, default 30)',
  drainer: 'run one drainer alone in the foreground (e.g. on another host)',
};

const USAGE = `usage: gameserver <command> [--config PATH] [--help]

commands:
${Object.entries(HELP)
  .map(([c, h]) => `  ${c.padEnd(8)} ${h}`)
  .join('\n')}

The config comes from --config PATH or GAMESERVER_CONFIG, then GAMESERVER_*
environment variables (see README.md).

exit codes: 0 ok; 1 failed; 2 bad usage or bad config; 3 not running (status, reload, stats)`;

/** Runs a worker or drainer alone until SIGTERM/SIGINT. */
async function runAlone(role: 'worker' | 'drainer', config: Config): Promise<number> {
  const log = createLogger({ file: config.log.file, level: config.log.level, role });
  exitOnCrash(log);
  const runtime =
    role === 'worker'
      ? await startWorkerRuntime(config, log.logger)
      : await startDrainerRuntime(config, log.logger);
  const stopped = untilStopped(log.logger, async () => {
    await runtime.stop();
    log.flushSync();
  });
  process.on('SIGUSR2', () => log.reopen());
  process.on('SIGHUP', () => {
    log.reopen();
    if ('reloadCatalog' in runtime) {
      try {
        runtime.reloadCatalog();
        log.logger.info('catalog reloaded');
      } catch (err) {
        log.logger.error(
          { err: (err as Error).message },
          'catalog reload refused; keeping the old one',
        );
      }
    }
  });
  await stopped;
  return EXIT.OK;
}

async function main(argv: string[]): Promise<number> {
  // (argv is passed on to bot subprocesses by `bots --procs`.)
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ttl: { type: 'string' },
      players: { type: 'string' },
      'first-id': { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      scenario: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      procs: { type: 'string' },
      json: { type: 'boolean' },
      verify: { type: 'boolean' },
      quiet: { type: 'boolean' },
      settle: { type: 'string' },
      'drain-timeout': { type: 'string' },
    },
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
  const cwd = process.env.GS_CWD ?? process.cwd();
  const configFile = values.config ? path.resolve(cwd, values.config) : undefined;
  const config = loadConfig({ file: configFile, cwd });
  const cliEntry = __filename;
  const ctx: CommandContext = {
    config,
    configFile:
      configFile ??
      (process.env.GAMESERVER_CONFIG
        ? path.resolve(cwd, process.env.GAMESERVER_CONFIG)
        : undefined),
    cliEntry,
    version: VERSION,
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  };
  const configArgs = configFile ? ['--config', configFile] : [];
  switch (command) {
    case 'token': {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isSafeInteger(id) || id < 1) {
        console.error('usage: gameserver token PLAYER_ID [--ttl SECONDS]');
        return EXIT.USAGE;
      }
      const ttl = values.ttl === undefined ? config.auth.tokenTtlSeconds : Number(values.ttl);
      if (!Number.isSafeInteger(ttl) || ttl < 1) {
        console.error('--ttl must be a positive number of seconds');
        return EXIT.USAGE;
      }
      console.log(mintToken(config.auth.tokenSecret, id, Math.floor(Date.now() / 1000) + ttl));
      return EXIT.OK;
    }
    case 'start':
      return startDaemon(ctx, configArgs);
    case 'stop':
      return stopDaemon(ctx);
    case 'restart': {
      const stopped = await stopDaemon(ctx);
      return stopped === EXIT.OK ? startDaemon(ctx, configArgs) : stopped;
    }
    case 'reload':
      return reloadDaemon(ctx);
    case 'status':
      return daemonStatus(ctx);
    case 'run':
      return runForeground(ctx);
    case 'stats':
      return printStats(ctx, rest[0]);
    case 'worker':
    case 'drainer':
      return runAlone(command, config);
    case 'bots': {
      const num = (v: string | undefined, def: number, name: string) => {
        const n = v === undefined ? def : Number(v);
        if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0`);
        return n;
      };
      return botsCommand(
        config,
        {
          players: num(values.players, 100, 'players'),
          firstId: num(values['first-id'], 1_000_000, 'first-id'),
          rate: num(values.rate, 0, 'rate'),
          duration: num(values.duration, 10, 'duration'),
          scenario: values.scenario,
          host: values.host,
          port: values.port === undefined ? undefined : num(values.port, 0, 'port'),
          json: values.json === true,
          verify: values.verify === true,
          procs: num(values.procs, 1, 'procs'),
          quiet: values.quiet === true,
          settle: num(values.settle, 1, 'settle'),
          drainTimeout: num(values['drain-timeout'], 30, 'drain-timeout'),
        },
        cliEntry,
        argv,
      );
    }
    case '_daemon':
      return runDaemon(ctx);
    case '_child': {
      const role = process.env[ROLE_ENV];
      if (role !== 'worker' && role !== 'drainer')
        throw new Error(`${ROLE_ENV} must be worker or drainer`);
      const log = createLogger({
        file: config.log.file ?? (process.env.GS_LOG_FILE || null),
        level: config.log.level,
        role,
        pretty: false,
      });
      await runChild(role, config, log);
      return -1;
    }
    default:
      console.error(`unknown command ${command}\n${USAGE}`);
      return EXIT.USAGE;
  }
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
