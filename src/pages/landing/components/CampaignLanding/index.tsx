import { Fragment } from 'react';
import { View } from '@tarojs/components';
import type { HookSection as HookSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../../../cloudfunctions/contracts/campaign';
import { placeSections } from '../../landing-sections';
import { useAvailability } from '../../use-availability';
import { CLAIMED_LABEL, DEFAULT_CTA_TEXT, MINE_LABEL, useCtaAction } from '../../use-cta-action';
import type { InvitedBy, SharedGroup } from '../../use-landing';
import { useLandingGroup } from '../../use-landing-group';
import { useScrolledPast } from '../../use-scrolled-past';
import { ActionBar } from '../ActionBar';
import { type CtaState } from '../CtaButton';
import { CtaSection } from '../CtaSection';
import { FcodeBatch } from '../../../../components/FcodeBatch';
import { useLandingFcode } from '../../use-landing-fcode';
import { GroupStatus } from '../GroupStatus';
import { HookSection } from '../HookSection';
import { ProofSection } from '../ProofSection';
import './index.scss';

export interface CampaignLandingProps {
  campaign: CampaignView;
  invitedBy: InvitedBy | null;
  /** The group the visitor's card or code was shared for, if it was. */
  sharedGroup?: SharedGroup | null;
}

/** A loaded campaign, drawn section by section in the order its config gives. */
export function CampaignLanding({ campaign, invitedBy, sharedGroup = null }: CampaignLandingProps) {
  const { config } = campaign;
  const long = config.landing.layout === 'long';
  const availability = useAvailability(campaign);
  const action = useCtaAction(campaign);
  const barVisible = useScrolledPast('.hook-section__actions', long);
  const landingGroup = useLandingGroup(campaign, sharedGroup);
  const landingFcode = useLandingFcode(campaign);

  const cta: CtaState = {
    defaultLabel: DEFAULT_CTA_TEXT[config.kind],
    labelOverride: action.claimed
      ? CLAIMED_LABEL
      : campaign.mine
        ? MINE_LABEL[campaign.mine.kind]
        : undefined,
    // A claimed coupon, or one's own bargain, still leads somewhere useful after the end.
    disabled: availability !== 'open' && !action.claimed && !campaign.mine,
    busy: action.busy,
    onTap: () => void action.onTap(),
  };
  const placed = placeSections(config.landing, invitedBy !== null);
  const firstHook = placed.find(
    (item): item is typeof item & { section: HookSectionConfig } => item.section.type === 'hook',
  )?.section;

  return (
    <View className={`campaign-landing campaign-landing--${config.landing.layout}`}>
      {placed.map(({ section, key, showsFriend, showsCtaButton }) => {
        const friend = showsFriend ? invitedBy : null;
        switch (section.type) {
          case 'hook':
            return (
              <Fragment key={key}>
                <HookSection
                  campaign={campaign}
                  section={section}
                  cta={cta}
                  availability={availability}
                  invitedBy={friend}
                />
                {/* The group's state belongs right under the offer that explains it. */}
                {section === firstHook && landingGroup && <GroupStatus {...landingGroup} />}
                {section === firstHook && landingFcode && <FcodeBatch fcode={landingFcode} />}
              </Fragment>
            );
          case 'proof':
            return (
              <ProofSection
                key={key}
                section={section}
                verifiedOrderIds={campaign.verifiedOrderIds}
                invitedBy={friend}
              />
            );
          case 'cta':
            return (
              <CtaSection
                key={key}
                campaign={campaign}
                section={section}
                cta={cta}
                availability={availability}
                showButton={showsCtaButton}
              />
            );
        }
      })}
      {barVisible && <ActionBar config={config} cta={cta} text={firstHook?.ctaText} />}
    </View>
  );
}
