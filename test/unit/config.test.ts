import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  developmentSecretsInUse,
  envName,
  exampleConfig,
  leaves,
  loadConfig,
  maskedSettings,
} from '../../src/config/load';
import { REPO_ROOT } from '../../src/devstack/paths';
import { ConfigError } from '../../src/errors';
import { tempDir } from '../helpers/temp';

function withFile(content: unknown): string {
  const dir = tempDir('config');
  const file = path.join(dir, 'config.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function refused(fn: () => unknown, key: string, expected?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    assert.equal(err.code, 'CONFIG_INVALID');
    assert.equal(err.key, key);
    assert.ok(err.message.includes(key), `message names the key: ${err.message}`);
    if (expected) assert.match(err.message, expected);
    return true;
  });
}

describe('config', () => {
  it('runs with no file: the documented defaults', () => {
    const c = loadConfig({ env: {}, cwd: '/srv/game' });
    assert.equal(c.game.port, 7777);
    assert.equal(c.game.host, '0.0.0.0');
    assert.equal(c.stats.port, 11311);
    assert.equal(c.stats.host, '127.0.0.1');
    assert.equal(c.tarantool.host, '127.0.0.1');
    assert.equal(c.tarantool.port, 3301);
    assert.equal(c.mysql.port, 3307);
    assert.equal(c.tarantool.consoleSocket, '/srv/game/var/tarantool/console.sock');
    assert.equal(c.log.file, null);
    assert.ok(c.workers >= 1);
  });

  it('reads a JSON file given by path or GAMESERVER_CONFIG, plain or {value, description}', () => {
    const file = withFile({
      game: { port: 9000 },
      mysql: { port: { value: 3310, description: 'x' } },
    });
    assert.equal(loadConfig({ file, env: {} }).game.port, 9000);
    const c = loadConfig({ env: { GAMESERVER_CONFIG: file } });
    assert.equal(c.game.port, 9000);
    assert.equal(c.mysql.port, 3310);
  });

  it('environment overrides the file', () => {
    const file = withFile({ game: { port: 9000 } });
    const c = loadConfig({
      file,
      env: {
        GAMESERVER_GAME_PORT: '9100',
        GAMESERVER_WORKERS: '3',
        GAMESERVER_TARANTOOL_WORKER_PASSWORD: 's3cret',
        GAMESERVER_LOG_FILE: '/var/log/gs.log',
      },
    });
    assert.equal(c.game.port, 9100);
    assert.equal(c.workers, 3);
    assert.equal(c.tarantool.workerPassword, 's3cret');
    assert.equal(c.log.file, '/var/log/gs.log');
  });

  it('refuses an unknown key, naming it', () => {
    refused(
      () => loadConfig({ file: withFile({ game: { prot: 1 } }), env: {} }),
      'game.prot',
      /unknown key/,
    );
    refused(() => loadConfig({ file: withFile({ gmae: {} }), env: {} }), 'gmae', /unknown key/);
  });

  it('refuses an unknown GAMESERVER_ environment variable, naming it', () => {
    refused(() => loadConfig({ env: { GAMESERVER_GAME_PROT: '1' } }), 'GAMESERVER_GAME_PROT');
  });

  it('refuses bad values with the key and what was expected', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ game: { port: 70000 } }, 'game.port', /integer from 1 to 65535/],
      [{ game: { port: '7777' } }, 'game.port', /integer/],
      [{ game: { port: 1.5 } }, 'game.port', /integer/],
      [{ workers: 0 }, 'workers', /integer from 1/],
      [{ log: { level: 'loud' } }, 'log.level', /one of "fatal"/],
      [{ tarantool: { host: '' } }, 'tarantool.host', /non-empty string/],
      [{ mode: 'prod' }, 'mode', /development/],
      [{ game: 5 }, 'game', /expected an object/],
    ];
    for (const [content, key, expected] of cases) {
      refused(() => loadConfig({ file: withFile(content), env: {} }), key, expected);
    }
    refused(
      () => loadConfig({ env: { GAMESERVER_STATS_PORT: 'abc' } }),
      'stats.port',
      /GAMESERVER_STATS_PORT/,
    );
  });

  it('refuses a file that is not JSON, saying which file', () => {
    const file = withFile('{ not json');
    assert.throws(
      () => loadConfig({ file, env: {} }),
      (err: Error) => err.message.includes(file),
    );
  });

  it('masks secrets in the settings it shows', () => {
    const settings = new Map(maskedSettings(loadConfig({ env: {} })));
    assert.equal(settings.get('tarantool.workerPassword'), '********');
    assert.equal(settings.get('mysql.password'), '********');
    assert.equal(settings.get('game.port'), '7777');
  });

  it('names the secrets still at their development default', () => {
    const dev = developmentSecretsInUse(loadConfig({ env: {} }));
    assert.deepEqual(dev.sort(), [
      'auth.tokenSecret',
      'mysql.password',
      'tarantool.drainerPassword',
      'tarantool.masterPassword',
      'tarantool.workerPassword',
    ]);
    const set = loadConfig({
      env: {
        GAMESERVER_MYSQL_PASSWORD: 'a',
        GAMESERVER_TARANTOOL_WORKER_PASSWORD: 'b',
        GAMESERVER_TARANTOOL_DRAINER_PASSWORD: 'c',
        GAMESERVER_TARANTOOL_MASTER_PASSWORD: 'e',
        GAMESERVER_AUTH_TOKEN_SECRET: 'd',
      },
    });
    assert.deepEqual(developmentSecretsInUse(set), []);
  });

  it('production mode refuses to start with a development secret, naming it', () => {
    refused(() => loadConfig({ env: { GAMESERVER_MODE: 'production' } }), 'auth.tokenSecret');
    const secrets = {
      GAMESERVER_MYSQL_PASSWORD: 'a',
      GAMESERVER_TARANTOOL_WORKER_PASSWORD: 'b',
      GAMESERVER_TARANTOOL_DRAINER_PASSWORD: 'c',
      GAMESERVER_TARANTOOL_MASTER_PASSWORD: 'e',
      GAMESERVER_AUTH_TOKEN_SECRET: 'd',
    };
    refused(
      () =>
        loadConfig({
          env: { GAMESERVER_MODE: 'production', ...secrets, GAMESERVER_MYSQL_PASSWORD: undefined },
        }),
      'mysql.password',
    );
    const ok = loadConfig({ env: { GAMESERVER_MODE: 'production', ...secrets } });
    assert.equal(ok.mode, 'production');
  });

  it('the example file in the repo has every key, matches the schema, and loads', () => {
    const file = path.join(REPO_ROOT, 'config', 'gameserver.example.json');
    assert.equal(fs.readFileSync(file, 'utf8'), exampleConfig(), 'run `npm run config:example`');
    const c = loadConfig({ file, env: {} });
    assert.equal(c.game.port, 7777);
    const text = fs.readFileSync(file, 'utf8');
    for (const [key] of leaves())
      assert.ok(text.includes(envName(key)), `example documents ${key}`);
  });
});
