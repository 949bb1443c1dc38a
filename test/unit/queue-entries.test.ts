import assert from 'node:assert/strict';
import { QueueStore } from '../../src/store/queue-store';
import type { TarantoolClient } from '../../src/store/tarantool-client';

/** A client that answers every call with `answer` and records what it was asked. */
function clientAnswering(answer: unknown): { client: TarantoolClient; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const client = {
    callTimeoutMs: 1000,
    proc: (name: string, args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve(answer);
    },
  } as unknown as TarantoolClient;
  return { client, calls };
}

describe('queue entries from wq.take', () => {
  it('asks for the stored tuple (compact = 2) and reads it, coins and level included', async () => {
    const { client, calls } = clientAnswering([
      ['p', 6, 3, 1, [6, 3, 'm', 2, 1.5, '{"coins":10}', 10, 2]],
    ]);
    const [e] = await new QueueStore(client).take('c', 10, 30, 0);
    assert.equal((calls[0]?.[5] as { compact: unknown }).compact, 2);
    assert.deepEqual(e, {
      kind: 'p',
      key: 6,
      version: 3,
      attempts: 1,
      player: {
        id: 6,
        version: 3,
        name: 'm',
        xp: 2,
        lastSeen: 1.5,
        state: '{"coins":10}',
        coins: 10,
        level: 2,
      },
    });
  });

  it('reads a row saved without coins and level, the flat entries of an older Tarantool, and a gone player', async () => {
    const { client } = clientAnswering([
      ['p', 6, 3, 0, [6, 3, 'm', 2, 1.5, '{}']],
      ['p', 5, 2, 0, 5, 2, 'n', 1, 0, '{}'],
      ['p', 7, 0, 0],
    ]);
    const [tuple, flat, gone] = await new QueueStore(client).take('c', 10, 30, 0);
    const player = (e: typeof tuple) => (e?.kind === 'p' ? e.player : undefined);
    assert.deepEqual(player(tuple), {
      id: 6,
      version: 3,
      name: 'm',
      xp: 2,
      lastSeen: 1.5,
      state: '{}',
    });
    assert.deepEqual(player(flat), {
      id: 5,
      version: 2,
      name: 'n',
      xp: 1,
      lastSeen: 0,
      state: '{}',
    });
    assert.equal(player(gone), null);
  });

  it('refuses a malformed player tuple', async () => {
    const { client } = clientAnswering([['p', 6, 3, 0, [6, 'x', 'm', 2, 1.5, '{}']]]);
    await assert.rejects(new QueueStore(client).take('c', 10, 30, 0), /player\.version/);
  });
});
