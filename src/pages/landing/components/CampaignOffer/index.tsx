import { Text, View } from '@tarojs/components';
import type {
  AssistCampaign,
  BargainCampaign,
  CampaignConfig,
  CouponCampaign,
  CouponTemplateConfig,
  FcodeCampaign,
  GroupCampaign,
} from '../../../../../cloudfunctions/contracts/campaign-config';
import {
  formatCouponName,
  formatCouponThreshold,
  formatCouponValue,
} from '../../../../utils/coupon';
import { onShortText } from '../../../../utils/group';
import { formatFen } from '../../../../utils/money';
import './index.scss';

export interface CampaignOfferProps {
  config: CampaignConfig;
}

/** What the shopper gets and what it takes, in the terms of the campaign's kind. */
export function CampaignOffer({ config }: CampaignOfferProps) {
  return (
    <View className={`campaign-offer campaign-offer--${config.kind}`} data-testid="landing-offer">
      {config.kind === 'bargain' && <BargainOffer config={config} />}
      {config.kind === 'assist' && <AssistOffer config={config} />}
      {config.kind === 'coupon' && <CouponOffer config={config} />}
      {config.kind === 'group' && <GroupOffer config={config} />}
      {config.kind === 'fcode' && <FcodeOffer config={config} />}
    </View>
  );
}

function BargainOffer({ config }: { config: BargainCampaign }) {
  const { helpsNeeded, floorFen } = config.bargain;
  return (
    <View>
      <Text className="campaign-offer__product">{config.product.name}</Text>
      <View className="campaign-offer__prices">
        <Text className="campaign-offer__label">底价</Text>
        <Text className="campaign-offer__price">{formatFen(floorFen)}</Text>
        <Text className="campaign-offer__original" data-testid="landing-original-price">
          {formatFen(config.product.priceFen)}
        </Text>
      </View>
      <Text className="campaign-offer__rule">
        {`${helpsNeeded} 位好友帮砍即可 ${formatFen(floorFen)} 拿`}
      </Text>
    </View>
  );
}

function GroupOffer({ config }: { config: GroupCampaign }) {
  const { size, groupPriceFen, onShort } = config.group;
  return (
    <View>
      <Text className="campaign-offer__product">{config.product.name}</Text>
      <View className="campaign-offer__prices">
        <Text className="campaign-offer__label">拼团价</Text>
        <Text className="campaign-offer__price">{formatFen(groupPriceFen)}</Text>
        <Text className="campaign-offer__original" data-testid="landing-original-price">
          {formatFen(config.product.priceFen)}
        </Text>
      </View>
      <Text className="campaign-offer__rule">{`${size} 人成团，每人 ${formatFen(groupPriceFen)}`}</Text>
      <Text className="campaign-offer__note" data-testid="landing-group-on-short">
        {onShortText(onShort)}
      </Text>
    </View>
  );
}

function AssistOffer({ config }: { config: AssistCampaign }) {
  const { helpsNeeded, initiatorRewardTemplateId, helperRewardTemplateId } = config.assist;
  const reward = findCoupon(config.coupons, initiatorRewardTemplateId);
  // Both sides get something real: say what the helping friend gets too.
  const thanks = helperRewardTemplateId && findCoupon(config.coupons, helperRewardTemplateId);
  return (
    <View>
      {reward && <CouponValue coupon={reward} />}
      <Text className="campaign-offer__rule">{`${helpsNeeded} 位好友助力即可领取奖励`}</Text>
      {thanks && (
        <Text className="campaign-offer__thanks">
          {`助力的好友也得 ${formatCouponName(thanks)}`}
        </Text>
      )}
    </View>
  );
}

function CouponOffer({ config }: { config: CouponCampaign }) {
  const coupon = findCoupon(config.coupons, config.claimTemplateId);
  // The contract guarantees the claim template exists; a broken config still renders a page.
  if (!coupon) return null;
  return <CouponValue coupon={coupon} />;
}

function CouponValue({ coupon }: { coupon: CouponTemplateConfig }) {
  return (
    <View className="campaign-offer__coupon">
      <Text className="campaign-offer__coupon-value">{formatCouponValue(coupon)}</Text>
      <View className="campaign-offer__coupon-body">
        <Text className="campaign-offer__coupon-title">{coupon.title}</Text>
        <Text className="campaign-offer__coupon-threshold">{formatCouponThreshold(coupon)}</Text>
      </View>
    </View>
  );
}

function findCoupon(coupons: CouponTemplateConfig[], id: string) {
  return coupons.find((coupon) => coupon.id === id);
}

function FcodeOffer({ config }: { config: FcodeCampaign }) {
  const { grant } = config.fcode;
  return (
    <View>
      <Text className="campaign-offer__product">{config.product.name}</Text>
      <View className="campaign-offer__prices">
        <Text className="campaign-offer__label">
          {grant.kind === 'price' ? '凭码价' : '凭码抢先购'}
        </Text>
        <Text className="campaign-offer__price">
          {formatFen(grant.kind === 'price' ? grant.priceFen : config.product.priceFen)}
        </Text>
        {grant.kind === 'price' && (
          <Text className="campaign-offer__original" data-testid="landing-original-price">
            {formatFen(config.product.priceFen)}
          </Text>
        )}
      </View>
      <Text className="campaign-offer__rule">每个F码只能使用一次，数量在每批发布时固定</Text>
    </View>
  );
}
