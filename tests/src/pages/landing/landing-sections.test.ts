import type { CampaignConfig } from '../../../../cloudfunctions/contracts/campaign-config';
import { landingSections, placeSections } from '../../../../src/pages/landing/landing-sections';

type Landing = CampaignConfig['landing'];
const hook = { type: 'hook' as const, headline: '砍一刀' };
const proof = {
  type: 'proof' as const,
  certifications: [],
  experts: [],
  testimonials: [],
  numbers: [],
};
const cta = { type: 'cta' as const };

describe('landingSections: the config decides order and repetition', () => {
  test.each<{ label: string; landing: Landing; types: string[] }>([
    {
      label: 'hook, proof, cta as given',
      landing: { layout: 'long', sections: [hook, proof, cta] },
      types: ['hook', 'proof', 'cta'],
    },
    {
      label: 'reordered and repeated',
      landing: { layout: 'long', sections: [proof, hook, cta, proof] },
      types: ['proof', 'hook', 'cta', 'proof'],
    },
    {
      label: 'no sections → a default hook',
      landing: { layout: 'long', sections: [] },
      types: ['hook'],
    },
    {
      label: 'no hook → a default hook first, so the first screen has a title and a CTA',
      landing: { layout: 'long', sections: [proof, cta] },
      types: ['hook', 'proof', 'cta'],
    },
    {
      label: 'single → the first hook only',
      landing: { layout: 'single', sections: [proof, hook, cta] },
      types: ['hook'],
    },
  ])('$label', ({ landing, types }) => {
    expect(landingSections(landing).map((section) => section.type)).toEqual(types);
  });

  test('single keeps the configured hook, not a default one', () => {
    expect(landingSections({ layout: 'single', sections: [cta, hook] })).toEqual([hook]);
  });
});

describe('placeSections: the friend once, no empty proof, no second button right under the hook', () => {
  const filled = { ...proof, numbers: [{ label: '已售', value: '3 万件' }] };
  const summary = (landing: Landing, hasFriend: boolean) =>
    placeSections(landing, hasFriend).map(
      ({ section, showsFriend, showsCtaButton }) =>
        `${section.type}${showsFriend ? '+friend' : ''}${section.type === 'cta' && !showsCtaButton ? '-button' : ''}`,
    );

  test.each<{ label: string; landing: Landing; hasFriend: boolean; placed: string[] }>([
    {
      label: 'the friend goes to the first proof',
      landing: { layout: 'long', sections: [hook, filled, cta, filled] },
      hasFriend: true,
      placed: ['hook', 'proof+friend', 'cta', 'proof'],
    },
    {
      label: 'no proof → the friend goes to the hook',
      landing: { layout: 'long', sections: [hook, cta] },
      hasFriend: true,
      placed: ['hook+friend', 'cta-button'],
    },
    {
      label: 'single → the hook has the friend',
      landing: { layout: 'single', sections: [hook, filled, cta] },
      hasFriend: true,
      placed: ['hook+friend'],
    },
    {
      label: 'an empty proof is dropped, so the CTA section sits under the hook without a button',
      landing: { layout: 'long', sections: [hook, proof, cta] },
      hasFriend: false,
      placed: ['hook', 'cta-button'],
    },
    {
      label: 'an empty proof still carries the friend',
      landing: { layout: 'long', sections: [hook, proof, cta] },
      hasFriend: true,
      placed: ['hook', 'proof+friend', 'cta'],
    },
    {
      label: 'a CTA section first keeps its button',
      landing: { layout: 'long', sections: [cta, hook] },
      hasFriend: false,
      placed: ['cta', 'hook'],
    },
  ])('$label', ({ landing, hasFriend, placed }) => {
    expect(summary(landing, hasFriend)).toEqual(placed);
  });
});
