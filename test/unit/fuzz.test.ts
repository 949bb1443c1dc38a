import assert from 'node:assert/strict';
import fc from 'fast-check';
import { errorCodes } from '../../src/errors';
import { loadCatalog } from '../../src/game/catalog';
import { type Farm, newFarm } from '../../src/game/farm';
import { apply, checkChat, type Command } from '../../src/game/rules';
import {
  decodeBinary,
  decodeJson,
  encodeBinary,
  encodeJson,
  type Envelope,
  game,
} from '../../src/protocol/messages';
import { StreamDecoder } from '../../src/protocol/stream';
import { MAX_JSON_DEPTH } from '../../src/protocol/json-bounds';
import { binaryFrame, hostileFrameBody, hostileLine } from '../helpers/hostile';

/** Property-based fuzzing of the pure parts (fast-check): garbage in, clean refusals out, no throw. */

const catalog = loadCatalog();

/** An Envelope as plain data, for comparing decodes. */
const plain = (e: Envelope) =>
  game.Envelope.toObject(game.Envelope.create(e), { longs: Number, defaults: true });

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const id = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
/** Envelopes a client or the server sends, with any values their fields can hold. */
const envelope: fc.Arbitrary<Envelope> = fc
  .tuple(
    fc.integer({ min: 1, max: 0xffffffff }),
    fc.oneof(
      fc.record({ login: fc.record({ token: text, clientVersion: text }) }),
      fc.constant({ getState: {} }),
      fc.record({ plant: fc.record({ plot: u32, crop: text }) }),
      fc.record({ harvest: fc.record({ plot: u32 }) }),
      fc.record({ sell: fc.record({ item: text, qty: u32 }) }),
      fc.record({ addFriend: fc.record({ playerId: id }) }),
      fc.record({ acceptFriend: fc.record({ playerId: id }) }),
      fc.record({ block: fc.record({ playerId: id }) }),
      fc.constant({ getPresence: {} }),
      fc.record({
        friendUpdate: fc.record({ from: id, change: text }),
      }),
      fc.record({ sendGift: fc.record({ to: id, item: text, qty: u32 }) }),
      fc.record({ chat: fc.record({ to: id, text }) }),
      fc.record({ ping: fc.record({ clientTime: id }) }),
      fc.record({ error: fc.record({ code: text, message: text, retryable: fc.boolean() }) }),
      fc.record({
        state: fc.record({
          id,
          coins: id,
          xp: id,
          level: u32,
          plots: fc.array(fc.record({ index: u32, crop: text, readyAt: id }), { maxLength: 5 }),
          inventory: fc.array(fc.record({ item: text, qty: u32 }), { maxLength: 5 }),
          friends: fc.array(id, { maxLength: 5 }),
          version: id,
        }),
      }),
    ),
  )
  .map(([seq, body]) => ({ seq, ...body }) as Envelope);

function feed(bytes: Uint8Array, cuts: number[], max = 1024) {
  const out = { frames: 0, lines: 0, errors: [] as string[] };
  const d = new StreamDecoder(
    {
      frame: (f) => {
        out.frames++;
        decodeBinary(f);
      },
      line: (l) => {
        out.lines++;
        decodeJson(l);
      },
      error: (code) => out.errors.push(code),
    },
    max,
  );
  let at = 0;
  for (const c of cuts) {
    d.push(Buffer.from(bytes.subarray(at, at + c)));
    at += c;
    assert.ok(d.buffered <= max + 4, 'held bytes stay within the limit');
  }
  d.push(Buffer.from(bytes.subarray(at)));
  return out;
}

