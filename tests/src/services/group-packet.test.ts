import { PERSONA_HEADER } from '../../../src/services/call-function';
import { getGroup, joinGroup, myGroups, openGroup } from '../../../src/services/group';
import { claimPacket, getPacket, myPackets, sharePacket } from '../../../src/services/packet';

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ status: 200, json: () => Promise.resolve({ ok: true, data: {} }) });
  global.fetch = fetchMock;
});

describe('group and packet services: one action each, as the contracts name them', () => {
  test.each([
    {
      label: 'openGroup',
      call: () => openGroup('demo-group'),
      url: '/api/group',
      event: { action: 'open', campaignId: 'demo-group' },
    },
    {
      label: 'joinGroup',
      call: () => joinGroup('grp_0000000000000001'),
      url: '/api/group',
      event: { action: 'join', groupId: 'grp_0000000000000001' },
    },
    {
      label: 'getGroup',
      call: () => getGroup('grp_0000000000000001'),
      url: '/api/group',
      event: { action: 'get', groupId: 'grp_0000000000000001' },
    },
    {
      label: 'myGroups for one campaign',
      call: () => myGroups('demo-group'),
      url: '/api/group',
      event: { action: 'mine', campaignId: 'demo-group' },
    },
    {
      label: 'myGroups for all campaigns',
      call: () => myGroups(),
      url: '/api/group',
      event: { action: 'mine' },
    },
    {
      label: 'sharePacket',
      call: () => sharePacket('ord-1'),
      url: '/api/packet',
      event: { action: 'share', orderId: 'ord-1' },
    },
    {
      label: 'getPacket',
      call: () => getPacket('pkt_0000000000000001'),
      url: '/api/packet',
      event: { action: 'get', packetId: 'pkt_0000000000000001' },
    },
    {
      label: 'claimPacket',
      call: () => claimPacket('pkt_0000000000000001'),
      url: '/api/packet',
      event: { action: 'claim', packetId: 'pkt_0000000000000001' },
    },
    {
      label: 'myPackets',
      call: () => myPackets(),
      url: '/api/packet',
      event: { action: 'mine' },
    },
  ])('$label', async ({ call, url, event }) => {
    await expect(call()).resolves.toEqual({ ok: true, data: {} });

    const [calledUrl, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(calledUrl).toBe(url);
    expect(init.headers).toMatchObject({ [PERSONA_HEADER]: 'u1' });
    expect(JSON.parse(init.body as string)).toEqual(event);
  });
});
