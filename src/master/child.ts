import type { Config } from '../config/schema';
import { startDrainerRuntime } from '../drainer/main';
import { CatalogError, ConfigError } from '../errors';
import { exitOnCrash, type LastWords } from '../log/crash';
import type { LogHandle } from '../log/logger';
import { startWorkerRuntime } from '../worker/main';
import { type ChildMessage, type ChildRole, EXIT_FATAL, type MasterMessage } from './ipc';

/** Last words for exitOnCrash: the reason goes to the master, which logs it as `why`. */
export const tellMaster: LastWords = (reason) =>
  new Promise<void>((resolve) => {
    if (!process.connected || !process.send) return resolve();
    const m: ChildMessage = { type: 'fatal', message: reason };
    process.send(m, undefined, {}, () => resolve());
  });

/**
 * A child of the master (a cluster worker process): runs one worker or one
 * drainer, reports readiness and stats over IPC, and stops when the master
 * says so, or when the master is gone (IPC disconnect: a SIGKILLed master
 * must not leave orphans serving players).
 */
export async function runChild(role: ChildRole, config: Config, log: LogHandle): Promise<void> {
  const logger = log.logger;
  const send = (m: ChildMessage) => {
    if (process.connected) process.send?.(m);
  };
  exitOnCrash(log, tellMaster);
  let runtime: { stop(): Promise<void> };
  let report: () => Promise<void>;
  let reloadCatalog = () => {};
  try {
    if (role === 'worker') {
      const w = await startWorkerRuntime(config, logger);
      runtime = w;
      reloadCatalog = () => w.reloadCatalog();
      send({ type: 'ready', role, id: w.worker.workerId });
      report = async () =>
        send({
          type: 'stats',
          role: 'worker',
          stats: w.worker.stats(),
          memory: process.memoryUsage(),
        });
    } else {
      const d = await startDrainerRuntime(config, logger);
      runtime = d;
      send({ type: 'ready', role, id: `drainer:${process.pid}` });
      report = async () => {
        const queue = await d.queue.stats().catch(() => null);
        send({
          type: 'stats',
          role: 'drainer',
          stats: { ...d.drainer.counters(), queue },
          memory: process.memoryUsage(),
        });
      };
    }
  } catch (err) {
    const message = (err as Error).message;
    const fatal = err instanceof ConfigError || err instanceof CatalogError;
    logger.error(
      { err: message, role },
      fatal ? 'cannot start: bad configuration' : 'cannot start',
    );
    send({ type: 'fatal', message });
    log.flushSync();
    process.exit(fatal ? EXIT_FATAL : 1);
  }

  const timer = setInterval(() => void report().catch(() => undefined), 1000);
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    logger.info({ role, why }, 'child stopping');
    await runtime.stop().catch((err: Error) => logger.error({ err: err.message }, 'stop failed'));
    log.flushSync();
    process.exit(0);
  };
  process.on('message', (m: MasterMessage) => {
    if (m?.type === 'stop') void stop('master asked');
    else if (m?.type === 'reopen') log.reopen();
    else if (m?.type === 'reload-catalog') {
      try {
        reloadCatalog();
      } catch (err) {
        logger.error(
          { err: (err as Error).message },
          'catalog reload refused; keeping the old one',
        );
      }
    }
  });
  process.on('disconnect', () => void stop('master gone'));
  // The master decides when children stop; a terminal's Ctrl-C reaches the
  // whole process group, so children leave it to the master.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
