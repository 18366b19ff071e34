/**
 * The merchant's setting decides whether a notice pauses every live campaign: `bans` (the
 * default) pauses on every punishment and records a warning only.
 */
import type { AutoPause, PunishKind } from '../../../../cloudfunctions/contracts/notice';
import {
  parseAutoPause,
  pausesCampaigns,
} from '../../../../cloudfunctions/domain/notice/decide-auto-pause';
import { punishKindOf } from '../../../../cloudfunctions/domain/notice/punish-kind';

describe('what each event_type is', () => {
  test.each([
    { eventType: 1, kind: 'warning' },
    { eventType: 2, kind: 'function-ban' },
    { eventType: 3, kind: 'takedown' },
    { eventType: 4, kind: 'account-ban' },
    { eventType: 10, kind: 'page-ban' },
    { eventType: 0, kind: 'other' },
    { eventType: 5, kind: 'other' },
  ])('$eventType is $kind', ({ eventType, kind }) => {
    expect(punishKindOf(eventType)).toBe(kind);
  });
});

describe('whether a notice pauses every live campaign', () => {
  const KINDS: PunishKind[] = [
    'warning',
    'function-ban',
    'takedown',
    'account-ban',
    'page-ban',
    'other',
  ];
  const expected: Record<AutoPause, (kind: PunishKind) => boolean> = {
    off: () => false,
    bans: (kind) => kind !== 'warning',
    all: () => true,
  };
  test.each(
    (['off', 'bans', 'all'] as AutoPause[]).flatMap((setting) =>
      KINDS.map((kind) => ({ setting, kind, pauses: expected[setting](kind) })),
    ),
  )('$setting, $kind → pauses: $pauses', ({ setting, kind, pauses }) => {
    expect(pausesCampaigns(kind, setting)).toBe(pauses);
  });
});

describe('FISSION_AUTO_PAUSE', () => {
  test.each([
    { value: undefined, setting: 'bans' },
    { value: '', setting: 'bans' },
    { value: 'off', setting: 'off' },
    { value: ' ALL ', setting: 'all' },
    { value: 'Bans', setting: 'bans' },
  ])('$value → $setting', ({ value, setting }) => {
    expect(parseAutoPause(value)).toEqual({ setting });
  });

  test.each(['none', 'false', '0', 'warnings'])(
    'a typo (%s) keeps the default, and says so',
    (value) => {
      const parsed = parseAutoPause(value);
      expect(parsed.setting).toBe('bans');
      expect(parsed.warning).toMatch(/is not off, bans or all: using "bans"/);
    },
  );
});
