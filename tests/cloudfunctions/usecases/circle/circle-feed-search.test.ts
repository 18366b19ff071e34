/**
 * The circle as a shopper reads it: posts by the people Fission connected them to first (the
 * connection in words), then the merchant's featured posts, newest first, paged without
 * repeats; and a Chinese search over product names and words, on both stores, ranked by
 * connection and recency.
 */
import { aBargainCampaign, aCircleCampaign } from '../../../support/builders/campaign-config';
import { openHarness, type Harness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const MINUTE = 60_000;

describe.each(storeKinds())('the circle feed and search on %s', (kind) => {
  let h: Harness;
  let orderSeq = 0;
  let circleId: string;
  const posts: Record<string, string> = {};

  async function postAs(who: string, words: string, campaignId = circleId): Promise<string> {
    const { order } = await h.ok(
      'order',
      {
        action: 'report',
        orderId: `circle-feed-${kind}-${(orderSeq += 1)}`,
        buyerOpenid: who,
        amountFen: 6900,
        campaignId,
      },
      'merchant',
      'merchant',
    );
    h.clock.advance(MINUTE);
    return (await h.ok('circle', { action: 'post', orderId: order.orderId, words }, who)).post.id;
  }

  beforeAll(async () => {
    h = await openHarness(kind);
    const circle = await h.save(aCircleCampaign({ poolSize: 3 }));
    circleId = circle.id;
    const tea = await h.save(
      aCircleCampaign({}, {}, { product: { id: 'tea-1', name: '明前龙井', priceFen: 9900 } }),
    );
    const bag = await h.save(
      aCircleCampaign({}, {}, { product: { id: 'bag-1', name: '帆布托特包', priceFen: 15900 } }),
    );
    const bargain = await h.save(aBargainCampaign());

    // vic arrived through ann's card; vic helped cal's bargain; dee and vic sat in one group.
    const { token } = await h.ok('invite', { action: 'share', campaignId: circleId }, 'ann');
    await h.ok('invite', { action: 'visit', campaignId: circleId, token }, 'vic');
    const { bargain: b } = await h.ok(
      'bargain',
      { action: 'start', campaignId: bargain.id },
      'cal',
    );
    await h.ok('bargain', { action: 'help', bargainId: b.id }, 'vic');
    const { group } = await h.ok('group', { action: 'open', campaignId: circleId }, 'dee');
    await h.ok('group', { action: 'join', groupId: group.id }, 'vic');

    posts.ann = await postAs('ann', '这个保温杯真的好用，316 不锈钢，一整天都是热的。');
    posts.stranger = await postAs('sam', '装得下保温壶和电脑，杯子也放得进，颜值很高。', bag.id);
    posts.cal = await postAs('cal', '冬天上班带着，保温杯里泡枸杞，同事都问链接。');
    posts.tea = await postAs('tom', '今年的新茶，香气很足，回甘明显，泡了三次还有味道。', tea.id);
    posts.featured = await postAs('fay', '买给爸妈的，老人家说保溫杯很轻，拿着不累。');
    posts.dee = await postAs('dee', '和朋友一起拼的，价格划算，帆布很厚实耐用。', bag.id);
    await h.ok(
      'circle',
      { action: 'feature', postId: posts.featured, featured: true },
      'merchant',
      'merchant',
    );
  });
  afterAll(() => h.close());

  const feed = (who: string, cursor?: string) =>
    h.ok('circle', { action: 'feed', ...(cursor ? { cursor } : {}) }, who);
  const search = (query: string, who = 'vic', cursor?: string) =>
    h.ok('circle', { action: 'search', query, ...(cursor ? { cursor } : {}) }, who);
  const ids = (page: Record<string, any>) => (page.posts as { id: string }[]).map((p) => p.id);

  test('connected people first, newest first, with the connection in words; then featured', async () => {
    const page = await feed('vic');
    expect(ids(page)).toEqual([posts.dee, posts.cal, posts.ann, posts.featured]);
    expect(
      page.posts.map((p: { connection: { words: string } | null }) => p.connection?.words ?? null),
    ).toEqual(['你们一起拼过团', '你帮 TA 砍过价', 'TA 邀请你来的', null]);
    expect(page.posts[3]).toMatchObject({ featured: true, posterName: 'f**' });
    expect(page.nextCursor).toBeNull();
  });

  test('the other side of each tie sees it from their side', async () => {
    const fromAnn = await feed('ann');
    expect(
      fromAnn.posts.map(
        (p: { connection: { words: string } | null }) => p.connection?.words ?? null,
      ),
    ).toEqual([null]);
    const { posts: calFeed } = await feed('cal');
    expect(calFeed.map((p: { id: string }) => p.id)).toEqual([posts.featured]);
    const vicPost = await postAs('vic', '跟着朋友买的，确实不错，杯子保温时间很长。');
    expect((await feed('cal')).posts[0]).toMatchObject({
      id: vicPost,
      connection: { kind: 'helped_me', words: 'TA 帮你砍过价' },
    });
    expect((await feed('ann')).posts[0]).toMatchObject({
      id: vicPost,
      connection: { kind: 'i_brought', words: '你邀请了 TA' },
    });
    await h.ok('circle', { action: 'remove', postId: vicPost }, 'vic');
    expect(ids(await feed('cal'))).not.toContain(vicPost);
  });

  test.each([
    {
      label: '保温杯 finds the cups, connected first',
      query: '保温杯',
      expected: ['cal', 'ann', 'featured'],
    },
    {
      label: '茶 (one character) finds 明前龙井 and the tea words',
      query: '茶',
      expected: ['tea'],
    },
    { label: '龙井 finds the product name', query: '龙井', expected: ['tea'] },
    { label: '不锈钢 热的 needs both terms', query: '不锈钢 热的', expected: ['ann'] },
    { label: '托特 finds the bags, connected first', query: '托特', expected: ['dee', 'stranger'] },
    {
      label: '保温 finds the cups and the bag that holds a 保温壶',
      query: '保温',
      expected: ['cal', 'ann', 'featured', 'stranger'],
    },
    { label: '温杯保 (the bigrams, out of order) finds nothing', query: '温杯保', expected: [] },
    { label: '咖啡 finds nothing', query: '咖啡', expected: [] },
  ])('$label', async ({ query, expected }) => {
    expect(ids(await search(query))).toEqual(expected.map((k) => posts[k]));
  });

  test('search pages by cursor without repeats, in rank order', async () => {
    const all: string[] = [];
    for (let i = 0; i < 12; i += 1)
      all.push(await postAs(`p${i}`, `第${i}个人的推荐：保温杯很好用，推荐购买。`));
    const first = await search('保温杯', 'vic');
    expect(first.posts).toHaveLength(15);
    expect(first.nextCursor).toBeNull();
    for (let i = 12; i < 20; i += 1) all.push(await postAs(`p${i}`, `第${i}个人说：保温杯不错。`));
    const paged = await search('保温杯', 'vic');
    expect(paged.posts).toHaveLength(20);
    const seen = ids(paged);
    let cursor = paged.nextCursor;
    while (cursor) {
      const next = await search('保温杯', 'vic', cursor);
      seen.push(...ids(next));
      cursor = next.nextCursor;
    }
    expect(seen.slice(0, 3)).toEqual([posts.cal, posts.ann, posts.featured]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(3)).toEqual([...all].reverse());
  });
});
