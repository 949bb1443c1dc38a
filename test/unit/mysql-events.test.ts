import assert from 'node:assert/strict';
import { format } from 'mysql2';
import { type EventRow, insertEventsSql } from '../../src/store/mysql/players';
import { seeded } from '../helpers/seeded';

/** The events INSERT, values written in, must be what mysql2 makes of the placeholder form. */

function placeholderForm(rows: EventRow[]): string {
  const sql =
    'INSERT INTO events (queue_id, player_id, type, payload, created_at) VALUES ' +
    rows.map(() => '(?, ?, ?, ?, FROM_UNIXTIME(?))').join(', ') +
    ' ON DUPLICATE KEY UPDATE queue_id = queue_id';
  return format(
    sql,
    rows.flatMap((e) => [e.queueId, e.playerId, e.type, e.payload, e.time.toFixed(3)]),
  );
}

const TEXTS = [
  '{"plot":3,"crop":"wheat","cost":1}',
  "it's",
  'back\\slash',
  'nul\0byte',
  'line\nbreak\r\ttab\b\x1a',
  '"double"',
  'ünïcode ✓ 𝄞',
  'a ? placeholder',
  '',
];

describe('insertEventsSql', () => {
  it('is mysql2 formatting of the placeholder form, for odd strings, ids and times', () => {
    const rnd = seeded(3);
    for (let round = 0; round < 200; round++) {
      const rows: EventRow[] = Array.from({ length: 1 + rnd(20) }, () => ({
        queueId: rnd(2) ? rnd(1e9) : Number.MAX_SAFE_INTEGER - rnd(1000),
        playerId: 1 + rnd(1e6),
        type: TEXTS[rnd(TEXTS.length)] as string,
        payload: TEXTS[rnd(TEXTS.length)] as string,
        time: 1_764_527_000 + rnd(1e6) / 997,
      }));
      assert.equal(insertEventsSql(rows), placeholderForm(rows));
    }
  });

  it('refuses an id that is not a whole number instead of writing it', () => {
    const row = { queueId: 1, playerId: 2, type: 't', payload: '{}', time: 1 };
    for (const bad of [1.5, -1, NaN, 2 ** 53]) {
      assert.throws(() => insertEventsSql([{ ...row, queueId: bad }]), /queue id/);
      assert.throws(() => insertEventsSql([{ ...row, playerId: bad }]), /player id/);
    }
  });
});
