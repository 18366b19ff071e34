import type { CampaignConfig } from '../../contracts/campaign-config';

export interface CopyText {
  path: (string | number)[];
  text: string;
}

/** Every piece of copy a shopper reads, with its JSON path, so copy rules can point at it. */
export function campaignTexts(config: CampaignConfig): CopyText[] {
  const out: CopyText[] = [];
  const add = (path: (string | number)[], text: string | undefined) => {
    if (text) out.push({ path, text });
  };
  add(['title'], config.title);
  add(['summary'], config.summary);
  config.rules.forEach((rule, i) => add(['rules', i], rule));
  add(['share', 'title'], config.share.title);
  if (config.product) add(['product', 'name'], config.product.name);
  config.coupons.forEach((coupon, i) => add(['coupons', i, 'title'], coupon.title));
  add(['packet', 'title'], config.packet?.title);
  config.landing.sections.forEach((section, i) => {
    const at = (...rest: (string | number)[]) => ['landing', 'sections', i, ...rest];
    if (section.type === 'hook') {
      add(at('headline'), section.headline);
      add(at('subheadline'), section.subheadline);
      add(at('ctaText'), section.ctaText);
    } else if (section.type === 'cta') {
      add(at('ctaText'), section.ctaText);
      add(at('follow', 'title'), section.follow?.title);
    } else {
      add(at('title'), section.title);
      section.experts.forEach((e, j) => add(at('experts', j, 'quote'), e.quote));
      section.testimonials.forEach((t, j) => add(at('testimonials', j, 'text'), t.text));
    }
  });
  config.mechanics.unlocks.forEach((u, i) =>
    add(['mechanics', 'unlocks', i, 'content'], u.content),
  );
  config.mechanics.rewards.forEach((r, i) => add(['mechanics', 'rewards', i, 'reward'], r.reward));
  return out;
}
