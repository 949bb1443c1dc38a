import { StoreError } from '../errors';
import { obj } from './decode';

/**
 * The one place where a failed Tarantool call becomes a typed StoreError:
 * the driver's transport failures, and our procedures' `nil, {code,
 * message}` answers (lua/gameserver/*.lua return expected failures that
 * way instead of raising). Callers see only StoreError, with a stable code.
 */

const PROCEDURE_CODES: Record<string, ConstructorParameters<typeof StoreError>[0]> = {
  FENCED: 'FENCED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  INBOX_GONE: 'INBOX_GONE',
  EXISTS: 'PLAYER_EXISTS',
  BAD_ARGUMENT: 'STORE_BAD_ARGUMENT',
  NOT_REPLICATED: 'STORE_NOT_REPLICATED',
};

/** A procedure's `{code=, message=, ...}` error; extra fields land in `details`. */
export function procedureError(proc: string, raw: unknown): StoreError {
  const e = obj(raw, `${proc} error`);
  const code = PROCEDURE_CODES[String(e.code)] ?? 'STORE_FAILED';
  const { code: _c, message, ...details } = e;
  // Committed but not confirmed by the replica: the caller reconciles.
  const retryable = code === 'STORE_NOT_REPLICATED';
  return new StoreError(code, `${proc}: ${String(message ?? e.code)}`, { details, retryable });
}

/** A procedure's answer: its first return value, or the error of a `nil, err` return. */
export function procedureResult(proc: string, result: unknown[]): unknown {
  if (result.length >= 2 && (result[0] === null || result[0] === undefined)) {
    throw procedureError(proc, result[1]);
  }
  return result[0];
}

/** What the driver rejected a call with. */
export function transportError(
  proc: string,
  err: Error & { lostConnection?: boolean },
): StoreError {
  if (err.lostConnection || /Connection is closed|connection closed/i.test(err.message)) {
    return new StoreError('STORE_DISCONNECTED', `${proc}: connection dropped in flight`, {
      cause: err,
      retryable: true,
    });
  }
  if (/not established/i.test(err.message)) {
    return new StoreError('STORE_UNAVAILABLE', `${proc}: not connected`, {
      cause: err,
      retryable: true,
    });
  }
  return new StoreError('STORE_FAILED', `${proc}: ${err.message}`, { cause: err });
}
