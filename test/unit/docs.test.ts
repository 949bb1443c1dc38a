import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { envName, leaves } from '../../src/config/load';
import { REPO_ROOT } from '../../src/devstack/paths';
import { errorCodes } from '../../src/errors';

/** The docs keep step with the code: the tables are checked row by row. */

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** Rows of the markdown table in `file` whose header starts with `| first |`; cells as written. */
function tableRows(file: string, first: string): string[][] {
  const lines = read(file).split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `${file} has a table headed "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
  }
  return rows;
}

/** A cell written as `code`. */
const code = (cell: string | undefined) => (cell ?? '').replace(/^`|`$/g, '');

describe('docs match the code', () => {
  it('every error code is documented once in docs/protocol.md, with its meaning, and nothing else is', () => {
    const rows = tableRows('docs/protocol.md', 'code');
    const documented = rows.map((r) => code(r[0]));
    assert.equal(new Set(documented).size, documented.length, 'no code twice');
    assert.deepEqual([...documented].sort(), Object.keys(errorCodes).sort());
    for (const [cell, meaning] of rows)
      assert.equal(meaning, errorCodes[code(cell) as keyof typeof errorCodes], cell);
  });

  it('every config key is in docs/operations.md with its default, environment variable and meaning', () => {
    const rows = tableRows('docs/operations.md', 'key');
    const byKey = new Map(rows.map((r) => [code(r[0]), r]));
    for (const [key, spec] of leaves()) {
      const row = byKey.get(key);
      assert.ok(row, `docs/operations.md documents ${key}`);
      assert.equal(code(row[2]), envName(key), key);
      assert.equal(row[3], spec.description, key);
      // A computed default (the number of CPUs) is described in words.
      if (typeof spec.default !== 'function')
        assert.equal(row[1], JSON.stringify(spec.default), key);
    }
    assert.equal(rows.length, leaves().length, 'no stale keys in the docs');
  });

  it('the README is a newcomer page: at most 16 KiB, the two commands, and links that resolve', () => {
    const readme = read('README.md');
    assert.ok(Buffer.byteLength(readme) <= 16 * 1024, `${Buffer.byteLength(readme)} bytes`);
    assert.match(readme, /\.\/scripts\/serve/);
    assert.match(readme, /\.\/scripts\/test/);
    for (const file of [
      'README.md',
      ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).map((f) => `docs/${f}`),
    ]) {
      const text = read(file);
      assert.doesNotMatch(text, /\.\.\/shared/, `${file} points outside the repository`);
      for (const [, link] of text.matchAll(/\]\(([^)#:]+\.md)\)/g)) {
        const target = path.join(REPO_ROOT, path.dirname(file), link!);
        assert.ok(fs.existsSync(target), `${file} links to ${link}, which does not exist`);
      }
    }
  });
});
