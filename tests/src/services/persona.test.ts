import Taro from '@tarojs/taro';
import { DEFAULT_PERSONA, PERSONAS, getPersona, setPersona } from '../../../src/services/persona';

describe('persona: the H5 dev identity survives reloads in storage', () => {
  test('defaults to u1', () => {
    expect(getPersona()).toBe(DEFAULT_PERSONA);
    expect(DEFAULT_PERSONA).toBe('u1');
  });

  test('offers u1..u12 and the merchant', () => {
    expect(PERSONAS).toEqual([...Array.from({ length: 12 }, (_, i) => `u${i + 1}`), 'merchant']);
  });

  test('a stored persona is read back', () => {
    setPersona('u12');

    expect(getPersona()).toBe('u12');
  });

  test.each([
    { label: 'unknown id', stored: 'u99' },
    { label: 'not a string', stored: 42 },
  ])('$label in storage falls back to u1', ({ stored }) => {
    Taro.setStorageSync('fission:persona', stored);

    expect(getPersona()).toBe('u1');
  });

  test('unreadable storage falls back to u1', () => {
    (Taro.getStorageSync as jest.Mock).mockImplementationOnce(() => {
      throw new Error('storage unavailable');
    });

    expect(getPersona()).toBe('u1');
  });
});
