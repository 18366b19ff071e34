import type { Browser, Page } from 'playwright-core';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { launchChromium, phoneAs, screenshot } from './support/browser';
import { api, startHost, type RunningHost } from './support/host';

/**
 * Telling, end to end through the real host: A starts demo-bargain and taps 「好友帮你砍价时
 * 通知我」 (the local host stands in for WeChat's prompt, visibly); a friend helps in the
 * browser; A is sent exactly one subscribe message, shown on /dev/messages, and the
 * merchant's receiver — a real HTTP server that fails the first two deliveries — gets the
 * help once it answers 2xx, signed, and no more.
 */
describe('a friend’s help is told once: a subscribe message and a webhook', () => {
  let host: RunningHost;
  let browser: Browser;
  let receiver: WebhookReceiver;
  let secret = '';
  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secret: () => secret, failFirst: 2 });
    // A short hold: a help waits 1 s for a better event instead of the local 5 s.
    host = await startHost({ FISSION_NOTIFY_HOLD_MS: '1000', FISSION_DISPATCH_INTERVAL_MS: '200' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await receiver?.close();
  });

  const open = async (persona: string, route: string): Promise<Page> => {
    const context = await phoneAs(browser, persona);
    const page = await context.newPage();
    await page.goto(`${host.url}/#${route}`);
    return page;
  };
  const until = async <T>(read: () => Promise<T>, done: (v: T) => boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  test('one help: one subscribe message on the dev page, one webhook after two failures', async () => {
    const added = await api(
      host,
      'notify',
      {
        action: 'addEndpoint',
        url: receiver.url,
        eventTypes: ['bargain.helped', 'bargain.completed'],
      },
      'merchant',
    );
    secret = added.data.secret;

    const a = await open('u1', '/pages/landing/index?campaignId=demo-bargain');
    const shared = a.waitForResponse(
      (r) => r.url().endsWith('/api/invite') && (r.request().postData() ?? '').includes('"share"'),
    );
    await a.getByTestId('landing-cta').click();
    const subscribe = a.getByTestId('subscribe-button');
    await subscribe.waitFor();
    await a.getByText('（本地模拟，消息见 /dev/messages）').waitFor();
    await subscribe.click();
    await a.getByText(/已开启通知 1 次/).waitFor();
    await screenshot(a.context(), 'notify-1-subscribed');
    const share = (await (await shared).json()) as { data: { token: string } };
    const mine = await api(host, 'bargain', { action: 'mine', campaignId: 'demo-bargain' }, 'u1');
    const bargainId: string = mine.data.bargains[0].id;

    const friend = await open(
      'u2',
      `/pages/bargain/index?bargainId=${bargainId}&token=${share.data.token}`,
    );
    const help = friend.getByText('帮 TA 砍一刀').last();
    await help.waitFor();
    await help.click();
    await friend.getByText(/你帮好友砍掉 ¥\d+(\.\d{1,2})?/).waitFor();

    const messages = async () =>
      (await (await fetch(`${host.url}/dev/messages?format=json`)).json()).data.deliveries as {
        channel: string;
        status: string;
        recipient: string | null;
        type: string;
        message: { data: Record<string, { value: string }>; page: string } | null;
        attempts: number;
      }[];
    const told = await until(
      messages,
      (ds) =>
        ds.some((d) => d.channel === 'subscribe' && d.status === 'sent') &&
        ds.some((d) => d.channel === 'webhook' && d.status === 'sent'),
      'the subscribe message and the webhook',
    );

    const toA = told.filter((d) => d.channel === 'subscribe');
    expect(toA).toHaveLength(1);
    expect(toA[0]).toMatchObject({ recipient: 'u1', type: 'bargain.helped', status: 'sent' });
    expect(toA[0]!.message!.page).toBe(`pages/bargain/index?bargainId=${bargainId}`);
    expect(toA[0]!.message!.data.thing2!.value).toMatch(
      /^好友帮砍¥\d+(\.\d{1,2})?，现价¥\d+(\.\d{1,2})?$/,
    );

    const hooks = told.filter((d) => d.channel === 'webhook');
    expect(hooks).toEqual([
      expect.objectContaining({ type: 'bargain.helped', status: 'sent', attempts: 3 }),
    ]);
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 204]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect([...receiver.acknowledged.values()]).toEqual([1]);
    const body = JSON.parse(receiver.received[2]!.body);
    expect(body).toMatchObject({
      type: 'bargain.helped',
      data: { bargainId, initiatorOpenid: 'u1', helperOpenid: 'u2' },
    });

    // What A would read in 服务通知, on the local host's page.
    const page = await open('merchant', '/');
    await page.goto(`${host.url}/dev/messages?openid=u1`);
    const card = page.getByTestId('dev-message');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.first().innerText()).toContain('好友帮砍');
    await screenshot(page.context(), 'notify-2-dev-messages');

    // Nothing more arrives: the dispatcher's work on this help is done.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(receiver.received).toHaveLength(3);
    expect(
      (await messages()).filter((d) => d.channel === 'subscribe' && d.status === 'sent'),
    ).toHaveLength(1);
  });
});
