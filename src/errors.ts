/**
 * Every error the server raises on purpose. Each class has a stable `code`;
 * the codes that reach clients travel in `Error { code }` frames, so they are
 * part of the protocol: never rename one, add new ones. The table of codes in
 * docs/protocol.md is checked against `errorCodes` by a test.
 */

export const errorCodes = {
  CONFIG_INVALID: 'The configuration has an unknown key or a bad value.',
  STORE_TIMEOUT: 'A call to Tarantool did not answer in time; its outcome is unknown.',
  STORE_NOT_REPLICATED:
    'Tarantool committed a change that the replica did not confirm in time; its outcome is unknown.',
  STORE_UNAVAILABLE: 'Tarantool is not connected; the call was not sent.',
  STORE_OVERLOADED: 'Too many calls to Tarantool are in flight; the call was not sent.',
  STORE_DISCONNECTED:
    'The connection to Tarantool dropped while the call was in flight; its outcome is unknown.',
  STORE_FAILED: 'Tarantool answered with an error.',
  STORE_BAD_ARGUMENT: 'A store procedure refused its arguments.',
  MYSQL_UNAVAILABLE: 'MySQL did not answer (unreachable, timed out or failed); nothing is known.',
  FENCED: 'The save carried an epoch that is no longer current: another session owns the player.',
  VERSION_CONFLICT: 'The save was not the next version of the stored player.',
  INBOX_GONE: 'The save acknowledged an inbox item that is not pending (already applied).',
  PLAYER_EXISTS: 'The player is already stored; a restore from MySQL was not needed.',
  MIGRATION_FAILED: 'A schema migration failed.',
  STATS_REFUSED: 'The stats port answered ERROR: it knows no such command or stats group.',
  CATALOG_INVALID: 'The game catalog file is missing a field or has a bad value.',
  STATE_INVALID: 'A stored game state is not a farm this version can read.',

  // On the wire: the protocol and the session.
  FRAME_TOO_LARGE: 'A frame length above the limit (game.maxFrameBytes); the connection closes.',
  LINE_TOO_LONG: 'A JSON line longer than the limit (game.maxFrameBytes); the connection closes.',
  BAD_MESSAGE: 'The frame or line is not a valid Envelope, or a field is out of range.',
  UNKNOWN_COMMAND: 'The Envelope carries no body, or one a client may not send.',
  NOT_LOGGED_IN: 'The first message must be Login; the connection closes.',
  ALREADY_LOGGED_IN: 'Login was sent twice on one connection.',
  AUTH_FAILED: 'The token is malformed, expired or badly signed; the connection closes.',
  LOGIN_TIMEOUT: 'No Login arrived in time (game.loginTimeoutMs); the connection closes.',
  RATE_LIMITED:
    'Too many messages per second (commands and pings); sustained excess closes the connection.',
  TOO_MANY_PENDING: 'Too many commands waiting on this connection; send fewer at once.',
  TOO_MANY_CONNECTIONS: 'The server or this address has as many connections as allowed.',
  IDLE_TIMEOUT:
    "Nothing from the client (a message; on WebSocket also a ping or a pong) for game.idleTimeoutMs after login, checked every third of it; the server's pushes do not count. The connection closes.",
  SLOW_READER:
    'The client did not read its answers (game.maxOutgoingBytes waited unsent); the connection is dropped without a word.',
  RETRY_LATER: 'The store is unreachable or busy; nothing changed, try again later.',
  SHUTTING_DOWN: 'The worker is stopping; reconnect (ServerShutdown says when).',
  INTERNAL: 'An unexpected server error; nothing was committed.',

  // On the wire: the farm game's rules.
  BAD_PLOT: 'No such plot on this farm.',
  PLOT_BUSY: 'Something grows on that plot already.',
  PLOT_EMPTY: 'Nothing grows on that plot.',
  NOT_READY: 'The crop has not finished growing (server clock).',
  UNKNOWN_ITEM: 'No such crop or item in the catalog.',
  LEVEL_TOO_LOW: 'The crop needs a higher level.',
  NOT_ENOUGH_COINS: 'Not enough coins.',
  BAD_QUANTITY: 'A quantity must be a whole number from 1 to the limit.',
  NOT_ENOUGH_ITEMS: 'Not that many of the item in the inventory.',
  COINS_OVERFLOW: 'The result would exceed the largest amount of coins the game keeps.',
  XP_OVERFLOW: 'The result would exceed the largest xp the game keeps.',
  BAD_PLAYER_ID: 'A player id must be a whole number from 1 to 2^53-1.',
  SELF: 'That command cannot name the player themself.',
  ALREADY_FRIENDS: 'That player is a friend already.',
  NOT_FRIENDS:
    'That player is not a mutual friend (visits, gifts, chat and presence are for friends).',
  TOO_MANY_FRIENDS: 'Friends plus requests sent would pass the limit (catalog maxFriends).',
  ALREADY_REQUESTED: 'A friend request to that player is already waiting.',
  TOO_MANY_REQUESTS: 'Too many friend requests wait for an answer (catalog maxOutgoingRequests).',
  DAILY_REQUEST_LIMIT: 'No more friend requests today (catalog friendRequestsPerDay).',
  NO_REQUEST: 'No friend request from that player is waiting.',
  BLOCKED: 'You blocked that player; unblock them first.',
  ALREADY_BLOCKED: 'That player is blocked already.',
  NOT_BLOCKED: 'That player is not blocked.',
  BLOCK_LIST_FULL: 'The block list is full (catalog maxBlocked).',
  UNKNOWN_PLAYER: 'No such player.',
  TEXT_TOO_LONG: 'The chat text is empty or longer than the catalog allows.',
  NOT_ONLINE: 'The recipient is not online; chat is not kept for later.',
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
      | `STORE_${string}`
      | 'FENCED'
      | 'VERSION_CONFLICT'
      | 'INBOX_GONE'
      | 'PLAYER_EXISTS'
      | 'MYSQL_UNAVAILABLE'
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
    return (
      this.code === 'STORE_TIMEOUT' ||
      this.code === 'STORE_DISCONNECTED' ||
      this.code === 'STORE_NOT_REPLICATED'
    );
  }
}

export class CatalogError extends GameServerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CATALOG_INVALID', message, options);
  }
}

/** A stored farm that does not parse: the worker refuses the login, the drainer buries the entry. */
export class StateError extends GameServerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STATE_INVALID', message, options);
  }
}

export class StatsRefusedError extends GameServerError {
  constructor(message: string) {
    super('STATS_REFUSED', message);
  }
}

export class MigrationError extends GameServerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MIGRATION_FAILED', message, options);
  }
}
