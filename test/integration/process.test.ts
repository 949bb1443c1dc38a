import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import {
  freePort,
  freeze,
  groupAlive,
  isAlive,
  probeTcp,
  procStat,
  signalGroup,
} from '../../src/devstack/process';
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

  it('a process whose leader thread is a zombie is alive while another thread runs: its socket still accepts', async () => {
    // As a SIGKILLed worker is for a while: its leader shows Z, a thread
    // still exits, and its files (the shared listening socket) stay open.
    // Made to last: Perl's leader thread leaves with the exit system call
    // (one thread, not exit_group) while a second thread sleeps.
    const exitThread = { x64: 60, arm64: 93 }[process.arch as 'x64' | 'arm64'];
    assert.ok(exitThread, `the exit system call's number on ${process.arch}`);
    const script = `use threads; use IO::Socket::INET;
      my $s = IO::Socket::INET->new(Listen => 5, LocalAddr => '127.0.0.1', LocalPort => 0) or die;
      $| = 1; print $s->sockport, "\\n";
      threads->create(sub { sleep 60 }); sleep 1; syscall(${exitThread}, 0);`;
    const child = spawn('perl', ['-e', script], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = child.pid!;
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const port = Number(line.toString().trim());
      await waitFor('the leader thread a zombie', () => procStat(pid)?.state === 'Z', 5000);
      assert.ok(await probeTcp('127.0.0.1', port), 'its socket still accepts');
      assert.equal(isAlive(pid), true, 'alive while a thread runs');
      assert.equal(groupAlive(pid), true, 'its group too');
      signalGroup(pid, 'SIGKILL');
      await waitFor('the process gone', () => !isAlive(pid) && !groupAlive(pid), 5000);
      assert.equal(await probeTcp('127.0.0.1', port), false, 'its socket closed');
    } finally {
      signalGroup(pid, 'SIGKILL');
    }
  });

  it('freePort never hands out the same port twice (the OS picks closed ports again)', async () => {
    const ports = [];
    for (let i = 0; i < 1000; i++) ports.push(await freePort());
    assert.equal(new Set(ports).size, ports.length);
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
