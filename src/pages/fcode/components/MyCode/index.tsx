import { Button, Text, View } from '@tarojs/components';
import type { MyCode as MyCodeView } from '../../../../../cloudfunctions/contracts/fcode';
import { Countdown } from '../../../../components/Countdown';
import { formatFen } from '../../../../utils/money';
import { formatCode } from '../../launch-code';
import './index.scss';

export interface MyCodeProps {
  mine: MyCodeView;
  priceFen: number;
  originalPriceFen: number;
  serverNow: string;
  busy: boolean;
  onBuy: () => void;
  onOver: () => void;
}

/** The code reserved for the viewer: buy with it before the reservation lapses. */
export function MyCode({
  mine,
  priceFen,
  originalPriceFen,
  serverNow,
  busy,
  onBuy,
  onOver,
}: MyCodeProps) {
  const source = mine.via === 'waitlist' ? '排队获得的F码' : `${mine.from ?? '朋友'} 送你的F码`;
  return (
    <View className="my-code" data-testid="fcode-mine">
      <Text className="my-code__source" data-testid="fcode-mine-source">
        {source}
      </Text>
      <Text className="my-code__code" data-testid="fcode-mine-code">
        {formatCode(mine.code)}
      </Text>
      {mine.status === 'redeemed' ? (
        <Text className="my-code__used" data-testid="fcode-mine-used">
          已凭码购买
        </Text>
      ) : (
        <>
          <View className="my-code__prices">
            <Text className="my-code__price">{formatFen(priceFen)}</Text>
            <Text className="my-code__original">{formatFen(originalPriceFen)}</Text>
          </View>
          {mine.reservedUntil && (
            <Countdown
              className="my-code__countdown"
              endsAt={mine.reservedUntil}
              serverNow={serverNow}
              prefix="为你保留 "
              suffix="，超时未购买将退回"
              onOver={onOver}
            />
          )}
          <Button
            className={`my-code__buy${busy ? ' is-disabled' : ''}`}
            data-testid="fcode-buy"
            {...(busy ? { disabled: true } : {})}
            onClick={onBuy}
          >
            {`凭码购买 ${formatFen(priceFen)}`}
          </Button>
        </>
      )}
    </View>
  );
}
