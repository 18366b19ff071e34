import { maskOpenid } from '../../../../cloudfunctions/domain/shared/mask-openid';

describe('maskOpenid: merchants tell people apart without seeing whole ids', () => {
  test.each([
    {
      label: 'a WeChat openid: 4 and 4',
      openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M',
      shown: 'o6_b****fL2M',
    },
    { label: 'a persona: one at each end', openid: 'u1', shown: 'u****1' },
    { label: 'a name-like id', openid: 'merchant', shown: 'me****nt' },
    { label: 'one character', openid: 'u', shown: 'u****' },
    { label: 'nothing', openid: '', shown: '****' },
  ])('$label: $openid → $shown', ({ openid, shown }) => {
    expect(maskOpenid(openid)).toBe(shown);
  });

  test('two personas maskName would both call u* stay apart, and the middle never shows', () => {
    expect(maskOpenid('u1')).not.toBe(maskOpenid('u5'));
    expect(maskOpenid('o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).not.toContain('PTlm');
  });
});
