import { renderContactSheet } from '../../../scripts/merchant/preview/contact-sheet';
import type { PreviewReport } from '../../../scripts/merchant/preview/preview-report';
import type { CapturedState } from '../../../scripts/merchant/preview/preview-run';
import { stateName, type StateId } from '../../../scripts/merchant/preview/preview-states';

function aState(overrides: Partial<CapturedState> = {}): CapturedState {
  return {
    id: 'landing-top',
    zh: '落地页（首屏）',
    en: 'Landing page, first screen',
    file: '01-landing-top.png',
    persona: 'u2',
    route: '/#/pages/landing/index?campaignId=demo-bargain',
    lines: ['标题'],
    text: '标题',
    ...overrides,
  };
}

function aReport(overrides: Partial<PreviewReport> = {}): PreviewReport {
  return {
    campaignId: 'demo-bargain',
    title: '好友帮砍 <¥1> & 带回家',
    kind: 'bargain',
    source: 'cloudfunctions/demo/demo-bargain.json',
    generatedAt: '2026-11-23T08:00:00.000Z',
    previewedAt: '2026-11-23T08:00:00.000Z',
    clockNote: null,
    warnings: [],
    states: { 'landing-top': aState() },
    landing: null,
    simulator: null,
    ...overrides,
  };
}

const parity = { campaignId: 'demo-bargain', simulatorLines: ['标题'], calls: [], byDesign: [] };

describe('renderContactSheet', () => {
  test('escapes the merchant’s text', () => {
    const html = renderContactSheet(aReport());
    expect(html).toContain('<h1>好友帮砍 &lt;¥1&gt; &amp; 带回家</h1>');
    expect(html).not.toContain('<¥1>');
  });

  test('one card per state: names in Chinese and English, the image at phone width', () => {
    const html = renderContactSheet(
      aReport({
        states: {
          'landing-top': aState(),
          'half-way': aState({
            id: 'half-way',
            zh: '砍价进行到一半',
            en: 'Bargain half way',
            file: '06-half-way.png',
          }),
        },
      }),
    );
    expect(html.match(/<figure class="card"/g)).toHaveLength(2);
    expect(html).toContain('<img src="06-half-way.png" width="375"');
    expect(html).toContain('砍价进行到一半');
    expect(html).toContain('Bargain half way');
  });

  test('a state that does not apply says why, without an image', () => {
    const html = renderContactSheet(
      aReport({
        states: { 'half-way': aState({ id: 'half-way', file: null, note: '一刀即成 · one help' }) },
      }),
    );
    expect(html).toContain('card--skipped');
    expect(html).toContain('一刀即成 · one help');
    expect(html).not.toContain('<img');
  });

  test.each([
    { kind: 'bargain' as const, name: '砍价 bargain' },
    { kind: 'assist' as const, name: '助力 assist' },
    { kind: 'coupon' as const, name: '领券 coupon' },
    { kind: 'group' as const, name: '拼团 group' },
  ])('names the kind: $name', ({ kind, name }) => {
    const html = renderContactSheet(aReport({ kind }));
    expect(html).toContain(`<p class="meta"><code>demo-bargain</code> · ${name} · `);
  });

  test('a group buy with packets: its states in the report’s order, each by name and image', () => {
    const group = (id: StateId, file: string | null, note?: string) =>
      aState({
        id,
        ...stateName('group', id),
        file,
        persona: file ? 'u1' : null,
        route: file ? '/#/pages/group/index?groupId=grp_0000000000000001' : null,
        ...(note ? { note } : {}),
      });
    const html = renderContactSheet(
      aReport({
        campaignId: 'demo-group',
        title: '3 人成团，明前龙井 ¥69',
        kind: 'group',
        states: {
          'group-opened': group('group-opened', '03-group-opened.png'),
          'friend-joined': group('friend-joined', '07-friend-joined.png'),
          'packet-claimed': group('packet-claimed', '11-packet-claimed.png'),
          'packet-empty': group('packet-empty', null, '只有 1 张券 · one coupon only'),
          expired: group('expired', '14-expired.png'),
        },
      }),
    );
    expect(html).toContain('拼团 group');
    expect(html.match(/<figure class="card"/g)).toHaveLength(4);
    expect(html.match(/<figure class="card card--skipped"/g)).toHaveLength(1);
    const order = ['group-opened', 'friend-joined', 'packet-claimed', 'packet-empty', 'expired'];
    const at = order.map((id) => html.indexOf(`id="${id}"`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const [zh, en] of [
      ['拼团刚发起（团长待支付）', 'Group just opened (leader’s seat held until paid)'],
      ['好友已参团，待支付', 'Friend joined, seat held until they pay'],
      ['好友领券成功', 'Friend claimed a coupon from the packet'],
      ['拼团到期未满员', 'Group short of people at its deadline'],
    ]) {
      expect(html).toContain(zh);
      expect(html).toContain(en);
    }
    expect(html).toContain('<img src="07-friend-joined.png" width="375"');
    expect(html).toContain('只有 1 张券 · one coupon only');
  });

  test('lists the check’s warnings with their paths and rules', () => {
    const html = renderContactSheet(
      aReport({
        warnings: [
          {
            ruleId: 'copy-fake-scarcity',
            severity: 'warning',
            path: ['landing', 'sections', 0, 'headline'],
            message: '“仅剩最后 3 件”与配置的库存不符',
            source: '微信外部链接内容管理规范',
          },
        ],
      }),
    );
    expect(html).toContain('1 条合规警告');
    expect(html).toContain('landing.sections[0].headline');
    expect(html).toContain('[copy-fake-scarcity]');
  });

  test.each([
    {
      label: 'a match',
      simulator: {
        status: 'match' as const,
        matches: true,
        onlyInBrowser: [],
        onlyInSimulator: [],
        ...parity,
      },
      says: ['simulator text matches the browser'],
    },
    {
      label: 'a difference, line by line',
      simulator: {
        status: 'differs' as const,
        matches: false,
        onlyInBrowser: ['¥99'],
        onlyInSimulator: ['¥9'],
        ...parity,
      },
      says: ['differs from the browser', '<code>¥99</code>', '<code>¥9</code>'],
    },
    {
      label: 'a failed simulator run',
      simulator: { status: 'failed' as const, message: 'dist/app.js is missing' },
      says: ['the simulator check failed', 'dist/app.js is missing'],
    },
  ])('reports the simulator: $label', ({ simulator, says }) => {
    const html = renderContactSheet(aReport({ simulator }));
    for (const text of says) expect(html).toContain(text);
  });
});
