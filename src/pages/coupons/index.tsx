import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useRemote } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { myPackets } from '../../services/packet';
import { CouponCard } from './components/CouponCard';
import { PacketSection } from './components/PacketSection';
import { WalletTabs } from './components/WalletTabs';
import { useWallet } from './use-wallet';
import { groupCoupons, type WalletTab } from './wallet';
import { pageUrl } from '../../utils/routes';
import './index.scss';

/**
 * The shopper's coupons: what can be used now, what was used, what lapsed; then the coupons
 * they pass on to friends. A failed packet list costs that section, not the wallet.
 */
export default function CouponsPage() {
  const { state, reload } = useWallet();
  const packets = useRemote('mine', myPackets);
  const reloadAll = () => {
    reload();
    packets.reload();
  };
  const [tab, setTab] = useState<WalletTab>('usable');
  const groups = state.status === 'ready' ? groupCoupons(state.coupons) : null;
  const shown = groups?.[tab] ?? [];

  return (
    <View className="wallet">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reloadAll} />
      )}
      {groups && (
        <WalletTabs
          active={tab}
          counts={{
            usable: groups.usable.length,
            used: groups.used.length,
            expired: groups.expired.length,
          }}
          onChange={setTab}
        />
      )}
      {groups && shown.length === 0 && <PageStatus kind="empty" icon="券" message="暂无优惠券" />}
      {shown.length > 0 && (
        <View className="wallet__list" data-testid={`wallet-list-${tab}`}>
          {shown.map((coupon) => (
            <CouponCard key={coupon.id} coupon={coupon} />
          ))}
        </View>
      )}
      {packets.state.status === 'ready' && <PacketSection {...packets.state.value} />}
      <View className="wallet__circle">
        <Text
          className="wallet__circle-link"
          data-testid="wallet-circle"
          onClick={() => void Taro.navigateTo({ url: pageUrl('circle') })}
        >
          购物圈：看看朋友买过什么 ›
        </Text>
        <Text
          className="wallet__circle-link"
          data-testid="wallet-compose"
          onClick={() => void Taro.navigateTo({ url: pageUrl('circle-post') })}
        >
          买过了？写推荐，送朋友好友券 ›
        </Text>
      </View>
      <PersonaSwitcher onChange={reloadAll} />
    </View>
  );
}
