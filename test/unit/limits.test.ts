import assert from 'node:assert/strict';
import { AddressCounter, TokenBucket } from '../../src/session/limits';

describe('limits', () => {
  it('token bucket: burst at once, then the rate', () => {
    const b = new TokenBucket(10, 5, 0);
    for (let i = 0; i < 5; i++) assert.equal(b.take(0), true);
    assert.equal(b.take(0), false);
    assert.equal(b.take(99), false, 'less than one token after 99 ms at 10/s');
    assert.equal(b.take(100), true);
    assert.equal(b.take(10_000), true);
    let n = 0;
    while (b.take(10_000)) n++;
    assert.equal(n, 4, 'refills to the burst, not beyond');
  });

  it('address counter caps each address and frees slots', () => {
    const c = new AddressCounter(2);
    assert.equal(c.acquire('a'), true);
    assert.equal(c.acquire('a'), true);
    assert.equal(c.acquire('a'), false);
    assert.equal(c.acquire('b'), true);
    c.release('a');
    assert.equal(c.acquire('a'), true);
  });
});
