import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { befriend } from '../../src/client/client';
import { freePort, spawnServer, stopPid, waitReady } from '../../src/devstack/process';
import {
  startedMaster,
  statsOf,
  stopMaster,
  type TestMasterConfig,
  waitFor,
} from '../helpers/master';
import { tempDir } from '../helpers/servers';
import { player } from '../helpers/workers';

/**
 * Prometheus on the master's admin port: the exposition passes
 * `promtool check metrics`, a real Prometheus (Debian's) scrapes it and its
 * HTTP API returns a counter the players moved, and a child that stops
 * reporting is counted missing while the scrape stays fast.
 */

const run = promisify(execFile);

describe('GET /metrics (prom-client) scraped by a real Prometheus', function () {
  this.timeout(120000);
  let cfg: TestMasterConfig;
  let prometheusPid = 0;

  before(async () => {
    ({ cfg } = await startedMaster());
  });

  after(async () => {
    if (prometheusPid) await stopPid(prometheusPid, 5000);
    await stopMaster(cfg);
  });

  const scrape = async () => {
    const r = await fetch(`http://127.0.0.1:${cfg.adminPort}/metrics`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/plain; version=0.0.4/);
    return r.text();
  };

  /** The value of one series in an exposition, or null. */
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : null;
  };

  it('exposes the game, the queue, the processes and the histograms; promtool accepts it', async () => {
    const a = await player({ port: cfg.gamePort }, 9001);
    const b = await player({ port: cfg.gamePort }, 9002);
    await befriend(a.client, 9001, b.client, 9002);
    await a.client.request({ plant: { plot: 0, crop: 'radish' } });
    await a.client.request({ harvest: { plot: 0 } });
    await sleep(2500);
    const text = await scrape();
    for (const series of [
      'gameserver_online_players 2',
      'gameserver_connections{transport="tcp"} 2',
      'gameserver_connections{transport="ws"} 0',
      'gameserver_children{role="worker",state="up"} 2',
      'gameserver_children{role="worker",state="missing"} 0',
      'gameserver_tarantool_up 1',
      'gameserver_store_degraded 0',
    ])
      assert.ok(text.includes(`${series}\n`), `${series} in\n${text.slice(0, 3000)}`);
    assert.ok((value(text, 'gameserver_commands_total{command="plant"}') ?? 0) >= 1);
    assert.ok((value(text, 'gameserver_logins_total') ?? 0) >= 2);
    for (const name of [
      'gameserver_command_duration_seconds_bucket{le="0.001",command="plant"}',
      'gameserver_tarantool_call_duration_seconds_count{procedure="gs.claim"}',
      'gameserver_tarantool_call_duration_seconds_count{procedure="gs.save_batch"}',
      'gameserver_drain_batch_duration_seconds_count',
      'gameserver_queue_lag_seconds',
      'gameserver_queue_entries{state="buried"}',
      'gameserver_tarantool_memory_ratio',
      'gameserver_process_cpu_seconds_total{role="worker"}',
      'gameserver_process_resident_memory_bytes{role="drainer"}',
      'gameserver_worker_restarts_total',
      'gameserver_stat{name="curr_connections"}',
    ])
      assert.notEqual(value(text, name), null, name);
    // GC pauses: the histogram is there from the start; its series appear
    // with a process's first collection, labelled by role and kind.
    assert.ok(text.includes('# TYPE gameserver_gc_pause_seconds histogram\n'));
    for (const [, role, kind] of text.matchAll(
      /^gameserver_gc_pause_seconds_count\{role="([^"]*)",kind="([^"]*)"\}/gm,
    )) {
      assert.ok(['worker', 'drainer'].includes(role!), role);
      assert.ok(['minor', 'major', 'incremental', 'weakcb'].includes(kind!), kind);
    }
    // A label's value is quoted; a sample's value, which may hold the digits
    // 9001 (a byte count, CPU seconds), is not.
    assert.doesNotMatch(text, /player_?id|"900[12]"/, 'no player ids in labels');
    const file = path.join(tempDir('metrics'), 'metrics.txt');
    fs.writeFileSync(file, text);
    const checked = await run('sh', ['-c', `promtool check metrics < ${file}`]).catch(
      (err: { stdout: string; stderr: string }) => err,
    );
    assert.equal(`${checked.stdout}${checked.stderr}`.trim(), '', 'promtool has no complaint');
    a.client.close();
    b.client.close();
  });

  it('a real Prometheus scrapes it and answers a query for a counter the players moved', async () => {
    const dir = tempDir('prometheus');
    const port = await freePort();
    fs.writeFileSync(
      path.join(dir, 'prometheus.yml'),
      `global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: gameserver\n    static_configs:\n      - targets: ['127.0.0.1:${cfg.adminPort}']\n`,
    );
    const logFile = path.join(dir, 'prometheus.log');
    const spawned = spawnServer(
      'prometheus',
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { logFile },
    );
    prometheusPid = spawned.pid;
    const api = (q: string) =>
      fetch(`http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(q)}`).then(
        (r) => r.json() as Promise<{ data: { result: Array<{ value: [number, string] }> } }>,
      );
    await waitReady(
      'prometheus',
      spawned,
      logFile,
      () =>
        fetch(`http://127.0.0.1:${port}/-/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      30000,
    );
    const before = Number((await statsOf(cfg.statsPort)).get('game_cmd_sell') ?? 0);
    const p = await player({ port: cfg.gamePort }, 9003);
    await p.client.request({ plant: { plot: 0, crop: 'radish' } });
    await p.client.request({ harvest: { plot: 0 } });
    await p.client.request({ sell: { item: 'radish', qty: 1 } });
    p.client.close();
    await waitFor('Prometheus saw the sell', async () => {
      const r = await api('sum(gameserver_commands_total{command="sell"})');
      return Number(r.data.result[0]?.value[1] ?? 0) > before;
    });
    const up = await api('up{job="gameserver"}');
    assert.equal(up.data.result[0]?.value[1], '1');
  });

  it('a child that stops reporting is counted missing; the scrape does not wait for it', async () => {
    const w = await statsOf(cfg.statsPort, 'stats workers');
    const pid = Number(w.get('worker-1:pid'));
    process.kill(pid, 'SIGSTOP');
    try {
      await sleep(6000);
      const t0 = Date.now();
      const text = await scrape();
      assert.ok(Date.now() - t0 < 500, `the scrape took ${Date.now() - t0} ms`);
      assert.ok(text.includes('gameserver_children{role="worker",state="missing"} 1\n'));
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });
});
