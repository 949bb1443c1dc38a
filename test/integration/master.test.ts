import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { GameClient } from '../../src/client/client';
import { isAlive, procStat } from '../../src/devstack/process';
import { readPid } from '../../src/master/pidfile';
import {
  cli,
  killLeftovers,
  masterConfig,
  pidsMentioning,
  statsOf,
  type TestMasterConfig,
  waitFor,
} from '../helpers/master';
import { type TestMariadb, type TestTarantool, testBackends } from '../helpers/servers';
import { player, token } from '../helpers/workers';

const run = promisify(execFile);

const REQUIRED_STATS = [
  'pid',
  'uptime',
  'time',
  'version',
  'rusage_user',
  'rusage_system',
  'curr_connections',
  'curr_ws_connections',
  'total_connections',
  'total_memory',
  'data_memory',
  'current_rps',
  'users_count',
  'workers',
  'worker_restarts',
  'workers_failed',
  'game_commands',
  'game_errors',
  'queue_ready',
  'queue_leased',
  'queue_buried',
  'queue_lag_seconds',
  'drain_rows',
  'drain_errors',
  'tarantool_up',
  'mysql_up',
];

describe('master daemon (real processes, signals, sockets)', function () {
  this.timeout(120000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let cfg: TestMasterConfig;
  const clients: GameClient[] = [];

  before(async () => {
    ({ tt, db } = await testBackends());
    cfg = await masterConfig({ tarantoolPort: tt.port, mysqlPort: db.port });
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });

  after(async () => {
    if (cfg) {
      await cli(cfg, 'stop');
      killLeftovers(cfg);
    }
  });

  /** Pids of the live workers (a slot between two children reports pid 0: never signal that). */
  async function workerPids(): Promise<number[]> {
    const s = await statsOf(cfg.statsPort, 'stats workers');
    return [...s.entries()]
      .filter(([k]) => /^worker-\d+:pid$/.test(k))
      .map(([, v]) => Number(v))
      .filter((p) => p > 0);
  }

  async function twoWorkersReady(): Promise<number[]> {
    await waitFor(
      'two workers ready',
      async () => (await statsOf(cfg.statsPort)).get('workers') === '2',
      30000,
    );
    const pids = await workerPids();
    assert.equal(pids.length, 2);
    return pids;
  }

  it('start: a daemon in its own session, cwd /, pidfile written; status 0; start twice refuses', async () => {
    const started = await cli(cfg, 'start');
    assert.equal(started.code, 0, started.out);
    assert.match(started.out, /started \(pid \d+\)/);
    const pid = readPid(cfg.pidFile);
    assert.ok(pid && isAlive(pid));
    assert.equal(Number(/pid (\d+)/.exec(started.out)?.[1]), pid, 'the pidfile names the daemon');
    assert.notEqual(procStat(pid)?.sid, procStat(process.pid)?.sid, 'its own session');
    assert.equal(procStat(pid)?.sid, pid, 'it leads that session (setsid)');
    assert.equal(fs.readlinkSync(`/proc/${pid}/cwd`), '/');
    const status = await cli(cfg, 'status');
    assert.equal(status.code, 0, status.out);
    assert.match(status.out, new RegExp(`running \\(pid ${pid}\\)`));
    const twice = await cli(cfg, 'start');
    assert.equal(twice.code, 1);
    assert.match(twice.out, /already running/);
    assert.equal(readPid(cfg.pidFile), pid, 'the first daemon is untouched');
  });

  it('the game and web ports listen with a backlog of game.listenBacklog (4,096), not 511', async () => {
    await twoWorkersReady();
    const somaxconn = Number(fs.readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
    for (const port of [cfg.gamePort, cfg.webPort]) {
      // A listening socket's Send-Q in ss is its backlog.
      const { stdout } = await promisify(execFile)('ss', ['-Hltn', `sport = :${port}`]);
      const backlog = Number(stdout.trim().split(/\s+/)[2]);
      assert.equal(backlog, Math.min(4096, somaxconn), `port ${port}: ${stdout}`);
    }
  });

  it('the workers serve the page and the script from dist/web', async () => {
    await twoWorkersReady();
    for (const file of ['/', '/app.js']) {
      const r = await fetch(`http://127.0.0.1:${cfg.webPort}${file}`);
      assert.equal(r.status, 200, file);
      assert.ok((await r.arrayBuffer()).byteLength > 100, `${file} has a body`);
    }
  });

  it('stats: memcached text protocol, every field present and numeric', async () => {
    await waitFor('two workers and a drainer', async () => {
      const s = await statsOf(cfg.statsPort);
      return s.get('workers') === '2' && s.get('drainers') === '1' && s.get('tarantool_up') === '1';
    });
    const s = await statsOf(cfg.statsPort);
    for (const name of REQUIRED_STATS) {
      assert.ok(s.has(name), `stats has ${name}`);
      if (name !== 'version')
        assert.match(s.get(name)!, /^-?\d+(\.\d+)?$/, `${name} is numeric: ${s.get(name)}`);
    }
    assert.match(s.get('rusage_user')!, /^\d+\.\d{6}$/);
    for (const [name, value] of s)
      if (name !== 'version') assert.match(value, /^-?\d+(\.\d+)?$/, name);
    const settings = await statsOf(cfg.statsPort, 'stats settings');
    assert.equal(settings.get('game.port'), String(cfg.gamePort));
    assert.equal(settings.get('tarantool.workerPassword'), '********', 'no secrets');
    const workers = await statsOf(cfg.statsPort, 'stats workers');
    assert.ok(workers.has('worker-0:pid') && workers.has('drainer-0:pid'));
    await assert.rejects(
      statsOf(cfg.statsPort, 'bogus'),
      /refused/,
      'an unknown command answers ERROR',
    );
    const printed = await cli(cfg, 'stats');
    assert.equal(printed.code, 0);
    assert.match(printed.out, /STAT curr_connections \d+/);
    const admin = `http://127.0.0.1:${cfg.adminPort}`;
    assert.equal((await fetch(`${admin}/healthz`)).status, 200);
    assert.equal((await fetch(`${admin}/readyz`)).status, 200);
  });

  it("memcached's own tools read the stats port: memcstat prints every field, the version line parses", async () => {
    const servers = `--servers=127.0.0.1:${cfg.statsPort}`;
    const printed = await run('memcstat', [servers], { timeout: 10000 });
    const fields = new Map(
      [...printed.stdout.matchAll(/^\t(\w+): (.*)$/gm)].map((m) => [m[1]!, m[2]!]),
    );
    const s = await statsOf(cfg.statsPort);
    assert.match(printed.stdout, /^Server: 127\.0\.0\.1 \(\d+\)$/m);
    assert.deepEqual([...fields.keys()], [...s.keys()], 'every field, in the same order');
    assert.equal(fields.get('version'), s.get('version'), 'our own version, unchanged');
    assert.equal(fields.get('pid'), s.get('pid'));
    const version = await run('memcstat', [servers, '--server-version'], { timeout: 10000 });
    // (memcstat prints the version on stderr.)
    assert.match(version.stdout + version.stderr, /127\.0\.0\.1:\d+ 1\.6\.0/);
  });

  it('players play through the shared port; SIGKILL of a worker: a new one serves within 1 s, the player reconnects', async () => {
    const { client } = await player({ port: cfg.gamePort }, 501);
    clients.push(client);
    assert.equal((await client.request({ plant: { plot: 0, crop: 'radish' } })).body, 'state');
    const before = await twoWorkersReady();
    const victim = before[0]!;
    const killedAt = Date.now();
    process.kill(victim, 'SIGKILL');
    const took = await waitFor('a replacement worker', async () => {
      const pids = await workerPids();
      const s = await statsOf(cfg.statsPort);
      return (
        pids.length === 2 &&
        !pids.includes(victim) &&
        pids.every((p) => p > 0) &&
        s.get('workers') === '2'
      );
    });
    assert.ok(took < 1000, `a new worker served after ${took} ms`);
    // Whichever worker served the player, logging in again works at once.
    const again = await player({ port: cfg.gamePort }, 501);
    clients.push(again.client);
    assert.ok((again.login.loginOk?.state?.version ?? 0) >= 2);
    assert.ok(Date.now() - killedAt < 3000);
    const s = await statsOf(cfg.statsPort);
    assert.ok(Number(s.get('worker_restarts')) >= 1);
  });

  it('a worker SIGKILLed while 400 clients connect, 8 times: every connection is answered', async () => {
    // Node's round-robin handed some of them to the dying worker, and they
    // waited, unanswered, for their client's timeout (3-6 in 20 such kills).
    const answered = (): Promise<boolean> =>
      new Promise((resolve) => {
        const s = net.connect({ host: '127.0.0.1', port: cfg.gamePort });
        const timer = setTimeout(() => done(false), 4000);
        function done(ok: boolean) {
          clearTimeout(timer);
          s.destroy();
          resolve(ok);
        }
        s.on('error', () => done(true)); // refused or reset: the client knows at once
        s.on('data', () => done(true));
        // A command before the login: answered with an error at once.
        s.on('connect', () => s.write('{"seq":1,"getState":{}}\n'));
      });
    let lost = 0;
    for (let round = 0; round < 8; round++) {
      // Each worker killed in turn, and given stableMs (5 s) to count as
      // stable again after every second kill: no slot is marked failed.
      if (round > 0 && round % 2 === 0) await sleep(5500);
      const victim = (await twoWorkersReady())[round % 2]!;
      const first = Array.from({ length: 200 }, answered);
      process.kill(victim, 'SIGKILL');
      const then = Array.from({ length: 200 }, answered);
      const results = await Promise.all([...first, ...then]);
      lost += results.filter((ok) => !ok).length;
    }
    assert.equal(lost, 0, `${lost} of 3,200 connections never answered`);
  });

  it('HUP with clients playing: a changed value takes effect, zero failed commands beyond the reconnect notice', async () => {
    const failures: string[] = [];
    let notices = 0;
    let shutdownRefusals = 0;
    let done = false;
    const restarts = (await statsOf(cfg.statsPort)).get('worker_restarts');
    const play = async (id: number) => {
      while (!done) {
        let c: GameClient;
        try {
          c = await GameClient.connect({ host: '127.0.0.1', port: cfg.gamePort });
        } catch (err) {
          // The port keeps accepting through a reload: a refused connect is a failure.
          failures.push(`connect: ${(err as Error).message}`);
          await sleep(20);
          continue;
        }
        c.on('push', (p) => {
          if (p.body === 'serverShutdown') notices++;
        });
        const l = await c.login(token(id)).catch((err: Error) => err);
        if (!(l instanceof Error) && l.body !== 'loginOk') {
          // A login that reached a worker already stopping is told so; anything else fails.
          if (l.error?.code === 'SHUTTING_DOWN') shutdownRefusals++;
          else failures.push(`login: ${l.error?.code}`);
        } else if (l instanceof Error) {
          // Cut by a worker's ServerShutdown and close: the client logs in again.
          if (c.isClosed) shutdownRefusals++;
          else failures.push(`login: ${l.message}`);
        }
        if (l instanceof Error || l.body !== 'loginOk') {
          c.close();
          await sleep(20);
          continue;
        }
        while (!done && !c.isClosed) {
          const r = await c.request({ getState: {} }).catch(() => null);
          if (r === null) break; // closed after ServerShutdown: reconnect
          if (r.body === 'error' && r.error?.code !== 'SHUTTING_DOWN')
            failures.push(r.error?.code ?? '?');
          // Under the default rate limit (50 commands/s).
          await sleep(30);
        }
        c.close();
      }
    };
    const loops = [601, 602, 603, 604].map(play);
    await sleep(300);
    const before = await twoWorkersReady();
    cfg.write({ game: { idleTimeoutMs: 61000 }, admin: { maxConnections: 2 } });
    const reload = await cli(cfg, 'reload');
    assert.equal(reload.code, 0, reload.out);
    await waitFor(
      'all workers replaced',
      async () => {
        // New children show in stats when forked; the old ones serve until they exit.
        const now = await workerPids();
        return (
          now.length === 2 &&
          now.every((p) => !before.includes(p)) &&
          before.every((p) => !isAlive(p))
        );
      },
      30000,
    );
    await sleep(300);
    done = true;
    await Promise.all(loops);
    assert.deepEqual(failures, [], 'no command failed');
    const fresh = await player({ port: cfg.gamePort }, 605);
    clients.push(fresh.client);
    assert.equal(fresh.login.loginOk?.idleTimeoutMs, 61000, 'the new value is in force');
    // The drainer is replaced last: the reload is over only then.
    await waitFor(
      'the reload to finish',
      () => /reload done/.test(fs.readFileSync(cfg.logFile, 'utf8')),
      30000,
    );
    assert.ok(notices >= 1, 'the replaced workers sent ServerShutdown');
    // The admin port's new cap is in force: of three silent sockets, one is closed.
    const silent = [1, 2, 3].map(() =>
      net.connect({ host: '127.0.0.1', port: cfg.adminPort }).on('error', () => undefined),
    );
    await sleep(300);
    assert.equal(silent.filter((x) => x.closed).length, 1, 'one socket past a cap of 2');
    for (const x of silent) x.destroy();
    // At most one interrupted login per client and replaced worker.
    assert.ok(shutdownRefusals <= 8, `${shutdownRefusals} logins cut by stopping workers`);
    assert.equal((await statsOf(cfg.statsPort)).get('worker_restarts'), restarts, 'no worker died');
  });

  it('HUP with a bad config keeps the old one', async () => {
    const before = await twoWorkersReady();
    fs.writeFileSync(cfg.file, '{ "game": { "port": "not a number" } }');
    try {
      const missing = await cli(
        { file: cfg.file.replace('config.json', 'missing.json') },
        'reload',
      );
      assert.equal(missing.code, 2, 'the CLI itself refuses to read a missing file');
      process.kill(readPid(cfg.pidFile)!, 'SIGHUP');
      await waitFor('the refusal in the log', () =>
        /reload refused: bad config/.test(fs.readFileSync(cfg.logFile, 'utf8')),
      );
      assert.deepEqual(await workerPids(), before, 'nothing replaced');
    } finally {
      cfg.write();
    }
  });

  it('USR2 after the log file was moved writes to a new file', async () => {
    fs.renameSync(cfg.logFile, `${cfg.logFile}.1`);
    process.kill(readPid(cfg.pidFile)!, 'SIGUSR2');
    await sleep(300);
    // Something to log: a worker dies and is replaced.
    const [victim] = await twoWorkersReady();
    process.kill(victim!, 'SIGKILL');
    await waitFor(
      'a line in the new log',
      () => fs.existsSync(cfg.logFile) && /child died/.test(fs.readFileSync(cfg.logFile, 'utf8')),
    );
    await waitFor(
      'workers back',
      async () => (await statsOf(cfg.statsPort)).get('workers') === '2',
    );
  });

  it('a crash-looping worker is marked failed, not spun', async () => {
    const [victim] = await twoWorkersReady();
    await tt.stop();
    try {
      // A load balancer sees why: the master polls Tarantool every second.
      await waitFor('healthz 503', async () => {
        const res = await fetch(`http://127.0.0.1:${cfg.adminPort}/healthz`);
        return res.status === 503 && (await res.text()) === 'tarantool does not answer\n';
      });
      process.kill(victim!, 'SIGKILL');
      await waitFor(
        'a failed worker',
        async () => (await statsOf(cfg.statsPort)).get('workers_failed') === '1',
        30000,
      );
      const workers = await statsOf(cfg.statsPort, 'stats workers');
      assert.ok([...workers.entries()].some(([k, v]) => /:failed$/.test(k) && v === '1'));
      // The master's log is written asynchronously: wait for the line.
      await waitFor('the log line', () =>
        /marked failed/.test(fs.readFileSync(cfg.logFile, 'utf8')),
      );
    } finally {
      tt = await tt.restart();
    }
  });

  it('the last serving worker killed again and again: restarted after at most lastWorkerBackoffMaxMs, never given up', async () => {
    // The test before left one slot failed: one worker serves the port.
    await waitFor('one worker', async () => (await statsOf(cfg.statsPort)).get('workers') === '1');
    const logged = () =>
      fs
        .readFileSync(cfg.logFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('no worker is serving: restarting'));
    const before = logged().length;
    // Backoff 50 ms doubling: 50, 100, 200, 400, 800, then the cap (1 s).
    const rounds = 6;
    const delays: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const [pid] = await workerPids();
      const t0 = Date.now();
      process.kill(pid!, 'SIGKILL');
      await waitFor('a login again', async () => {
        // A short timeout: a connection made as the worker dies is reset or
        // refused at once, but a try must never wait long for a slow start.
        const c = await GameClient.connect({
          host: '127.0.0.1',
          port: cfg.gamePort,
          timeoutMs: 300,
        });
        try {
          return (await c.login(token(9100 + round))).body === 'loginOk';
        } finally {
          c.close();
        }
      });
      const back = Date.now() - t0;
      // The master's log is written asynchronously: wait for the round's line.
      await waitFor('the log line', () => logged().length > before + round);
      const delay = Number((JSON.parse(logged()[before + round]!) as { delayMs: number }).delayMs);
      delays.push(delay);
      // The delay, then a worker's start, slow on a busy machine.
      assert.ok(
        back < delay + 2000,
        `round ${round}: served again after ${back} ms (delay ${delay})`,
      );
    }
    // maxRestarts is 2 here: any other worker would have been marked failed.
    const stats = await statsOf(cfg.statsPort);
    assert.equal(stats.get('workers'), '1');
    assert.equal(stats.get('workers_failed'), '1', 'only the slot failed before');
    // Doubling up to the cap and staying there (the first may start past 50
    // ms if the worker had restarted within stableMs).
    assert.ok(
      delays.every((d, i) => d <= 1000 && (i === 0 || d === Math.min(1000, 2 * delays[i - 1]!))),
      `delays ${delays.join(', ')}`,
    );
    assert.equal(delays.at(-1), 1000, `delays ${delays.join(', ')}`);
  });

  it('TERM: exits within the deadline, children gone, pidfile removed', async () => {
    const pid = readPid(cfg.pidFile)!;
    const children = pidsMentioning(cfg.file).filter((p) => p !== pid);
    assert.ok(children.length >= 2, 'children found');
    // Monitoring clients that stay connected do not hold the stop up.
    const idle = [cfg.statsPort, cfg.adminPort].map((port) =>
      net.connect({ host: '127.0.0.1', port }).on('error', () => undefined),
    );
    await Promise.all(idle.map((s) => new Promise((r) => s.once('connect', r))));
    const t0 = Date.now();
    const stopped = await cli(cfg, 'stop');
    assert.equal(stopped.code, 0, stopped.out);
    assert.ok(Date.now() - t0 < 8000 + 2000, `stopped in ${Date.now() - t0} ms`);
    assert.equal(fs.existsSync(cfg.pidFile), false);
    assert.ok(
      children.every((p) => !isAlive(p)),
      'no child left',
    );
    assert.equal((await cli(cfg, 'status')).code, 3);
    assert.equal((await cli(cfg, 'stop')).code, 0, 'stop when stopped succeeds');
    for (const s of idle) s.destroy();
  });

  it('SIGKILL of the master: its children exit by themselves; start again works', async () => {
    assert.equal((await cli(cfg, 'start')).code, 0);
    const pid = readPid(cfg.pidFile)!;
    await waitFor('children', () => pidsMentioning(cfg.file).filter((p) => p !== pid).length >= 3);
    const children = pidsMentioning(cfg.file).filter((p) => p !== pid);
    process.kill(pid, 'SIGKILL');
    await waitFor('children gone', () => children.every((p) => !isAlive(p)), 15000);
    assert.equal((await cli(cfg, 'status')).code, 1, 'dead, with a pidfile');
    const again = await cli(cfg, 'start');
    assert.equal(again.code, 0, again.out);
    assert.equal((await cli(cfg, 'stop')).code, 0);
  });

  it('start with the game port taken fails with a message and leaves nothing behind', async () => {
    const squatter = net.createServer();
    await new Promise<void>((r) => squatter.listen(cfg.gamePort, '127.0.0.1', () => r()));
    try {
      const r = await cli(cfg, 'start');
      assert.equal(r.code, 1, r.out);
      assert.match(
        r.out,
        /failed to start: .*(EADDRINUSE|address already in use|exited during start)/i,
      );
      await sleep(300);
      assert.equal(fs.existsSync(cfg.pidFile), false, 'no pidfile');
      assert.deepEqual(pidsMentioning(cfg.file), [], 'no process left');
    } finally {
      squatter.close();
    }
  });
});
