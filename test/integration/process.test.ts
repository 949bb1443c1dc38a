import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { freeze, groupAlive, isAlive, procStat, signalGroup } from '../../src/devstack/process';
import { waitFor } from '../helpers/master';

describe('process groups (real processes)', function () {
  this.timeout(20000);

  it('a group whose leader is gone is alive while one of its processes runs, and gone after', async () => {
    // The leader starts a member in its own group and exits at once, as a
    // SIGKILLed master is reaped while its workers still exit.
    const leader = spawn('sh', ['-c', 'sleep 30 & exit 0'], { detached: true, stdio: 'ignore' });
    const pgid = leader.pid!;
    try {
      await once(leader, 'exit');
      assert.equal(isAlive(pgid), false, 'the leader is gone');
      assert.equal(groupAlive(pgid), true, 'its member still runs');
      signalGroup(pgid, 'SIGKILL');
      await waitFor('the group gone', () => !groupAlive(pgid), 5000);
    } finally {
      signalGroup(pgid, 'SIGKILL');
    }
  });

  it('freeze returns once every thread of the process is stopped', async () => {
    // Node runs several threads; each must be stopped, not only the first.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], {
      stdio: 'ignore',
    });
    const pid = child.pid!;
    try {
      await waitFor('its threads started', () => fs.readdirSync(`/proc/${pid}/task`).length > 1);
      await freeze(pid);
      for (const tid of fs.readdirSync(`/proc/${pid}/task`))
        assert.match(procStat(pid, tid)?.state ?? '', /^[Tt]$/, `thread ${tid}`);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
