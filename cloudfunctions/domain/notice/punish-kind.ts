import type { PunishKind, WarnedOf } from '../../contracts/notice';

/**
 * WeChat's event_type of a violation notice: 1 警告, 2 功能封禁, 3 下架, 4 账号封禁, 10 页面封禁
 * (from the third-party platform's copy of the doc; the mini-program's page lists 1 and 2).
 * A number not listed is still a punishment, and says so as `other`.
 */
const KINDS: Record<number, PunishKind> = {
  1: 'warning',
  2: 'function-ban',
  3: 'takedown',
  4: 'account-ban',
  10: 'page-ban',
};

export function punishKindOf(eventType: number): PunishKind {
  return KINDS[eventType] ?? 'other';
}

/** A warning's warned_type: 1 账号封禁, 2 功能封禁, 3 下架. */
const WARNED_OF: Record<number, WarnedOf> = {
  1: 'account-ban',
  2: 'function-ban',
  3: 'takedown',
};

export function warnedOfType(warnedType: number | null): WarnedOf | null {
  return warnedType === null ? null : (WARNED_OF[warnedType] ?? null);
}
