import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/devstack/paths';
import { freePort, isAlive, stopPid } from '../../src/devstack/process';
import { tempDir } from '../helpers/servers';

const run = promisify(execFile);

describe('scripts/stack', function () {
  this.timeout(120000);
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    dir = tempDir('stack');
    env = {
      ...process.env,
      GAMESERVER_TARANTOOL_PORT: String(await freePort()),
      GAMESERVER_MYSQL_PORT: String(await freePort()),
      GAMESERVER_TARANTOOL_MEMTX_MEMORY_MB: '64',
    };
  });

  after(async () => {
    // Whatever the test left running, stop it by its pidfile.
    for (const file of ['tarantool/tarantool.pid', 'mariadb/mariadbd.pid']) {
      const pidFile = path.join(dir, file);
      if (fs.existsSync(pidFile)) await stopPid(Number(fs.readFileSync(pidFile, 'utf8')), 20000);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function stack(...args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await run(
        path.join(REPO_ROOT, 'scripts', 'stack'),
        [...args, '--dir', dir],
        {
          env,
          cwd: REPO_ROOT,
        },
      );
      return { code: 0, out: stdout + stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  }

  it('start, start again, status, kill, status, stop, stop again', async () => {
    const first = await stack('start');
    assert.equal(first.code, 0, first.out);
    assert.match(first.out, /tarantool started/);
    assert.match(first.out, /mariadb started/);
    assert.match(first.out, /mysql migrations applied: 1/);

    const second = await stack('start');
    assert.equal(second.code, 0, second.out);
    assert.match(second.out, /already running/);

    const status = await stack('status');
    assert.equal(status.code, 0, status.out);
    assert.match(status.out, /tarantool .* healthy/);
    assert.match(status.out, /mariadb .* healthy/);

    const ttPid = Number(fs.readFileSync(path.join(dir, 'tarantool', 'tarantool.pid'), 'utf8'));
    process.kill(ttPid, 'SIGKILL');
    while (isAlive(ttPid)) await new Promise((r) => setTimeout(r, 20));
    const dead = await stack('status');
    assert.equal(dead.code, 1, dead.out);
    assert.match(dead.out, /tarantool .*UNHEALTHY \(not running\)/);
    assert.match(dead.out, /mariadb .* healthy/);

    const restarted = await stack('start');
    assert.equal(restarted.code, 0, restarted.out);
    assert.match(restarted.out, /tarantool started/);
    assert.doesNotMatch(restarted.out, /mariadb started/);
    assert.match(restarted.out, /mysql schema up to date/);

    const stop = await stack('stop');
    assert.equal(stop.code, 0, stop.out);
    assert.match(stop.out, /tarantool: stopped/);
    assert.match(stop.out, /mariadb: stopped/);

    const stopAgain = await stack('stop');
    assert.equal(stopAgain.code, 0, stopAgain.out);
    assert.match(stopAgain.out, /tarantool: not running/);
    assert.match(stopAgain.out, /mariadb: not running/);

    assert.equal((await stack('status')).code, 1);
  });
});
