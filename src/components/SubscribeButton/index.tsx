import { useState } from 'react';
import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { requestHelpNotice } from '../../services/subscribe';
import './index.scss';

export interface SubscribeButtonProps {
  /** Empty hides the button: no template, nothing to subscribe to. */
  templateId: string;
  label: string;
}

/** Weapp only: H5 has no subscribe messages. The prompt appears only after a tap. */
export function SubscribeButton({ templateId, label }: SubscribeButtonProps) {
  const [state, setState] = useState<'idle' | 'asking' | 'accepted'>('idle');
  if (process.env.TARO_ENV !== 'weapp' || !templateId) return null;

  const ask = async () => {
    if (state !== 'idle') return;
    setState('asking');
    const outcome = await requestHelpNotice(templateId);
    setState(outcome === 'accept' ? 'accepted' : 'idle');
    void Taro.showToast({
      title: outcome === 'accept' ? '好友帮你时会通知你' : '未开启通知',
      icon: 'none',
    });
  };

  const done = state === 'accepted';
  return (
    <Button
      className={`subscribe-button${done ? ' subscribe-button--done' : ''}`}
      data-testid="subscribe-button"
      {...(state === 'idle' ? {} : { disabled: true })}
      onClick={() => void ask()}
    >
      {done ? '已开启通知' : label}
    </Button>
  );
}
