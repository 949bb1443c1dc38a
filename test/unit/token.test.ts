import assert from 'node:assert/strict';
import { mintToken, verifyToken } from '../../src/auth/token';

describe('login tokens (HMAC-SHA256)', () => {
  const secret = 'test-secret';
  const now = 1_800_000_000;

  it('a minted token verifies and names its player', () => {
    const t = mintToken(secret, 42, now + 60);
    assert.deepEqual(verifyToken(secret, t, now), { ok: true, playerId: 42, expiresAt: now + 60 });
    assert.equal(
      verifyToken(secret, mintToken(secret, Number.MAX_SAFE_INTEGER, now + 1), now).ok,
      true,
    );
  });

  it('refuses: expired, other secret, forged signature, other player, malformed', () => {
    const t = mintToken(secret, 42, now + 60);
    assert.deepEqual(verifyToken(secret, t, now + 61), { ok: false, reason: 'token expired' });
    assert.deepEqual(verifyToken('other', t, now), { ok: false, reason: 'bad signature' });
    const [, exp, sig] = t.split('.');
    assert.deepEqual(verifyToken(secret, `43.${exp}.${sig}`, now), {
      ok: false,
      reason: 'bad signature',
    });
    const flipped = sig!.startsWith('A') ? `B${sig!.slice(1)}` : `A${sig!.slice(1)}`;
    assert.equal(verifyToken(secret, `42.${exp}.${flipped}`, now).ok, false);
    for (const bad of [
      '',
      'x',
      '42',
      '42.1',
      `0.${exp}.${sig}`,
      `-1.${exp}.${sig}`,
      'a'.repeat(300),
      5,
      null,
    ]) {
      assert.equal(verifyToken(secret, bad, now).ok, false, String(bad));
    }
  });
});
