import type { LogHandle } from './logger';

/**
 * The last words of a process: an uncaught exception or an unhandled
 * rejection is logged with its stack and flushed synchronously, the parent
 * is told why (a master child reports over IPC, so the master's `child died`
 * line carries the reason), then the process exits 1. Without this, a worker
 * killed by one hostile line left nothing in the log but the master's
 * `code 1, why: null`.
 */

/** Tells someone why the process is about to die; resolves once it is sent. */
export type LastWords = (reason: string) => Promise<void>;

/** How long the goodbye may take before the process exits anyway. */
const NOTIFY_DEADLINE_MS = 1000;

export function exitOnCrash(log: LogHandle, tell?: LastWords): void {
  let dying = false;
  const die = (what: string, err: unknown) => {
    if (dying) return;
    dying = true;
    const message = err instanceof Error ? err.message : String(err);
    try {
      log.logger.fatal({ err }, `${what}: exiting`);
      log.flushSync();
    } catch {
      // The logger itself is broken: stderr is all that is left.
      process.stderr.write(`${what}: ${err instanceof Error ? err.stack : message}\n`);
    }
    const exit = () => process.exit(1);
    setTimeout(exit, NOTIFY_DEADLINE_MS);
    if (tell) void tell(`${what}: ${message}`).then(exit, exit);
    else exit();
  };
  process.on('uncaughtException', (err) => die('uncaught exception', err));
  process.on('unhandledRejection', (reason) => die('unhandled rejection', reason));
}
