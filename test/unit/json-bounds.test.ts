import assert from 'node:assert/strict';
import { jsonDepth, MAX_JSON_DEPTH, parseBoundedJson } from '../../src/protocol/json-bounds';
import { decodeJson } from '../../src/protocol/messages';
import { envelopeWith, JSON_FIELDS, nestedJson, OUTAGE_LINE } from '../helpers/hostile';

describe('JSON depth bound', () => {
  it('counts arrays and objects, not brackets inside strings or after escapes', () => {
    assert.equal(jsonDepth('1'), 0);
    assert.equal(jsonDepth('{"a":[1,{"b":2}]}'), 3);
    assert.equal(jsonDepth('"[[[[{{{{"'), 0);
    assert.equal(jsonDepth('{"a":"\\"[[[["}'), 1);
    assert.equal(jsonDepth('["\\\\",[[1]]]'), 3);
    assert.equal(jsonDepth('[[],[],[[]]]'), 3);
  });

  it('stops counting once past the limit', () => {
    assert.equal(jsonDepth(nestedJson(100_000, 'array'), 16), 17);
  });

  it('the line from the outage report is refused, without a throw', () => {
    const r = decodeJson(OUTAGE_LINE);
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /nested deeper than 16/);
  });

  it('exactly the bound is parsed; one deeper is refused', () => {
    const at = nestedJson(MAX_JSON_DEPTH, 'array');
    assert.deepEqual(parseBoundedJson(at).ok, true);
    assert.deepEqual(parseBoundedJson(`[${at}]`).ok, false);
  });

  it('deep nesting in every field of an Envelope is refused with a message, never a throw', () => {
    for (const path of JSON_FIELDS) {
      for (const kind of ['array', 'object'] as const) {
        for (const depth of [17, 1000, 30_000]) {
          const r = decodeJson(envelopeWith(path, nestedJson(depth, kind)));
          assert.equal(r.ok, false, `${path.join('.')} ${kind} ${depth}`);
        }
      }
    }
  });

  it('a real Envelope still decodes', () => {
    const r = decodeJson('{"seq":3,"plant":{"plot":2,"crop":"wheat"}}');
    assert.ok(r.ok);
    assert.equal(r.envelope.plant?.crop, 'wheat');
  });
});
