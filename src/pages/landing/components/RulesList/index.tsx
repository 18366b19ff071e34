import { Text, View } from '@tarojs/components';
import './index.scss';

export interface RulesListProps {
  rules: string[];
}

/** The full rules, steps and rewards, shown up front: nothing the shopper learns later. */
export function RulesList({ rules }: RulesListProps) {
  if (rules.length === 0) return null;
  return (
    <View className="rules-list" data-testid="landing-rules">
      <Text className="rules-list__title">活动规则</Text>
      {rules.map((rule, i) => (
        <View key={i} className="rules-list__item">
          <Text className="rules-list__index">{`${i + 1}.`}</Text>
          <Text className="rules-list__text">{rule}</Text>
        </View>
      ))}
    </View>
  );
}
