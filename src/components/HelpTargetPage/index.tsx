import type { ReactNode } from 'react';
import { useRouter } from '@tarojs/taro';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../cloudfunctions/contracts/errors';
import type { HelpStatusView, HelperView, Viewer } from '../../../cloudfunctions/contracts/help';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { subjectUrl } from '../../utils/routes';
import type { TargetCampaign } from '../../../cloudfunctions/contracts/target-campaign';
import { useHelpActions } from '../../hooks/use-help-actions';
import { expiredOutcomeText } from '../../utils/restart-text';
import { HelpOutcome } from '../HelpOutcome';
import { HelperList } from '../HelperList';
import { TargetPageLayout, useTargetPage } from '../TargetPage';

/** What a bargain and an assist have in common: a person's target that friends help. */
export interface HelpTarget {
  id: string;
  campaignId: string;
  status: HelpStatusView;
  helpsNeeded: number;
  initiatorName: string;
  viewer: Viewer;
  helpers: HelperView[];
  reward: CouponView | null;
  campaign: TargetCampaign;
}

/** A friend's taps on the page, as the shell hands them to the kind's own friend panel. */
export interface FriendTaps<O> {
  outcome: O | null;
  helpError: ErrorCode | null;
  startError: string | null;
  busy: 'help' | 'start' | null;
  onHelp: () => void;
  onStartOwn: () => void;
}

/**
 * One kind of help page (砍价, 助力): its words and its parts. Everything else — loading,
 * errors, the share card, the friend's taps, the initiator's outcome, the helper list, the
 * persona switcher — is the shell's, the same for every kind.
 */
export interface HelpKind<T extends HelpTarget, H, S, O> {
  /** The page's root class (its stylesheet). */
  className: string;
  /** The kind's page in the route table: its URL, its id parameter (`bargainId`), what a
   * subscription is for. */
  page: 'bargain' | 'assist';
  /** The verb on buttons and in sentences: 砍 (帮砍), 助力. */
  verb: string;
  load(query: { id?: string; campaignId?: string }): Promise<FunctionResult<T>>;
  help(target: T): Promise<FunctionResult<H>>;
  afterHelp(data: H): { view: T; outcome: O };
  start(target: T): Promise<FunctionResult<S>>;
  /** The id of the target a start made or resumed (the page goes there). */
  startedId(data: S): string;
  heading(target: T): string;
  defaultShareTitle(target: T): string;
  posterSubtitle(target: T): string | undefined;
  /** The initiator's words once it is done: the title and the sentence under it. */
  completed(target: T): { title: string; text: string };
  expiredTitle: string;
  subscribeLabel: string;
  summary(target: T, heading: string, onOver: () => void): ReactNode;
  friend(target: T, taps: FriendTaps<O>): ReactNode;
  /** Each helper's line, e.g. how much they cut. */
  helperNote?(target: T, helper: T['helpers'][number]): string;
  /** Parts under the helper list (the bargain's cut schedule). */
  after?(target: T): ReactNode;
}

/**
 * The helper list's empty line says only what the reader can do: invite (the initiator),
 * be first (a friend who can help today), or nothing (it is over, or they cannot help).
 */
export function emptyHelpersText(target: HelpTarget, verb: string): string {
  const help = verb === '砍' ? '帮砍' : verb;
  if (target.status !== 'active') return `没有好友${help}`;
  if (target.viewer.isInitiator) return `还没有好友${help}，快去邀请吧`;
  return target.viewer.canHelp ? `快来做第一个${help}的人` : `还没有好友${help}`;
}

export function HelpTargetPage<T extends HelpTarget, H, S, O>({
  kind,
}: {
  kind: HelpKind<T, H, S, O>;
}) {
  const { params } = useRouter();
  const id = params[`${kind.page}Id`];
  const { campaignId } = params;
  const page = useTargetPage({
    key: `${id ?? ''}|${campaignId ?? ''}`,
    queryId: id,
    load: () => kind.load({ id, campaignId }),
    subject: kind.page,
    invites: (target) => target.viewer.isInitiator && target.status === 'active',
    defaultShareTitle: (target) => (target ? kind.defaultShareTitle(target) : ''),
  });
  const helpWord = kind.verb === '砍' ? '帮砍' : kind.verb;

  const { busy, outcome, helpError, startError, help, startOwn, forgetTaps } = useHelpActions({
    subjectKey: page.target?.id,
    ensureVisited: page.ensureVisited,
    help: kind.help,
    afterHelp: kind.afterHelp,
    start: kind.start,
    startedUrl: (data) => subjectUrl(kind.page, kind.startedId(data)),
    set: page.set,
    refresh: page.refresh,
  });

  const initiatorPart = (own: T) => {
    if (own.status === 'active') {
      return page.sharePanel({
        label: `邀请好友${helpWord}`,
        subtitle: kind.posterSubtitle(own),
        subscribe: { label: kind.subscribeLabel, target: { kind: kind.page, id: own.id } },
      });
    }
    if (own.status === 'completed') {
      const { title, text } = kind.completed(own);
      return <HelpOutcome kind="completed" title={title} text={text} reward={own.reward} />;
    }
    return (
      <HelpOutcome
        kind="expired"
        title={kind.expiredTitle}
        text={expiredOutcomeText(own.viewer, kind.verb)}
        canRestart={own.viewer.canRestart}
        busy={busy === 'start'}
        startError={startError}
        onRestart={() => void startOwn(own)}
      />
    );
  };

  return (
    <TargetPageLayout
      className={kind.className}
      state={page.state}
      reload={page.reload}
      onPersona={() => {
        forgetTaps();
        page.reload();
      }}
    >
      {(target) => (
        <>
          {kind.summary(target, kind.heading(target), page.refresh)}
          {target.viewer.isInitiator
            ? initiatorPart(target)
            : kind.friend(target, {
                outcome,
                helpError,
                startError,
                busy,
                onHelp: () => void help(target),
                onStartOwn: () => void startOwn(target),
              })}
          <HelperList
            title={`${helpWord}好友`}
            helpers={
              kind.helperNote
                ? target.helpers.map((helper) => ({
                    ...helper,
                    note: kind.helperNote!(target, helper),
                  }))
                : target.helpers
            }
            emptyText={emptyHelpersText(target, kind.verb)}
          />
          {kind.after?.(target)}
        </>
      )}
    </TargetPageLayout>
  );
}
