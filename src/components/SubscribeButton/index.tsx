import { useState } from 'react';
import { Button, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SubscriptionTargetInput } from '../../../cloudfunctions/contracts/notify';
import { requestNotice, subscribeIsSimulated } from '../../services/subscribe';
import './index.scss';

export interface SubscribeButtonProps {
  /** Empty hides the button: no template, nothing to subscribe to. */
  templateId: string;
  label: string;
  /** What the message will be about: this page's bargain, assist or group. */
  target: SubscriptionTargetInput;
}

/**
 * One tap asks WeChat for one message about `target` (the prompt may appear only after a
 * tap) and records the grant with the server. Each grant allows one message, so the button
 * stays: another tap allows one more. On H5 the local host stands in for WeChat, and says so.
 */
export function SubscribeButton({ templateId, label, target }: SubscribeButtonProps) {
  const [state, setState] = useState<'idle' | 'asking'>('idle');
  const [granted, setGranted] = useState(0);
  if (!templateId) return null;

  const ask = async () => {
    if (state !== 'idle') return;
    setState('asking');
    const outcome = await requestNotice(templateId, target);
    setState('idle');
    if (outcome === 'accept') setGranted((n) => n + 1);
    void Taro.showToast({
      title:
        outcome === 'accept'
          ? '有新进展时会通知你'
          : outcome === 'reject'
            ? '未开启通知'
            : '通知开启失败，请重试',
      icon: 'none',
    });
  };

  return (
    <Button
      className={`subscribe-button${granted > 0 ? ' subscribe-button--done' : ''}`}
      data-testid="subscribe-button"
      {...(state === 'idle' ? {} : { disabled: true })}
      onClick={() => void ask()}
    >
      {granted > 0 ? `已开启通知 ${granted} 次 · 再点多收一条` : label}
      {subscribeIsSimulated() && (
        <Text className="subscribe-button__simulated">（本地模拟，消息见 /dev/messages）</Text>
      )}
    </Button>
  );
}
