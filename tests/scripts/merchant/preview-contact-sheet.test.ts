import { renderContactSheet } from '../../../scripts/merchant/preview/contact-sheet';
import type { PreviewReport } from '../../../scripts/merchant/preview/preview-report';
import type { CapturedState } from '../../../scripts/merchant/preview/preview-run';

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
