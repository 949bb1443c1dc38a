import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load';
import { stackLayout, stackStart, stackStatus, stackStop, describe } from './stack';

const USAGE = `usage: scripts/stack start|stop|status [--dir DIR] [--config PATH]

  start   start the private Tarantool and MariaDB (no-op when running), apply migrations
  stop    stop them by pidfile and wait
  status  print pid, port and health; exit 0 only if both are healthy`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command || positionals.length > 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig({ file: values.config });
  const layout = stackLayout(config, values.dir);
  switch (command) {
    case 'start':
      for (const line of await stackStart(config, layout)) console.log(line);
      return 0;
    case 'stop':
      for (const line of await stackStop(layout)) console.log(line);
      return 0;
    case 'status': {
      const status = await stackStatus(config, layout);
      for (const line of describe(status, layout)) console.log(line);
      return status.every((c) => c.healthy) ? 0 : 1;
    }
    default:
      console.error(`unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`stack: ${err.message}`);
    process.exit(1);
  },
);
