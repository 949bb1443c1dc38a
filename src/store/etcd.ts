/**
 * The few etcd v3 calls the store controller needs, over etcd's JSON
 * gateway (POST /v3/...; keys and values base64): leases, a
 * create-if-absent transaction, reads, puts and deletes. No dependency:
 * Node's fetch, a timeout on every call, and the next endpoint on failure.
 */

export interface EtcdOptions {
  /** http://host:port of every member; a failed call tries the next one. */
  endpoints: string[];
  /** Timeout of one HTTP call, in ms. */
  timeoutMs: number;
}

export class EtcdError extends Error {}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string | undefined) => Buffer.from(text ?? '', 'base64').toString('utf8');

interface KeyValue {
  key: string;
  value?: string;
  lease?: string;
  mod_revision?: string;
}

export class Etcd {
  private next = 0;

  constructor(private readonly options: EtcdOptions) {
    if (options.endpoints.length === 0) throw new EtcdError('no etcd endpoint');
  }

  /** One call; every endpoint is tried once (starting with the last that answered). */
  private async call(path: string, body: unknown): Promise<Record<string, unknown>> {
    const { endpoints, timeoutMs } = this.options;
    let last: unknown;
    for (let i = 0; i < endpoints.length; i++) {
      const at = (this.next + i) % endpoints.length;
      try {
        const res = await fetch(`${endpoints[at]}${path}`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        const json = (await res.json()) as Record<string, unknown>;
        if (!res.ok) throw new EtcdError(`${path}: ${res.status} ${JSON.stringify(json)}`);
        this.next = at;
        return json;
      } catch (err) {
        last = err;
      }
    }
    throw new EtcdError(`etcd unreachable (${path}): ${(last as Error)?.message ?? last}`);
  }

  /** A new lease of `ttlSeconds`; its id. */
  async grant(ttlSeconds: number): Promise<string> {
    const r = await this.call('/v3/lease/grant', { TTL: ttlSeconds });
    if (typeof r.ID !== 'string') throw new EtcdError(`lease grant: ${JSON.stringify(r)}`);
    return r.ID;
  }

  /** Renews a lease; false when it has expired (etcd answers without a TTL). */
  async keepAlive(lease: string): Promise<boolean> {
    const r = await this.call('/v3/lease/keepalive', { ID: lease });
    const result = r.result as { TTL?: string } | undefined;
    return Number(result?.TTL ?? 0) > 0;
  }

  async revoke(lease: string): Promise<void> {
    await this.call('/v3/lease/revoke', { ID: lease });
  }

  /** Creates `key` (attached to `lease`) only if it does not exist; true when created. */
  async createIfAbsent(key: string, value: string, lease: string): Promise<boolean> {
    const r = await this.call('/v3/kv/txn', {
      compare: [{ key: b64(key), target: 'CREATE', create_revision: '0' }],
      success: [{ request_put: { key: b64(key), value: b64(value), lease } }],
    });
    return r.succeeded === true;
  }

  /** Deletes `key` only if it still holds `value` (so we never delete another's key). */
  async deleteIf(key: string, value: string): Promise<boolean> {
    const r = await this.call('/v3/kv/txn', {
      compare: [{ key: b64(key), target: 'VALUE', value: b64(value) }],
      success: [{ request_delete_range: { key: b64(key) } }],
    });
    return r.succeeded === true;
  }

  async get(key: string): Promise<string | null> {
    const r = await this.call('/v3/kv/range', { key: b64(key) });
    const kvs = (r.kvs as KeyValue[] | undefined) ?? [];
    return kvs[0] ? unb64(kvs[0].value) : null;
  }

  /** Every key under `prefix`, with its value. */
  async getPrefix(prefix: string): Promise<Map<string, string>> {
    const end = Buffer.from(prefix, 'utf8');
    end[end.length - 1] = (end[end.length - 1] ?? 0) + 1;
    const r = await this.call('/v3/kv/range', {
      key: b64(prefix),
      range_end: end.toString('base64'),
    });
    const out = new Map<string, string>();
    for (const kv of (r.kvs as KeyValue[] | undefined) ?? [])
      out.set(unb64(kv.key), unb64(kv.value));
    return out;
  }

  async put(key: string, value: string, lease?: string): Promise<void> {
    await this.call('/v3/kv/put', {
      key: b64(key),
      value: b64(value),
      ...(lease ? { lease } : {}),
    });
  }

  async delete(key: string): Promise<void> {
    await this.call('/v3/kv/deleterange', { key: b64(key) });
  }
}
