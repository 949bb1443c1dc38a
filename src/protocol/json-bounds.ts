/**
 * Bounds on JSON that a client (or another player, through a payload) can
 * shape. `JSON.parse` itself is iterative in V8, but everything that walks
 * the parsed value afterwards (our checks, protobufjs' verify and fromObject,
 * JSON.stringify) recurses: 30,000 nested `[` in a 60 KB line overflowed the
 * stack outside any try and killed the worker. So the nesting depth is
 * measured first, by a linear scan that does not recurse, and a line past
 * the bound is refused before it is parsed.
 */

/** Our Envelopes nest 3 deep (Envelope > body > field); 16 leaves room, and nothing more is needed. */
export const MAX_JSON_DEPTH = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * The deepest nesting of arrays and objects in `text`, counted outside
 * strings, stopping as soon as it passes `limit` (so the answer is at most
 * limit + 1). Malformed JSON gives some number: JSON.parse refuses it later.
 */
export function jsonDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
    }
  }
  return deepest;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse, refusing text nested deeper than `maxDepth` before parsing it. */
export function parseBoundedJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonParse {
  if (jsonDepth(text, maxDepth) > maxDepth) {
    return { ok: false, message: `JSON nested deeper than ${maxDepth} levels` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, message: `not JSON: ${(err as Error).message}` };
  }
}
