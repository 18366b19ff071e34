import { emptyHelpersText } from '../../../../src/components/HelpTargetPage';
import {
  aBargainView,
  anAssistView,
  friend,
  initiator,
  refusedFriend,
} from '../../../support/ui/help-builders';

/** The helper list's empty line invites only what the reader can do today. */
describe('the empty helper list says what the reader can do', () => {
  test.each([
    [
      'the initiator is asked to invite',
      aBargainView({ viewer: initiator }),
      '砍',
      '还没有好友帮砍，快去邀请吧',
    ],
    [
      'a friend who can help is asked to be first',
      aBargainView({ viewer: friend }),
      '砍',
      '快来做第一个帮砍的人',
    ],
    [
      'a friend who cannot help today is not asked',
      aBargainView({ viewer: refusedFriend('HELP_LIMIT') }),
      '砍',
      '还没有好友帮砍',
    ],
    [
      'nobody is asked once it is over',
      aBargainView({ viewer: friend, status: 'expired' }),
      '砍',
      '没有好友帮砍',
    ],
    [
      'an assist says the same in its own words',
      anAssistView({ viewer: refusedFriend('ALREADY_HELPED') }),
      '助力',
      '还没有好友助力',
    ],
  ])('%s', (_label, target, verb, text) => {
    expect(emptyHelpersText(target, verb)).toBe(text);
  });
});
