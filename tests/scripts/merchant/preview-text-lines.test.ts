/**
 * @jest-environment jsdom
 */
import {
  compareTextLines,
  extractTextLines,
} from '../../../scripts/merchant/preview/extract-text-lines';

function dom(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('extractTextLines: one line per text node, as both renderers show it', () => {
  test.each([
    {
      label: 'text nodes in document order, whitespace collapsed',
      html: '<taro-view-core><taro-text-core>  好友帮砍，\n 保温杯  </taro-text-core><taro-text-core>¥1</taro-text-core></taro-view-core>',
      lines: ['好友帮砍， 保温杯', '¥1'],
    },
    {
      label: 'empty and blank nodes are no lines',
      html: '<div> </div><span></span><b>发起砍价</b>',
      lines: ['发起砍价'],
    },
    {
      label: 'the H5 persona chip is a dev tool: skipped',
      html: '<div class="persona-switcher"><span>当前身份：u2</span></div><span>活动规则</span>',
      lines: ['活动规则'],
    },
    {
      label: 'countdowns tick between two renders: skipped',
      html: '<span class="countdown cta-section__countdown">距活动结束 1天 02:00:00</span><span>仅剩 500 件</span>',
      lines: ['仅剩 500 件'],
    },
    {
      label: 'the simulator’s scoped class names are recognised',
      html: '<wx-text class="main--countdown">剩余 00:59</wx-text><wx-text class="main--title">标题</wx-text>',
      lines: ['标题'],
    },
    {
      label: 'a modifier that merely contains the name is kept',
      html: '<span class="countdown-label">倒计时</span>',
      lines: ['倒计时'],
    },
    {
      label: 'styles and scripts are not text',
      html: '<style>.a{color:red}</style><script>var x = 1</script><span>券</span>',
      lines: ['券'],
    },
  ])('$label', ({ html, lines }) => {
    expect(extractTextLines(dom(html))).toEqual(lines);
  });
});

describe('compareTextLines: the same things said, order and repeats aside', () => {
  test.each([
    {
      label: 'same lines in another order, one repeated',
      browser: ['标题', '发起砍价', '规则', '发起砍价'],
      simulator: ['规则', '标题', '发起砍价'],
      expected: { matches: true, onlyInBrowser: [], onlyInSimulator: [], byDesign: [] },
    },
    {
      label: 'a line missing on each side',
      browser: ['标题', '¥99'],
      simulator: ['标题', '¥9'],
      expected: { matches: false, onlyInBrowser: ['¥99'], onlyInSimulator: ['¥9'], byDesign: [] },
    },
    {
      label: 'the H5 follow hint is a difference by design',
      browser: ['标题', '在微信中打开即可关注'],
      simulator: ['标题'],
      expected: {
        matches: true,
        onlyInBrowser: [],
        onlyInSimulator: [],
        byDesign: [
          { line: '在微信中打开即可关注', reason: expect.stringContaining('official-account') },
        ],
      },
    },
    {
      label: 'a by-design line on the wrong side is a difference',
      browser: ['标题'],
      simulator: ['标题', '在微信中打开即可关注'],
      expected: {
        matches: false,
        onlyInBrowser: [],
        onlyInSimulator: ['在微信中打开即可关注'],
        byDesign: [],
      },
    },
  ])('$label', ({ browser, simulator, expected }) => {
    expect(compareTextLines(browser, simulator)).toEqual(expected);
  });
});
