import pino from 'pino';

export type Logger = pino.Logger;

export interface LoggerOptions {
  /** JSON lines go to this file; null or undefined writes to stdout. */
  file?: string | null;
  level?: string;
  /** Process role carried by every line: master, worker, drainer, cli. */
  role: string;
  /**
   * Human-readable output through pino-pretty. Default: only when stdout is a
   * terminal and no file is set (a person is watching).
   */
  pretty?: boolean;
}

export interface LogHandle {
  logger: Logger;
  /** Reopens the log file after logrotate moved it (HUP/USR2). No-op on stdout. */
  reopen(): void;
  /** Writes out what is buffered, synchronously (before process.exit). */
  flushSync(): void;
}

type Destination = ReturnType<typeof pino.destination>;

function prettyStream(): NodeJS.WritableStream | null {
  try {
    // pino-pretty is a development dependency: production installs log JSON.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (opts: object) => NodeJS.WritableStream;
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'hostname' });
  } catch {
    return null;
  }
}

export function createLogger(options: LoggerOptions): LogHandle {
  const level = options.level ?? 'info';
  const base = { role: options.role, pid: process.pid };
  const wantPretty = options.pretty ?? (!options.file && process.stdout.isTTY === true);

  if (!options.file && wantPretty) {
    const stream = prettyStream();
    if (stream) {
      return { logger: pino({ level, base }, stream), reopen() {}, flushSync() {} };
    }
  }

  const dest: Destination = options.file
    ? pino.destination({ dest: options.file, mkdir: true, sync: false })
    : pino.destination({ dest: 1, sync: true });
  const logger = pino({ level, base }, dest);
  // sonic-boom reopens asynchronously; a synchronous flush before the new
  // file is open would write through the old descriptor into the moved file.
  let reopening = false;
  return {
    logger,
    reopen() {
      if (!options.file) return;
      reopening = true;
      dest.once('ready', () => {
        reopening = false;
      });
      dest.reopen();
    },
    flushSync() {
      if (reopening) return;
      try {
        dest.flushSync();
      } catch {
        // Nothing buffered yet, or the destination is not open: nothing to flush.
      }
    },
  };
}

/** A logger that drops everything, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
