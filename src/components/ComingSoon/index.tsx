import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ComingSoonProps {
  title: string;
}

/** Placeholder for a page whose flow ships in a later issue; says so instead of faking it. */
export function ComingSoon({ title }: ComingSoonProps) {
  return (
    <View className="coming-soon">
      <Text className="coming-soon__title" data-testid="page-title">
        {title}
      </Text>
      <Text className="coming-soon__note">即将上线</Text>
    </View>
  );
}
