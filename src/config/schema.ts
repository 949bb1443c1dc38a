import os from 'node:os';

/**
 * The configuration schema: one table that drives validation, environment
 * overrides, `stats settings` masking and the generated example file
 * (config/gameserver.example.json), so none of them can drift apart.
 */

export type LeafSpec =
  | {
      kind: 'int';
      min: number;
      max: number;
      default: number | (() => number);
      description: string;
    }
  | {
      kind: 'string';
      default: string;
      description: string;
      secret?: boolean;
      /** Relative paths are resolved against the working directory at load time. */
      path?: boolean;
      oneOf?: readonly string[];
      nullable?: false;
    }
  | {
      kind: 'string';
      default: string | null;
      description: string;
      path?: boolean;
      secret?: boolean;
      nullable: true;
    }
  | { kind: 'bool'; default: boolean; description: string };

export type SchemaNode = { [key: string]: LeafSpec | SchemaNode };

export function isLeaf(node: LeafSpec | SchemaNode): node is LeafSpec {
  return typeof (node as LeafSpec).kind === 'string' && 'description' in node;
}

const port = (def: number, description: string) => ({
  kind: 'int' as const,
  min: 1,
  max: 65535,
  default: def,
  description,
});

/** The master's monitoring ports hold this many sockets at once; more are closed at accept. */
const monitorConnections = (which: string) => ({
  kind: 'int' as const,
  min: 1,
  max: 10000,
  default: 64,
  description: `Sockets the ${which} holds open at once; one more is closed at its accept (counted in monitor_rejected_connections).`,
});

const ms = (def: number, min: number, max: number, description: string) => ({
  kind: 'int' as const,
  min,
  max,
  default: def,
  description,
});

