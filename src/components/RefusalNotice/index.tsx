import { Text } from '@tarojs/components';
import type { ErrorBody, ErrorCode } from '../../../cloudfunctions/contracts/errors';
import type { Viewer } from '../../../cloudfunctions/contracts/help';
import { errorMessage } from '../../services/error-message';
import './index.scss';

export type HelpKind = 'bargain' | 'assist';
export type HelpRefusalCode = NonNullable<Viewer['helpRefusal']>;

// The generic messages say "助力" for everything; on a bargain page the friend is cutting a
// price, and every refusal should also say what to do next.
const REFUSALS: Record<HelpKind, Record<HelpRefusalCode, string>> = {
  bargain: {
    SELF_HELP: '不能给自己砍价，快分享给好友吧',
    ALREADY_HELPED: '你已经帮过 TA 了',
    HELP_LIMIT: '你今天的帮砍次数已用完，明天再来吧',
    NEW_USERS_ONLY: '本次砍价仅限新用户帮砍',
    CLOSED: 'TA 已砍到底价，不用再砍啦',
    EXPIRED: '这个砍价已过期',
  },
  assist: {
    SELF_HELP: '不能给自己助力，快分享给好友吧',
    ALREADY_HELPED: '你已经帮过 TA 了',
    HELP_LIMIT: '你今天的助力次数已用完，明天再来吧',
    NEW_USERS_ONLY: '本次助力仅限新用户参与',
    CLOSED: 'TA 的助力已完成，不用再助力啦',
    EXPIRED: '这个助力已过期',
  },
};

function isRefusal(code: ErrorCode): code is HelpRefusalCode {
  return code in REFUSALS.bargain;
}

/** The shopper's message for a refused (or failed) help: specific copy, else the generic one. */
export function helpRefusalMessage(kind: HelpKind, code: ErrorCode): string {
  if (isRefusal(code)) return REFUSALS[kind][code];
  return errorMessage({ code, message: '' } satisfies ErrorBody);
}

export interface RefusalNoticeProps {
  kind: HelpKind;
  code: ErrorCode;
}

export function RefusalNotice({ kind, code }: RefusalNoticeProps) {
  return (
    <Text className="refusal-notice" data-testid="refusal-notice">
      {helpRefusalMessage(kind, code)}
    </Text>
  );
}
