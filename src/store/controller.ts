import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema';
import { isAlive, stopPid } from '../devstack/process';
import { livePid } from '../devstack/stack';
import { startTarantool, type TarantoolServer } from '../devstack/tarantool';
import type { Logger } from '../log/logger';
import { Etcd } from './etcd';
import { controllerClient, type Role } from './failover';
import { parseInstance, type TarantoolClient } from './tarantool-client';

/**
 * `gameserver store-controller`: one per Tarantool host. It runs its
 * Tarantool instance as a child and decides, through etcd, whether that
 * instance is the writable master or the synchronous replica
 * (docs/scaling.md#the-store-controller). The keys, under controller.prefix:
 *
 * - `leader`: the master's name (host:port), attached to its controller's
 *   lease. Only the lease holder may be writable: a controller that cannot
 *   renew its lease for half its TTL makes its instance read-only
 *   (self-fencing) before etcd can let anyone else take over.
 * - `primary`: the last instance promoted (no lease): after a full restart
 *   only it may take the lead again with its data.
 * - `sync`: the replica known to hold every acknowledged row (written after
 *   a synchronous barrier, deleted before the quorum is lowered to 1). Only
 *   it may be promoted when the leader's lease expires.
 * - `member/NAME`: each controller's view, for operators (leased).
 *
 * A returning old master is never trusted with its data: it is wiped
 * (moved to WORKDIR.wiped) and joins the new master as its replica.
 */

type Mode = 'master' | 'replica';

