import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors';
import { type Config, isLeaf, type LeafSpec, schema, type SchemaNode } from './schema';

export const CONFIG_ENV = 'GAMESERVER_CONFIG';
const ENV_PREFIX = 'GAMESERVER_';

export interface LoadOptions {
  /** Path of a JSON config file; without it, `GAMESERVER_CONFIG`, then built-in defaults. */
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Relative paths in the config are resolved against this folder. */
  cwd?: string;
}

/** `tarantool.workerPassword` -> `GAMESERVER_TARANTOOL_WORKER_PASSWORD`. */
export function envName(dotted: string): string {
  return (
    ENV_PREFIX +
    dotted
      .split('.')
      .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase())
      .join('_')
  );
}

/** Every leaf of the schema with its dotted key, in schema order. */
export function leaves(node: SchemaNode = schema, prefix = ''): Array<[string, LeafSpec]> {
  const out: Array<[string, LeafSpec]> = [];
  for (const [key, child] of Object.entries(node)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (isLeaf(child)) out.push([dotted, child]);
    else out.push(...leaves(child, dotted));
  }
  return out;
}

function describe(spec: LeafSpec): string {
  switch (spec.kind) {
    case 'int':
      return `an integer from ${spec.min} to ${spec.max}`;
    case 'bool':
      return 'true or false';
    case 'string':
      if (!spec.nullable && spec.oneOf)
        return `one of ${spec.oneOf.map((v) => `"${v}"`).join(', ')}`;
      return spec.nullable ? 'a non-empty string or null' : 'a non-empty string';
  }
}

function check(key: string, spec: LeafSpec, value: unknown): unknown {
  const bad = (): never => {
    throw new ConfigError(key, `expected ${describe(spec)}, got ${JSON.stringify(value)}`);
  };
  switch (spec.kind) {
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad();
      if (value < spec.min || value > spec.max) return bad();
      return value;
    case 'bool':
      return typeof value === 'boolean' ? value : bad();
    case 'string':
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'string' || value.length === 0) return bad();
      if (!spec.nullable && spec.oneOf && !spec.oneOf.includes(value)) return bad();
      return value;
  }
}

/** Environment values are text; turn them into the type the key expects before checking. */
function fromEnv(key: string, spec: LeafSpec, text: string): unknown {
  if (spec.kind === 'int') {
    if (!/^-?\d+$/.test(text.trim())) {
      throw new ConfigError(key, `expected ${describe(spec)} in ${envName(key)}, got "${text}"`);
    }
    return Number(text.trim());
  }
  if (spec.kind === 'bool') {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    throw new ConfigError(key, `expected true or false in ${envName(key)}, got "${text}"`);
  }
  if (spec.nullable && text === '') return null;
  return text;
}

function defaultOf(spec: LeafSpec): unknown {
  return typeof spec.default === 'function' ? spec.default() : spec.default;
}

function walkFile(node: SchemaNode, raw: unknown, prefix: string, out: Map<string, unknown>): void {
  if (raw === undefined) return;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(prefix || '(root)', `expected an object, got ${JSON.stringify(raw)}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    // `description` keys document the example file; they carry no setting.
    if (key === 'description' && typeof value === 'string') continue;
    const spec = node[key];
    if (spec === undefined) {
      throw new ConfigError(dotted, `unknown key (known here: ${Object.keys(node).join(', ')})`);
    }
    if (isLeaf(spec)) {
      const v =
        typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value
          ? (value as { value: unknown }).value
          : value;
      out.set(dotted, check(dotted, spec, v));
    } else {
      walkFile(spec, value, dotted, out);
    }
  }
}

/**
 * Builds the effective configuration: defaults, then the file, then the
 * environment. Throws ConfigError naming the key on anything unknown or bad.
 */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ?? env[CONFIG_ENV];

  const values = new Map<string, unknown>();
  if (file) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError('(file)', `cannot read ${file}: ${(err as Error).message}`);
    }
    walkFile(schema, raw, '', values);
  }

  const all = leaves();
  const known = new Set(all.map(([key]) => envName(key)));
  known.add(CONFIG_ENV);
  for (const name of Object.keys(env)) {
    if (name.startsWith(ENV_PREFIX) && !known.has(name)) {
      throw new ConfigError(name, 'unknown environment variable');
    }
  }
  for (const [key, spec] of all) {
    const text = env[envName(key)];
    if (text !== undefined) values.set(key, check(key, spec, fromEnv(key, spec, text)));
  }

  const root: Record<string, unknown> = {};
  for (const [key, spec] of all) {
    let value = values.has(key) ? values.get(key) : defaultOf(spec);
    if (spec.kind === 'string' && spec.path && typeof value === 'string') {
      value = path.resolve(cwd, value);
    }
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  const config = deepFreeze(root) as unknown as Config;
  if (config.mode === 'production') {
    const dev = developmentSecretsInUse(config);
    if (dev.length > 0) {
      throw new ConfigError(
        dev[0] as string,
        `still has its development default in production mode; set ${dev.map(envName).join(', ')} (or the keys in the config file)`,
      );
    }
  }
  return config;
}

function deepFreeze<T extends object>(obj: T): T {
  for (const value of Object.values(obj)) {
    if (typeof value === 'object' && value !== null) deepFreeze(value);
  }
  return Object.freeze(obj);
}

/** The keys whose development default is still in use (production refuses to start then). */
export function developmentSecretsInUse(config: Config): string[] {
  const out: string[] = [];
  for (const [key, spec] of leaves()) {
    if (spec.kind !== 'string' || spec.nullable || !spec.secret) continue;
    if (getKey(config, key) === spec.default) out.push(key);
  }
  return out;
}

export function getKey(config: Config, dotted: string): unknown {
  let node: unknown = config;
  for (const part of dotted.split('.')) node = (node as Record<string, unknown>)[part];
  return node;
}

/** The effective configuration with secrets masked, for `stats settings` and logs. */
export function maskedSettings(config: Config): Array<[string, string]> {
  return leaves().map(([key, spec]) => {
    const value = getKey(config, key);
    const masked = spec.kind === 'string' && spec.secret === true && value !== null;
    return [key, masked ? '********' : String(value)];
  });
}

/**
 * The example config file: every key with its default and a description, in
 * the `{ "value": ..., "description": ... }` form the loader accepts.
 */
export function exampleConfig(): string {
  const out: Record<string, unknown> = {
    description:
      'Example gameserver configuration: every key with its built-in default. Generated from src/config/schema.ts (npm run config:example).',
  };
  for (const [key, spec] of leaves()) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    const def = key === 'workers' ? 2 : spec.default;
    const description =
      key === 'workers' ? `${spec.description} Shown here as 2.` : spec.description;
    node[parts[parts.length - 1] as string] = {
      value: def,
      description: `${description} Environment: ${envName(key)}.`,
    };
  }
  return JSON.stringify(out, null, 2) + '\n';
}
