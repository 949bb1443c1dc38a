import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPackageRoot, PACKAGE_ROOT } from '../../src/package-root';

describe('the package root (found the same from any module and from the bundle)', () => {
  it('is the nearest folder above with a package.json', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-root-'));
    try {
      fs.writeFileSync(path.join(root, 'package.json'), '{}');
      const deep = path.join(root, 'dist', 'src', 'store', 'mysql');
      fs.mkdirSync(deep, { recursive: true });
      assert.equal(findPackageRoot(deep), root);
      assert.equal(findPackageRoot(path.join(root, 'dist', 'src', 'cli')), root);
      assert.equal(findPackageRoot(root), root);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('is the repository here: it holds the catalog, the migrations and the built web client', () => {
    for (const p of ['catalog/catalog.json', 'sql/migrations', 'dist/web/app.js'])
      assert.ok(fs.existsSync(path.join(PACKAGE_ROOT, p)), p);
  });

  it('says so when there is none', () => {
    assert.throws(() => findPackageRoot('/proc/self'), /no package\.json above \/proc\/self/);
  });
});
