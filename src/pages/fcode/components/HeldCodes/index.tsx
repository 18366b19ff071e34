import { Text, View } from '@tarojs/components';
import type { HeldCode } from '../../../../../cloudfunctions/contracts/fcode';
import { formatCode } from '../../launch-code';
import './index.scss';

export interface HeldCodesProps {
  holding: HeldCode[];
  selected: string | null;
  onSelect: (code: string) => void;
}

function statusText(c: HeldCode): string {
  if (c.status === 'held') return '未送出，点此分享';
  if (c.status === 'reserved') return `${c.friend ?? '朋友'} 已接受，待购买`;
  if (c.status === 'used') return `${c.friend ?? '朋友'} 已凭码购买`;
  return '未及时送出，已发给排队的人';
}

/** The holder's codes: who each went to and what happened; a code not yet given is shareable. */
export function HeldCodes({ holding, selected, onSelect }: HeldCodesProps) {
  return (
    <View className="held-codes" data-testid="fcode-holding">
      <Text className="held-codes__title">{`我的F码（${holding.length} 个）`}</Text>
      {holding.map((c) => (
        <View
          key={c.code}
          className={`held-codes__row held-codes__row--${c.status}${c.code === selected ? ' is-selected' : ''}`}
          data-testid="fcode-held"
          data-code={c.code}
          data-status={c.status}
          onClick={() => c.status === 'held' && onSelect(c.code)}
        >
          <Text className="held-codes__code">{formatCode(c.code)}</Text>
          <Text className="held-codes__status" data-testid="fcode-held-status">
            {statusText(c)}
          </Text>
        </View>
      ))}
    </View>
  );
}