export const schema = {
  mode: {
    kind: 'string',
    default: 'development',
    oneOf: ['development', 'production'],
    description:
      'development allows the marked development defaults for secrets; production refuses to start while a secret still has its development default.',
  },
  workers: {
    kind: 'int',
    min: 1,
    max: 256,
    default: () => Math.max(1, os.availableParallelism()),
    description: 'Number of worker processes (default: the number of CPUs).',
  },
  drainers: {
    kind: 'int',
    min: 0,
    max: 16,
    default: 1,
    description:
      'Drainer processes the master runs (0: run none, e.g. when drainers run on another host).',
  },
  master: {
    pidFile: {
      kind: 'string',
      default: 'var/run/gameserver.pid',
      path: true,
      description: 'The master daemon pidfile.',
    },
    startTimeoutMs: ms(30000, 1000, 600000, '`start` waits this long for the workers to listen.'),
    stopDeadlineMs: ms(
      15000,
      100,
      600000,
      'On TERM: children still running after this are killed.',
    ),
    maxRestarts: {
      kind: 'int',
      min: 0,
      max: 1000,
      default: 5,
      description:
        'Restarts in a row (each before the child stayed up stableMs) after which a child is marked failed.',
    },
    restartBackoffMs: ms(
      200,
      1,
      600000,
      'First delay before restarting a crashed child; doubles each time.',
    ),
    restartBackoffMaxMs: ms(30000, 1, 3600000, 'Longest delay before restarting a crashed child.'),
    lastWorkerBackoffMaxMs: ms(
      1000,
      1,
      60000,
      'Longest delay before restarting a crashed worker when no other worker serves (the game port is closed meanwhile); such a worker is never marked failed.',
    ),
    stableMs: ms(
      10000,
      1,
      3600000,
      'A child up this long is stable: its restart count starts again.',
    ),
  },
  game: {
    host: { kind: 'string', default: '0.0.0.0', description: 'Address the game port binds to.' },
    port: port(7777, 'TCP port players connect to (protobuf frames or JSON lines).'),
    maxFrameBytes: {
      kind: 'int',
      min: 64,
      max: 16 * 1024 * 1024,
      default: 65536,
      description:
        'Largest frame (or JSON line) a client may send; a larger length closes the connection.',
    },
    listenBacklog: {
      kind: 'int',
      min: 1,
      max: 65535,
      default: 4096,
      description:
        "Queue of connections the kernel has accepted on the game and web ports and the server not yet (capped by the kernel's net.core.somaxconn); a client past it waits about a second to try again.",
    },
    loginTimeoutMs: ms(
      10000,
      100,
      600000,
      'A connection that has not logged in by then is closed (on the web port, also a socket not upgraded to a WebSocket by then).',
    ),
    idleTimeoutMs: ms(
      60000,
      1000,
      3600000,
      'A connection whose client has sent nothing for this long is closed and its player released (checked every third of it; pushes from the server do not count).',
    ),
    rateLimitPerSecond: {
      kind: 'int',
      min: 1,
      max: 100000,
      default: 50,
      description:
        'Messages per second a connection may send on average (token bucket): commands, game pings, WebSocket pings and pongs, HTTP requests on the web port.',
    },
    rateLimitBurst: {
      kind: 'int',
      min: 1,
      max: 100000,
      default: 100,
      description: 'Messages a connection may send at once above the average (bucket size).',
    },
    rateLimitMaxRefusals: {
      kind: 'int',
      min: 1,
      max: 1000000,
      default: 100,
      description:
        'Messages refused by the rate limit (RATE_LIMITED) within 10 s after which the connection is closed.',
    },
    maxPendingCommands: {
      kind: 'int',
      min: 1,
      max: 10000,
      default: 32,
      description: 'Commands one connection may have waiting; more get TOO_MANY_PENDING.',
    },
    maxOutgoingBytes: {
      kind: 'int',
      min: 1024,
      max: 1024 * 1024 * 1024,
      default: 1048576,
      description: 'Bytes queued for a client that does not read; past this it is dropped.',
    },
    maxConnections: {
      kind: 'int',
      min: 1,
      max: 10000000,
      default: 50000,
      description:
        'Connections one worker accepts in total (game and web port together, every socket from its accept).',
    },
    maxConnectionsPerIp: {
      kind: 'int',
      min: 1,
      max: 10000000,
      default: 2000,
      description: 'Connections one worker accepts from one address (game and web port together).',
    },
    shutdownGraceMs: ms(
      5000,
      0,
      600000,
      'On stop: time to finish commands in flight before closing.',
    ),
    reconnectAfterMs: ms(1000, 0, 600000, 'Sent in ServerShutdown: when clients should reconnect.'),
    mailboxWaitSeconds: {
      kind: 'int',
      min: 1,
      max: 30,
      default: 5,
      description: 'Longest wait of one mailbox long-poll (kicks, chat, inbox notices).',
    },
    catalogFile: {
      kind: 'string',
      default: null,
      nullable: true,
      path: true,
      description: 'The game catalog (JSON); null uses catalog/catalog.json from the repository.',
    },
  },
  auth: {
    tokenSecret: {
      kind: 'string',
      default: 'dev-only-token-secret',
      secret: true,
      description: 'HMAC-SHA256 secret of login tokens. DEVELOPMENT DEFAULT: set it in production.',
    },
    tokenTtlSeconds: {
      kind: 'int',
      min: 1,
      max: 365 * 86400,
      default: 86400,
      description: 'Lifetime of the tokens `gameserver token` mints.',
    },
  },
  stats: {
    host: {
      kind: 'string',
      default: '127.0.0.1',
      description: 'Address of the memcached-protocol stats port (keep it on loopback).',
    },
    port: port(11311, 'TCP port answering `stats` in the memcached text protocol.'),
    maxConnections: monitorConnections('stats port'),
  },
  web: {
    enabled: {
      kind: 'bool',
      default: true,
      description: 'Serve the web client and WebSocket connections on the web port.',
    },
    host: {
      kind: 'string',
      default: '0.0.0.0',
      description: 'Address the web port binds to.',
    },
    port: port(8080, 'Web port of every worker: GET / is the web client, /ws the WebSocket.'),
    allowedOrigins: {
      kind: 'string',
      default: null,
      nullable: true,
      description:
        "Comma-separated Origins whose pages may open a WebSocket, besides the page's own; in development, localhost and 127.0.0.1 too. Others get 403.",
    },
  },
  admin: {
    host: {
      kind: 'string',
      default: '127.0.0.1',
      description: "Address of the master's HTTP port for load balancers (/healthz, /readyz).",
    },
    port: port(11312, 'HTTP port of the master: GET /healthz and /readyz.'),
    maxConnections: monitorConnections('admin port'),
  },
  tarantool: {
    host: { kind: 'string', default: '127.0.0.1', description: 'Tarantool host.' },
    port: port(3301, 'Tarantool iproto port.'),
    hosts: {
      kind: 'string',
      default: null,
      nullable: true,
      description:
        'A replica set: comma-separated host:port of every instance (replaces host and port); clients follow the writable one.',
    },
    workerUser: {
      kind: 'string',
      default: 'gs_worker',
      description: 'Tarantool user the workers log in as (may call only the game procedures).',
    },
    workerPassword: {
      kind: 'string',
      default: 'dev-only-worker-password',
      secret: true,
      description: 'Password of the worker user. DEVELOPMENT DEFAULT: set it in production.',
    },
    drainerUser: {
      kind: 'string',
      default: 'gs_drainer',
      description: 'Tarantool user the drainer logs in as (may call only the queue procedures).',
    },
    drainerPassword: {
      kind: 'string',
      default: 'dev-only-drainer-password',
      secret: true,
      description: 'Password of the drainer user. DEVELOPMENT DEFAULT: set it in production.',
    },
    masterUser: {
      kind: 'string',
      default: 'gs_master',
      description:
        "Tarantool user the master logs in as (may only free a dead worker's players and read stats).",
    },
    masterPassword: {
      kind: 'string',
      default: 'dev-only-master-password',
      secret: true,
      description: 'Password of the master user. DEVELOPMENT DEFAULT: set it in production.',
    },
    controllerUser: {
      kind: 'string',
      default: 'gs_controller',
      description:
        'Tarantool user of `gameserver failover` (may only read and change which instance is writable).',
    },
    controllerPassword: {
      kind: 'string',
      default: null,
      nullable: true,
      secret: true,
      description: 'Password of the controller user (null: no failover from this config).',
    },
    replicatorUser: {
      kind: 'string',
      default: 'gs_replicator',
      description:
        'Tarantool user a replica replicates as (the store controller starts replicas with it).',
    },
    replicatorPassword: {
      kind: 'string',
      default: null,
      nullable: true,
      secret: true,
      description: 'Password of the replicator user (null: no store controller from this config).',
    },
    consoleSocket: {
      kind: 'string',
      default: 'var/tarantool/console.sock',
      path: true,
      description: 'Unix socket of the Tarantool admin console (mode 0600).',
    },
    memtxMemoryMb: {
      kind: 'int',
      min: 32,
      max: 1024 * 1024,
      default: 256,
      description: 'memtx_memory of the Tarantool started by scripts/stack, in MiB.',
    },
    callTimeoutMs: ms(2000, 10, 600000, 'Timeout of every call to Tarantool, in ms.'),
    connectTimeoutMs: ms(
      2000,
      10,
      600000,
      'Timeout of one connection attempt to Tarantool, in ms.',
    ),
    maxInFlight: {
      kind: 'int',
      min: 1,
      max: 1000000,
      default: 10000,
      description: 'Calls waiting for Tarantool at once; more are refused at once (backpressure).',
    },
    saveBatchesInFlight: {
      kind: 'int',
      min: 1,
      max: 1000,
      default: 2,
      description:
        "A worker's gs.save_batch calls awaiting their answer at once; saves made meanwhile leave together in the next.",
    },
    saveLingerMs: ms(
      0,
      0,
      1000,
      "How long a worker's first save of a batch waits for others to join its gs.save_batch call (0: the end of the current event-loop turn). Fuller calls cost Tarantool less a save (2 ms: about 4-8 us a command less under full load) but each save waits longer, and the latency tail grows (docs/tarantool.md).",
    ),
  },
  mysql: {
    host: { kind: 'string', default: '127.0.0.1', description: 'MySQL/MariaDB host.' },
    port: port(3307, 'MySQL/MariaDB port (3307, so that a system MySQL on 3306 can stay).'),
    user: { kind: 'string', default: 'gameserver', description: 'MySQL user.' },
    password: {
      kind: 'string',
      default: 'dev-only-mysql-password',
      secret: true,
      description: 'MySQL password. DEVELOPMENT DEFAULT: set it in production.',
    },
    database: { kind: 'string', default: 'gameserver', description: 'MySQL database name.' },
    poolSize: {
      kind: 'int',
      min: 1,
      max: 1000,
      default: 4,
      description: 'Connections in each process’s MySQL pool.',
    },
    queryTimeoutMs: ms(5000, 10, 600000, 'Timeout of every MySQL query, in ms.'),
    connectTimeoutMs: ms(3000, 10, 600000, 'Timeout of one MySQL connection attempt, in ms.'),
  },
  drainer: {
    batchSize: {
      kind: 'int',
      min: 1,
      max: 10000,
      default: 500,
      description: 'Most queue entries one MySQL transaction writes.',
    },
    leaseSeconds: {
      kind: 'int',
      min: 1,
      max: 3600,
      default: 30,
      description: 'How long a taken batch stays leased before it returns to the queue.',
    },
    waitMs: ms(
      1000,
      0,
      30000,
      'How long one take waits for work when the queue is empty (a lone change is written as soon as it is queued).',
    ),
    minAgeMs: ms(
      2500,
      0,
      60000,
      'Write-behind delay: take entries queued at least this long, so repeated saves of a player coalesce into one MySQL write (2.5 s: at most one write per 25 saves of a player saving 10 times a second); MySQL lags Tarantool by about this much.',
    ),
    fillMs: ms(
      100,
      0,
      10000,
      'After a batch short of batchSize, wait this long before the next take, so batches fill under load: fewer, larger MySQL transactions (MySQL lags by up to this much more; 0: no wait).',
    ),
    concurrency: {
      kind: 'int',
      min: 1,
      max: 16,
      default: 3,
      description:
        'Take/write/ack lanes in one drainer (they overlap Tarantool and MySQL round trips).',
    },
    backoffMaxMs: ms(
      5000,
      10,
      600000,
      'Longest pause between retries while MySQL or Tarantool is down.',
    ),
    stopDeadlineMs: ms(
      10000,
      100,
      600000,
      'On stop: longest wait for the batch in hand to commit.',
    ),
    logIntervalMs: ms(
      10000,
      0,
      3600000,
      'How often the drainer logs its counters and the queue lag (0: never).',
    ),
  },
  controller: {
    etcdEndpoints: {
      kind: 'string',
      default: null,
      nullable: true,
      description:
        'The store controller: comma-separated http://host:port of every etcd member (null: no controller).',
    },
    instance: {
      kind: 'string',
      default: null,
      nullable: true,
      description:
        "host:port of this controller's Tarantool: where it listens and the name others reach it by.",
    },
    prefix: {
      kind: 'string',
      default: '/gameserver/store',
      description: 'etcd key prefix of this replica set (leader, primary, sync, member/NAME).',
    },
    leaseTtlSeconds: {
      kind: 'int',
      min: 1,
      max: 60,
      default: 4,
      description:
        'etcd lease TTL: the master fences itself after half of it without renewal; the replica takes over once it expires.',
    },
    degradeAfterMs: ms(
      3000,
      100,
      600000,
      'How long the replica may be gone before the master lowers the quorum to 1 (degraded mode); writes stall at most this long.',
    ),
    syncTimeoutSeconds: {
      kind: 'int',
      min: 1,
      max: 600,
      default: 5,
      description:
        "How long a change waits for the replica's confirmation at most; then it is answered STORE_NOT_REPLICATED (outcome unknown).",
    },
    intervalMs: ms(200, 20, 10000, 'How often the controller renews its lease and decides.'),
    bootstrap: {
      kind: 'bool',
      default: false,
      description:
        'This instance may create the replica set when etcd knows none (set it on one host only).',
    },
    workDir: {
      kind: 'string',
      default: 'var/tarantool',
      path: true,
      description:
        "Work folder of the controller's Tarantool; a returning old master's is moved to WORKDIR.wiped.",
    },
  },
  log: {
    file: {
      kind: 'string',
      default: null,
      nullable: true,
      path: true,
      description: 'Log file (pino JSON lines); null logs to stdout.',
    },
    level: {
      kind: 'string',
      default: 'info',
      oneOf: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      description: 'Lowest level written to the log.',
    },
  },
  dataDir: {
    kind: 'string',
    default: 'var',
    path: true,
    description: 'Folder for the private Tarantool and MariaDB of scripts/stack.',
  },
} as const satisfies SchemaNode;

/** The typed configuration, derived from the schema so it is never written twice. */
type ValueOf<S> = S extends { kind: 'int' }
  ? number
  : S extends { kind: 'bool' }
    ? boolean
    : S extends { kind: 'string'; nullable: true }
      ? string | null
      : S extends { kind: 'string' }
        ? string
        : { readonly [K in keyof S]: ValueOf<S[K]> };

export type Config = ValueOf<typeof schema>;
