import { Text, View } from '@tarojs/components';
import { WALLET_TABS, type WalletTab } from '../../wallet';
import './index.scss';

export interface WalletTabsProps {
  active: WalletTab;
  counts: Record<WalletTab, number>;
  onChange: (tab: WalletTab) => void;
}

export function WalletTabs({ active, counts, onChange }: WalletTabsProps) {
  return (
    <View className="wallet-tabs">
      {WALLET_TABS.map(({ key, label }) => (
        <View
          key={key}
          className={`wallet-tabs__tab wallet-tabs__tab--${key}${key === active ? ' is-active' : ''}`}
          data-testid={`wallet-tab-${key}`}
          onClick={() => onChange(key)}
        >
          <Text>{`${label}(${counts[key]})`}</Text>
        </View>
      ))}
    </View>
  );
}
