import { StoreError } from '../errors';

/**
 * Checks on what Tarantool returned: the driver hands back untyped msgpack
 * values, so every field is checked before it is given a type. Integers
 * must be safe (msgpack-lite decodes 64-bit integers into doubles).
 */

export type Raw = Record<string, unknown>;

function bad(what: string, value: unknown): never {
  throw new StoreError(
    'STORE_FAILED',
    `unexpected ${what} from tarantool: ${JSON.stringify(value)}`,
  );
}

export function obj(value: unknown, what: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(what, value);
  return value as Raw;
}

export function int(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return bad(what, value);
  return value;
}

export function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return bad(what, value);
  return value;
}

export function str(value: unknown, what: string): string {
  if (typeof value !== 'string') return bad(what, value);
  return value;
}

export function list(value: unknown, what: string): unknown[] {
  // Lua returns an empty table as an empty map or array; both mean "none".
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (Object.keys(value).length === 0) return [];
  }
  if (!Array.isArray(value)) return bad(what, value);
  return value;
}

/** Player ids, epochs and versions sent to Tarantool: whole, 1..2^53-1. */
export function assertId(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new StoreError(
      'STORE_BAD_ARGUMENT',
      `${what} must be an integer 1..2^53-1, got ${value}`,
    );
  }
}
