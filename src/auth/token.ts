import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Login tokens: `<player id>.<expiry, unix seconds>.<HMAC-SHA256 of the
 * first two parts, base64url>`, signed with the configured secret. Whoever
 * runs the accounts (a web login, a platform) mints them; the game server
 * only verifies.
 */

const MAX_TOKEN_LENGTH = 256;

function sign(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function mintToken(secret: string, playerId: number, expiresAt: number): string {
  if (!Number.isSafeInteger(playerId) || playerId < 1) throw new Error(`bad player id ${playerId}`);
  if (!Number.isSafeInteger(expiresAt) || expiresAt < 0) throw new Error(`bad expiry ${expiresAt}`);
  const body = `${playerId}.${expiresAt}`;
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

export type TokenCheck =
  { ok: true; playerId: number; expiresAt: number } | { ok: false; reason: string };

export function verifyToken(secret: string, token: unknown, nowSeconds: number): TokenCheck {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, reason: 'malformed token' };
  }
  const m = /^([1-9]\d{0,15})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'malformed token' };
  const playerId = Number(m[1]);
  const expiresAt = Number(m[2]);
  if (!Number.isSafeInteger(playerId)) return { ok: false, reason: 'malformed token' };
  const expected = sign(secret, `${m[1]}.${m[2]}`);
  const given = Buffer.from(m[3] as string, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad signature' };
  }
  if (expiresAt < nowSeconds) return { ok: false, reason: 'token expired' };
  return { ok: true, playerId, expiresAt };
}
