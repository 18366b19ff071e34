import type {
  CampaignConfig,
  HookSection,
  LandingSection,
  ProofSection,
} from '../../../cloudfunctions/contracts/campaign-config';

const DEFAULT_HOOK: HookSection = { type: 'hook' };

const isHook = (section: LandingSection): section is HookSection => section.type === 'hook';

/**
 * The sections the page shows, in the config's order (a config may repeat or reorder them).
 * 'single' is one screen: the first hook, which carries the CTA, and nothing to scroll to.
 * A page without any hook would have no title and no button in its first screen, so a default
 * hook goes first; an empty list (the contract fills one in, a hand-built view may not) is
 * the same case.
 */
export function landingSections(landing: CampaignConfig['landing']): LandingSection[] {
  const hook = landing.sections.find(isHook);
  if (landing.layout === 'single') return [hook ?? DEFAULT_HOOK];
  return hook ? landing.sections : [DEFAULT_HOOK, ...landing.sections];
}

export function hasProofContent(section: ProofSection): boolean {
  const { numbers, certifications, experts, testimonials } = section;
  return numbers.length + certifications.length + experts.length + testimonials.length > 0;
}

export interface PlacedSection {
  section: LandingSection;
  /** Stable across re-renders: the section's position in the config. */
  key: number;
  /** This section shows the friend who invited the visitor. */
  showsFriend: boolean;
  /** A CTA section right under the hook would put a second identical button in view. */
  showsCtaButton: boolean;
}

/**
 * What each shown section carries. The friend appears once, in the first proof section
 * (trust among the other proof), or in the hook when there is no proof. Proof sections with
 * nothing to show are dropped (the contract's default sections include an empty one).
 */
export function placeSections(
  landing: CampaignConfig['landing'],
  hasFriend: boolean,
): PlacedSection[] {
  const sections = landingSections(landing);
  const firstProof = sections.findIndex((section) => section.type === 'proof');
  const friendAt = !hasFriend ? -1 : firstProof !== -1 ? firstProof : sections.findIndex(isHook);
  const placed = sections
    .map((section, key) => ({ section, key, showsFriend: key === friendAt }))
    .filter(
      ({ section, showsFriend }) =>
        section.type !== 'proof' || showsFriend || hasProofContent(section),
    );
  return placed.map((item, i) => ({
    ...item,
    showsCtaButton: item.section.type !== 'cta' || placed[i - 1]?.section.type !== 'hook',
  }));
}
