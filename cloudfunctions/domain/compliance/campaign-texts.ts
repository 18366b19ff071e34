import type { CampaignConfig, LandingSection } from '../../contracts/campaign-config';

export interface CopyText {
  path: (string | number)[];
  text: string;
}

type Add = (path: (string | number)[], text: string | undefined) => void;

function sectionTexts(
  section: LandingSection,
  at: (...rest: (string | number)[]) => (string | number)[],
  add: Add,
) {
  if (section.type === 'hook') {
    add(at('headline'), section.headline);
    add(at('subheadline'), section.subheadline);
    add(at('ctaText'), section.ctaText);
  } else if (section.type === 'cta') {
    add(at('ctaText'), section.ctaText);
    add(at('follow', 'title'), section.follow?.title);
  } else {
    add(at('title'), section.title);
    section.certifications.forEach((c, j) => {
      add(at('certifications', j, 'name'), c.name);
      add(at('certifications', j, 'issuer'), c.issuer);
    });
    section.experts.forEach((e, j) => {
      add(at('experts', j, 'name'), e.name);
      add(at('experts', j, 'title'), e.title);
      add(at('experts', j, 'quote'), e.quote);
    });
    section.testimonials.forEach((t, j) => {
      add(at('testimonials', j, 'name'), t.name);
      add(at('testimonials', j, 'text'), t.text);
    });
    section.numbers.forEach((n, j) => {
      add(at('numbers', j, 'label'), n.label);
      add(at('numbers', j, 'value'), n.value);
    });
  }
}

/**
 * Every piece of copy a shopper reads, with its JSON path, so copy rules can point at it. The
 * mechanics are declarations the config rules judge, not copy, and are left out.
 */
export function campaignTexts(config: CampaignConfig): CopyText[] {
  const out: CopyText[] = [];
  const add: Add = (path, text) => {
    if (text) out.push({ path, text });
  };
  add(['title'], config.title);
  add(['summary'], config.summary);
  config.rules.forEach((rule, i) => add(['rules', i], rule));
  add(['share', 'title'], config.share.title);
  if (config.product) add(['product', 'name'], config.product.name);
  config.coupons.forEach((coupon, i) => add(['coupons', i, 'title'], coupon.title));
  add(['packet', 'title'], config.packet?.title);
  config.landing.sections.forEach((section, i) =>
    sectionTexts(section, (...rest) => ['landing', 'sections', i, ...rest], add),
  );
  return out;
}
