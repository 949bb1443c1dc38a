import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOOP_LAG_RESOLUTION_MS, LoopLag } from '../../src/worker/loop-lag';

describe('event loop lag (game_event_loop_lag_ms)', () => {
  it('reads near 0 on an idle loop, not the timer interval', async () => {
    const lag = new LoopLag();
    lag.enable();
    try {
      await sleep(LOOP_LAG_RESOLUTION_MS * 10);
      const idle = lag.read();
      assert.ok(idle < LOOP_LAG_RESOLUTION_MS / 4, `idle loop read as ${idle} ms`);
    } finally {
      lag.disable();
    }
  });

  it('counts a blocked loop, in the reading that covers it only', async () => {
    const lag = new LoopLag();
    lag.enable();
    try {
      await sleep(LOOP_LAG_RESOLUTION_MS * 3);
      lag.read();
      const until = Date.now() + 150;
      while (Date.now() < until);
      await sleep(LOOP_LAG_RESOLUTION_MS + 5);
      const blocked = lag.read();
      assert.ok(blocked >= 40, `150 ms blocked read as ${blocked} ms`);
      await sleep(LOOP_LAG_RESOLUTION_MS * 10);
      const after = lag.read();
      assert.ok(after < blocked / 4, `the next second read ${after} ms (blocked: ${blocked})`);
    } finally {
      lag.disable();
    }
  });

  it('stops with no one served; started again, the time it was off is no lag', async () => {
    const lag = new LoopLag();
    lag.enable();
    try {
      lag.serving(false);
      assert.equal(lag.running, false);
      const until = Date.now() + 100;
      while (Date.now() < until);
      await sleep(300);
      assert.equal(lag.read(), 0, 'nothing measured while stopped');
      lag.serving(true);
      assert.equal(lag.running, true);
      await sleep(LOOP_LAG_RESOLUTION_MS * 10);
      const again = lag.read();
      assert.ok(again < LOOP_LAG_RESOLUTION_MS / 4, `read ${again} ms after 400 ms off`);
      lag.disable();
      lag.serving(true);
      assert.equal(lag.running, false, 'disabled stays off');
    } finally {
      lag.disable();
    }
  });
});
