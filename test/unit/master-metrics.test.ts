import assert from 'node:assert/strict';
import { createMasterMetrics, RENDER_EVERY_MS } from '../../src/master/metrics';
import type { Stat } from '../../src/master/stats';

/** The master's /metrics: rendered at most once per RENDER_EVERY_MS, whoever asks. */

describe('master metrics: one rendering a second', () => {
  let now = 1_000_000;
  let renderings = 0;
  let uptime = 0;
  const metrics = () =>
    createMasterMetrics({
      supervisor: { slots: [], restartsTotal: 0 },
      poller: () => undefined,
      // Read once by every rendering (the gameserver_stat gauge).
      statsRows: (): Stat[] => {
        renderings++;
        return [['uptime', uptime]];
      },
      now: () => now,
    });

  beforeEach(() => {
    renderings = 0;
    uptime = 0;
  });

  it('scrapes within RENDER_EVERY_MS of a rendering get its text; the next one renders again', async () => {
    const m = metrics();
    const first = await m.text();
    assert.match(first, /gameserver_stat\{name="uptime"\} 0\n/);
    uptime = 7;
    now += RENDER_EVERY_MS - 1;
    const again = await Promise.all(Array.from({ length: 100 }, () => m.text()));
    assert.equal(renderings, 1, '101 scrapes, one rendering');
    assert.ok(again.every((t) => t === first));
    now += 1;
    assert.match(await m.text(), /gameserver_stat\{name="uptime"\} 7\n/);
    assert.equal(renderings, 2);
  });

  it('a clock that goes back renders again rather than serving an old text for long', async () => {
    const m = metrics();
    await m.text();
    now -= 60_000;
    uptime = 3;
    assert.match(await m.text(), /gameserver_stat\{name="uptime"\} 3\n/);
    assert.equal(renderings, 2);
  });

  it('a rendering that fails is not kept', async () => {
    let fail = true;
    const m = createMasterMetrics({
      supervisor: { slots: [], restartsTotal: 0 },
      poller: () => undefined,
      statsRows: (): Stat[] => {
        renderings++;
        if (fail) throw new Error('boom');
        return [];
      },
      now: () => now,
    });
    await assert.rejects(m.text(), /boom/);
    fail = false;
    await m.text();
    assert.equal(renderings, 2, 'the failed rendering was not served again');
  });
});
