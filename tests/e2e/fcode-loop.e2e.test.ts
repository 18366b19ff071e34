import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { api } from './support/host';
import { hostAndBrowser } from './support/journey';

/**
 * Issue 18 in a real browser, through the real local host (PGlite, demo-fcode with its seed
 * holders u1 and u5): the seed holder u1 opens the landing page, sees the batch live and their
 * codes, and passes one on by its share link; u2 accepts it and buys at the stand-in checkout;
 * u3 opens the same link too late and joins the waitlist behind u4; three days later (the
 * host restarted on the same data with its clock moved on) the codes nobody handed on go to
 * the waitlist in order, and u4's page says they were promoted and were told.
 *
 * Everything a shopper does happens on the pages; the API is only read to check what the
 * server holds, and the host's /dev/outbox listing for what the person was told.
 */
describe('F码 limited invite codes, in a phone-sized chromium', () => {
  const journey = hostAndBrowser();
  const open = journey.open;
  const textOf = async (page: Page, testId: string): Promise<string> => {
    const node = page.getByTestId(testId).first();
    await node.waitFor();
    return ((await node.textContent()) ?? '').trim();
  };

  let shared: string;
  let sharedRoute: string;

  test('1. the seed holder sees the batch live and shares a code; a friend accepts and buys', async () => {
    const seed = await open('u1', '/pages/landing/index?campaignId=demo-fcode');
    expect(await textOf(seed, 'fcode-batch-title')).toBe('第一批共 30 个F码');
    expect(await textOf(seed, 'fcode-batch-given')).toBe('6');
    expect(await textOf(seed, 'fcode-batch-used')).toBe('0');
    expect(await textOf(seed, 'fcode-batch-next')).toContain('第二批 50 个');
    await screenshot(seed.context(), 'fcode-1-landing');
    const cta = seed.getByTestId('landing-cta');
    expect(await cta.textContent()).toContain('查看我的F码');
    await cta.click();

    await seed.getByTestId('fcode-holding').waitFor();
    await expect(seed.getByTestId('fcode-held').count()).resolves.toBe(3);
    shared = (await seed.getByTestId('fcode-held').first().getAttribute('data-code'))!;
    await seed.getByTestId('share-button').and(seed.locator(':not([disabled])')).waitFor();
    await seed.getByTestId('poster-toggle').click();
    const link = await textOf(seed, 'invite-poster-link');
    sharedRoute = link.slice(link.indexOf('#') + 1);
    expect(sharedRoute).toMatch(
      new RegExp(`^/pages/fcode/index\\?code=${shared}&token=[0-9A-Za-z]{12}$`),
    );
    await screenshot(seed.context(), 'fcode-2-holder', true);

    const friend = await open('u2', sharedRoute);
    expect(await textOf(friend, 'fcode-friend-from')).toBe('u* 送你一个F码');
    expect((await textOf(friend, 'fcode-friend-code')).replace(/-/g, '')).toBe(shared);
    await screenshot(friend.context(), 'fcode-3-friend');
    await friend.getByTestId('fcode-accept').click();
    expect(await textOf(friend, 'fcode-mine-source')).toBe('u* 送你的F码');
    const buy = friend.getByTestId('fcode-buy');
    expect(await buy.textContent()).toBe('凭码购买 ¥199');
    await screenshot(friend.context(), 'fcode-4-friend-accepted');
    await buy.click();
    await friend.getByTestId('fcode-mine-used').waitFor();
    // A buyer receives two codes to pass on.
    await expect(friend.getByTestId('fcode-held').count()).resolves.toBe(2);
    await screenshot(friend.context(), 'fcode-5-friend-bought', true);
    await friend.context().close();

    await seed.reload();
    const row = seed.locator(`[data-code="${shared}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('used');
    expect(await textOf(seed, 'fcode-batch-used')).toBe('1');
    await seed.context().close();
    const orders = await api(
      journey.host,
      'fcode',
      { action: 'stats', campaignId: 'demo-fcode' },
      'merchant',
    );
    expect(orders.data.stats.batches[0]).toMatchObject({ redeemed: 1, accepted: 1 });
  });

  test('2. a friend too late finds the code taken and joins the waitlist behind another', async () => {
    const early = await open('u4', '/pages/fcode/index?campaignId=demo-fcode');
    await early.getByTestId('fcode-join').click();
    expect(await textOf(early, 'fcode-waitlist-position')).toBe('你排在第一位，下一个F码就是你的');
    await early.context().close();

    const late = await open('u3', sharedRoute);
    expect(await textOf(late, 'fcode-friend-state')).toBe('来晚了，这个F码已被其他朋友接受');
    await screenshot(late.context(), 'fcode-6-taken');
    await late.getByTestId('fcode-join').click();
    expect(await textOf(late, 'fcode-waitlist-position')).toBe('你前面还有 1 人');
    await screenshot(late.context(), 'fcode-7-waitlisted');
    await late.context().close();
  });

  test('3. three days on, codes nobody handed on go to the waitlist in order: u4 is promoted and told', async () => {
    await journey.restart({ FISSION_CLOCK_OFFSET_MS: String(3 * 86_400_000 + 60_000) });
    const promoted = await open('u4', '/pages/fcode/index?campaignId=demo-fcode');
    expect(await textOf(promoted, 'fcode-waitlist-promoted')).toBe('排到你了！已为你保留一个F码');
    expect(await textOf(promoted, 'fcode-mine-source')).toBe('排队获得的F码');
    expect(await textOf(promoted, 'fcode-message')).toContain('你排队的F码已发放');
    await screenshot(promoted.context(), 'fcode-8-promoted', true);
    await promoted.context().close();

    const told = await (await fetch(`${journey.host.url}/dev/outbox?openid=u4`)).json();
    expect(told.data.messages).toEqual([
      expect.objectContaining({ type: 'fcode.promoted', recipient: 'u4', deliveredAt: null }),
    ]);
    const u3 = await api(journey.host, 'fcode', { action: 'get', campaignId: 'demo-fcode' }, 'u3');
    expect(u3.data.fcode.viewer.waitlist).toMatchObject({ status: 'promoted' });
  });
});
