import { fireEvent, render, screen, within } from '@testing-library/react';
import type { EndpointView } from '../../../../cloudfunctions/contracts/notify';
import { WebhookDeliveries } from '../../../../src/pages/stats/components/WebhookDeliveries';

const endpoint = (over: Partial<EndpointView> = {}): EndpointView => ({
  id: 'whk_0000000000000001',
  url: 'https://crm.example.com/fission/hooks',
  eventTypes: [],
  createdAt: '2026-03-01T02:00:00.000Z',
  counts: { pending: 1, sent: 1, failed: 1 },
  deliveries: [
    {
      id: 3,
      eventId: 'evt_3',
      eventType: 'group.failed',
      channel: 'webhook',
      status: 'pending',
      attempts: 2,
      lastStatus: 503,
      lastError: 'HTTP 503: busy',
      nextAttemptAt: '2026-03-01T02:05:00.000Z',
      createdAt: '2026-03-01T02:00:00.000Z',
      finishedAt: null,
      replays: 0,
    },
    {
      id: 2,
      eventId: 'evt_2',
      eventType: 'bargain.completed',
      channel: 'webhook',
      status: 'failed',
      attempts: 9,
      lastStatus: 500,
      lastError: 'HTTP 500: oops',
      nextAttemptAt: null,
      createdAt: '2026-03-01T01:00:00.000Z',
      finishedAt: '2026-03-04T01:00:00.000Z',
      replays: 0,
    },
    {
      id: 1,
      eventId: 'evt_1',
      eventType: 'bargain.helped',
      channel: 'webhook',
      status: 'sent',
      attempts: 1,
      lastStatus: 204,
      lastError: null,
      nextAttemptAt: null,
      createdAt: '2026-03-01T00:00:00.000Z',
      finishedAt: '2026-03-01T00:00:01.000Z',
      replays: 0,
    },
  ],
  ...over,
});

describe('stats page: webhook deliveries', () => {
  test('each delivery says where it stands, in China time; ended ones can be sent again', () => {
    const onReplay = jest.fn();
    render(<WebhookDeliveries endpoints={[endpoint()]} replaying={null} onReplay={onReplay} />);
    expect(screen.getByTestId('webhook-endpoint')).toHaveTextContent(
      '已送达 1 · 待重试 1 · 已放弃 1',
    );
    const [retrying, failed, sent] = screen.getAllByTestId('webhook-delivery') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(retrying).toHaveTextContent('待重试 · 尝试 2 次 · 下次 03-01 10:05');
    expect(retrying).toHaveTextContent('上次：HTTP 503: busy');
    expect(within(retrying).queryByTestId('webhook-replay')).toBeNull();
    expect(failed).toHaveTextContent('已放弃 · 尝试 9 次');
    fireEvent.click(within(failed).getByTestId('webhook-replay'));
    expect(onReplay).toHaveBeenCalledWith(2);
    expect(sent).toHaveTextContent('已送达 · 尝试 1 次');
    expect(within(sent).getByTestId('webhook-replay')).toBeEnabled();
  });

  test('no endpoint, nothing drawn', () => {
    const { container } = render(
      <WebhookDeliveries endpoints={[]} replaying={null} onReplay={jest.fn()} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
