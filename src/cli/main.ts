import { parseArgs } from 'node:util';
import { mintToken } from '../auth/token';
import { loadConfig } from '../config/load';
import { GameServerError } from '../errors';
import { createLogger } from '../log/logger';
import { runDrainer } from '../drainer/main';
import { runWorker } from '../worker/main';

const USAGE = `usage: gameserver <command> [--config PATH]

commands:
  worker            run one game worker in the foreground (until the master exists)
  drainer           run the drainer (write queue -> MySQL) in the foreground
  token PLAYER_ID   print a login token for a player (signed with auth.tokenSecret)

exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad config`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ttl: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig({ file: values.config });
  switch (command) {
    case 'token': {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isSafeInteger(id) || id < 1) {
        console.error('usage: gameserver token PLAYER_ID [--ttl SECONDS]');
        return 2;
      }
      const ttl = values.ttl === undefined ? config.auth.tokenTtlSeconds : Number(values.ttl);
      if (!Number.isSafeInteger(ttl) || ttl < 1) {
        console.error('--ttl must be a positive number of seconds');
        return 2;
      }
      console.log(mintToken(config.auth.tokenSecret, id, Math.floor(Date.now() / 1000) + ttl));
      return 0;
    }
    case 'worker': {
      const log = createLogger({ file: config.log.file, level: config.log.level, role: 'worker' });
      await runWorker(config, log);
      return -1; // keeps running until a signal
    }
    case 'drainer': {
      const log = createLogger({ file: config.log.file, level: config.log.level, role: 'drainer' });
      await runDrainer(config, log);
      return -1; // keeps running until a signal
    }
    default:
      console.error(`unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: Error) => {
    console.error(`gameserver: ${err.message}`);
    process.exit(err instanceof GameServerError && err.code === 'CONFIG_INVALID' ? 2 : 1);
  },
);
