import { View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import type { TargetCampaign } from '../../../cloudfunctions/contracts/target-campaign';
import { useInviteShare } from '../../hooks/use-invite-share';
import { useLaunchVisit } from '../../hooks/use-launch-visit';
import { useRemote, type RemoteState } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { pageUrl, subjectUrl } from '../../utils/routes';
import { PageStatus } from '../PageStatus';
import { PersonaSwitcher } from '../PersonaSwitcher';
import { SharePanel } from '../SharePanel';

/** Something a person shares for friends to act on: a bargain, an assist, a group. */
export interface SharedTarget {
  id: string;
  campaignId: string;
  /** What the page shows of its campaign, loaded with the target itself. */
  campaign: TargetCampaign;
}

export interface TargetPageOptions<T extends SharedTarget> {
  /** The page's query key: a new one loads afresh. */
  key: string;
  /** The target's id in the page's query, if any (the chat card's page before a load). */
  queryId: string | undefined;
  load(): Promise<FunctionResult<T>>;
  /** The target's page in the route table (its share card, its invite link). */
  subject: 'bargain' | 'assist' | 'group';
  /** Whether the viewer invites friends with this target now (only then is a token made). */
  invites(target: T): boolean;
  defaultShareTitle(target: T | null): string;
}

/**
 * The part every shared-target page has: the target (and its campaign) loaded by its query, the
 * launch visit (so a friend's taps are credited to the sharer), the viewer's own share token
 * and poster code while they invite, and the chat card WeChat asks for synchronously.
 */
export function useTargetPage<T extends SharedTarget>(options: TargetPageOptions<T>) {
  const { params } = useRouter();
  const { state, reload, refresh, set } = useRemote(options.key, options.load);
  const target = state.status === 'ready' ? state.value : null;
  const campaign = target?.campaign ?? null;
  const ensureVisited = useLaunchVisit(target?.campaignId ?? null, params);
  const sharing = target && options.invites(target) ? target : null;
  const share = useInviteShare(sharing?.campaignId ?? null, sharing?.id ?? null);

  const shareTitle = campaign?.shareTitle ?? options.defaultShareTitle(target);
  const sharePath = target
    ? subjectUrl(options.subject, target.id, sharing ? share.token : null)
    : null;
  const shareImage = campaign?.shareImageUrl;

  // WeChat calls this synchronously when the share sheet opens: everything it returns was
  // fetched when the page loaded.
  useShareAppMessage(() => ({
    title: shareTitle,
    path:
      sharePath ??
      (options.queryId ? subjectUrl(options.subject, options.queryId) : pageUrl('landing')),
    ...(shareImage ? { imageUrl: shareImage } : {}),
  }));

  /** The invite panel, for a viewer who is inviting. */
  const sharePanel = (props: {
    label: string;
    subtitle: string | undefined;
    subscribe: { label: string; target: { kind: 'bargain' | 'assist' | 'group'; id: string } };
  }) =>
    sharing ? (
      <SharePanel
        shareLabel={props.label}
        path={share.token ? sharePath : null}
        posterTitle={shareTitle}
        posterSubtitle={props.subtitle}
        qr={share.qr}
        onPoster={share.requestQr}
        subscribe={props.subscribe}
        invitesUrl={pageUrl('invites', { campaignId: sharing.campaignId })}
      />
    ) : null;

  return { params, state, target, campaign, ensureVisited, reload, refresh, set, sharePanel };
}

/**
 * The page around a target: its loading and error states through PageStatus, the target's
 * parts once loaded, and the dev persona switcher (which forgets taps and reloads).
 */
export function TargetPageLayout<T>(props: {
  className: string;
  state: RemoteState<T>;
  reload: () => void;
  onPersona: () => void;
  children: (target: T) => ReactNode;
}) {
  const { state } = props;
  return (
    <View className={props.className}>
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={props.reload} />
      )}
      {state.status === 'ready' && props.children(state.value)}
      <PersonaSwitcher onChange={props.onPersona} />
    </View>
  );
}
