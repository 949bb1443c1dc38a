import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/devstack/paths';
import { isAlive } from '../../src/devstack/process';
import { readPid } from '../../src/master/pidfile';
import {
  CLI,
  killLeftovers,
  masterConfig,
  pidsMentioning,
  statsOf,
  type TestMasterConfig,
  waitFor,
} from '../helpers/master';
import { testBackends } from '../helpers/servers';
import { player } from '../helpers/workers';

const run = promisify(execFile);
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'init.d', 'gameserver');

describe('scripts/init.d/gameserver (LSB, start-stop-daemon, for real)', function () {
  this.timeout(120000);
  let cfg: TestMasterConfig;
  let env: NodeJS.ProcessEnv;

  /** /etc/default/gameserver for the test's master, with this STOP_TIMEOUT. */
  function writeDefaults(stopTimeout: number): void {
    fs.writeFileSync(
      env.GS_DEFAULTS_FILE as string,
      [
        `NODE=${process.execPath}`,
        `DAEMON=${CLI}`,
        `CONFIG=${cfg.file}`,
        `RUN_AS=${os.userInfo().username}`,
        `PIDFILE=${cfg.pidFile}`,
        `STOP_TIMEOUT=${stopTimeout}`,
        '',
      ].join('\n'),
    );
  }

  before(async () => {
    const { tt, db } = await testBackends();
    cfg = await masterConfig({ tarantoolPort: tt.port, mysqlPort: db.port }, { workers: 1 });
    env = {
      PATH: `${process.env.PATH}:/usr/sbin:/sbin`,
      GS_DEFAULTS_FILE: path.join(cfg.dir, 'default'),
    };
    writeDefaults(20);
  });

  after(() => {
    if (cfg) killLeftovers(cfg);
  });

  async function service(action: string): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await run(SCRIPT, [action], { env, timeout: 60000 });
      return { code: 0, out: stdout + stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: `${e.stdout}${e.stderr}` };
    }
  }

  it('start, start again, status, reload, stop, status, stop again: LSB exit codes', async () => {
    assert.equal((await service('status')).code, 3, 'not running: 3');
    const start = await service('start');
    assert.equal(start.code, 0, start.out);
    const pid = readPid(cfg.pidFile);
    assert.ok(pid && isAlive(pid), 'running with its pidfile');
    assert.equal((await statsOf(cfg.statsPort)).get('workers'), '1');
    assert.equal((await service('start')).code, 0, 'start when running succeeds');
    assert.equal(readPid(cfg.pidFile), pid, 'and changes nothing');
    const status = await service('status');
    assert.equal(status.code, 0, status.out);
    assert.match(status.out, /running/);
    const reload = await service('reload');
    assert.equal(reload.code, 0, reload.out);
    const stop = await service('stop');
    assert.equal(stop.code, 0, stop.out);
    const state = () => {
      try {
        return /State:\s*(.*)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '?';
      } catch {
        return 'gone';
      }
    };
    // start-stop-daemon returns once the master's first thread is a zombie;
    // its other threads are gone a few milliseconds later (isAlive counts
    // every thread).
    await waitFor('the stopped master gone', () => !isAlive(pid), 2000).catch(() => undefined);
    assert.ok(!isAlive(pid), `stopped (${state()}; ${stop.out})`);
    assert.equal(fs.existsSync(cfg.pidFile), false);
    assert.equal((await service('status')).code, 3, 'not running: 3');
    assert.equal((await service('stop')).code, 0, 'stop when stopped succeeds');
  });

  it('restart after a forced stop: the master SIGKILLed past STOP_TIMEOUT, a new one serves at once', async () => {
    writeDefaults(1);
    try {
      const start = await service('start');
      assert.equal(start.code, 0, start.out);
      const old = readPid(cfg.pidFile);
      assert.ok(old && isAlive(old));
      const oldChildren = pidsMentioning(cfg.file).filter((p) => p !== old);
      assert.ok(oldChildren.length >= 2, 'a worker and a drainer');
      const before = await player({ port: cfg.gamePort }, 9101);
      before.client.close();
      // A master that does not act on TERM: the script's stop sends KILL
      // after STOP_TIMEOUT, and the orphaned worker still holds the game
      // port while it stops by itself.
      process.kill(old, 'SIGSTOP');
      const t0 = Date.now();
      const restart = await service('restart');
      assert.equal(restart.code, 0, restart.out);
      const pid = readPid(cfg.pidFile);
      assert.ok(pid && pid !== old && isAlive(pid), `a new master (${restart.out})`);
      assert.ok(!isAlive(old), 'the frozen master is gone');
      assert.equal(
        (await statsOf(cfg.statsPort)).get('workers'),
        '1',
        'the new master counts its worker',
      );
      const after = await player({ port: cfg.gamePort }, 9101);
      after.client.close();
      const ms = Date.now() - t0;
      await waitFor('the old children gone', () => !oldChildren.some(isAlive), 15000);
      assert.ok(ms < 20000, `served again ${ms} ms after the restart began`);
    } finally {
      writeDefaults(20);
      await service('stop');
    }
  });

  it('status is 1 when the daemon died and left its pidfile', async () => {
    fs.writeFileSync(cfg.pidFile, '999999\n');
    assert.equal((await service('status')).code, 1);
    fs.rmSync(cfg.pidFile);
  });

  it('an unknown action: usage and exit 2', async () => {
    const r = await service('dance');
    assert.equal(r.code, 2);
    assert.match(r.out, /Usage/);
  });
});
