import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/devstack/paths';
import { isAlive } from '../../src/devstack/process';
import { startedMaster, stopMaster, type TestMasterConfig, waitFor } from '../helpers/master';
import { consoleEval, type TestTarantool } from '../helpers/servers';

/**
 * The web farm in a real Chromium (Debian's, driven by playwright-core; no
 * browser download), against a master with two workers. Two pages are two
 * players: they befriend each other, see each other online, plant and
 * harvest, send a gift that shows up without a reload, and chat. Then the
 * worker serving one page is SIGKILLed: the page reconnects by itself and
 * shows the same farm. Screenshots go to var/test-artifacts/.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, 'var', 'test-artifacts');

describe('the web farm in Chromium (master, two workers, real Tarantool)', function () {
  this.timeout(120000);
  let tt: TestTarantool;
  let cfg: TestMasterConfig;
  let browser: Browser;

  before(async () => {
    ({ tt, cfg } = await startedMaster());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    await stopMaster(cfg);
  });

  async function open(player: number, size = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    page.on('pageerror', (err) => assert.fail(`page error: ${err.message}`));
    await page.goto(`http://127.0.0.1:${cfg.webPort}/?player=${player}`);
    await page.waitForSelector('#status.online');
    return page;
  }

  async function shoot(page: Page, name: string): Promise<void> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  /** The pid of the worker that serves a player, from Tarantool's owners (worker id host:pid:nonce). */
  async function servingPid(player: number): Promise<number> {
    const out = await consoleEval(tt.consoleSocket, `gs.player(${player}).owner.worker`);
    const pid = Number(/:(\d+):/.exec(out)?.[1]);
    assert.ok(pid > 0, `no owner for ${player}: ${out}`);
    return pid;
  }

  it('two players befriend, see each other online, farm, gift and chat; a killed worker is survived', async () => {
    const a = await open(801);
    const b = await open(802);

    await a.fill('#friend-id', '802');
    await a.click('#add-friend');
    await b.waitForSelector('#requests li[data-request="801"]');
    await b.click('#requests li[data-request="801"] button.accept');
    await a.waitForSelector('#friends li[data-friend="802"].online');
    await b.waitForSelector('#friends li[data-friend="801"].online');

    await a.click('[data-plot="0"] button.plant');
    await a.click('[data-plot="0"] button.harvest');
    await a.waitForSelector('#inventory li[data-item="radish"]');
    await a.click('#friends li[data-friend="802"] button.gift');
    await b.waitForSelector('#inventory li[data-item="radish"]');
    assert.match((await b.textContent('#inventory')) ?? '', /radish × 1/);

    await a.fill('#chat-text', 'hello from the browser');
    await a.click('#chat-send');
    await b.waitForSelector('#chat-log li:has-text("hello from the browser")');
    await shoot(a, 'web-player-801');
    await shoot(b, 'web-player-802');

    const coins = await b.textContent('#coins');
    const pid = await servingPid(802);
    process.kill(pid, 'SIGKILL');
    await waitFor('the worker died', async () => !isAlive(pid));
    await b.waitForSelector('#status.reconnecting', { timeout: 10000 }).catch(() => undefined);
    await b.waitForSelector('#status.online', { timeout: 30000 });
    assert.notEqual(await servingPid(802), pid, 'served by another worker process now');
    assert.equal(await b.textContent('#coins'), coins, 'the same farm');
    assert.match((await b.textContent('#inventory')) ?? '', /radish × 1/);
    await shoot(b, 'web-player-802-after-kill');
  });

  it('a phone-sized window shows the same farm in one column', async () => {
    const page = await open(803, { width: 390, height: 844 });
    const [x1, x2] = await page.$$eval('main#game > section', (els) =>
      els.slice(0, 2).map((e) => e.getBoundingClientRect().x),
    );
    assert.equal(x1, x2, 'sections stack');
    await shoot(page, 'web-phone');
  });
});
