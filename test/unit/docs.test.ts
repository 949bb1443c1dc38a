import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { envName, leaves } from '../../src/config/load';
import { REPO_ROOT } from '../../src/devstack/paths';
import { errorCodes } from '../../src/errors';

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** Rows of the README table whose header starts with `| first |`. */
function tableRows(first: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `README has a table headed "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim().replace(/^`|`$/g, '')),
    );
  }
  return rows;
}

describe('docs match the code', () => {
  it('every error code is documented once in the README, and nothing else is', () => {
    const documented = tableRows('code').map((r) => r[0]);
    assert.equal(new Set(documented).size, documented.length, 'no code twice');
    assert.deepEqual([...documented].sort(), Object.keys(errorCodes).sort());
  });

  it('every config key is in the README with its environment variable', () => {
    const rows = tableRows('key');
    const byKey = new Map(rows.map((r) => [r[0], r]));
    for (const [key] of leaves()) {
      const row = byKey.get(key);
      assert.ok(row, `README documents ${key}`);
      assert.equal(row[2], envName(key));
    }
    assert.equal(rows.length, leaves().length, 'no stale keys in the README');
  });
});
