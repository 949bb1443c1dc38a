import { fork } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * A process with nothing to do beside the bench, as a same-run baseline for
 * latency: how far apart its 1 ms timer runs while the machine serves the load.
 * What it waits is what any process waits for a core then, before doing any
 * work; a command crosses several processes (bots, worker, Tarantool's
 * threads) and may wait at each. The suite forks this file; it measures
 * until the parent asks, answers with its figures and exits.
 */

export interface ProbeFigures {
  /** How far apart its 1 ms timer ran, ms (1.1 at rest): the 99th percentile, the most. */
  p99: number;
  max: number;
}

/** Starts the probe in a child process; `stop()` ends it and gives its figures. */
export function startIdleProbe(): { stop(): Promise<ProbeFigures> } {
  const kid = fork(path.join(__dirname, 'idle-probe.js'), ['probe']);
  const answer = new Promise<ProbeFigures>((resolve, reject) => {
    kid.once('message', (m) => resolve(m as ProbeFigures));
    kid.once('exit', (code, signal) =>
      reject(new Error(`idle probe exited with ${code ?? signal}`)),
    );
  });
  answer.catch(() => undefined);
  return {
    async stop() {
      const timer = setTimeout(() => kid.kill('SIGKILL'), 10_000);
      try {
        kid.send('stop');
        return await answer;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function probe(): void {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  process.once('message', () => {
    delay.disable();
    const ms = (ns: number) => ns / 1e6;
    const figures: ProbeFigures = {
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
    };
    process.send?.(figures, () => process.exit(0));
  });
  // Without a parent to ask, it would measure forever.
  process.once('disconnect', () => process.exit(0));
}

if (require.main === module && process.argv[2] === 'probe') probe();
