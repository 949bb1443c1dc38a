import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../devstack/paths';

/**
 * Every benchmark writes what it printed to bench/results/<kind>-<time>.json,
 * one file per run (runs on the same day never overwrite each other), so
 * that a figure quoted in BENCHMARKS.md names the file it came from.
 */

export interface ResultRow {
  scenario: string;
  figure: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
}

/** Writes the run's rows; returns the file's path relative to the repository. */
export function saveResults(kind: string, rows: ResultRow[], extra: object = {}): string {
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const at = new Date();
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${kind}-${stamp}.json`);
  const body = { kind, date: at.toISOString(), cpus: os.cpus().length, node: process.version };
  fs.writeFileSync(file, `${JSON.stringify({ ...body, ...extra, rows }, null, 2)}\n`);
  return path.relative(REPO_ROOT, file);
}
