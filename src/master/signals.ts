import type { Logger } from '../log/logger';

/**
 * Runs `stop` once on the first TERM or INT and resolves when it finished.
 * A second signal while stopping is logged and ignored: Node's default
 * action would kill the process half-way through its stop.
 */
export function untilStopped(logger: Logger, stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.info({ signal }, 'already stopping');
        return;
      }
      stopping = true;
      logger.info({ signal }, 'stopping');
      void stop().then(resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
