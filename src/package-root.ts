import fs from 'node:fs';
import path from 'node:path';

/**
 * The package's root folder (the one with package.json), found by walking up
 * from this module's folder. The compiled modules sit at different depths of
 * dist/src, and in the bundle every module's __dirname is the bundle's own
 * (dist/src/cli), so a path counted in '..' from one file is wrong from the
 * other; this is the same from both. The repository and the Debian package
 * (/usr/share/gameserver) keep package.json, catalog/, sql/, lua/ and dist/
 * side by side.
 */
export function findPackageRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);
