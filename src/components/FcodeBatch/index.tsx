import { Text, View } from '@tarojs/components';
import type { FcodeView } from '../../../cloudfunctions/contracts/fcode';
import './index.scss';

export interface FcodeBatchProps {
  fcode: Pick<FcodeView, 'current' | 'next' | 'waiting'>;
}

/**
 * The batch as it is, live from the server: how many codes it has (fixed at its release),
 * how many are given out and used, how many people wait. Never a number the page made up.
 */
export function FcodeBatch({ fcode }: FcodeBatchProps) {
  const { current, next, waiting } = fcode;
  return (
    <View className="fcode-batch" data-testid="fcode-batch">
      {current ? (
        <>
          <Text className="fcode-batch__title" data-testid="fcode-batch-title">
            {`${current.title}共 ${current.size} 个F码`}
          </Text>
          <View className="fcode-batch__numbers">
            <View className="fcode-batch__number">
              <Text className="fcode-batch__value" data-testid="fcode-batch-given">
                {current.givenOut}
              </Text>
              <Text className="fcode-batch__label">已发出</Text>
            </View>
            <View className="fcode-batch__number">
              <Text className="fcode-batch__value" data-testid="fcode-batch-used">
                {current.used}
              </Text>
              <Text className="fcode-batch__label">已使用</Text>
            </View>
            <View className="fcode-batch__number">
              <Text className="fcode-batch__value" data-testid="fcode-batch-waiting">
                {waiting}
              </Text>
              <Text className="fcode-batch__label">人排队</Text>
            </View>
          </View>
          {current.givenOut >= current.size && (
            <Text className="fcode-batch__soldout" data-testid="fcode-batch-soldout">
              本批F码已全部发出
            </Text>
          )}
        </>
      ) : (
        <Text className="fcode-batch__title">F码尚未发布</Text>
      )}
      {next && (
        <Text className="fcode-batch__next" data-testid="fcode-batch-next">
          {`${next.title} ${next.size} 个，发布后按排队顺序发放`}
        </Text>
      )}
    </View>
  );
}
