import { Button, Text, View } from '@tarojs/components';
import type { OutboxMessage, WaitlistView } from '../../../../../cloudfunctions/contracts/fcode';
import { SubscribeButton } from '../../../../components/SubscribeButton';
import { subscribeTemplateId } from '../../../../services/subscribe';
import './index.scss';

export interface WaitlistCardProps {
  /** The F码 campaign: a subscription to it brings the message when the person is promoted. */
  campaignId: string;
  waitlist: WaitlistView | null;
  messages: OutboxMessage[];
  /** Codes waiting for the waitlist right now (an expired code, a new batch). */
  canJoin: boolean;
  busy: boolean;
  onJoin: () => void;
}

/** Join the waitlist, see the true place in it, and what the person was told when promoted. */
export function WaitlistCard({
  campaignId,
  waitlist,
  messages,
  canJoin,
  busy,
  onJoin,
}: WaitlistCardProps) {
  const promoted = messages.find((m) => m.type === 'fcode.promoted');
  return (
    <View className="waitlist-card" data-testid="fcode-waitlist">
      {!waitlist && (
        <>
          <Text className="waitlist-card__text">
            没有F码？排队等下一个：有码退回或新批次发布时，按排队先后发放。
          </Text>
          {canJoin && (
            <Button
              className={`waitlist-card__join${busy ? ' is-disabled' : ''}`}
              data-testid="fcode-join"
              {...(busy ? { disabled: true } : {})}
              onClick={onJoin}
            >
              排队等F码
            </Button>
          )}
        </>
      )}
      {waitlist?.status === 'waiting' && (
        <Text className="waitlist-card__position" data-testid="fcode-waitlist-position">
          {waitlist.ahead === 0
            ? '你排在第一位，下一个F码就是你的'
            : `你前面还有 ${waitlist.ahead} 人`}
        </Text>
      )}
      {waitlist?.status === 'waiting' && (
        <SubscribeButton
          templateId={subscribeTemplateId()}
          label="排到我时通知我"
          target={{ kind: 'fcode', id: campaignId }}
        />
      )}
      {waitlist?.status === 'promoted' && (
        <Text className="waitlist-card__promoted" data-testid="fcode-waitlist-promoted">
          排到你了！已为你保留一个F码
        </Text>
      )}
      {promoted && (
        <View className="waitlist-card__message" data-testid="fcode-message">
          <Text className="waitlist-card__message-title">通知</Text>
          <Text className="waitlist-card__message-text">
            {`你排队的F码已发放（第${String(promoted.payload.batch ?? '')}批），请在保留时间内购买`}
          </Text>
        </View>
      )}
    </View>
  );
}
