import { render, screen } from '@testing-library/react';
import {
  RefusalNotice,
  helpRefusalMessage,
  type HelpKind,
} from '../../../../src/components/RefusalNotice';
import type { ErrorCode } from '../../../../cloudfunctions/contracts/errors';

describe('RefusalNotice: every refusal in words the friend understands', () => {
  test.each<{ kind: HelpKind; code: ErrorCode; message: string }>([
    { kind: 'bargain', code: 'SELF_HELP', message: '不能给自己砍价，快分享给好友吧' },
    { kind: 'bargain', code: 'ALREADY_HELPED', message: '你已经帮过 TA 了' },
    { kind: 'bargain', code: 'HELP_LIMIT', message: '你今天的帮砍次数已用完，明天再来吧' },
    { kind: 'bargain', code: 'NEW_USERS_ONLY', message: '本次砍价仅限新用户帮砍' },
    { kind: 'bargain', code: 'CLOSED', message: 'TA 已砍到底价，不用再砍啦' },
    { kind: 'bargain', code: 'EXPIRED', message: '这个砍价已过期' },
    { kind: 'assist', code: 'SELF_HELP', message: '不能给自己助力，快分享给好友吧' },
    { kind: 'assist', code: 'ALREADY_HELPED', message: '你已经帮过 TA 了' },
    { kind: 'assist', code: 'HELP_LIMIT', message: '你今天的助力次数已用完，明天再来吧' },
    { kind: 'assist', code: 'NEW_USERS_ONLY', message: '本次助力仅限新用户参与' },
    { kind: 'assist', code: 'CLOSED', message: 'TA 的助力已完成，不用再助力啦' },
    { kind: 'assist', code: 'EXPIRED', message: '这个助力已过期' },
    // Not refusals of the help rule: the generic message per code.
    { kind: 'bargain', code: 'NOT_FOUND', message: '活动不存在或已下线' },
    { kind: 'bargain', code: 'NOT_LIVE', message: '活动未开始或已结束' },
    { kind: 'assist', code: 'INTERNAL', message: '网络异常，请稍后重试' },
  ])('$kind $code → $message', ({ kind, code, message }) => {
    render(<RefusalNotice kind={kind} code={code} />);

    expect(screen.getByTestId('refusal-notice')).toHaveTextContent(message);
    expect(helpRefusalMessage(kind, code)).toBe(message);
  });
});
