import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import { formatPercent } from '../../format-percent';
import './index.scss';

export interface ViralCardProps {
  viral: CampaignStats['viral'];
}

// Mirrors the server's ratio(): an empty denominator is 0, so the parts multiply to K.
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** K up front, with the two factors it is the product of, so a merchant knows which to push. */
export function ViralCard({ viral }: ViralCardProps) {
  const perParticipant = ratio(viral.invitesSent, viral.participants);
  const conversion = ratio(viral.inviteesConverted, viral.invitees);
  const selfSustaining = viral.k >= 1;
  return (
    <View className="viral-card" data-testid="viral-card">
      <View className="viral-card__top">
        <Text className="viral-card__k" data-testid="viral-k">{`K 值 ${viral.k.toFixed(2)}`}</Text>
        <Text className={`viral-card__tag${selfSustaining ? ' viral-card__tag--up' : ''}`}>
          {selfSustaining ? '可自行扩散' : '仍需引流'}
        </Text>
      </View>
      <Text className="viral-card__explain" data-testid="viral-explain">
        K 值：每位参与者平均带来几位转化的新用户，≥ 1 时活动能靠分享自行扩散
      </Text>
      <Text className="viral-card__formula" data-testid="viral-parts">
        {`人均带来到访 ${perParticipant.toFixed(2)} × 新用户转化率 ${formatPercent(conversion)}`}
      </Text>
      <Text className="viral-card__counts" data-testid="viral-counts">
        {`参与者 ${viral.participants} 人，经分享到访 ${viral.invitesSent} 人，新用户 ${viral.invitees} 人，其中转化 ${viral.inviteesConverted} 人`}
      </Text>
    </View>
  );
}
