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

/**
 * A person of its own for a browser whose first page is someone's share link or poster code:
 * a new visitor, as a friend tapping a card in WeChat is, not silently u1 — who may well be
 * the sharer (their own card refuses every tap as SELF_HELP).
 */
export type Guest = `guest-${string}`;

export type Persona = (typeof PERSONAS)[number] | Guest;

const GUEST = /^guest-[0-9a-z]{6}$/;

export function isGuest(persona: Persona): persona is Guest {
  return GUEST.test(persona);
}

export const DEFAULT_PERSONA: Persona = 'u1';

const STORAGE_KEY = 'fission:persona';

function isPersona(value: unknown): value is Persona {
  return (
    typeof value === 'string' &&
    ((PERSONAS as readonly string[]).includes(value) || GUEST.test(value))
  );
}

/** Whether this page was opened from a share card's path or a poster's code. */
function openedFromShare(): boolean {
  if (typeof window === 'undefined') return false;
  return /[?&](token|scene)=/.test(`${window.location.hash}${window.location.search}`);
}

function newGuest(): Guest {
  return `guest-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}

export function getPersona(): Persona {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    if (isPersona(stored)) return stored;
    // Nothing chosen yet: this is the browser's first page. Decide once and keep it, so a later
    // page with a token in its URL never turns someone already here into another person.
    const first = openedFromShare() ? newGuest() : DEFAULT_PERSONA;
    setPersona(first);
    return first;
  } catch {
    // Storage can be unavailable (private mode, quota); acting as the default is harmless.
    return DEFAULT_PERSONA;
  }
}

export function setPersona(persona: Persona): void {
  Taro.setStorageSync(STORAGE_KEY, persona);
}
