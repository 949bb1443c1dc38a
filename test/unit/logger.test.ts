import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../src/log/logger';

/** The JSON lines of a log file, waiting (up to 2 s) until it has at least `min` of them. */
async function lines(file: string, min = 1): Promise<Array<Record<string, unknown>>> {
  let out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 200; i++) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    out = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    if (out.length >= min) break;
    await sleep(10);
  }
  return out;
}

describe('logger', () => {
  it('writes JSON lines with role and pid; child loggers add their fields', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-log-'));
    const file = path.join(dir, 'sub', 'gs.log');
    const log = createLogger({ file, role: 'worker', level: 'info' });
    log.logger.child({ player: 7 }).info({ seq: 1 }, 'hello');
    log.logger.debug('below the level');
    log.flushSync();
    const [line, ...rest] = await lines(file);
    assert.equal(rest.length, 0, 'debug is below info');
    assert.equal(line?.role, 'worker');
    assert.equal(line?.pid, process.pid);
    assert.equal(line?.player, 7);
    assert.equal(line?.msg, 'hello');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reopen() after the file was moved (logrotate) writes to a new file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-log-'));
    const file = path.join(dir, 'gs.log');
    const log = createLogger({ file, role: 'master' });
    log.logger.info('before');
    log.flushSync();
    await lines(file);
    fs.renameSync(file, `${file}.1`);
    log.reopen();
    log.logger.info('after');
    log.flushSync();
    assert.deepEqual(
      (await lines(file)).map((l) => l.msg),
      ['after'],
    );
    assert.deepEqual(
      (await lines(`${file}.1`)).map((l) => l.msg),
      ['before'],
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
