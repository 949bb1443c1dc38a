import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../../src/devstack/process';
import { readPid } from '../../src/master/pidfile';
import {
  CLI,
  killLeftovers,
  masterConfig,
  type TestMasterConfig,
  waitFor,
} from '../helpers/master';
import { testBackends } from '../helpers/servers';

/**
 * `gameserver run` in a terminal (what ./scripts/serve does): every role,
 * the master and its children, logs readable lines, not JSON. A pseudo
 * terminal comes from util-linux's `script`.
 */
/** pino-pretty's colours (ESC [ ... m). */
const COLORS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

describe('logs in a terminal', function () {
  this.timeout(60000);
  let cfg: TestMasterConfig | undefined;

  after(() => {
    if (cfg) killLeftovers(cfg);
  });

  it('the master and its workers print readable lines to a terminal; no JSON', async () => {
    const { tt, db } = await testBackends();
    cfg = await masterConfig(
      { tarantoolPort: tt.port, mysqlPort: db.port },
      { log: { file: null, level: 'info' } },
    );
    const command = `${process.execPath} ${CLI} run --config ${cfg.file}`;
    const term = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    term.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const c = cfg;
    await waitFor(
      'the workers to listen',
      () => (out.match(/worker listening/g) ?? []).length >= 2,
      30000,
    );
    await waitFor('master ready', () => /master ready/.test(out));
    const pid = readPid(c.pidFile)!;
    process.kill(pid, 'SIGTERM');
    await waitFor('the master to exit', () => !isAlive(pid), 20000);
    await sleep(200);
    term.kill('SIGKILL');
    const lines = out
      .replace(COLORS, '')
      .split(/\r?\n/)
      .filter((l) => l.trim());
    const json = lines.filter((l) => /^\{".*"msg"/.test(l.trim()));
    assert.deepEqual(json, [], 'no JSON lines on a terminal');
    assert.ok(
      lines.some((l) => /INFO.*worker listening/.test(l)),
      'a worker line, readable',
    );
    assert.ok(
      lines.some((l) => /INFO.*master ready/.test(l)),
      'the master line, readable',
    );
  });
});
