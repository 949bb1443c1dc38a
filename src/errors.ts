/**
 * Every error the server raises on purpose. Each class has a stable `code`;
 * the codes that reach clients travel in `Error { code }` frames, so they are
 * part of the protocol: never rename one, add new ones. The README's table of
 * codes is checked against `errorCodes` by a test.
 */

export const errorCodes = {
  CONFIG_INVALID: 'The configuration has an unknown key or a bad value.',
  STORE_TIMEOUT: 'A call to Tarantool did not answer in time; its outcome is unknown.',
  STORE_UNAVAILABLE: 'Tarantool is not connected; the call was not sent.',
  STORE_OVERLOADED: 'Too many calls to Tarantool are in flight; the call was not sent.',
  STORE_DISCONNECTED:
    'The connection to Tarantool dropped while the call was in flight; its outcome is unknown.',
  STORE_FAILED: 'Tarantool answered with an error.',
  STORE_BAD_ARGUMENT: 'A store procedure refused its arguments.',
  FENCED: 'The save carried an epoch that is no longer current: another session owns the player.',
  VERSION_CONFLICT: 'The save was not the next version of the stored player.',
  INBOX_GONE: 'The save acknowledged an inbox item that is not pending (already applied).',
  PLAYER_EXISTS: 'The player is already stored; a restore from MySQL was not needed.',
  MIGRATION_FAILED: 'A schema migration failed.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class GameServerError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class ConfigError extends GameServerError {
  /** Dotted path of the offending key, e.g. `tarantool.port`. */
  readonly key: string;

  constructor(key: string, message: string) {
    super('CONFIG_INVALID', `config ${key}: ${message}`);
    this.key = key;
  }
}

/** Tarantool or MySQL call failures; `retryable` tells the caller whether trying again can help. */
export class StoreError extends GameServerError {
  readonly retryable: boolean;
  /** Extra fields the procedure returned with the error (e.g. stored_version). */
  readonly details: Record<string, unknown>;

  constructor(
    code: Extract<
      ErrorCode,
      `STORE_${string}` | 'FENCED' | 'VERSION_CONFLICT' | 'INBOX_GONE' | 'PLAYER_EXISTS'
    >,
    message: string,
    options?: { cause?: unknown; retryable?: boolean; details?: Record<string, unknown> },
  ) {
    super(code, message, options);
    this.retryable = options?.retryable ?? false;
    this.details = options?.details ?? {};
  }

  /** True when the call may have been applied: reconcile by reading, never retry blindly. */
  get outcomeUnknown(): boolean {
    return this.code === 'STORE_TIMEOUT' || this.code === 'STORE_DISCONNECTED';
  }
}

export class MigrationError extends GameServerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MIGRATION_FAILED', message, options);
  }
}
