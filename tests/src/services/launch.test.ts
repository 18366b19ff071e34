import { visitInvite } from '../../../src/services/invite';
import { resetLaunchForTests, visitOnce } from '../../../src/services/launch';
import { setPersona } from '../../../src/services/persona';

jest.mock('../../../src/services/invite');

const visitMock = jest.mocked(visitInvite);
const TOKEN = '3kTz9QwL0aBc';
const arrived = {
  ok: true as const,
  data: { campaignId: 'demo-bargain', isNewUser: true, invitedBy: null, subject: null },
};

beforeEach(() => {
  resetLaunchForTests();
  visitMock.mockReset();
  visitMock.mockResolvedValue(arrived);
});

describe('visitOnce: one recorded arrival per campaign, token and person', () => {
  test('re-renders and re-shows reuse the first answer', async () => {
    await visitOnce('demo-bargain', { token: TOKEN });
    await visitOnce('demo-bargain', { token: TOKEN });

    expect(visitMock).toHaveBeenCalledTimes(1);
    expect(visitMock).toHaveBeenCalledWith({ campaignId: 'demo-bargain', token: TOKEN });
  });

  test('a failed visit recorded nothing, so the next call (重新加载) asks again', async () => {
    visitMock.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } });

    await visitOnce(undefined, { scene: TOKEN });
    await visitOnce(undefined, { scene: TOKEN });
    await visitOnce(undefined, { scene: TOKEN });

    expect(visitMock).toHaveBeenCalledTimes(2);
  });

  test('H5: a switched persona is a new arrival', async () => {
    await visitOnce('demo-bargain', { token: TOKEN });
    setPersona('u3');
    await visitOnce('demo-bargain', { token: TOKEN });
    await visitOnce('demo-bargain', { token: TOKEN });

    expect(visitMock).toHaveBeenCalledTimes(2);
  });
});
