import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { mintToken } from '../../src/auth/token';
import { DEFAULT_MIX, playBots, verifyBots } from '../../src/bots/run';
import { loadCatalog } from '../../src/game/catalog';
import { CLI, type TestMasterConfig, startedMaster, stopMaster } from '../helpers/master';
import {
  consoleEval,
  TEST_CREDENTIALS,
  type TestMariadb,
  type TestTarantool,
} from '../helpers/servers';
import { FAST_CATALOG, TEST_TOKEN_SECRET } from '../helpers/workers';

const run = promisify(execFile);

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

  it('`gameserver bots --verify` plays for a few seconds: no mismatch, no unexpected error, nothing missing', async () => {
    const args = [
      CLI,
      'bots',
      '--config',
      cfg.file,
      '--players',
      '30',
      '--rate',
      '300',
      '--duration',
      '3',
    ];
    let stdout: string;
    let code = 0;
    try {
      ({ stdout } = await run(process.execPath, [...args, '--verify', '--json', '--quiet'], {
        timeout: 90000,
      }));
    } catch (err) {
      const e = err as { code: number; stdout: string };
      stdout = e.stdout;
      code = e.code;
    }
    const s = JSON.parse(stdout) as {
      commands: number;
      mismatches: number;
      mismatchSamples: string[];
      unexpectedErrors: number;
      errors: Record<string, number>;
      verify: {
        checked: number;
        tarantoolMissing: number;
        mysqlMissing: number;
        samples: string[];
      };
    };
    assert.equal(s.mismatches, 0, s.mismatchSamples.join('\n'));
    assert.equal(s.unexpectedErrors, 0, JSON.stringify(s.errors));
    assert.equal(s.verify.checked, 30);
    assert.equal(s.verify.tarantoolMissing, 0, s.verify.samples.join('\n'));
    assert.equal(s.verify.mysqlMissing, 0, s.verify.samples.join('\n'));
    assert.ok(s.commands > 300, `${s.commands} commands`);
    assert.equal(code, 0, 'exit code 0');
  });

  it('--verify catches a dropped save (the check can fail)', async () => {
    const { bots, summary } = await playBots({
      host: '127.0.0.1',
      port: cfg.gamePort,
      players: 10,
      firstId: 2_000_000,
      rate: 200,
      durationSeconds: 2,
      mix: DEFAULT_MIX,
      catalog: loadCatalog(FAST_CATALOG),
      token: (id) => mintToken(TEST_TOKEN_SECRET, id, Math.floor(Date.now() / 1000) + 3600),
    });
    assert.equal(summary.mismatches, 0, summary.mismatchSamples.join('\n'));
    const victim = bots[0]!;
    for (const b of bots) b.stop();
    await new Promise((r) => setTimeout(r, 200));
    // Lose the player's last acknowledged change, in Tarantool and in MySQL.
    const lost = JSON.stringify({
      name: 'x',
      coins: 1,
      xp: 0,
      plots: [null, null, null, null],
      inventory: {},
      friends: [],
    });
    await consoleEval(
      tt.consoleSocket,
      `box.space.players:update(${victim.playerId}, {{'=', 'state', '${lost}'}, {'-', 'version', 1}})`,
    );
    await pool.query('UPDATE players SET version = version - 1 WHERE id = ?', [victim.playerId]);
    const v = await verifyBots(bots, pool, 3000);
    assert.ok(v.tarantoolMissing >= 1, JSON.stringify(v));
    assert.ok(v.mysqlMissing >= 1, JSON.stringify(v));
    assert.ok(v.samples.some((x) => x.includes(String(victim.playerId))));
    for (const b of bots) b.stop();
  });
});
