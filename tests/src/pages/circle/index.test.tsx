import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CirclePage from '../../../../src/pages/circle';
import {
  circleFeed,
  claimCircleCoupon,
  getCirclePost,
  searchCircle,
} from '../../../../src/services/circle';
import { aCircleCoupon, aPage, aPostView } from '../../../support/ui/circle-builders';
import { answerLater, fail, ok, resetMocks } from '../../../support/ui/page-helpers';
import { setRouter, shareHandler } from '../../../support/ui/taro';

jest.mock('../../../../src/services/circle');

const services = {
  circleFeed: jest.mocked(circleFeed),
  searchCircle: jest.mocked(searchCircle),
  getCirclePost: jest.mocked(getCirclePost),
  claimCircleCoupon: jest.mocked(claimCircleCoupon),
};

beforeEach(() => {
  resetMocks(services);
  setRouter({}, '/pages/circle/index');
});

describe('circle page: the list', () => {
  test('加载中… then friends’ posts with the tie in words, what they bought and the coupon', async () => {
    const answer = answerLater(services.circleFeed);
    render(<CirclePage />);
    expect(screen.getByTestId('page-loading')).toBeInTheDocument();

    act(() =>
      answer(
        ok(
          aPage([aPostView(), aPostView({ connection: null, featured: true, posterName: '赵*' })]),
        ),
      ),
    );
    const cards = await screen.findAllByTestId('post-card');
    expect(cards).toHaveLength(2);
    const first = within(cards[0]!);
    expect(first.getByTestId('post-connection')).toHaveTextContent('你帮 TA 砍过价');
    expect(first.getByTestId('post-product')).toHaveTextContent('316 不锈钢真空保温杯');
    expect(cards[0]).toHaveTextContent('已购 11-20');
    expect(first.getByTestId('post-coupon')).toHaveTextContent(
      '好友专享 满¥50可用 减¥10，还剩 4 张',
    );
    expect(cards[1]).toHaveTextContent('商家精选');
  });

  test('an empty circle says so; a failed load offers 重新加载', async () => {
    services.circleFeed.mockResolvedValueOnce(fail('BUSY'));
    services.circleFeed.mockResolvedValueOnce(ok(aPage([])));
    render(<CirclePage />);
    fireEvent.click(await screen.findByTestId('page-retry'));
    expect(await screen.findByTestId('page-empty')).toHaveTextContent('你的朋友还没有发推荐');
  });

  test('the search box asks the server and says what was searched; nothing found says so', async () => {
    services.circleFeed.mockResolvedValue(ok(aPage([aPostView()])));
    services.searchCircle.mockResolvedValue(ok(aPage([])));
    render(<CirclePage />);
    await screen.findByTestId('post-card');
    fireEvent.change(screen.getByTestId('circle-search-input'), { target: { value: ' 咖啡 ' } });
    fireEvent.click(screen.getByTestId('circle-search'));
    expect(await screen.findByTestId('page-empty')).toHaveTextContent('还没有朋友推荐过「咖啡」');
    expect(services.searchCircle.mock.calls[0]?.[0]).toBe('咖啡');
    expect(screen.getByTestId('circle-heading')).toHaveTextContent('「咖啡」的推荐');
  });

  test('加载更多 appends the next page by the server’s cursor', async () => {
    const cursor = '0.1700000000000.pst_0000000000000001';
    services.circleFeed.mockResolvedValueOnce(ok(aPage([aPostView()], cursor)));
    services.circleFeed.mockResolvedValueOnce(ok(aPage([aPostView()])));
    render(<CirclePage />);
    fireEvent.click(await screen.findByTestId('circle-more'));
    await waitFor(() => expect(screen.getAllByTestId('post-card')).toHaveLength(2));
    expect(services.circleFeed).toHaveBeenLastCalledWith(cursor);
    expect(screen.queryByTestId('circle-more')).not.toBeInTheDocument();
  });
});

describe('circle page: claiming a friend coupon', () => {
  test('one tap: the coupon is in the wallet as 来自 TA 的推荐, the count comes from the server', async () => {
    const post = aPostView();
    services.circleFeed.mockResolvedValue(ok(aPage([post])));
    services.claimCircleCoupon.mockResolvedValue(
      ok({
        post: {
          ...post,
          coupon: { ...post.coupon, left: 3 },
          viewer: { ...post.viewer, canClaim: false },
        },
        coupon: aCircleCoupon(),
        replayed: false,
      }),
    );
    render(<CirclePage />);
    fireEvent.click(await screen.findByTestId('post-claim'));
    expect(await screen.findByTestId('post-claimed')).toHaveTextContent('领取成功，来自 TA 的推荐');
    expect(screen.getByTestId('post-coupon')).toHaveTextContent('还剩 3 张');
    expect(services.claimCircleCoupon).toHaveBeenCalledWith(post.id);
  });

  test.each([{ label: 'claimed out', refusal: 'POOL_EMPTY' as const, says: '好友券已被领完' }])(
    'a post the viewer cannot claim from says why before the tap ($label)',
    async ({ refusal, says }) => {
      services.circleFeed.mockResolvedValue(
        ok(
          aPage([
            aPostView({
              viewer: { isPoster: false, coupon: null, canClaim: false, claimRefusal: refusal },
            }),
          ]),
        ),
      );
      render(<CirclePage />);
      expect(await screen.findByTestId('post-claim')).toHaveTextContent(says);
      expect(screen.getByTestId('post-claim')).toBeDisabled();
    },
  );

  test('a refused tap says why under the button', async () => {
    services.circleFeed.mockResolvedValue(ok(aPage([aPostView()])));
    services.claimCircleCoupon.mockResolvedValue(fail('CLAIM_LIMIT'));
    render(<CirclePage />);
    fireEvent.click(await screen.findByTestId('post-claim'));
    expect(await screen.findByTestId('post-claim-error')).toBeInTheDocument();
  });
});

describe('circle page: 问问 TA', () => {
  test('opens a card addressed back to the poster, shared onto the post', async () => {
    const post = aPostView();
    services.circleFeed.mockResolvedValue(ok(aPage([post])));
    render(<CirclePage />);
    fireEvent.click(await screen.findByTestId('post-ask'));
    expect(screen.getByTestId('ask-title')).toHaveTextContent(
      '我看到你推荐的316 不锈钢真空保温杯，好用吗？',
    );
    expect(shareHandler()()).toEqual({
      title: '我看到你推荐的316 不锈钢真空保温杯，好用吗？',
      path: `/pages/circle/index?postId=${post.id}&ask=1`,
    });
  });

  test('the poster opening the card sees their post first, with the question', async () => {
    const mine = aPostView({
      posterName: '我',
      connection: null,
      viewer: { isPoster: true, coupon: null, canClaim: false, claimRefusal: 'SELF_CLAIM' },
      posterStats: { claimed: 1, used: 1, xp: 10 },
    });
    setRouter({ postId: mine.id, ask: '1' }, '/pages/circle/index');
    services.getCirclePost.mockResolvedValue(ok({ post: mine }));
    services.circleFeed.mockResolvedValue(ok(aPage([])));
    render(<CirclePage />);
    expect(await screen.findByTestId('ask-banner')).toHaveTextContent(
      '朋友看到了你的推荐，想问问：好用吗？',
    );
    const focus = within(screen.getByTestId('circle-focus'));
    expect(focus.getByTestId('post-stats')).toHaveTextContent('朋友领了 1 张，用了 1 张，经验 +10');
    expect(focus.queryByTestId('post-ask')).not.toBeInTheDocument();
  });
});
