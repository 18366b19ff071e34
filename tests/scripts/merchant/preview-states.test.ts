import {
  CIRCLE_STATES,
  PACKET_STATES,
  STATES_BY_KIND,
  stateName,
  statesOf,
  type StateId,
} from '../../../scripts/merchant/preview/preview-states';

const PACKET: StateId[] = [
  'packet-sharer',
  'packet-friend',
  'packet-claimed',
  'packet-empty',
  'packet-wallet',
];

const CIRCLE: StateId[] = [
  'circle-compose',
  'circle-posted',
  'circle-feed',
  'circle-search',
  'circle-claimed',
  'circle-ask',
  'circle-empty',
  'circle-none',
  'circle-mine',
];

describe('the states a preview plays, per kind', () => {
  test.each([
    {
      kind: 'bargain' as const,
      states: [
        'landing-top',
        'landing-full',
        'started',
        'friend-view',
        'friend-helped',
        'half-way',
        'completed',
        'wallet',
        'expired',
      ],
    },
    {
      kind: 'assist' as const,
      states: [
        'landing-top',
        'landing-full',
        'started',
        'friend-view',
        'friend-helped',
        'helper-wallet',
        'half-way',
        'completed',
        'wallet',
        'expired',
      ],
    },
    { kind: 'coupon' as const, states: ['landing-top', 'landing-full', 'claimed', 'wallet'] },
    {
      kind: 'group' as const,
      states: [
        'landing-top',
        'landing-full',
        'group-opened',
        'leader-paid',
        'friend-landing',
        'friend-view',
        'friend-joined',
        'completed',
        'expired',
      ],
    },
    {
      kind: 'fcode' as const,
      states: [
        'landing-top',
        'landing-full',
        'fcode-holder',
        'fcode-friend',
        'fcode-accepted',
        'fcode-taken',
        'fcode-waitlisted',
        'fcode-soldout',
        'fcode-promoted',
      ],
    },
  ])('$kind without a packet: $states', ({ kind, states }) => {
    expect(statesOf(kind)).toEqual(states);
    expect(statesOf(kind, { packet: false })).toEqual(states);
  });

  test.each([
    { kind: 'bargain' as const, after: 'wallet' as const },
    { kind: 'assist' as const, after: 'wallet' as const },
    { kind: 'group' as const, after: 'completed' as const },
  ])(
    '$kind with a packet: the packet states after $after, before the clock moves (expired last)',
    ({ kind, after }) => {
      const states = statesOf(kind, { packet: true });
      const at = states.indexOf(after);
      expect(states.slice(at + 1)).toEqual([...PACKET, 'expired']);
      expect(states.filter((id) => !PACKET.includes(id))).toEqual(statesOf(kind));
    },
  );

  test('a coupon campaign with a packet plays it after the wallet', () => {
    expect(statesOf('coupon', { packet: true })).toEqual([
      'landing-top',
      'landing-full',
      'claimed',
      'wallet',
      ...PACKET,
    ]);
  });

  test.each([
    { kind: 'bargain' as const, tail: [...PACKET, ...CIRCLE, 'expired'] },
    { kind: 'assist' as const, tail: [...PACKET, ...CIRCLE, 'expired'] },
    { kind: 'group' as const, tail: [...PACKET, ...CIRCLE, 'expired'] },
    { kind: 'coupon' as const, tail: [...PACKET, ...CIRCLE] },
  ])(
    '$kind with a packet and a circle: the circle after the packet, before the clock moves',
    ({ kind, tail }) => {
      const states = statesOf(kind, { packet: true, circle: true });
      expect(states.slice(-tail.length)).toEqual(tail);
      expect(statesOf(kind, { circle: true }).filter((id) => CIRCLE.includes(id))).toEqual(CIRCLE);
      expect(statesOf(kind, { packet: true })).not.toContain('circle-feed');
    },
  );

  test('an F码 campaign with a circle plays it last', () => {
    expect(statesOf('fcode', { circle: true }).slice(-CIRCLE.length)).toEqual(CIRCLE);
  });

  test('CIRCLE_STATES are the circle’s, in play order', () => {
    expect(CIRCLE_STATES).toEqual(CIRCLE);
  });

  test('PACKET_STATES are the packet’s, in play order', () => {
    expect(PACKET_STATES).toEqual(PACKET);
  });

  test('every state of every kind is named in Chinese and English, none left as its id', () => {
    for (const kind of Object.keys(STATES_BY_KIND) as (keyof typeof STATES_BY_KIND)[]) {
      for (const id of statesOf(kind, { packet: true, circle: true })) {
        const { zh, en } = stateName(kind, id);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(en).toMatch(/^[A-Z]/);
        expect([zh, en]).not.toContain(id);
      }
    }
  });

  test.each([
    { id: 'group-opened' as const, zh: '拼团刚发起（团长待支付）' },
    { id: 'friend-joined' as const, zh: '好友已参团，待支付' },
    { id: 'completed' as const, zh: '拼团成功（团长）' },
    { id: 'expired' as const, zh: '拼团到期未满员' },
  ])('a group’s $id reads $zh', ({ id, zh }) => {
    expect(stateName('group', id).zh).toBe(zh);
  });

  test('a state a kind does not have falls back to its id', () => {
    expect(stateName('coupon', 'group-opened')).toEqual({
      zh: 'group-opened',
      en: 'group-opened',
    });
  });
});
