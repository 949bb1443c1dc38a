import path from 'node:path';
import { mintToken } from '../../src/auth/token';
import { GameClient, type Reply } from '../../src/client/client';
import { REPO_ROOT } from '../../src/devstack/paths';
import { freePort, probeTcp, spawnServer, stopPid, waitReady } from '../../src/devstack/process';
import { TEST_CREDENTIALS, tempDir } from './servers';

/** Worker processes for tests: `gameserver worker` with its config in the environment. */

export const TEST_TOKEN_SECRET = 'test-token-secret';
export const FAST_CATALOG = path.join(REPO_ROOT, 'test', 'fixtures', 'catalog-fast.json');

export interface TestWorker {
  pid: number;
  port: number;
  logFile: string;
  stop(): Promise<void>;
  signal(sig: NodeJS.Signals): void;
}

const running = new Set<TestWorker>();

export async function startWorkerProcess(
  backends: { tarantoolPort: number; mysqlPort: number },
  env: Record<string, string> = {},
): Promise<TestWorker> {
  const dir = tempDir('worker');
  const port = await freePort();
  const logFile = path.join(dir, 'worker.log');
  const spawned = spawnServer(
    process.execPath,
    [path.join(REPO_ROOT, 'bin', 'gameserver'), 'worker'],
    {
      logFile,
      env: {
        PATH: process.env.PATH,
        GAMESERVER_GAME_HOST: '127.0.0.1',
        GAMESERVER_GAME_PORT: String(port),
        GAMESERVER_WEB_ENABLED: 'false',
        GAMESERVER_TARANTOOL_PORT: String(backends.tarantoolPort),
        GAMESERVER_TARANTOOL_WORKER_PASSWORD: TEST_CREDENTIALS.worker.password,
        GAMESERVER_MYSQL_PORT: String(backends.mysqlPort),
        GAMESERVER_MYSQL_PASSWORD: TEST_CREDENTIALS.mysql.password,
        GAMESERVER_AUTH_TOKEN_SECRET: TEST_TOKEN_SECRET,
        GAMESERVER_GAME_CATALOG_FILE: FAST_CATALOG,
        GAMESERVER_GAME_MAILBOX_WAIT_SECONDS: '2',
        GAMESERVER_LOG_LEVEL: 'info',
        ...env,
      },
    },
  );
  await waitReady(`worker on ${port}`, spawned, logFile, () => probeTcp('127.0.0.1', port), 20000);
  const w: TestWorker = {
    pid: spawned.pid,
    port,
    logFile,
    stop: async () => {
      running.delete(w);
      await stopPid(spawned.pid, 10000);
    },
    signal: (sig) => process.kill(spawned.pid, sig),
  };
  running.add(w);
  return w;
}

export async function stopAllWorkers(): Promise<void> {
  await Promise.all([...running].map((w) => w.stop()));
}

process.on('exit', () => {
  for (const w of running) {
    try {
      process.kill(w.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

export { befriend } from '../../src/client/client';

export function token(playerId: number, ttlSeconds = 3600): string {
  return mintToken(TEST_TOKEN_SECRET, playerId, Math.floor(Date.now() / 1000) + ttlSeconds);
}

/** Connects and logs in; fails the test on a refused login. */
export async function player(
  worker: { port: number },
  playerId: number,
  mode: 'binary' | 'json' = 'binary',
): Promise<{ client: GameClient; login: Reply }> {
  const client = await GameClient.connect({ host: '127.0.0.1', port: worker.port, mode });
  const login = await client.login(token(playerId));
  if (login.body !== 'loginOk') {
    client.close();
    throw new Error(`login of ${playerId} refused: ${login.error?.code} ${login.error?.message}`);
  }
  return { client, login };
}