export class StoreController {
  private readonly etcd: Etcd;
  private readonly name: string;
  private readonly key: (k: string) => string;
  private lease: string | null = null;
  /** When the last successful renewal was sent: etcd keeps the lease at least TTL after it. */
  private renewedAt = 0;
  private tt: TarantoolServer | null = null;
  private client: TarantoolClient | null = null;
  private mode: Mode | null = null;
  private upstream: string | null = null;
  /** The replica has followed its master since it started (it is a full copy). */
  private followed = false;
  private replicaGoneSince: number | null = null;
  /** A master made read-only because its lease lapsed (it may lead again if etcd agrees). */
  private fenced = false;
  private lastVclock = -1;
  private stopping = false;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    const c = config.controller;
    if (!c.etcdEndpoints || !c.instance)
      throw new Error('controller.etcdEndpoints and controller.instance must be set');
    if (!config.tarantool.controllerPassword || !config.tarantool.replicatorPassword)
      throw new Error('tarantool.controllerPassword and tarantool.replicatorPassword must be set');
    this.etcd = new Etcd({
      endpoints: c.etcdEndpoints.split(',').map((e) => e.trim()),
      timeoutMs: Math.max(200, Math.floor((c.leaseTtlSeconds * 1000) / 4)),
    });
    this.name = c.instance;
    this.key = (k) => `${c.prefix}/${k}`;
  }

  get fenceAfterMs(): number {
    return (this.config.controller.leaseTtlSeconds * 1000) / 2;
  }

  async start(): Promise<void> {
    await this.killOrphan();
    this.loops.push(this.loop('lease', () => this.renewLease()));
    // Separate from the renewal, which may wait on an etcd that is gone.
    this.loops.push(
      this.loop('fence', () => (this.holdsLease() ? Promise.resolve() : this.fence())),
    );
    this.loops.push(this.loop('decide', () => this.decide()));
  }

  /** Resigns (read-only, leader key and lease given back) and stops Tarantool. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
    await this.instance('gs.demote', []).catch(() => undefined);
    await this.etcd.deleteIf(this.key('leader'), this.name).catch(() => undefined);
    if (this.lease) await this.etcd.revoke(this.lease).catch(() => undefined);
    await this.stopInstance();
  }

  /** A background loop that survives its own errors and logs them. */
  private async loop(what: string, step: () => Promise<void>): Promise<void> {
    const interval = this.config.controller.intervalMs;
    while (!this.stopping) {
      try {
        await step();
      } catch (err) {
        this.logger.warn(
          { err: (err as Error).message, loop: what },
          'store controller step failed',
        );
      }
      await sleep(interval);
    }
  }

  /** Renews the lease (a new one once it has expired). */
  private async renewLease(): Promise<void> {
    const sentAt = Date.now();
    try {
      if (this.lease && (await this.etcd.keepAlive(this.lease))) {
        this.renewedAt = sentAt;
      } else {
        if (this.lease) this.logger.warn({ lease: this.lease }, 'etcd lease expired');
        this.lease = await this.etcd.grant(this.config.controller.leaseTtlSeconds);
        this.renewedAt = sentAt;
      }
    } catch (err) {
      if (this.holdsLease()) throw err;
    }
  }

  holdsLease(): boolean {
    return this.lease !== null && Date.now() - this.renewedAt < this.fenceAfterMs;
  }

  /** Self-fencing: without a lease this instance must not take writes. */
  private async fence(): Promise<void> {
    if (this.mode !== 'master' || this.fenced) return;
    const sinceRenewalMs = Date.now() - this.renewedAt;
    const role = (await this.instance('gs.demote', []).catch(() => null)) as Role | null;
    if (role?.ro) {
      this.fenced = true;
      this.logger.warn(
        { instance: this.name, sinceRenewalMs },
        'lease lost: instance fenced (read-only)',
      );
    }
  }

  /** One decision: start the instance, lead, follow or take the lead. */
  private async decide(): Promise<void> {
    if (!this.holdsLease()) return;
    const [leader = null, primary = null, sync = null] = await Promise.all(
      ['leader', 'primary', 'sync'].map((k) => this.etcd.get(this.key(k))),
    );
    if (!this.tt || !isAlive(this.tt.pid)) {
      if (this.tt) await this.stopInstance();
      return this.startInstance(leader, primary, sync);
    }
    const role = (await this.instance('gs.role', [])) as Role;
    await this.publish(role);
    if (leader === this.name) return this.lead(role, sync);
    if (leader) return this.follow(role, leader);
    return this.maybeClaim(role, primary, sync);
  }

  private async publish(role: Role): Promise<void> {
    const view = { mode: this.mode, ro: role.ro, quorum: role.quorum, uuid: role.uuid };
    await this.etcd.put(this.key(`member/${this.name}`), JSON.stringify(view), this.lease!);
  }

  /** The master: writable, quorum 2 while the replica follows, 1 (degraded) once it is gone. */
  private async lead(role: Role, sync: string | null): Promise<void> {
    if (role.ro) {
      // Back from a fence while still the leader: keep the quorum it had.
      await this.instance('gs.promote', [Math.max(1, role.quorum)]);
      this.fenced = false;
      this.logger.info({ instance: this.name }, 'leader: instance writable');
      return;
    }
    const follower = role.peers.find((p) => p.downstream === 'follow');
    if (follower) {
      this.replicaGoneSince = null;
      const replica = await this.memberByUuid(follower.uuid);
      if (replica && (role.quorum < 2 || sync !== replica)) {
        const r = (await this.instance('gs.set_quorum', [2])) as { barrier: boolean };
        if (r.barrier) {
          await this.etcd.put(this.key('sync'), replica);
          this.logger.info({ replica }, 'replica in sync: quorum 2');
        }
      }
      return;
    }
    this.replicaGoneSince ??= Date.now();
    if (Date.now() - this.replicaGoneSince < this.config.controller.degradeAfterMs) return;
    // The replica may no longer be promoted before writes stop waiting for it.
    if (sync !== null) await this.etcd.delete(this.key('sync'));
    if (role.quorum >= 2) {
      await this.instance('gs.set_quorum', [1]);
      this.logger.warn({ instance: this.name }, 'replica gone: degraded mode (quorum 1)');
    }
  }

  private async memberByUuid(uuid: string): Promise<string | null> {
    const prefix = this.key('member/');
    for (const [k, v] of await this.etcd.getPrefix(prefix)) {
      if ((JSON.parse(v) as { uuid?: string }).uuid === uuid) return k.slice(prefix.length);
    }
    return null;
  }

  /** A replica of `leader`; an old master (or a replica of someone else) is wiped first. */
  private async follow(role: Role, leader: string): Promise<void> {
    if (this.mode !== 'replica' || this.upstream !== leader) {
      this.logger.warn(
        { leader, mode: this.mode },
        'another leader: wiping and joining as replica',
      );
      await this.stopInstance();
      return this.startReplica(leader);
    }
    if (!role.ro) await this.instance('gs.demote', []);
    if (role.peers.some((p) => p.upstream === 'follow')) this.followed = true;
  }

  /**
   * Nobody leads. The synchronous replica takes the lead once it has applied
   * everything it received (its vclock stands still); the last primary
   * takes it back when no replica is known to be in sync.
   */
  private async maybeClaim(role: Role, primary: string | null, sync: string | null): Promise<void> {
    const settled = role.vclock_sum === this.lastVclock;
    this.lastVclock = role.vclock_sum;
    const asReplica = sync === this.name && this.mode === 'replica' && this.followed;
    // A master that only fenced itself (etcd was away) still holds every row it acknowledged.
    const asPrimary = primary === this.name && this.mode === 'master';
    if (!(asReplica || asPrimary) || !settled) return;
    if (!(await this.etcd.createIfAbsent(this.key('leader'), this.name, this.lease!))) return;
    const promoted = (await this.instance('gs.promote', [1])) as Role;
    this.mode = 'master';
    this.fenced = false;
    this.upstream = null;
    await this.etcd.put(this.key('primary'), this.name);
    await this.etcd.delete(this.key('sync'));
    this.logger.warn(
      { instance: this.name, vclock: promoted.vclock_sum },
      'took the lead: promoted',
    );
  }

  /** The instance is not running: start it in the role etcd says. */
  private async startInstance(
    leader: string | null,
    primary: string | null,
    sync: string | null,
  ): Promise<void> {
    if (leader && leader !== this.name) return this.startReplica(leader);
    if (leader === this.name && sync && sync !== this.name) {
      // Our instance died while it led and a replica holds everything: the
      // replica becomes the primary and takes the lead; we come back as its
      // replica (our WAL may hold a row nobody confirmed).
      await this.etcd.put(this.key('primary'), sync);
      await this.etcd.deleteIf(this.key('leader'), this.name);
      this.logger.warn({ replica: sync }, 'instance died: handing the lead to the replica');
      return;
    }
    const mayLead =
      leader === this.name ||
      primary === this.name ||
      (!primary && this.config.controller.bootstrap);
    if (!mayLead) return;
    if (!leader && !(await this.etcd.createIfAbsent(this.key('leader'), this.name, this.lease!)))
      return;
    await this.etcd.put(this.key('primary'), this.name);
    await this.startProcess({ GS_READ_ONLY: 'false' });
    this.mode = 'master';
    this.upstream = null;
    this.logger.info({ instance: this.name }, 'started as the master (with its data)');
  }

  private async startReplica(leader: string): Promise<void> {
    this.wipe();
    const t = this.config.tarantool;
    await this.startProcess({
      GS_READ_ONLY: 'true',
      GS_REPLICATION: `${t.replicatorUser}:${t.replicatorPassword}@${leader}`,
    });
    this.mode = 'replica';
    this.upstream = leader;
    this.followed = false;
    this.logger.info({ leader }, 'started as a replica (wiped, bootstrapped from the leader)');
  }

  /** Moves the work folder aside (WORKDIR.wiped); a folder without a snapshot (a failed join) is just removed. */
  private wipe(): void {
    const dir = this.config.controller.workDir;
    if (!fs.existsSync(dir)) return;
    if (!fs.readdirSync(dir).some((f) => f.endsWith('.snap'))) {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
    fs.rmSync(`${dir}.wiped`, { recursive: true, force: true });
    fs.renameSync(dir, `${dir}.wiped`);
  }

  private async startProcess(env: Record<string, string>): Promise<void> {
    const { config } = this;
    const t = config.tarantool;
    const at = parseInstance(this.name, 'controller.instance');
    this.tt = await startTarantool({
      dir: config.controller.workDir,
      host: at.host,
      port: at.port,
      consoleSocket: t.consoleSocket,
      memtxMemoryMb: t.memtxMemoryMb,
      workerUser: t.workerUser,
      workerPassword: t.workerPassword,
      drainerUser: t.drainerUser,
      drainerPassword: t.drainerPassword,
      masterUser: t.masterUser,
      masterPassword: t.masterPassword,
      readyTimeoutMs: 60000,
      env: {
        ...env,
        GS_REPLICA_SET: 'true',
        GS_SYNC_QUORUM: '1',
        GS_SYNC_TIMEOUT: String(config.controller.syncTimeoutSeconds),
        GS_CONTROLLER_USER: t.controllerUser,
        GS_CONTROLLER_PASSWORD: t.controllerPassword!,
        GS_REPLICATOR_USER: t.replicatorUser,
        GS_REPLICATOR_PASSWORD: t.replicatorPassword!,
      },
    });
    this.client = controllerClient(config, at, this.logger);
    await this.client.connect();
  }

  private async stopInstance(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.close().catch(() => undefined);
    await this.tt?.stop(3000);
    this.tt = null;
    this.mode = null;
    this.fenced = false;
  }

  private instance(procedure: string, args: unknown[]): Promise<unknown> {
    if (!this.client) return Promise.reject(new Error('no instance running'));
    return this.client.proc(procedure, args);
  }

  /** A Tarantool left running by a controller that was killed: its state is unknown. */
  private async killOrphan(): Promise<void> {
    const pid = livePid(`${this.config.controller.workDir}/tarantool.pid`, /tarantool/);
    if (pid === null) return;
    this.logger.warn({ pid }, 'killing the Tarantool a previous controller left running');
    await stopPid(pid, 0);
  }
}
