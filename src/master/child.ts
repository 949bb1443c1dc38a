import type { Config } from '../config/schema';
import { CatalogError, ConfigError } from '../errors';
import { exitOnCrash, type LastWords } from '../log/crash';
import type { LogHandle } from '../log/logger';
import { type ChildMessage, type ChildRole, EXIT_FATAL, type MasterMessage } from './ipc';
import { type RoleProcess, startRole } from './role';

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
  let proc: RoleProcess;
  try {
    proc = await startRole(role, config, logger);
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
  send({ type: 'ready', role, id: proc.id });
  const timer = setInterval(() => void proc.report().then(send, () => undefined), 1000);
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    logger.info({ role, why }, 'child stopping');
    await proc.stop().catch((err: Error) => logger.error({ err: err.message }, 'stop failed'));
    log.flushSync();
    process.exit(0);
  };
  process.on('message', (m: MasterMessage) => {
    if (m?.type === 'stop') void stop('master asked');
    else if (m?.type === 'reopen') log.reopen();
  });
  process.on('disconnect', () => void stop('master gone'));
  // The master decides when children stop; a terminal's Ctrl-C reaches the
  // whole process group, so children leave it to the master.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
