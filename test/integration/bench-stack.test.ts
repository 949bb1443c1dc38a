import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { isAlive, signalGroup } from '../../src/devstack/process';
import { waitFor } from '../helpers/master';

/**
 * The bench's stack (Tarantool, MariaDB, the master and its children) is
 * killed when the bench is stopped by a signal sent to its pid alone: the
 * master is a daemon in a session of its own, and Tarantool and MariaDB are
 * the bench's children, which such a signal does not reach.
 */

const compiled = (...parts: string[]) =>
  JSON.stringify(path.join(__dirname, '..', '..', 'src', ...parts));

/** Starts a stack and its master in a process of its own; prints what it started. */
const SCRIPT = `
const { startBenchStack } = require(${compiled('bench', 'stack.js')});
const { readPid } = require(${compiled('master', 'pidfile.js')});
startBenchStack({ workers: 1 }, { memtxMemoryMb: 64, bufferPoolMb: 32 }).then(async (s) => {
  await s.startMaster();
  const pids = [readPid(s.pidFile), s.tt.pid, s.db.pid];
  console.log(JSON.stringify({ pids, dir: s.dir }));
  setInterval(() => undefined, 1000);
});
`;

describe('the bench stack', function () {
  this.timeout(120000);
  /** What each bench started, for the cleanup should a test fail. */
  const started: { pids: number[]; dir: string }[] = [];

  after(() => {
    // Whatever a bench left running, by pid (the master by its group).
    for (const { pids, dir } of started) {
      for (const [i, pid] of pids.entries()) {
        if (!isAlive(pid)) continue;
        if (i === 0) signalGroup(pid, 'SIGKILL');
        else process.kill(pid, 'SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`a bench stopped by ${signal} to its pid leaves no server running and no folder`, async () => {
      const bench = spawn(process.execPath, ['-e', SCRIPT], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      bench.stdout.on('data', (b: Buffer) => (out += b.toString()));
      await waitFor('the stack is up', async () => out.includes('\n'), 90000);
      const { pids, dir } = JSON.parse(out) as { pids: number[]; dir: string };
      started.push({ pids, dir });
      assert.ok(
        pids.every((pid) => pid > 0 && isAlive(pid)),
        out,
      );
      const exited = once(bench, 'exit');
      bench.kill(signal);
      const [code] = (await exited) as [number | null];
      assert.equal(code, 128 + (signal === 'SIGINT' ? 2 : 15));
      await waitFor('every server gone', async () => pids.every((pid) => !isAlive(pid)), 5000);
      assert.equal(fs.existsSync(dir), false, 'the stack folder removed');
    });
  }
});
