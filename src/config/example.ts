import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../devstack/paths';
import { exampleConfig } from './load';

// Writes config/gameserver.example.json from the schema (npm run config:example).
fs.writeFileSync(path.join(REPO_ROOT, 'config', 'gameserver.example.json'), exampleConfig());
