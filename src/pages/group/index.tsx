import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { GroupView } from '../../../cloudfunctions/contracts/group';
import { CouponPicker } from '../../components/CouponPicker';
import { PacketShareButton } from '../../components/PacketShareButton';
import { TargetPageLayout, useTargetPage } from '../../components/TargetPage';
import { useCouponQuote } from '../../hooks/use-coupon-quote';
import { peopleShort } from '../../utils/group';
import { formatFen } from '../../utils/money';
import { GroupActions } from './components/GroupActions';
import { GroupMembers } from './components/GroupMembers';
import { GroupSummary } from './components/GroupSummary';
import { loadGroup } from './load-group';
import { useGroupActions } from './use-group-actions';
import './index.scss';

function headingOf(group: GroupView): string {
  const { seat } = group.viewer;
  if (group.viewer.isLeader) return '我开的团';
  if (seat === 'paid' || seat === 'held' || seat === 'refund_due') return '我参与的拼团';
  return group.status === 'open' && group.viewer.canJoin
    ? `${group.leaderName} 邀你一起拼团`
    : `${group.leaderName} 的拼团`;
}

function defaultShareTitle(group: GroupView | null): string {
  if (!group) return '一起拼团，更划算';
  return `还差 ${peopleShort(group)} 人，${formatFen(group.groupPriceFen)} 一起拼`;
}

export default function GroupPage() {
  const { params } = useRouter();
  const { groupId } = params;
  const page = useTargetPage({
    key: groupId ?? '',
    queryId: groupId,
    load: () => loadGroup(groupId),
    subject: 'group',
    // Only a member who paid invites: their card brings friends into this group.
    invites: (group) => group.viewer.seat === 'paid' && group.status === 'open',
    defaultShareTitle,
  });
  const { target: group, campaign } = page;
  // Before paying, the viewer's coupons for this seat: the basket is the group price.
  const product = campaign?.product;
  const seat = group?.viewer.seat;
  const mayPay =
    group?.status === 'open' && (seat === 'held' || (group.viewer.canJoin && seat !== 'paid'));
  const coupons = useCouponQuote(
    mayPay && product ? { amountFen: group.groupPriceFen, productIds: [product.id] } : null,
  );
  const chosen = coupons.quotes.find((q) => q.usable && q.coupon.id === coupons.selectedId);
  const payableFen = chosen?.usable ? chosen.payableFen : undefined;
  const { busy, error, join, pay, openOwn, forgetTaps } = useGroupActions({
    groupKey: group?.id,
    ensureVisited: page.ensureVisited,
    set: page.set,
    refresh: page.refresh,
    couponId: chosen ? chosen.coupon.id : null,
  });

  // A group order vouches for a packet only once the group has formed (ORDER_PENDING before).
  const paidOrderId = group?.viewer.seat === 'paid' ? group.viewer.orderId : null;
  const packetOrderId = campaign?.packet && group?.status === 'completed' ? paidOrderId : null;
  const packetLater = Boolean(campaign?.packet && paidOrderId && group?.status === 'open');

  return (
    <TargetPageLayout
      className="group-page"
      state={page.state}
      reload={page.reload}
      onPersona={() => {
        forgetTaps();
        page.reload();
      }}
    >
      {(group) => (
        <>
          <GroupSummary
            group={group}
            heading={headingOf(group)}
            productName={campaign?.product?.name ?? null}
            onOver={page.refresh}
          />
          <GroupMembers group={group} />
          {mayPay && (
            <CouponPicker
              quotes={coupons.quotes}
              selectedId={coupons.selectedId}
              onSelect={coupons.select}
            />
          )}
          <GroupActions
            group={group}
            {...(payableFen !== undefined ? { payableFen } : {})}
            busy={busy}
            error={error}
            onJoin={() => void join(group)}
            onPay={() => void pay(group)}
            onOpenOwn={() => void openOwn(group)}
            onHoldOver={page.refresh}
          />
          {page.sharePanel({
            label: '邀请好友参团',
            subtitle: campaign?.product?.name,
            subscribe: { label: '成团或未成团时通知我', target: { kind: 'group', id: group.id } },
          })}
          {packetLater && (
            <View className="group-page__packet" data-testid="group-packet-later">
              <Text className="group-page__packet-note">成团后可分享优惠券给好友</Text>
            </View>
          )}
          {packetOrderId && (
            <View className="group-page__packet" data-testid="group-packet">
              <Text className="group-page__packet-note">送好友优惠券，好友用券后你获得经验</Text>
              <PacketShareButton orderId={packetOrderId} variant="ghost" />
            </View>
          )}
        </>
      )}
    </TargetPageLayout>
  );
}
