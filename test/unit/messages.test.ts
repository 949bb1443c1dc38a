import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/devstack/paths';
import {
  decodeBinary,
  decodeJson,
  encodeBinary,
  encodeJson,
  game,
} from '../../src/protocol/messages';

describe('messages (Envelope codec)', () => {
  it('round-trips binary and JSON, 64-bit ids as exact numbers', () => {
    const env = { seq: 9, addFriend: { playerId: Number.MAX_SAFE_INTEGER } };
    const b = decodeBinary(encodeBinary(env).subarray(4));
    assert.ok(b.ok);
    assert.equal(b.envelope.body, 'addFriend');
    assert.equal(b.envelope.addFriend?.playerId, Number.MAX_SAFE_INTEGER);
    const j = decodeJson(encodeJson(env).toString().trim());
    assert.ok(j.ok);
    assert.equal(j.envelope.addFriend?.playerId, Number.MAX_SAFE_INTEGER);
  });

  it('JSON takes 64-bit fields as numbers only (ids fit in 2^53-1), and says so otherwise', () => {
    const r = decodeJson('{"seq":1,"visitFriend":{"playerId":12345}}');
    assert.ok(r.ok);
    assert.equal(r.envelope.visitFriend?.playerId, 12345);
    const s = decodeJson('{"seq":1,"visitFriend":{"playerId":"12345"}}');
    assert.equal(s.ok, false);
    assert.match(!s.ok ? s.message : '', /playerId/);
  });

  it('JSON refuses negative, fractional and unsafe numbers instead of wrapping them', () => {
    for (const line of [
      '{"seq":1,"sell":{"item":"wheat","qty":-1}}',
      '{"seq":1,"plant":{"plot":1.5,"crop":"wheat"}}',
      '{"seq":1,"addFriend":{"playerId":9007199254740993}}',
      '{"seq":-4,"getState":{}}',
    ]) {
      const r = decodeJson(line);
      assert.equal(r.ok, false, line);
    }
  });

  it('JSON refuses wrong types, non-objects and non-JSON with a message', () => {
    for (const line of [
      '{"seq":1,"sell":{"item":5}}',
      '[1,2]',
      '"x"',
      'nope',
      '{"seq":1,"login":"x"}',
    ]) {
      const r = decodeJson(line);
      assert.equal(r.ok, false, line);
      assert.ok(!r.ok && r.message.length > 0);
    }
  });

  it('body names the body field that is set, however the Envelope was made', () => {
    const plant = encodeBinary({ seq: 1, plant: { plot: 2, crop: 'wheat' } }).subarray(4);
    const harvest = encodeBinary({ harvest: { plot: 3 } }).subarray(4);
    // Two frames concatenated are one message with both body fields: the
    // last one read wins and the first is gone, as protobufjs has it.
    const both = decodeBinary(Buffer.concat([plant, harvest]));
    assert.ok(both.ok);
    assert.equal(both.envelope.body, 'harvest');
    assert.equal(Object.hasOwn(both.envelope, 'plant'), false);
    assert.equal(both.envelope.harvest?.plot, 3);
    const one = decodeBinary(plant);
    assert.ok(one.ok);
    assert.equal(one.envelope.body, 'plant');
    assert.deepEqual(Object.keys(one.envelope).sort(), ['plant', 'seq']);
    assert.equal(JSON.stringify(one.envelope), '{"seq":1,"plant":{"plot":2,"crop":"wheat"}}');
    const json = decodeJson('{"seq":1,"getState":{}}');
    assert.ok(json.ok);
    assert.equal(json.envelope.body, 'getState');
    assert.equal(game.Envelope.create({ sell: { item: 'wheat', qty: 1 } }).body, 'sell');
    assert.equal(game.Envelope.create({}).body, undefined);
  });

  it('a decoded message keeps nothing of its bytes (the client reads into one shared buffer)', () => {
    const proto = fs.readFileSync(path.join(REPO_ROOT, 'proto', 'game.proto'), 'utf8');
    assert.deepEqual(proto.match(/^\s*(repeated\s+)?bytes\s+\w+/gm), null, 'no bytes field');
    const env = {
      seq: 3,
      state: {
        id: 7,
        name: 'Ann',
        coins: 120,
        plots: [{ index: 2, crop: 'wheat', plantedAt: 1000, readyAt: 2000 }],
        inventory: [{ item: 'corn', qty: 4 }],
        friends: [9, Number.MAX_SAFE_INTEGER],
      },
    };
    const bytes = Buffer.from(encodeBinary(env).subarray(4));
    const decoded = decodeBinary(bytes);
    assert.ok(decoded.ok);
    const before = JSON.stringify(decoded.envelope.toJSON());
    bytes.fill(0xff);
    assert.equal(JSON.stringify(decoded.envelope.toJSON()), before);
    assert.equal(decoded.envelope.state?.plots?.[0]?.crop, 'wheat');
  });

  it('binary garbage is a decode error, not an exception', () => {
    const r = decodeBinary(Buffer.from([0x0a, 0xff, 0xff]));
    assert.equal(r.ok, false);
  });

  it('the committed generated code matches proto/game.proto', function () {
    this.timeout(30000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-proto-'));
    const out = path.join(dir, 'game.js');
    execFileSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'pbjs'),
      [
        '-t',
        'static-module',
        '-w',
        'commonjs',
        '--force-number',
        '--no-delimited',
        '-o',
        out,
        'proto/game.proto',
      ],
      { cwd: REPO_ROOT },
    );
    const committed = fs.readFileSync(
      path.join(REPO_ROOT, 'src/protocol/generated/game.js'),
      'utf8',
    );
    assert.equal(
      fs.readFileSync(out, 'utf8'),
      committed,
      'run `npm run proto` and commit the result',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
