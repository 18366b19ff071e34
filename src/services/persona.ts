import Taro from '@tarojs/taro';

/**
 * H5 only: one browser plays several people. The persona id is sent as the dev identity
 * header, so switching it is how a tester becomes "the friend who helps".
 */
export const PERSONAS = [
  'u1',
  'u2',
  'u3',
  'u4',
  'u5',
  'u6',
  'u7',
  'u8',
  'u9',
  'u10',
  'u11',
  'u12',
  'merchant',
] as const;

export type Persona = (typeof PERSONAS)[number];

export const DEFAULT_PERSONA: Persona = 'u1';

const STORAGE_KEY = 'fission:persona';

function isPersona(value: unknown): value is Persona {
  return typeof value === 'string' && (PERSONAS as readonly string[]).includes(value);
}

export function getPersona(): Persona {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    return isPersona(stored) ? stored : DEFAULT_PERSONA;
  } catch {
    // Storage can be unavailable (private mode, quota); acting as the default is harmless.
    return DEFAULT_PERSONA;
  }
}

export function setPersona(persona: Persona): void {
  Taro.setStorageSync(STORAGE_KEY, persona);
}
