import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Every folder tempDir made in this run. */
const made = new Set<string>();

/** A new folder under the system's temporary folder; removed at the end of the run (hooks.ts). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gs-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Removes every folder tempDir made, whatever a test did with it. */
export function removeTempDirs(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
