import { View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useInviteShare } from '../../hooks/use-invite-share';
import { useLaunchVisit } from '../../hooks/use-launch-visit';
import { useRemote } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { FriendClaim } from './components/FriendClaim';
import { PacketSlots } from './components/PacketSlots';
import { PacketSummary } from './components/PacketSummary';
import { SharerPanel } from './components/SharerPanel';
import { loadPacket } from './load-packet';
import { usePacketClaim } from './use-claim';
import { pageUrl, subjectUrl } from '../../utils/routes';
import './index.scss';

function headingOf(packet: PacketView): string {
  return packet.viewer.isSharer ? '我分享给好友的优惠券' : `${packet.sharerName} 送你一份优惠券`;
}

export default function PacketPage() {
  const { params } = useRouter();
  const { packetId } = params;
  const { state, reload, refresh, set } = useRemote(packetId ?? '', () => loadPacket(packetId));
  const packet = state.status === 'ready' ? state.value : null;
  const ensureVisited = useLaunchVisit(packet?.campaignId ?? null, params);
  const sharing = packet?.viewer.isSharer && packet.status === 'open' ? packet : null;
  const share = useInviteShare(sharing?.campaignId ?? null, sharing?.id ?? null);
  const { busy, coupon, error, claim, forgetTaps } = usePacketClaim({
    packetKey: packet?.id,
    ensureVisited,
    set,
    refresh,
  });

  const shareTitle = packet ? `送你一份「${packet.title}」，先到先得` : '送你一份优惠券';
  const sharePath = packet ? subjectUrl('packet', packet.id, sharing ? share.token : null) : null;

  // WeChat calls this synchronously when the share sheet opens: the token is already here.
  useShareAppMessage(() => ({
    title: shareTitle,
    path: sharePath ?? (packetId ? subjectUrl('packet', packetId) : pageUrl('landing')),
  }));

  return (
    <View className="packet-page">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
      )}
      {packet && (
        <>
          <PacketSummary packet={packet} heading={headingOf(packet)} onOver={refresh} />
          {packet.viewer.isSharer ? (
            <SharerPanel
              packet={packet}
              sharePath={share.token ? sharePath : null}
              shareTitle={shareTitle}
              qr={share.qr}
              onPoster={share.requestQr}
            />
          ) : (
            <FriendClaim
              packet={packet}
              claimed={coupon}
              claimError={error}
              busy={busy}
              onClaim={() => void claim(packet)}
              onBrowse={() =>
                void Taro.navigateTo({
                  url: pageUrl('landing', { campaignId: packet.campaignId }),
                })
              }
            />
          )}
          <PacketSlots packet={packet} />
        </>
      )}
      <PersonaSwitcher
        onChange={() => {
          forgetTaps();
          reload();
        }}
      />
    </View>
  );
}
