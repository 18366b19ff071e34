import { Button, Text, View } from '@tarojs/components';
import type { FcodeLookup } from '../../../../../cloudfunctions/contracts/fcode';
import { formatCode } from '../../launch-code';
import './index.scss';

export interface FriendCodeProps {
  lookup: FcodeLookup;
  busy: boolean;
  onAccept: () => void;
  onJoin: () => void;
}

const STATE_TEXT: Record<Exclude<FcodeLookup['state'], 'open'>, string> = {
  mine: '这个F码已为你保留',
  own: '这是你自己的F码，分享给朋友吧',
  taken: '来晚了，这个F码已被其他朋友接受',
  expired: '这个F码没有及时传出，已进入排队名单',
};

/** A friend opened a shared code: who sent it, and accept it (or join the waitlist). */
export function FriendCode({ lookup, busy, onAccept, onJoin }: FriendCodeProps) {
  const open = lookup.state === 'open';
  return (
    <View className="friend-code" data-testid="fcode-friend">
      <Text className="friend-code__from" data-testid="fcode-friend-from">
        {lookup.giver ? `${lookup.giver} 送你一个F码` : '一个F码'}
      </Text>
      <Text className="friend-code__code" data-testid="fcode-friend-code">
        {formatCode(lookup.code)}
      </Text>
      <Text className="friend-code__batch">{`第${lookup.batch}批 · 每个码只有一位朋友能接受`}</Text>
      {open ? (
        <Button
          className={`friend-code__accept${busy ? ' is-disabled' : ''}`}
          data-testid="fcode-accept"
          {...(busy ? { disabled: true } : {})}
          onClick={onAccept}
        >
          接受F码
        </Button>
      ) : (
        <>
          <Text className="friend-code__state" data-testid="fcode-friend-state">
            {lookup.state !== 'open' && STATE_TEXT[lookup.state]}
          </Text>
          {(lookup.state === 'taken' || lookup.state === 'expired') && (
            <Button
              className={`friend-code__join${busy ? ' is-disabled' : ''}`}
              data-testid="fcode-join"
              {...(busy ? { disabled: true } : {})}
              onClick={onJoin}
            >
              排队等下一个F码
            </Button>
          )}
        </>
      )}
    </View>
  );
}
