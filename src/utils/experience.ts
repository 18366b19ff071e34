/**
 * Experience in the same words on every page: the sharer's level card, their packet, the
 * wallet and the merchant's stats. Confirmed experience is the number; experience still
 * waiting (a friend's order in its refund window, a credit under review) is said apart as
 * 待确认, never added in, so no page shows a number another page has not counted yet.
 */
export function formatExperience(experience: { xp: number; pendingXp?: number }): string {
  const pending = experience.pendingXp ?? 0;
  return pending > 0 ? `${experience.xp} 经验（另有 ${pending} 待确认）` : `${experience.xp} 经验`;
}
