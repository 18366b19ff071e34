import type { PacketView } from '../../../../cloudfunctions/contracts/packet';
import { disclosureText } from '../../../../src/pages/packet/disclosure';

type Disclosure = PacketView['disclosure'];

const slot = (seq: number, valueFen: number | null) => ({
  seq,
  valueFen,
  claimerName: null,
  claimedAt: null,
});

describe('a packet says what it holds before anyone claims', () => {
  test.each([
    {
      label: 'a list: every amount, first come first served',
      disclosure: { kind: 'list', count: 3, totalFen: 1800, minFen: null, maxFen: null },
      slots: [slot(1, 1000), slot(2, 500), slot(3, 300)],
      text: '共 3 张：¥10、¥5、¥3，先到先得',
    },
    {
      label: 'an even split',
      disclosure: { kind: 'even', count: 4, totalFen: 2000, minFen: null, maxFen: null },
      slots: [],
      text: '共 4 张，每张 ¥5',
    },
    {
      label: 'an even split that does not divide: the two amounts it gives',
      disclosure: { kind: 'even', count: 3, totalFen: 1000, minFen: null, maxFen: null },
      slots: [],
      text: '共 3 张，每张 ¥3.33–¥3.34',
    },
    {
      label: 'random, disclosed: total and range',
      disclosure: { kind: 'random', count: 5, totalFen: 3000, minFen: 200, maxFen: 1200 },
      slots: [slot(1, null)],
      text: '共 5 张，总额 ¥30，每张 ¥2–¥12 随机',
    },
    {
      label: 'random, range undisclosed: says the amounts show on claim',
      disclosure: { kind: 'random', count: 5, totalFen: 3000, minFen: null, maxFen: null },
      slots: [slot(1, null)],
      text: '共 5 张，金额随机，领取后揭晓',
    },
  ] satisfies {
    label: string;
    disclosure: Disclosure;
    slots: PacketView['slots'];
    text: string;
  }[])('$label', ({ disclosure, slots, text }) => {
    expect(disclosureText({ disclosure, slots })).toBe(text);
  });
});
