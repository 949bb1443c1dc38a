import type { WorkerStats } from '../worker/worker';

/** Messages between the master and its children (Node's IPC channel). */

export type ChildRole = 'worker' | 'drainer';

/** Set in a child's environment: what to run. Not a GAMESERVER_ variable (those are config). */
export const ROLE_ENV = 'GS_ROLE';

/** A child that exits with this code is not restarted: its configuration is wrong. */
export const EXIT_FATAL = 78;

export interface DrainerStats {
  batches: number;
  players: number;
  events: number;
  retries: number;
  buried: number;
  lastError: string;
  secondsSinceSuccess: number;
  queue: Record<string, unknown> | null;
}

export type ChildMessage =
  | { type: 'ready'; role: ChildRole; id: string }
  | { type: 'stats'; role: 'worker'; stats: WorkerStats; memory: NodeJS.MemoryUsage }
  | { type: 'stats'; role: 'drainer'; stats: DrainerStats; memory: NodeJS.MemoryUsage }
  | { type: 'fatal'; message: string };

export type MasterMessage = { type: 'stop' } | { type: 'reopen' } | { type: 'reload-catalog' };

export function isChildMessage(m: unknown): m is ChildMessage {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}
