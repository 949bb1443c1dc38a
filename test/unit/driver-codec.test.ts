import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type TarantoolConnection from 'tarantool-driver';
import { encodeCall, installCodec } from '../../src/store/driver-codec';

// The driver's own codec (it ships no types): the reference our requests must match.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const msgpack = require('msgpack-lite') as {
  createCodec(o: { usemap: boolean }): unknown;
  encode(v: unknown, o?: { codec: unknown }): Buffer;
  Decoder: new () => { on(e: 'data', f: (v: unknown) => void): void; decode(b: Buffer): void };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Denque = require('denque') as new () => { push(x: unknown): void; length: number };

/**
 * The msgpackr codec under tarantool-driver (src/store/driver-codec.ts):
 * its requests read back as the driver's own (msgpack-lite decodes them
 * to the same header and body), and its response decoding settles the
 * right call. The real Tarantool round trips are in store-client.test.ts.
 */

/** A response as Tarantool frames it: 0xce + length, header, body. */
function response(header: Record<number, unknown>, body: Record<number, unknown>): Buffer {
  const intKeys = (o: Record<number, unknown>) =>
    new Map(Object.entries(o).map(([k, v]) => [Number(k), v]));
  const codec = msgpack.createCodec({ usemap: true });
  const payload = Buffer.concat([
    msgpack.encode(intKeys(header), { codec }),
    msgpack.encode(intKeys(body), { codec }),
  ]);
  const out = Buffer.alloc(5 + payload.length);
  out[0] = 0xce;
  out.writeUInt32BE(payload.length, 1);
  payload.copy(out, 5);
  return out;
}

function fakeDriver() {
  const sent: Buffer[] = [];
  let id = 41;
  const d = Object.assign(new EventEmitter(), {
    commandsQueue: new Denque(),
    awaitingResponseLength: 0,
    _getRequestId: () => id++,
    sendCommand(command: unknown, buffer: Buffer) {
      this.commandsQueue.push(command);
      sent.push(buffer);
    },
  });
  installCodec(d as unknown as TarantoolConnection);
  const hook = (d as unknown as { _processResponse(b: Buffer, o: number, l?: number): void })
    ._processResponse;
  return { driver: d as unknown as TarantoolConnection, sent, respond: hook };
}

describe('tarantool-driver codec (msgpackr)', () => {
  it('a CALL request decodes to the header {code: IPROTO_CALL, sync} and the body {function_name, tuple}', () => {
    const args = [1, 'é', { a: 1, b: [true, null] }, 2 ** 53 - 1, 1.5];
    const buf = encodeCall(7, 'gs.save_batch', args);
    assert.equal(buf[0], 0xce);
    assert.equal(buf.readUInt32BE(1), buf.length - 5);
    const decoder = new msgpack.Decoder();
    const values: unknown[] = [];
    decoder.on('data', (v: unknown) => values.push(v));
    decoder.decode(buf.subarray(5));
    assert.deepEqual(values, [
      { 0: 0x0a, 1: 7 },
      { 0x22: 'gs.save_batch', 0x21: args },
    ]);
  });

  it('responses settle their own calls, in any order; errors carry Tarantool message', async () => {
    const { driver, sent, respond } = fakeDriver();
    const a = driver.call('gs.ping');
    const b = driver.call('gs.get', 5);
    assert.equal(sent.length, 2);
    const second = response({ 0: 0, 1: 42, 5: 80 }, { 0x30: [{ id: 5, name: 'x' }] });
    const first = response(
      { 0: 0x8000 + 358, 1: 41, 5: 80 },
      { 0x31: 'old text', 0x52: { 0: [{ 3: "Can't modify data on a read-only instance" }] } },
    );
    // Two responses in one chunk, the second call's first: the driver's
    // data handler calls the hook once per response with its offset and length.
    const chunk = Buffer.concat([second, first]);
    respond(chunk, 5, second.length - 5);
    respond(chunk, second.length + 5, first.length - 5);
    assert.deepEqual(await b, [{ id: 5, name: 'x' }]);
    await assert.rejects(a, /read-only instance/);
    assert.equal(driver.commandsQueue.length, 0);
  });

  it('a response it cannot decode drops the connection instead of throwing', () => {
    const { driver, respond } = fakeDriver();
    let destroyed = false;
    (driver as unknown as { socket: object }).socket = { destroy: () => (destroyed = true) };
    void driver.call('gs.ping').catch(() => undefined);
    const bad = Buffer.from([0xce, 0, 0, 0, 2, 0x82, 0x00]); // a map of 2 cut short
    assert.doesNotThrow(() => respond(bad, 5, 2));
    assert.equal(destroyed, true);
  });
});
