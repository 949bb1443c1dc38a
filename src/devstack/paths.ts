import path from 'node:path';

/** The repository root, from the compiled file's place in dist/src/<dir>/. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const LUA_INIT = path.join(REPO_ROOT, 'lua', 'init.lua');
