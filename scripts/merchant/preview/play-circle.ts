import type { CircleMineResult, CirclePostView } from '../../../cloudfunctions/contracts/circle';
import type { InviteShareResult } from '../../../cloudfunctions/contracts/invite';
import { CIRCLE_STATES } from './preview-states';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';
import type { Screen } from './phone';

const COMPOSER = '/#/pages/circle-post/index';
const CIRCLE = '/#/pages/circle/index';
const CARD = '[data-testid=post-card]';

/** Types into a Taro input or textarea (H5 wraps the native element). */
async function typeInto(screen: Screen, testId: string, text: string): Promise<void> {
  const host = screen.page.getByTestId(testId);
  const native = host
    .locator('input, textarea')
    .or(screen.page.locator(`input[data-testid=${testId}], textarea[data-testid=${testId}]`));
  await native.first().fill(text);
}

/**
 * For a campaign with `circle` (购物圈), after the buyer's order: the buyer (u1) writes a
 * recommendation on the composer; the friend they brought (u7) finds it in their circle and by
 * searching for the product, claims a friend coupon and opens 「问问 TA」; API-only friends claim
 * the rest of the pool and a later friend (u8) finds it claimed out, and a search that finds
 * nothing; last, the buyer's own posts with what friends did.
 */
export function circleSteps(run: PreviewRun): Step[] {
  const { config } = run;
  let postId: string | null = null;
  let skipped = false;
  const product = config.product?.name ?? config.title;
  const words = `买了${product}，用下来很满意，做工和描述一致，推荐给需要的朋友。`;

  return [
    {
      label: 'circle: the buyer writes a recommendation after their order',
      run: async () => {
        const skipAll = (note: string) => {
          skipped = true;
          for (const id of CIRCLE_STATES) run.skip(id, note);
        };
        if (!config.product) {
          return skipAll(
            '本活动不售商品，没有订单可写推荐 · the campaign sells no product: no order to post about',
          );
        }
        // An F码 campaign before open sale sells only against a code: then there is no order.
        const order = await run
          .checkout({ campaignId: config.id }, PERSONAS.initiator)
          .catch((error: Error) => error);
        if (order instanceof Error) {
          return skipAll(
            `买家无法直接下单，没有订单可写推荐 · no order to post about: ${order.message}`,
          );
        }
        const { orderId } = order.order;
        const route = `${COMPOSER}?orderId=${encodeURIComponent(orderId)}`;
        await run.show(
          PERSONAS.initiator,
          route,
          ['[data-testid=compose-form]'],
          async (screen) => {
            await typeInto(screen, 'compose-words', words);
            await screen.page.getByTestId('compose-star-5').tap();
            await run.capture(screen, 'circle-compose');
            await screen.tap('[data-testid=compose-submit]', ['[data-testid=circle-focus]']);
            await run.capture(screen, 'circle-posted');
          },
        );
        const { posts } = await run.call<CircleMineResult>(
          'circle',
          { action: 'mine' },
          PERSONAS.initiator,
        );
        postId = posts[0]?.id ?? null;
        if (!postId) throw new Error('circle.mine answered no post');
      },
    },
    {
      label: 'circle: the friend the buyer brought finds the post, claims, asks',
      run: async () => {
        if (skipped) return;
        const { token } = await run.call<InviteShareResult>(
          'invite',
          { action: 'share', campaignId: config.id },
          PERSONAS.initiator,
        );
        await run.call(
          'invite',
          { action: 'visit', campaignId: config.id, token },
          PERSONAS.circleFriend,
        );
        await run.show(PERSONAS.circleFriend, CIRCLE, [CARD], async (screen) => {
          await run.capture(screen, 'circle-feed');
          await typeInto(screen, 'circle-search-input', product);
          await screen.tap('[data-testid=circle-search]', [CARD]);
          await run.capture(screen, 'circle-search');
          await screen.tap('[data-testid=post-claim]', ['[data-testid=post-claimed]']);
          await run.capture(screen, 'circle-claimed');
          await screen.tap('[data-testid=post-ask]', ['[data-testid=ask-card]']);
          await run.capture(screen, 'circle-ask');
        });
      },
    },
    {
      label: 'circle: the pool claimed out (a later friend), a search that finds nothing',
      run: async () => {
        if (skipped || !postId) return;
        const { post } = await run.call<{ post: CirclePostView }>(
          'circle',
          { action: 'get', postId },
          PERSONAS.initiator,
        );
        // One new person per coupon left: the template's per-person limit never stops them.
        for (let left = post.coupon.left; left > 0; left -= 1) {
          await run.call('circle', { action: 'claim', postId }, run.newHelper());
        }
        const route = `${CIRCLE}?postId=${encodeURIComponent(postId)}`;
        await run.show(
          PERSONAS.lateCircleFriend,
          route,
          ['[data-testid=circle-focus]'],
          async (screen) => {
            await run.capture(screen, 'circle-empty');
            await typeInto(screen, 'circle-search-input', '没有人买过的东西');
            await screen.tap('[data-testid=circle-search]', ['[data-testid=page-empty]']);
            await run.capture(screen, 'circle-none');
          },
        );
      },
    },
    {
      label: 'circle: the buyer’s own posts',
      run: async () => {
        if (skipped) return;
        await run.show(PERSONAS.initiator, COMPOSER, ['[data-testid=my-post]'], (screen) =>
          run.capture(screen, 'circle-mine', { full: true }),
        );
      },
    },
  ];
}
