import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/servers';

/** A process's last words: logged with the stack, flushed, told to the master, exit 1. */

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'crash-child.js');

async function crash(kind: 'exception' | 'rejection') {
  const logFile = path.join(tempDir('crash'), 'child.log');
  const child = fork(FIXTURE, [logFile, kind], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const messages: unknown[] = [];
  child.on('message', (m) => messages.push(m));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const lines = fs
    .readFileSync(logFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { stack?: string } });
  return { code, messages, lines };
}

describe('a process that crashes says why', () => {
  it('an uncaught exception: logged with its stack, the reason sent over IPC, exit 1', async () => {
    const r = await crash('exception');
    assert.equal(r.code, 1);
    const fatal = r.lines.find((l) => l.level === 60);
    assert.ok(fatal, 'a fatal line in the log');
    assert.equal(fatal.msg, 'uncaught exception: exiting');
    assert.match(fatal.err?.stack ?? '', /a bug in a callback\n\s+at /);
    assert.deepEqual(r.messages, [
      { type: 'fatal', message: 'uncaught exception: a bug in a callback' },
    ]);
  });

  it('an unhandled rejection: the same', async () => {
    const r = await crash('rejection');
    assert.equal(r.code, 1);
    const fatal = r.lines.find((l) => l.level === 60);
    assert.equal(fatal?.msg, 'unhandled rejection: exiting');
    assert.match(fatal?.err?.stack ?? '', /a promise nobody awaited/);
    assert.deepEqual(r.messages, [
      { type: 'fatal', message: 'unhandled rejection: a promise nobody awaited' },
    ]);
  });
});
