import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { PACKAGE_ROOT } from '../../src/package-root';

/**
 * tarantool-driver 3.1.0's lib/const.js assigns a variable it never declares
 * (`for (t in IteratorsType)`): a global `t` in sloppy mode, a ReferenceError
 * in strict mode, the mode of the bundle esbuild makes. So the bundle leaves
 * the driver in node_modules (`--external:tarantool-driver`,
 * docs/operations.md, "The bundle"). Once a driver release declares it, the
 * first test fails and the driver can go into the bundle.
 */
describe('tarantool-driver stays outside the bundle', () => {
  const file = path.join(PACKAGE_ROOT, 'node_modules', 'tarantool-driver', 'lib', 'const.js');

  it('its lib/const.js throws in strict mode: it assigns an undeclared variable', () => {
    const strict = vm.compileFunction(
      `"use strict";${fs.readFileSync(file, 'utf8')}`,
      ['exports', 'require', 'module', '__filename', '__dirname'],
      // A context of its own: in this process the driver may already have
      // made its global `t`, and assigning an existing global is allowed.
      { filename: file, parsingContext: vm.createContext({}) },
    );
    const m = { exports: {} };
    assert.throws(
      () => strict(m.exports, createRequire(file), m, file, path.dirname(file)),
      (err: Error) => err.name === 'ReferenceError' && /\bt is not defined/.test(err.message),
    );
  });

  it('the bundle requires it from node_modules and holds none of its code', () => {
    const bundle = fs.readFileSync(path.join(PACKAGE_ROOT, 'dist/src/cli/gameserver.js'), 'utf8');
    assert.match(bundle, /require\("tarantool-driver"\)/);
    assert.doesNotMatch(bundle, /IteratorsType/);
  });
});
