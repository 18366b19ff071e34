import type { CtaState } from '../../../../src/pages/landing/components/CtaButton';

export function aCta(overrides: Partial<CtaState> = {}): CtaState {
  return { defaultLabel: '发起砍价', disabled: false, busy: false, onTap: jest.fn(), ...overrides };
}
