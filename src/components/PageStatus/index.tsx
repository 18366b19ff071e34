import { Button, Text, View } from '@tarojs/components';
import './index.scss';

export type PageStatusProps =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; onRetry: () => void }
  | { kind: 'empty'; message: string; icon?: string };

/** The whole-page states every page shares: loading, a failure with a retry, nothing yet. */
export function PageStatus(props: PageStatusProps) {
  return (
    <View className="page-status" data-testid={`page-${props.kind}`}>
      {props.kind === 'empty' && props.icon && (
        <Text className="page-status__icon">{props.icon}</Text>
      )}
      {props.kind === 'loading' && <Text className="page-status__text">加载中…</Text>}
      {props.kind !== 'loading' && <Text className="page-status__text">{props.message}</Text>}
      {props.kind === 'error' && (
        <Button className="page-status__retry" data-testid="page-retry" onClick={props.onRetry}>
          重新加载
        </Button>
      )}
    </View>
  );
}
