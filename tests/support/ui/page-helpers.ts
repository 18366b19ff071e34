// What the mocked client services answer in the page tests, and the steps several pages share.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ErrorCode } from '../../../cloudfunctions/contracts/errors';
import type {
  InviteShareResult,
  InviteVisitResult,
} from '../../../cloudfunctions/contracts/invite';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';

export const ok = <T>(data: T): FunctionResult<T> => ({ ok: true, data });

export const fail = (code: ErrorCode): FunctionResult<never> => ({
  ok: false,
  error: { code, message: `server says ${code}` },
});

/** Fresh spies before each test: every mocked service of a page, answers forgotten. */
export function resetMocks(services: Record<string, { mockReset(): unknown }>): void {
  for (const mock of Object.values(services)) mock.mockReset();
}

/**
 * Makes `mock` answer only when the test says so: the returned function settles every call
 * made until then (a page still loading, a tap still in flight).
 */
export function answerLater<T, A extends unknown[]>(
  mock: jest.MockInstance<Promise<T>, A>,
): (value: T) => void {
  let answer: (value: T) => void = () => {};
  mock.mockReturnValue(new Promise<T>((resolve) => (answer = resolve)));
  return (value) => answer(value);
}

/** What `visitOnce` answers for a new user's first visit to `campaignId`. */
export function aVisit(
  campaignId: string,
  overrides: Partial<InviteVisitResult> = {},
): FunctionResult<InviteVisitResult> {
  return ok({ campaignId, isNewUser: true, invitedBy: null, subject: null, ...overrides });
}

/** What `shareInvite` answers: the sharer's token and the landing page it opens. */
export function anInvite(campaignId: string, token: string): FunctionResult<InviteShareResult> {
  return ok({ token, path: `/pages/landing/index?campaignId=${campaignId}&token=${token}` });
}

/** H5's persona switcher: from u1 to `persona`, as a tester taps it. */
export function switchPersona(persona: string): void {
  fireEvent.click(screen.getByText('当前身份：u1'));
  fireEvent.click(screen.getByTestId(`persona-option-${persona}`));
}

/** H5's 复制链接, once the share token has arrived and the button is enabled. */
export async function copyShareLink(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('share-button')).toBeEnabled());
  fireEvent.click(screen.getByTestId('share-button'));
}

/** Taps the button `testId` once it shows, and waits until it is disabled: its call in flight. */
export async function tapUntilBusy(testId: string): Promise<void> {
  fireEvent.click(await screen.findByTestId(testId));
  await waitFor(() => expect(screen.getByTestId(testId)).toBeDisabled());
}
