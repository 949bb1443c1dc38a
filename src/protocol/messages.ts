import protobuf from 'protobufjs/minimal';

/**
 * 64-bit fields decode to JavaScript numbers, not Long objects: ids are
 * limited to 2^53-1 everywhere (the store checks it too), and a larger value
 * still shows up as an unsafe integer that the checks refuse. protobufjs
 * keeps this setting process-wide, so it is made once, explicitly, by each
 * entry point (the CLI, the benchmarks, the tests' root hooks) before any
 * Envelope is encoded or decoded; the codec functions check that it was.
 */
export function useNumbersForLongs(): void {
  if (protobuf.util.Long === null) return;
  protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
  protobuf.configure();
}

function assertConfigured(): void {
  if (protobuf.util.Long !== null)
    throw new Error('call useNumbersForLongs() at start-up, before any Envelope is coded');
}

// Before the generated code: it builds its oneof accessors as it loads.
import { fastOneofs } from './oneof';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import generated = require('./generated/game');
import { parseBoundedJson } from './json-bounds';
import { frame } from './stream';

export const game = generated.game;
export type Envelope = generated.game.Envelope.$Properties;
/** A decoded Envelope: the properties plus the name of the body that is set. */
export type Decoded = generated.game.Envelope;
export type Body = NonNullable<generated.game.Envelope['body']>;
export type PlayerStateMsg = generated.game.PlayerState.$Properties;
export type PlotMsg = generated.game.Plot.$Properties;
export type StateChangeMsg = generated.game.StateChange.$Properties;

export type DecodeResult =
  { ok: true; envelope: generated.game.Envelope } | { ok: false; message: string };

if (!fastOneofs(game.Envelope.prototype, 'body')) {
  throw new Error('protocol/generated/game loaded before protocol/oneof installed its accessors');
}

/** Decodes one binary frame body. */
export function decodeBinary(payload: Uint8Array): DecodeResult {
  assertConfigured();
  try {
    return { ok: true, envelope: game.Envelope.decode(payload) };
  } catch (err) {
    return { ok: false, message: `not a valid Envelope: ${(err as Error).message}` };
  }
}

/**
 * Every number in our messages is an unsigned integer. protobufjs would
 * silently wrap -1 into 4294967295, so numbers are checked before
 * conversion. 64-bit fields are plain JSON numbers here (not the strings of
 * protobuf's canonical JSON mapping): every id fits in 2^53-1.
 *
 * An explicit stack, not recursion: the value comes from a client. (Its
 * depth is bounded before parsing too; see json-bounds.ts.)
 */
function checkNumbers(root: unknown): string | null {
  const stack: { value: unknown; where: string }[] = [{ value: root, where: '' }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value, where } = top;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0)
        return `${where}: ${value} is not an integer 0..2^53-1`;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], where: `${where}[${i}]` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value).reverse())
        stack.push({ value: v, where: where ? `${where}.${k}` : k });
    }
  }
  return null;
}

/** Decodes one JSON line (protobuf's JSON mapping of an Envelope). */
export function decodeJson(text: string): DecodeResult {
  assertConfigured();
  const parsed = parseBoundedJson(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'a line must be one JSON object (an Envelope)' };
  }
  const bad = checkNumbers(raw);
  if (bad) return { ok: false, message: bad };
  const invalid = game.Envelope.verify(raw);
  if (invalid) return { ok: false, message: invalid };
  try {
    return { ok: true, envelope: game.Envelope.fromObject(raw) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** One Envelope's protobuf bytes, unframed (a WebSocket binary message). */
export function envelopeBytes(envelope: Envelope): Uint8Array {
  assertConfigured();
  return game.Envelope.encode(envelope).finish();
}

/** One Envelope as JSON text, without a newline (a WebSocket text message). */
export function envelopeText(envelope: Envelope): string {
  assertConfigured();
  const message = game.Envelope.create(envelope);
  const obj = game.Envelope.toObject(message, { longs: Number, oneofs: false, defaults: false });
  return JSON.stringify(obj);
}

export function encodeBinary(envelope: Envelope): Buffer {
  return frame(envelopeBytes(envelope));
}

export function encodeJson(envelope: Envelope): Buffer {
  return Buffer.from(envelopeText(envelope) + '\n');
}
