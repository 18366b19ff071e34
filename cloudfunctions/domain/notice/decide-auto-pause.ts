import type { AutoPause, PunishKind } from '../../contracts/notice';

export const DEFAULT_AUTO_PAUSE: AutoPause = 'bans';

/**
 * Whether a notice pauses every live campaign. Under `bans` a warning only records (the
 * merchant has until its deadline to fix things) and every punishment pauses, one of a type
 * Fission does not know included: WeChat already acted, and a campaign still inviting friends
 * while its sharing is banned breaks its promises in public and invites a heavier penalty.
 * Pausing is reversible (`campaign.resume`) and keeps every promise already begun.
 */
export function pausesCampaigns(kind: PunishKind, setting: AutoPause): boolean {
  if (setting === 'off') return false;
  if (setting === 'all') return true;
  return kind !== 'warning';
}

/**
 * The setting from its environment variable. Unset is the default; a value that is not one
 * of the three falls back to it too (and says so), since a typo must not silently turn the
 * safety off.
 */
export function parseAutoPause(value: string | undefined): {
  setting: AutoPause;
  warning?: string;
} {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return { setting: DEFAULT_AUTO_PAUSE };
  if (text === 'off' || text === 'bans' || text === 'all') return { setting: text };
  return {
    setting: DEFAULT_AUTO_PAUSE,
    warning: `FISSION_AUTO_PAUSE="${text.slice(0, 20)}" is not off, bans or all: using "${DEFAULT_AUTO_PAUSE}"`,
  };
}
