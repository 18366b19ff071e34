import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CircleMineResult } from '../../../../cloudfunctions/contracts/circle';
import CirclePostPage from '../../../../src/pages/circle-post';
import { myCircle, postToCircle, removeCirclePost } from '../../../../src/services/circle';
import { aPostView } from '../../../support/ui/circle-builders';
import { fail, ok, resetMocks } from '../../../support/ui/page-helpers';
import { setRouter } from '../../../support/ui/taro';

jest.mock('../../../../src/services/circle');

const services = {
  myCircle: jest.mocked(myCircle),
  postToCircle: jest.mocked(postToCircle),
  removeCirclePost: jest.mocked(removeCirclePost),
};
const ORDER = {
  orderId: 'dev-order-1',
  campaignId: 'demo-circle',
  productName: '316 不锈钢真空保温杯',
  orderedAt: '2026-11-20T02:00:00.000Z',
};
const mine = (overrides: Partial<CircleMineResult> = {}): CircleMineResult => ({
  posts: [],
  postable: [ORDER],
  ...overrides,
});
const WORDS = '保温效果很好，早上装的开水晚上还烫嘴。';

beforeEach(() => {
  resetMocks(services);
  setRouter({ orderId: ORDER.orderId }, '/pages/circle-post/index');
});

describe('composer', () => {
  test('no order to post about: says how to get one', async () => {
    services.myCircle.mockResolvedValue(ok(mine({ postable: [] })));
    render(<CirclePostPage />);
    expect(await screen.findByTestId('page-empty')).toHaveTextContent('买过之后就能在这里写推荐');
  });

  test('counts characters and holds the button until 10', async () => {
    services.myCircle.mockResolvedValue(ok(mine()));
    render(<CirclePostPage />);
    expect(await screen.findByTestId('compose-product')).toHaveTextContent('316 不锈钢真空保温杯');
    fireEvent.change(screen.getByTestId('compose-words'), { target: { value: '很好用' } });
    expect(screen.getByTestId('compose-count')).toHaveTextContent('3 / 500，还差 7 个字');
    expect(screen.getByTestId('compose-submit')).toBeDisabled();
    fireEvent.change(screen.getByTestId('compose-words'), { target: { value: WORDS } });
    expect(screen.getByTestId('compose-submit')).toBeEnabled();
  });

  test('posts the words and rating, then opens the post in the circle', async () => {
    services.myCircle.mockResolvedValue(ok(mine()));
    const post = aPostView({ posterName: '我' });
    services.postToCircle.mockResolvedValue(ok({ post, created: true }));
    render(<CirclePostPage />);
    fireEvent.change(await screen.findByTestId('compose-words'), { target: { value: WORDS } });
    fireEvent.click(screen.getByTestId('compose-star-4'));
    fireEvent.click(screen.getByTestId('compose-submit'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/circle/index?postId=${post.id}`,
      }),
    );
    expect(services.postToCircle).toHaveBeenCalledWith({
      orderId: ORDER.orderId,
      words: WORDS,
      rating: 4,
    });
  });

  test('words the rules refuse say so and stay to be edited', async () => {
    services.myCircle.mockResolvedValue(ok(mine()));
    services.postToCircle.mockResolvedValue(fail('WORDS_REFUSED'));
    render(<CirclePostPage />);
    fireEvent.change(await screen.findByTestId('compose-words'), {
      target: { value: '转发到三个群就能领红包，快来帮我转发！' },
    });
    fireEvent.click(screen.getByTestId('compose-submit'));
    expect(await screen.findByTestId('compose-error')).toHaveTextContent('不合规');
    expect(screen.getByTestId('compose-words')).toHaveValue(
      '转发到三个群就能领红包，快来帮我转发！',
    );
  });

  test('my posts show their state, the merchant’s reason, and what friends did', async () => {
    services.myCircle.mockResolvedValue(
      ok(
        mine({
          postable: [],
          posts: [
            aPostView({ posterName: '我', posterStats: { claimed: 2, used: 1, xp: 10 } }),
            aPostView({ posterName: '我', status: 'hidden', hiddenReason: '含有联系方式' }),
          ],
        }),
      ),
    );
    render(<CirclePostPage />);
    const statuses = await screen.findAllByTestId('my-post-status');
    expect(statuses.map((s) => s.textContent)).toEqual(['展示中', '已被商家隐藏：含有联系方式']);
    expect(screen.getByTestId('my-post-stats')).toHaveTextContent(
      '朋友领了 2 张，用了 1 张，经验 +10',
    );
    expect(screen.getAllByTestId('my-post-delete')).toHaveLength(1);
  });
});
