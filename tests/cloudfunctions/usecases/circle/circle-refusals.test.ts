/**
 * Every refused post or claim is a typed error and changes nothing: no post, no reservation,
 * no claim, no coupon (the whole store is compared before and after).
 */
import { aCircleCampaign, aCouponCampaign } from '../../../support/builders/campaign-config';
import {
  useHarness,
  reportOrder,
  testRefusals,
  type Harness,
  type Refusal,
  type RefusalScenario,
} from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const WORDS = '杯子保温很好，早上装的热水到晚上还烫嘴。';

const report = (h: Harness, event: Record<string, unknown>) => reportOrder(h, event, 'circle-ref');
/** A reported order of `buyer` in a campaign with a circle. */
async function orderOf(h: Harness, buyer = 'amy'): Promise<string> {
  const c = await h.save(aCircleCampaign());
  return report(h, { buyerOpenid: buyer, campaignId: c.id });
}
const postAs = (h: Harness, who: string, event: Record<string, unknown>) =>
  h.call('circle', { action: 'post', words: WORDS, ...event }, who);
async function postOf(h: Harness, buyer = 'amy'): Promise<string> {
  const orderId = await orderOf(h, buyer);
  return (await h.ok('circle', { action: 'post', orderId, words: WORDS }, buyer)).post.id;
}

const SCENARIOS: Refusal[] = [
  ...[
    { label: 'empty words', words: '' },
    { label: 'only spaces', words: '          ' },
    { label: '9 characters', words: '九个字九个字九个字' },
    { label: '501 characters', words: '好'.repeat(501) },
  ].map(({ label, words }) => ({
    label: `posting ${label}`,
    code: 'INVALID_INPUT',
    scenario: (async (h) => {
      const orderId = await orderOf(h);
      return () => postAs(h, 'amy', { orderId, words });
    }) as RefusalScenario,
  })),
  {
    label: 'posting with a rating of 6',
    code: 'INVALID_INPUT',
    scenario: async (h) => {
      const orderId = await orderOf(h);
      return () => postAs(h, 'amy', { orderId, rating: 6 });
    },
  },
  {
    label: 'posting a photo that is not https',
    code: 'INVALID_INPUT',
    scenario: async (h) => {
      const orderId = await orderOf(h);
      return () => postAs(h, 'amy', { orderId, photoUrl: 'javascript:alert(1)' });
    },
  },
  {
    label: 'posting about someone else’s order',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const orderId = await orderOf(h, 'amy');
      return () => postAs(h, 'eve', { orderId });
    },
  },
  {
    label: 'posting about an unknown order',
    code: 'NOT_FOUND',
    scenario: async (h) => () => postAs(h, 'amy', { orderId: 'no-such-order' }),
  },
  {
    label: 'posting about an order of a campaign without a circle',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(aCouponCampaign());
      const orderId = await report(h, { buyerOpenid: 'amy', campaignId: c.id });
      return () => postAs(h, 'amy', { orderId });
    },
  },
  {
    label: 'posting words that ask friends to share for a reward',
    code: 'WORDS_REFUSED',
    scenario: async (h) => {
      const orderId = await orderOf(h);
      return () =>
        postAs(h, 'amy', { orderId, words: '转发到三个群就能领红包，大家快来帮我转发吧！' });
    },
  },
  {
    label: 'posting while the group has not formed',
    code: 'ORDER_PENDING',
    scenario: async (h) => {
      const c = await h.save(aCircleCampaign());
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'gil');
      const orderId = await report(h, { buyerOpenid: 'gil', groupId: group.id });
      return () => postAs(h, 'gil', { orderId });
    },
  },
  {
    label: 'claiming from one’s own post',
    code: 'SELF_CLAIM',
    scenario: async (h) => {
      const postId = await postOf(h, 'amy');
      return () => h.call('circle', { action: 'claim', postId }, 'amy');
    },
  },
  {
    label: 'claiming from a hidden post',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const postId = await postOf(h, 'amy');
      await h.ok('circle', { action: 'hide', postId, reason: '图片不符' }, 'merchant', 'merchant');
      return () => h.call('circle', { action: 'claim', postId }, 'fay');
    },
  },
  {
    label: 'claiming from an unknown post',
    code: 'NOT_FOUND',
    scenario: async (h) => () =>
      h.call('circle', { action: 'claim', postId: 'pst_0000000000000000' }, 'fay'),
  },
  {
    label: 'claiming past the template’s per-person limit',
    code: 'CLAIM_LIMIT',
    scenario: async (h) => {
      const c = await h.save(aCircleCampaign({}, { perUserLimit: 1 }));
      const posts: string[] = [];
      for (const buyer of ['p1', 'p2']) {
        const orderId = await report(h, { buyerOpenid: buyer, campaignId: c.id });
        posts.push(
          (await h.ok('circle', { action: 'post', orderId, words: WORDS }, buyer)).post.id,
        );
      }
      await h.ok('circle', { action: 'claim', postId: posts[0] }, 'fay');
      return () => h.call('circle', { action: 'claim', postId: posts[1] }, 'fay');
    },
  },
  {
    label: 'searching for nothing but separators',
    code: 'INVALID_INPUT',
    scenario: async (h) => () => h.call('circle', { action: 'search', query: '，、。' }, 'fay'),
  },
  {
    label: 'deleting someone else’s post',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const postId = await postOf(h, 'amy');
      return () => h.call('circle', { action: 'remove', postId }, 'eve');
    },
  },
];

describe.each(storeKinds())('circle refusals on %s', (kind) => {
  const h = useHarness(kind);

  testRefusals(h, SCENARIOS, { title: '$label → $code, nothing changes', askTwice: false });
});
