// A campaign's statistics as plain-text tables, for `npm run stats`.
import type { CampaignStats } from '../../cloudfunctions/contracts/campaign';
// One vocabulary for the terminal and the mini-program's stats page.
import { FUNNEL_STAGE_NAMES as STAGE_NAMES, SCENE_NAMES } from '../../src/utils/stats-labels';

const percent = (value: number | null) => (value === null ? '' : `${(value * 100).toFixed(1)}%`);

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Funnel, K, scenes, top sharers and credits waiting for review. */
export function renderStats(stats: CampaignStats): string {
  const out: string[] = [`Campaign ${stats.campaignId}`, ''];
  out.push(
    table([
      // A rate only against the stage this one is a part of (helps per start is no rate).
      ['stage', 'count', 'conversion'],
      ...stats.funnel.map((s) => [
        `${s.stage} ${STAGE_NAMES[s.stage]}`,
        String(s.count),
        s.conversion ? `${percent(s.conversion.ratio)} of ${s.conversion.of}` : '',
      ]),
    ]),
  );
  const v = stats.viral;
  out.push(
    '',
    `K = ${v.k.toFixed(2)}  (participants ${v.participants}, arrived via tokens ${v.invitesSent}, new invitees ${v.invitees}, converted ${v.inviteesConverted})`,
    '',
    table([
      ['scene', 'visits'],
      ...stats.scenes.map((s) => [
        s.scene === null ? '(none)' : `${s.scene} ${SCENE_NAMES[s.scene] ?? ''}`.trim(),
        String(s.visits),
      ]),
    ]),
    '',
    table([
      ['top sharer', 'conversions', 'xp'],
      ...stats.topSharers.map((s) => [s.name, String(s.conversions), String(s.xp)]),
    ]),
    `top sharers drive ${percent(stats.topSharersShare)} of conversions`,
    '',
    stats.pendingCredits.length
      ? table([
          ['pending credit', 'sharer', 'invitee', 'stage', 'flags'],
          ...stats.pendingCredits.map((p) => [
            p.id,
            p.sharer,
            p.invitee,
            p.stage,
            p.flags.map((f) => `${f.rule}: ${f.reason}`).join('; '),
          ]),
        ])
      : 'no flagged credits waiting for review',
    stats.refundOrderIds.length
      ? `refunds owed (group failed or full): ${stats.refundOrderIds.join(', ')}`
      : 'no refunds owed',
  );
  return out.join('\n');
}
