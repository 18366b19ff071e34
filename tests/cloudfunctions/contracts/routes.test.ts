import fs from 'node:fs';
import path from 'node:path';
import {
  PAGE_NAMES,
  pagePath,
  pageUrl,
  subjectUrl,
} from '../../../cloudfunctions/contracts/routes';

describe('the route table', () => {
  it('writes a page and its query, leaving out what is missing or empty', () => {
    expect(pagePath('coupons')).toBe('pages/coupons/index');
    expect(pageUrl('bargain', { bargainId: 'brg_0123456789abcdef', token: null })).toBe(
      '/pages/bargain/index?bargainId=brg_0123456789abcdef',
    );
    expect(pageUrl('landing', { campaignId: '', token: '3kTz9QwL0aBc' })).toBe(
      '/pages/landing/index?token=3kTz9QwL0aBc',
    );
    expect(pageUrl('circle', { postId: 'p 1&x', ask: '1' })).toBe(
      '/pages/circle/index?postId=p%201%26x&ask=1',
    );
  });

  it("opens each shared subject on its own page with the sharer's token", () => {
    expect(subjectUrl('assist', 'ast_1', 'tok')).toBe(
      '/pages/assist/index?assistId=ast_1&token=tok',
    );
    expect(subjectUrl('group', 'grp_1')).toBe('/pages/group/index?groupId=grp_1');
    expect(subjectUrl('packet', 'pkt_1', null)).toBe('/pages/packet/index?packetId=pkt_1');
    expect(subjectUrl('bargain', 'brg_1', 'tok')).toBe(
      '/pages/bargain/index?bargainId=brg_1&token=tok',
    );
  });

  it('has exactly the pages the app registers, in its order, each with its page file', () => {
    const root = path.resolve(__dirname, '../../..');
    const appConfig = fs.readFileSync(path.join(root, 'src/app.config.ts'), 'utf8');
    const registered = [...appConfig.matchAll(/'pages\/([a-z-]+)\/index'/g)].map((m) => m[1]);
    expect(registered).toEqual([...PAGE_NAMES]);
    for (const page of PAGE_NAMES) {
      expect(fs.existsSync(path.join(root, 'src', pagePath(page) + '.tsx'))).toBe(true);
    }
  });
});