describe('fuzzing (fast-check)', () => {
  it('random bytes cut anywhere: the decoder never throws and refuses only with its two codes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 64 }),
        (bytes, cuts) => {
          const out = feed(bytes, cuts);
          assert.ok(out.errors.every((e) => e === 'FRAME_TOO_LARGE' || e === 'LINE_TOO_LONG'));
          assert.ok(out.errors.length <= 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('decode(encode(x)) is x, in both modes, for any Envelope', () => {
    fc.assert(
      fc.property(envelope, (e) => {
        const b = decodeBinary(encodeBinary(e).subarray(4));
        assert.ok(b.ok, !b.ok ? b.message : '');
        assert.deepEqual(plain(b.envelope), plain(e));
        const j = decodeJson(encodeJson(e).toString('utf8').trimEnd());
        assert.ok(j.ok, !j.ok ? j.message : '');
        assert.deepEqual(plain(j.envelope), plain(e));
      }),
      { numRuns: 500 },
    );
  });

  it('a stream of Envelopes cut anywhere decodes to the same Envelopes, in order, in both modes', () => {
    fc.assert(
      fc.property(
        fc.array(envelope, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 40 }),
        fc.constantFrom('binary' as const, 'json' as const),
        (envs, cuts, mode) => {
          const bytes = Buffer.concat(envs.map(mode === 'json' ? encodeJson : encodeBinary));
          const got: Envelope[] = [];
          const d = new StreamDecoder(
            {
              frame: (f) => {
                const r = decodeBinary(f);
                assert.ok(r.ok);
                got.push(r.envelope);
              },
              line: (l) => {
                const r = decodeJson(l);
                assert.ok(r.ok, !r.ok ? r.message : '');
                got.push(r.envelope);
              },
              error: (code) => assert.fail(code),
            },
            1 << 20,
          );
          let at = 0;
          for (const c of cuts) {
            d.push(bytes.subarray(at, at + c));
            at += c;
          }
          d.push(bytes.subarray(at));
          assert.deepEqual(got.map(plain), envs.map(plain));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('garbage frames: a refusal with a message, or an Envelope that re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 20 }), (bodies) => {
        for (const body of bodies) {
          const r = decodeBinary(body);
          if (!r.ok) {
            assert.ok(r.message.length > 0);
            continue;
          }
          const again = decodeBinary(encodeBinary(r.envelope).subarray(4));
          assert.ok(again.ok);
          assert.deepEqual(plain(again.envelope), plain(r.envelope));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('random JSON lines: refused with a message, or accepted and stable through a re-encode', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ seq: 1, plant: v })),
        ),
        (line) => {
          const r = decodeJson(line);
          if (!r.ok) return assert.ok(r.message.length > 0);
          const again = decodeJson(encodeJson(r.envelope).toString('utf8').trimEnd());
          assert.ok(again.ok);
          assert.deepEqual(plain(again.envelope), plain(r.envelope));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hostile JSON lines (deep nesting in every field, huge arrays, many keys, long numbers, bad UTF-8), cut anywhere: refused or decoded, never a throw', () => {
    fc.assert(
      fc.property(
        hostileLine(65536),
        fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 16 }),
        (line, cuts) => {
          const results: ReturnType<typeof decodeJson>[] = [];
          const errors: string[] = [];
          const d = new StreamDecoder(
            {
              frame: () => assert.fail('a line is not a frame'),
              line: (l) => results.push(decodeJson(l)),
              error: (code) => errors.push(code),
            },
            65536,
          );
          // A stream is in JSON mode only when its first byte is '{'; a bare
          // top-level array is a binary length prefix there, so it goes
          // through decodeJson alone.
          const bytes = Buffer.concat([line.bytes, Buffer.from('\n')]);
          if (bytes[0] !== 0x7b) {
            results.push(decodeJson(line.bytes.toString('utf8')));
            cuts = [];
          }
          let at = 0;
          if (bytes[0] === 0x7b) {
            for (const c of cuts) {
              d.push(bytes.subarray(at, at + c));
              at += c;
            }
            d.push(bytes.subarray(at));
          }
          assert.deepEqual(errors, []);
          assert.equal(results.length, 1);
          if (line.depth > MAX_JSON_DEPTH) {
            assert.equal(results[0]!.ok, false, `depth ${line.depth} accepted`);
            assert.match((results[0] as { message: string }).message, /nested deeper/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hostile binary frames (nested groups, unclosed groups, lying lengths): refused or decoded, never a throw', () => {
    fc.assert(
      fc.property(hostileFrameBody(65536), (body) => {
        const out = feed(binaryFrame(body), [], 65536);
        assert.equal(out.frames, 1);
        assert.equal(decodeBinary(body).ok, false);
      }),
      { numRuns: 200 },
    );
  });

  it('commands with any numbers and strings: a rule result with a known code; the farm stays whole', () => {
    const anyNumber = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Number.MAX_SAFE_INTEGER),
      fc.constant(-1),
      fc.constant(2 ** 53),
    );
    const anyItem = fc.oneof(
      fc.constantFrom(...Object.keys(catalog.crops)),
      fc.constantFrom('toString', 'constructor', '__proto__', 'valueOf'),
      fc.string({ maxLength: 40 }),
    );
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ type: fc.constant('plant' as const), plot: anyNumber, crop: anyItem }),
      fc.record({ type: fc.constant('harvest' as const), plot: anyNumber }),
      fc.record({ type: fc.constant('sell' as const), item: anyItem, qty: anyNumber }),
      fc.record({ type: fc.constant('addFriend' as const), playerId: anyNumber }),
      fc.record({ type: fc.constant('removeFriend' as const), playerId: anyNumber }),
      fc.record({
        type: fc.constantFrom(
          'acceptFriend' as const,
          'declineFriend' as const,
          'block' as const,
          'unblock' as const,
        ),
        playerId: anyNumber,
      }),
      fc.record({
        type: fc.constant('sendGift' as const),
        to: anyNumber,
        item: anyItem,
        qty: anyNumber,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 30 }),
        fc.integer({ min: 0, max: 10 ** 7 }),
        (cmds, coins) => {
          let farm: Farm = { ...newFarm(catalog, 1), coins, inventory: { wheat: 5 }, friends: [2] };
          let now = 1_800_000_000_000;
          for (const cmd of cmds) {
            now += 60_000;
            const r = apply(farm, cmd, { catalog, playerId: 1, now });
            if (!r.ok) {
              assert.ok(r.code in errorCodes, r.code);
              continue;
            }
            farm = r.change.farm;
            assert.ok(Number.isSafeInteger(farm.coins) && farm.coins >= 0, `coins ${farm.coins}`);
            assert.ok(Object.values(farm.inventory).every((q) => Number.isSafeInteger(q) && q > 0));
            assert.ok(farm.friends.every((f) => Number.isSafeInteger(f) && f >= 1));
            assert.equal(farm.plots.length, catalog.plots);
          }
          const chat = checkChat(farm, 2, 'x', catalog);
          assert.ok(chat.ok || chat.code in errorCodes, JSON.stringify(chat));
        },
      ),
      { numRuns: 300 },
    );
  });
});
