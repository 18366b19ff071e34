/**
 * F码 as a person types them: 8 random characters and a check character, from 31 symbols
 * with the look-alikes left out (no 0/O, 1/I/L). 31 is prime, which is what makes the check
 * work: the code is valid when Σ (i + 1) · value(cᵢ) ≡ 0 (mod 31) over all 9 characters.
 *
 * - One mistyped character at position i changes the sum by (i + 1) · d with d ≢ 0: both
 *   factors are non-zero below 31, and a product of two non-zero residues modulo a prime is
 *   never zero, so the sum stops being 0.
 * - Two adjacent characters a ≠ b swapped change it by ((i + 1) − (i + 2)) · (a − b) = b − a,
 *   again non-zero. (The check character takes part like any other, so swapping it with its
 *   neighbour is caught too.)
 * tests/cloudfunctions/domain/fcode/fcode-code.test.ts checks both, exhaustively and with
 * fast-check.
 */
export const FCODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const MODULUS = FCODE_ALPHABET.length;
export const FCODE_BODY_LENGTH = 8;
export const FCODE_LENGTH = FCODE_BODY_LENGTH + 1;
/** Bytes at or above 248 (= 8 × 31) are redrawn so every character is equally likely. */
const UNBIASED_LIMIT = 248;

export const FCODE_PATTERN = new RegExp(`^[${FCODE_ALPHABET}]{${FCODE_LENGTH}}$`);

const valueOf = (char: string): number => FCODE_ALPHABET.indexOf(char);

function weightedSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum = (sum + (i + 1) * valueOf(chars[i]!)) % MODULUS;
  return sum;
}

/** x with a · x ≡ 1 (mod 31), by Fermat: x = a^29. */
function inverse(a: number): number {
  let result = 1;
  for (let i = 0; i < MODULUS - 2; i++) result = (result * a) % MODULUS;
  return result;
}

/** The check character that makes `body` + it sum to 0: (n + 1) · x ≡ −Σ. */
export function checkCharacter(body: string): string {
  const weight = body.length + 1;
  const x = ((MODULUS - weightedSum(body)) * inverse(weight % MODULUS)) % MODULUS;
  return FCODE_ALPHABET[x]!;
}

/**
 * What a person typed, as a code: upper-cased, spaces and dashes dropped (the page shows
 * `ABC-DEF-GHJ`), a lower-case look-alike read as its capital. Null unless it has the right
 * length, only our characters and a matching check character.
 */
export function parseFcode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (!FCODE_PATTERN.test(code)) return null;
  return weightedSum(code) === 0 ? code : null;
}

export function isValidFcode(code: string): boolean {
  return FCODE_PATTERN.test(code) && weightedSum(code) === 0;
}

/** `ABCDEFGHJ` → `ABC-DEF-GHJ`, easier to read aloud and to type. */
export function formatFcode(code: string): string {
  return code.replace(/(.{3})(?=.)/g, '$1-');
}

/** A new random code: the domain's one impure helper here, like newId. */
export function newFcode(random: (n: number) => Uint8Array = randomBytes): string {
  let body = '';
  while (body.length < FCODE_BODY_LENGTH) {
    for (const byte of random(FCODE_BODY_LENGTH)) {
      if (byte < UNBIASED_LIMIT && body.length < FCODE_BODY_LENGTH)
        body += FCODE_ALPHABET[byte % MODULUS];
    }
  }
  return body + checkCharacter(body);
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
