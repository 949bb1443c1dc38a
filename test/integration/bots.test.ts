import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql, { type ResultSetHeader } from 'mysql2/promise';
import { mintToken } from '../../src/auth/token';
import { DEFAULT_MIX, playBots } from '../../src/bots/run';
import type { VerifyResult } from '../../src/bots/verify';
import { loadCatalog } from '../../src/game/catalog';
import {
  CLI,
  startedMaster,
  statsOf,
  stopMaster,
  type TestMasterConfig,
  waitFor,
} from '../helpers/master';
import {
  consoleEval,
  TEST_CREDENTIALS,
  type TestMariadb,
  type TestTarantool,
} from '../helpers/servers';
import { FAST_CATALOG, TEST_TOKEN_SECRET } from '../helpers/workers';

describe('bots against a real stack (master, workers, drainer)', function () {
  this.timeout(120000);
  let tt: TestTarantool;
  let db: TestMariadb;
  let cfg: TestMasterConfig;
  let pool: mysql.Pool;

  before(async () => {
    ({ tt, db, cfg } = await startedMaster());
    pool = mysql.createPool({
      host: db.host,
      port: db.port,
      ...TEST_CREDENTIALS.mysql,
      connectionLimit: 2,
    });
  });

  after(async () => {
    await stopMaster(cfg);
    await pool?.end().catch(() => undefined);
  });

  interface Summary {
    commands: number;
    mismatches: number;
    mismatchSamples: string[];
    unexpectedErrors: number;
    errors: Record<string, number>;
    reconnects: number;
    verify: VerifyResult;
  }

  /** Runs `gameserver bots ... --verify --json`; `whileSettling` runs between play and the checks. */
  async function botsVerify(
    args: string[],
    whileSettling?: () => Promise<void>,
  ): Promise<{ code: number | null; summary: Summary }> {
    const child = spawn(
      process.execPath,
      [CLI, 'bots', '--config', cfg.file, ...args, '--verify', '--json', '--quiet'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    let settling: Promise<void> = Promise.resolve();
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      if (whileSettling && /play done; verifying/.test(err)) {
        settling = whileSettling();
        whileSettling = undefined;
      }
    });
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    await settling;
    assert.ok(out, `no summary; stderr: ${err}`);
    return { code, summary: JSON.parse(out) as Summary };
  }

  it('`gameserver bots --verify` plays for a few seconds: no mismatch, no unexpected error, nothing missing, no worker died', async () => {
    const restarts = (await statsOf(cfg.statsPort)).get('worker_restarts');
    const { code, summary: s } = await botsVerify([
      ...['--players', '30', '--rate', '300', '--duration', '3'],
    ]);
    assert.equal(s.mismatches, 0, s.mismatchSamples.join('\n'));
    assert.equal(s.unexpectedErrors, 0, JSON.stringify(s.errors));
    assert.equal(s.reconnects, 0, 'no bot had to reconnect');
    assert.equal(s.verify.checked, 30);
    assert.equal(s.verify.unchecked, 0);
    assert.deepEqual(s.verify.badPlayers, [], s.verify.samples.join('\n'));
    assert.ok(s.commands > 300, `${s.commands} commands`);
    assert.equal(code, 0, 'exit code 0');
    assert.equal((await statsOf(cfg.statsPort)).get('worker_restarts'), restarts);
  });

  it('`bots --transport ws --verify`: the same play over WebSocket, nothing missing', async () => {
    const { code, summary: s } = await botsVerify([
      ...['--players', '20', '--first-id', '1500000', '--rate', '200', '--duration', '2'],
      ...['--transport', 'ws'],
    ]);
    assert.equal(s.mismatches, 0, s.mismatchSamples.join('\n'));
    assert.equal(s.unexpectedErrors, 0, JSON.stringify(s.errors));
    assert.equal(s.verify.checked, 20);
    assert.deepEqual(s.verify.badPlayers, [], s.verify.samples.join('\n'));
    assert.ok(s.commands > 200, `${s.commands} commands`);
    assert.equal(code, 0);
  });

  it('a warm-up plays before the window opens and counts in neither the rate nor the latencies: the summary has exactly the commands the server counted inside the window', async () => {
    const commands = async () => Number((await statsOf(cfg.statsPort)).get('game_commands'));
    const at = { start: 0, stop: 0, before: 0 };
    // The workers report their counters every second: read after a quiet second.
    const quiet = async () => {
      await sleep(1200);
      return commands();
    };
    at.before = await quiet();
    const { bots, summary } = await playBots({
      host: '127.0.0.1',
      port: cfg.gamePort,
      players: 10,
      firstId: 2_500_000,
      // Within the connections' rate limit: a refused command is not counted as one.
      rate: 300,
      durationSeconds: 1,
      warmupSeconds: 1,
      mix: DEFAULT_MIX.filter(([a]) => a === 'state' || a === 'plant' || a === 'harvest'),
      catalog: loadCatalog(FAST_CATALOG),
      token: (id) => mintToken(TEST_TOKEN_SECRET, id, Math.floor(Date.now() / 1000) + 3600),
      window: {
        start: async () => void (at.start = await quiet()),
        stop: async () => void (at.stop = await quiet()),
      },
    });
    for (const b of bots) b.stop();
    const warmup = at.start - at.before;
    // Logins, friend requests and their answers are about 3 a bot; a second
    // of play at 300/s is some hundreds more, even on a slow machine.
    assert.ok(warmup > 10 * 3 + 80, `${warmup} commands before the window: the warm-up played`);
    assert.ok(summary.commands > 80, `${summary.commands} commands in the window`);
    assert.equal(summary.commands, at.stop - at.start, 'the summary counts the window alone');
    assert.equal(summary.mismatches, 0, summary.mismatchSamples.join('\n'));
    assert.deepEqual(summary.errors, {});
  });

  it('`bots --verify` as a process catches exactly the tampered players: wrong field at the right version, lower version, a lost event', async () => {
    const first = 2_000_000;
    const [inTtField, inTtVersion, inMysqlField, lostEvent] = [0, 1, 2, 3].map((i) => first + i);
    const tamper = async () => {
      // Let the drain finish first, so nothing overwrites the MySQL tamper.
      await waitFor('the queue drained', async () => {
        const st = await statsOf(cfg.statsPort);
        return st.get('queue_ready') === '0' && st.get('queue_leased') === '0';
      });
      await sleep(1200);
      await consoleEval(
        tt.consoleSocket,
        `(function() local json = require('json'); local t = box.space.players:get(${inTtField}); ` +
          `local s = json.decode(t.state); s.coins = s.coins + 7; ` +
          `box.space.players:update(${inTtField}, {{'=', 'state', json.encode(s)}}) end)()`,
      );
      await consoleEval(
        tt.consoleSocket,
        `box.space.players:update(${inTtVersion}, {{'-', 'version', 1}})`,
      );
      await pool.query(
        "UPDATE players SET state = JSON_SET(state, '$.coins', coins + 3), coins = coins + 3 WHERE id = ?",
        [inMysqlField],
      );
      const [del] = await pool.query<ResultSetHeader>(
        "DELETE FROM events WHERE player_id = ? AND type IN ('plant', 'harvest', 'sell', 'gift', 'friend_request', 'friend_accept') ORDER BY queue_id DESC LIMIT 1",
        [lostEvent],
      );
      assert.equal(del.affectedRows, 1, 'an event to lose');
    };
    const { code, summary: s } = await botsVerify(
      [
        ...['--players', '10', '--first-id', String(first), '--rate', '200'],
        ...['--duration', '2', '--settle', '6', '--drain-timeout', '4'],
      ],
      tamper,
    );
    assert.equal(s.mismatches, 0, s.mismatchSamples.join('\n'));
    assert.equal(s.verify.checked, 10);
    assert.deepEqual(
      s.verify.badPlayers,
      [inTtField, inTtVersion, inMysqlField, lostEvent],
      s.verify.samples.join('\n'),
    );
    assert.equal(s.verify.tarantoolMissing, 2);
    assert.equal(s.verify.mysqlMissing, 1);
    assert.equal(s.verify.eventsWrong, 1);
    assert.equal(code, 1, 'exit code 1');
  });
});
