// Text PostgreSQL cannot store, found anywhere in an event before any of it is used: shared
// by every function (defineFunction) and the message-push entry.

export const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/** A UTF-16 surrogate without its other half: not a character, and not storable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT_FAULTS = [
  { test: (t: string) => t.includes('\u0000'), says: 'text may not contain NUL characters' },
  { test: (t: string) => LONE_SURROGATE.test(t), says: 'text must be well-formed Unicode' },
] as const;

/**
 * PostgreSQL text and jsonb hold neither NUL characters nor lone surrogates: either would fail
 * deep in a statement as a bug (a 500). Refuse them at the boundary, for every function,
 * wherever they hide in the event, keys included.
 */
export function findBadText(
  value: unknown,
  path: string,
  depth = 0,
): { path: string; says: string } | null {
  if (typeof value === 'string') {
    const fault = TEXT_FAULTS.find((f) => f.test(value));
    return fault ? { path, says: fault.says } : null;
  }
  if (depth > 32 || typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    const inKey = findBadText(key, where, depth + 1);
    if (inKey) return inKey;
    const inValue = findBadText(child, where, depth + 1);
    if (inValue) return inValue;
  }
  return null;
}

/** The refusal for bad text: its path (lone surrogates shown as �) and what is wrong. */
export function badTextMessage(bad: { path: string; says: string }): string {
  return `${clip(bad.path.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD') || 'event', 60)}: ${bad.says}`;
}
