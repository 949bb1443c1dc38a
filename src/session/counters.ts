/** What a worker counts for the master's `stats`. */
export interface WorkerCounters {
  connections: number;
  /** Of `connections`, those over WebSocket. */
  wsConnections: number;
  totalConnections: number;
  refusedConnections: number;
  bytesIn: number;
  bytesOut: number;
  commands: Record<string, number>;
  errors: Record<string, number>;
  logins: number;
  kicks: number;
  /** Saves committed in Tarantool (every acknowledged change is one). */
  commits: number;
}

export function newCounters(): WorkerCounters {
  return {
    connections: 0,
    wsConnections: 0,
    totalConnections: 0,
    refusedConnections: 0,
    bytesIn: 0,
    bytesOut: 0,
    commands: {},
    errors: {},
    logins: 0,
    kicks: 0,
    commits: 0,
  };
}

export function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}
