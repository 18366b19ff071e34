// Simulator preview: the weapp build's landing page, rendered in miniprogram-simulate, says
// what the merchant saw in the browser. Text is read with the preview's own extractTextLines,
// so both renderers are judged by one rule. Two modes:
// - `npm test`: every demo campaign and every example config, parsed by the contract and served
//   as a campaign view built here, shows its key texts — title, headline, offer, CTA, rules,
//   proof names — each as a line of its own.
// - PREVIEW_STATES=<states.json> (set by `npm run preview`, which runs this file with
//   `-t <campaignId>`): the page, opened with the browser's query (for a group buy, the friend's
//   landing with the group under the offer), gets exactly the answers the browser got in that
//   run, and its lines must be the browser's lines. The comparison goes to PREVIEW_PARITY_OUT
//   for the contact sheet, whether it passes or not.
import fs from 'node:fs';
import path from 'node:path';
import type {
  CampaignConfig,
  LandingSection,
} from '../../cloudfunctions/contracts/campaign-config';
import { campaignConfigSchema } from '../../cloudfunctions/contracts/campaign-config';
import {
  compareTextLines,
  extractTextLines,
} from '../../scripts/merchant/preview/extract-text-lines';
import { previewInstant } from '../../scripts/merchant/preview/preview-instant';
import type { PreviewReport } from '../../scripts/merchant/preview/preview-report';
import { formatFen } from '../../src/utils/money';
import { aCampaignView } from '../support/ui/campaign-builders';
import { waitFor } from './support/load-weapp';
import { type Answers, stubServer } from './support/stub-server';
import { usePage } from './support/use-page';

const ROOT = path.resolve(__dirname, '../..');
const recorded: PreviewReport | null = process.env.PREVIEW_STATES
  ? (JSON.parse(fs.readFileSync(process.env.PREVIEW_STATES, 'utf8')) as PreviewReport)
  : null;

// The server behind the page: each test serves its own answers, by name.action.
const server = stubServer();
const { open } = usePage('pages/landing/index');

/** Opens the landing page and waits until it has its answers and its text stopped changing. */
async function renderLanding(query: Record<string, string>): Promise<string[]> {
  const opened = open(query);
  const lines = () => extractTextLines(opened.root.dom as unknown as Node);
  await waitFor(() => expect(opened.find('.hook-section__title')).toBeDefined());
  await waitFor(() => expect(server.answered).toBe(server.calls.length));
  let previous = '';
  return waitFor(() => {
    const now = lines();
    const same = now.join('\n') === previous;
    previous = now.join('\n');
    if (!same) throw new Error('the page is still rendering');
    return now;
  });
}

const DEFAULT_CTA: Record<CampaignConfig['kind'], string> = {
  bargain: '发起砍价',
  assist: '发起助力',
  coupon: '立即领取',
  group: '发起拼团',
  fcode: '查看我的F码',
};

/** What a merchant would check first on the page: each must be a line of its own. */
function keyTexts(config: CampaignConfig): string[] {
  const long = config.landing.layout === 'long';
  const sections: LandingSection[] = config.landing.sections;
  const hook = sections.find((s) => s.type === 'hook');
  const texts = [config.title, hook?.ctaText ?? DEFAULT_CTA[config.kind]];
  if (hook?.headline) texts.push(hook.headline);
  const subheadline = hook?.subheadline ?? config.summary;
  if (subheadline) texts.push(subheadline);
  const coupon = (id: string) => config.coupons.find((c) => c.id === id)?.title ?? `(${id})`;
  if (config.kind === 'bargain') {
    const { helpsNeeded, floorFen } = config.bargain;
    texts.push(config.product.name, `${helpsNeeded} 位好友帮砍即可 ${formatFen(floorFen)} 拿`);
  }
  if (config.kind === 'assist') {
    texts.push(
      coupon(config.assist.initiatorRewardTemplateId),
      `${config.assist.helpsNeeded} 位好友助力即可领取奖励`,
    );
  }
  if (config.kind === 'coupon') texts.push(coupon(config.claimTemplateId));
  if (config.kind === 'group') {
    const { size, groupPriceFen } = config.group;
    texts.push(config.product.name, `${size} 人成团，每人 ${formatFen(groupPriceFen)}`);
  }
  if (!long) return texts;
  // The rules close a long page (in its CTA section); a single screen keeps them a tap away.
  if (sections.some((s) => s.type === 'cta')) texts.push(...config.rules);
  for (const s of sections) {
    if (s.type !== 'proof') continue;
    texts.push(
      ...s.certifications.map((c) => c.name),
      ...s.experts.flatMap((e) => [e.name, `“${e.quote}”`]),
      ...s.testimonials.map((t) => t.name),
      ...s.numbers.map((n) => n.value),
    );
  }
  return texts;
}

const CONFIG_FILES = [
  ...fs
    .readdirSync(path.join(ROOT, 'cloudfunctions/demo'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `cloudfunctions/demo/${f}`),
  ...fs
    .readdirSync(path.join(ROOT, 'cloudfunctions/demo/examples'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `cloudfunctions/demo/examples/${f}`),
].map((file) => {
  const config = campaignConfigSchema.parse(
    JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')),
  );
  return { id: config.id, file, config };
});

(recorded ? describe.skip : describe)('landing page of the weapp build, per config file', () => {
  test('there are demo and example configs to render', () => {
    expect(CONFIG_FILES.length).toBeGreaterThanOrEqual(6);
  });

  test.each(CONFIG_FILES)('$id ($file) shows its key texts', async ({ config }) => {
    // As the preview plays it: inside the campaign's window.
    const view = aCampaignView(config, {
      serverNow: previewInstant(config, new Date()).at.toISOString(),
    });
    server.serve({
      'campaign.get': () => ({ ok: true, data: { campaign: view } }),
      'invite.visit': () => ({
        ok: true,
        data: { campaignId: config.id, isNewUser: true, invitedBy: null, subject: null },
      }),
    });

    const lines = await renderLanding({ campaignId: config.id });

    expect(keyTexts(config).filter((text) => !lines.includes(text))).toEqual([]);
  });
});

(recorded ? describe : describe.skip)('simulator parity with a preview run', () => {
  test(`the weapp landing page shows what the browser showed: ${recorded?.campaignId}`, async () => {
    const landing = recorded?.landing;
    if (!recorded || !landing) throw new Error('states.json has no landing page record');
    // The browser's own answers; where it asked twice, the last answer is what it showed.
    const answers: Answers = {};
    for (const call of landing.served) {
      answers[`${call.name}.${call.event.action}`] = () => call.result;
    }
    server.serve(answers);

    // Opened as the browser opened it: a group buy's friend arrives by a poster's `scene`.
    const lines = await renderLanding(landing.query ?? { campaignId: recorded.campaignId });

    const comparison = compareTextLines(landing.lines, lines);
    const out = process.env.PREVIEW_PARITY_OUT;
    if (out) {
      const result = {
        campaignId: recorded.campaignId,
        ...comparison,
        simulatorLines: lines,
        calls: server.routes(),
      };
      fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    }
    expect({
      onlyInBrowser: comparison.onlyInBrowser,
      onlyInSimulator: comparison.onlyInSimulator,
    }).toEqual({
      onlyInBrowser: [],
      onlyInSimulator: [],
    });
  });
});
