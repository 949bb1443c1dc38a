import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root';

/** The repository root (where package.json is). */
export const REPO_ROOT = PACKAGE_ROOT;
export const LUA_INIT = path.join(REPO_ROOT, 'lua', 'init.lua');
