import fc from 'fast-check';
import {
  checkCharacter,
  FCODE_ALPHABET,
  FCODE_BODY_LENGTH,
  FCODE_LENGTH,
  formatFcode,
  isValidFcode,
  newFcode,
  parseFcode,
} from '../../../../cloudfunctions/domain/fcode/fcode-code';

const body = fc
  .array(fc.constantFrom(...FCODE_ALPHABET), {
    minLength: FCODE_BODY_LENGTH,
    maxLength: FCODE_BODY_LENGTH,
  })
  .map((chars) => chars.join(''));
const code = body.map((b) => b + checkCharacter(b));

describe('the alphabet', () => {
  test('has 31 symbols (a prime), none of them a look-alike', () => {
    expect(FCODE_ALPHABET).toHaveLength(31);
    expect(new Set(FCODE_ALPHABET).size).toBe(31);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L'])
      expect(FCODE_ALPHABET).not.toContain(lookAlike);
  });
});

describe('a code', () => {
  test('is 8 characters and a check character, all from the alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const c = newFcode();
      expect(c).toHaveLength(FCODE_LENGTH);
      expect(isValidFcode(c)).toBe(true);
    }
  });

  test('reads back through the dashes and case a person types', () => {
    fc.assert(
      fc.property(code, (c) => {
        expect(parseFcode(formatFcode(c).toLowerCase())).toBe(c);
        expect(parseFcode(` ${formatFcode(c)} `)).toBe(c);
      }),
    );
  });

  test('draws characters evenly (no modulo bias): redrawn bytes are skipped', () => {
    const bytes = [255, 248, 0, 1, 2, 3, 4, 5, 6, 7];
    let call = 0;
    const c = newFcode((n) => new Uint8Array(n).map(() => bytes[call++ % bytes.length]!));
    expect(c.slice(0, 8)).toBe('23456789');
  });
});

describe('the check character', () => {
  test('catches every single-character typo, at every position (property)', () => {
    fc.assert(
      fc.property(
        code,
        fc.nat(FCODE_LENGTH - 1),
        fc.constantFrom(...FCODE_ALPHABET),
        (c, i, replacement) => {
          fc.pre(c[i] !== replacement);
          const typo = c.slice(0, i) + replacement + c.slice(i + 1);
          expect(parseFcode(typo)).toBeNull();
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('catches every adjacent swap of two different characters, the check character included (property)', () => {
    fc.assert(
      fc.property(code, fc.nat(FCODE_LENGTH - 2), (c, i) => {
        fc.pre(c[i] !== c[i + 1]);
        const swapped = c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2);
        expect(parseFcode(swapped)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  test('exhaustively, for one code: all 9 × 30 typos and all 8 swaps are refused', () => {
    const c = newFcode();
    let tried = 0;
    for (let i = 0; i < FCODE_LENGTH; i++) {
      for (const ch of FCODE_ALPHABET) {
        if (ch === c[i]) continue;
        expect(parseFcode(c.slice(0, i) + ch + c.slice(i + 1))).toBeNull();
        tried++;
      }
    }
    expect(tried).toBe(FCODE_LENGTH * 30);
  });

  test.each([
    { label: 'too short', typed: 'ABCDEFGH' },
    { label: 'too long', typed: 'ABCDEFGHJK' },
    { label: 'a zero', typed: '0BCDEFGHJ' },
    { label: 'an O', typed: 'OBCDEFGHJ' },
    { label: 'a punctuation mark', typed: 'ABCD.FGHJ' },
    { label: 'empty', typed: '' },
  ])('refuses what is not a code: $label', ({ typed }) => {
    expect(parseFcode(typed)).toBeNull();
  });
});
