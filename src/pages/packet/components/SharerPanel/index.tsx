import { Text, View } from '@tarojs/components';
import type { PacketView } from '../../../../../cloudfunctions/contracts/packet';
import { SharePanel } from '../../../../components/SharePanel';
import type { QrState } from '../../../../hooks/use-invite-share';
import { formatExperience } from '../../../../utils/experience';
import { pageUrl } from '../../../../utils/routes';
import './index.scss';

export interface SharerPanelProps {
  packet: PacketView;
  /** The share card's path with the token; null while it is being fetched. */
  sharePath: string | null;
  shareTitle: string;
  qr: QrState;
  onPoster: () => void;
}

/**
 * The buyer's part: share while coupons are left, and see what friends' use earned. The
 * reward is experience toward the sharer's level, never cash: say so where the number is.
 */
export function SharerPanel({ packet, sharePath, shareTitle, qr, onPoster }: SharerPanelProps) {
  const stats = packet.sharerStats;
  return (
    <View className="sharer-panel" data-testid="packet-sharer">
      <View className="sharer-panel__stats">
        {stats && (
          <Text className="sharer-panel__numbers" data-testid="packet-sharer-stats">
            {`好友已用 ${stats.used} 张，你获得 ${formatExperience(stats)}`}
          </Text>
        )}
        <Text className="sharer-panel__note" data-testid="packet-xp-note">
          好友用券下单后你获得经验，过退款期后确认，用于提升分享等级，不是现金
        </Text>
      </View>
      {packet.status === 'open' && (
        <SharePanel
          shareLabel="分享给好友领券"
          path={sharePath}
          posterTitle={shareTitle}
          qr={qr}
          onPoster={onPoster}
          invitesUrl={pageUrl('invites', { campaignId: packet.campaignId })}
        />
      )}
    </View>
  );
}
