import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SubscriptionTargetInput } from '../../../cloudfunctions/contracts/notify';
import type { QrState } from '../../hooks/use-invite-share';
import { subscribeTemplateId } from '../../services/subscribe';
import { InvitePoster } from '../InvitePoster';
import { ShareButton, h5ShareUrl } from '../ShareButton';
import { SubscribeButton } from '../SubscribeButton';
import './index.scss';

export interface SharePanelProps {
  /** Weapp share button label, e.g. "邀请好友帮砍". */
  shareLabel: string;
  /** The share card's path with the token; null while it is being fetched. */
  path: string | null;
  posterTitle: string;
  posterSubtitle?: string;
  qr: QrState;
  /** Asks for the mini-program code (weapp); called when the poster is first opened. */
  onPoster: () => void;
  /** The notice subscription: its label and what it is about; pages that tell nothing leave it out. */
  subscribe?: { label: string; target: SubscriptionTargetInput };
  /** Where "我的邀请" leads. */
  invitesUrl: string;
}

/** Everything an initiator does to get help: share, poster, notification, invite progress. */
export function SharePanel(props: SharePanelProps) {
  const [posterOpen, setPosterOpen] = useState(false);
  const weapp = process.env.TARO_ENV === 'weapp';

  const { onPoster, path, qr } = props;

  useEffect(() => {
    // Only WeChat draws codes (H5 shows the link). The code needs the token, which may still
    // be on its way when the poster is opened.
    if (weapp && posterOpen && path && qr.status === 'idle') onPoster();
  }, [weapp, posterOpen, path, qr.status, onPoster]);

  return (
    <View className="share-panel" data-testid="share-panel">
      <ShareButton path={path} label={props.shareLabel} />
      <Button
        className="share-panel__poster-toggle"
        data-testid="poster-toggle"
        onClick={() => setPosterOpen(!posterOpen)}
      >
        {posterOpen ? '收起海报' : '生成分享海报'}
      </Button>
      {posterOpen && (
        <View className="share-panel__poster">
          <InvitePoster
            title={props.posterTitle}
            subtitle={props.posterSubtitle}
            qrSrc={qr.status === 'ready' ? qr.src : null}
            link={!weapp && path ? h5ShareUrl(path) : null}
            loading={weapp ? qr.status === 'idle' || qr.status === 'loading' : !path}
            error={qr.status === 'error' ? qr.message : null}
          />
        </View>
      )}
      {props.subscribe && (
        <SubscribeButton
          templateId={subscribeTemplateId()}
          label={props.subscribe.label}
          target={props.subscribe.target}
        />
      )}
      <View
        className="share-panel__invites"
        data-testid="invites-link"
        onClick={() => void Taro.navigateTo({ url: props.invitesUrl })}
      >
        <Text>我的邀请与等级</Text>
        <Text className="share-panel__chevron">›</Text>
      </View>
    </View>
  );
}
