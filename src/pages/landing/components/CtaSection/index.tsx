import { Text, View } from '@tarojs/components';
import type { CtaSection as CtaSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../../../cloudfunctions/contracts/campaign';
import { Countdown } from '../../../../components/Countdown';
import { AVAILABILITY_NOTICE, type Availability } from '../../use-availability';
import { CtaButton, type CtaState } from '../CtaButton';
import { FollowBlock } from '../FollowBlock';
import { RulesList } from '../RulesList';
import './index.scss';

export interface CtaSectionProps {
  campaign: CampaignView;
  section: CtaSectionConfig;
  cta: CtaState;
  availability: Availability;
  /** False right under the hook, whose own button is then still in view. */
  showButton?: boolean;
}

/** The close of a long page: time and (live) stock left, the CTA again, the rules, what to follow. */
export function CtaSection({
  campaign,
  section,
  cta,
  availability,
  showButton = true,
}: CtaSectionProps) {
  const { config, serverNow, remaining } = campaign;
  const notice = AVAILABILITY_NOTICE[availability];
  const urgent = notice !== undefined || config.endsAt !== undefined || remaining !== null;
  return (
    <View className="cta-section" data-testid="landing-cta-section">
      {urgent && (
        <View className="cta-section__urgency">
          {notice && <Text className="cta-section__ended">{notice}</Text>}
          {!notice && config.endsAt && (
            <Countdown
              className="cta-section__countdown"
              endsAt={config.endsAt}
              serverNow={serverNow}
              prefix="距活动结束"
              overText="活动已结束"
            />
          )}
          {remaining && (
            <Text className="cta-section__stock" data-testid="landing-stock">
              {remainingText(remaining)}
            </Text>
          )}
        </View>
      )}
      {showButton && (
        <CtaButton
          cta={cta}
          text={section.ctaText}
          className="cta-section__cta"
          testId="landing-cta-again"
        />
      )}
      {section.follow && <FollowBlock follow={section.follow} />}
      <RulesList rules={config.rules} />
    </View>
  );
}

/** Counted by the server when the page loaded, never the config's typed number. */
function remainingText(remaining: NonNullable<CampaignView['remaining']>): string {
  return remaining.count > 0 ? `仅剩 ${remaining.count} ${remaining.unit}` : '已抢光';
}
