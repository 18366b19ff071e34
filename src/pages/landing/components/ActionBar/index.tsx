import { Text, View } from '@tarojs/components';
import type {
  CampaignConfig,
  CouponTemplateConfig,
} from '../../../../../cloudfunctions/contracts/campaign-config';
import { formatCouponThreshold, formatCouponValue } from '../../../../utils/coupon';
import { formatFen } from '../../../../utils/money';
import { CtaButton, type CtaState } from '../CtaButton';
import './index.scss';

export interface ActionBarProps {
  config: CampaignConfig;
  cta: CtaState;
  /** The hook's ctaText, so the bar says what the first screen said. */
  text?: string;
}

/** Fixed to the bottom of a long page once the hook's button has scrolled away. */
export function ActionBar({ config, cta, text }: ActionBarProps) {
  const { value, note } = offerSummary(config);
  return (
    <View className="action-bar" data-testid="landing-action-bar">
      <View className="action-bar__offer">
        <Text className="action-bar__value">{value}</Text>
        <Text className="action-bar__note">{note}</Text>
      </View>
      <View className="action-bar__button">
        <CtaButton
          cta={cta}
          text={text}
          size="compact"
          className="action-bar__cta"
          testId="landing-action-bar-cta"
        />
      </View>
    </View>
  );
}

function offerSummary(config: CampaignConfig): { value: string; note: string } {
  if (config.kind === 'bargain') {
    return {
      value: `${formatFen(config.bargain.floorFen)} 拿`,
      note: `原价 ${formatFen(config.product.priceFen)}`,
    };
  }
  if (config.kind === 'group') {
    return {
      value: `${formatFen(config.group.groupPriceFen)} 拼`,
      note: `${config.group.size}人团 · 原价 ${formatFen(config.product.priceFen)}`,
    };
  }
  if (config.kind === 'fcode') {
    const price =
      config.fcode.grant.kind === 'price' ? config.fcode.grant.priceFen : config.product.priceFen;
    return {
      value: `凭码 ${formatFen(price)}`,
      note: `限量F码 · 原价 ${formatFen(config.product.priceFen)}`,
    };
  }
  const templateId =
    config.kind === 'assist' ? config.assist.initiatorRewardTemplateId : config.claimTemplateId;
  const coupon = config.coupons.find((c: CouponTemplateConfig) => c.id === templateId);
  if (!coupon) return { value: '', note: config.title };
  return { value: formatCouponValue(coupon), note: formatCouponThreshold(coupon) };
}
