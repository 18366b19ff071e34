import type { CampaignKind } from '../../../cloudfunctions/contracts/campaign-config';
import { formatPath } from '../../../cloudfunctions/domain/compliance/finding';
import type { PreviewReport } from './preview-report';
import type { CapturedState } from './preview-run';
import type { SimulatorReport } from './simulator-parity';

const KIND_NAME: Record<CampaignKind, string> = {
  bargain: '砍价 bargain',
  assist: '助力 assist',
  coupon: '领券 coupon',
  group: '拼团 group',
  fcode: 'F码 fcode',
};

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function card(state: CapturedState): string {
  const head = `<h2>${escapeHtml(state.zh)}</h2><p class="en">${escapeHtml(state.en)}</p>`;
  if (!state.file) {
    return `<figure class="card card--skipped" id="${state.id}">${head}<p class="note">${escapeHtml(state.note ?? '')}</p></figure>`;
  }
  const who = state.persona ? `as <code>${escapeHtml(state.persona)}</code> · ` : '';
  return [
    `<figure class="card" id="${state.id}">`,
    head,
    `<a href="${escapeHtml(state.file)}"><img src="${escapeHtml(state.file)}" width="375" alt="${escapeHtml(state.en)}"></a>`,
    `<figcaption>${who}<code>${escapeHtml(state.route ?? '')}</code></figcaption>`,
    `</figure>`,
  ].join('');
}

function warnings(report: PreviewReport): string {
  if (report.warnings.length === 0) {
    return '<p class="ok">✔ 合规检查无警告 · the compliance check found no warnings</p>';
  }
  const items = report.warnings.map(
    (f) =>
      `<li><code>${escapeHtml(formatPath(f.path))}</code> ${escapeHtml(f.message)}${f.rewrite ? ` <em>建议：${escapeHtml(f.rewrite)}</em>` : ''} <span class="source">[${escapeHtml(f.ruleId)}] ${escapeHtml(f.source)}</span></li>`,
  );
  return `<p class="warn">⚠ ${report.warnings.length} 条合规警告 · compliance warning(s)</p><ul>${items.join('')}</ul>`;
}

function lineList(lines: string[]): string {
  return `<ul>${lines.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('')}</ul>`;
}

function byDesign(lines: { line: string; reason: string }[]): string {
  if (lines.length === 0) return '';
  const items = lines.map(
    ({ line, reason }) => `<li><code>${escapeHtml(line)}</code> — ${escapeHtml(reason)}</li>`,
  );
  return `<p>平台差异（设计如此） · Different by design:</p><ul>${items.join('')}</ul>`;
}

function simulator(report: SimulatorReport | null): string {
  if (!report) return '';
  const title = '<h3>小程序构建（模拟器） · WeChat build in the simulator</h3>';
  switch (report.status) {
    case 'match':
      return [
        title,
        `<p class="ok">✔ 落地页文本与浏览器一致 · simulator text matches the browser (${report.simulatorLines.length} lines)</p>`,
        byDesign(report.byDesign),
      ].join('');
    case 'differs':
      return [
        title,
        '<p class="warn">⚠ 落地页文本与浏览器不一致 · the simulator’s landing text differs from the browser’s</p>',
        report.onlyInBrowser.length
          ? `<p>Only in the browser:</p>${lineList(report.onlyInBrowser)}`
          : '',
        report.onlyInSimulator.length
          ? `<p>Only in the simulator:</p>${lineList(report.onlyInSimulator)}`
          : '',
        byDesign(report.byDesign),
      ].join('');
    case 'failed':
      return `${title}<p class="warn">⚠ 模拟器未能渲染 · the simulator check failed</p><pre>${escapeHtml(report.message)}</pre>`;
    case 'skipped':
      return `${title}<p>${escapeHtml(report.message)}</p>`;
  }
}

/** index.html: one card per state, phone-width images, the check's warnings, the parity. */
export function renderContactSheet(report: PreviewReport): string {
  const states = Object.values(report.states).filter((s): s is CapturedState => Boolean(s));
  const meta = [
    `<code>${escapeHtml(report.campaignId)}</code>`,
    KIND_NAME[report.kind],
    `<code>${escapeHtml(report.source)}</code>`,
    `generated ${escapeHtml(report.generatedAt)}`,
  ].join(' · ');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} · 活动预览</title>
<style>
  body { font-family: system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', sans-serif; margin: 24px; color: #222; background: #f3f3f3; }
  h1 { margin: 0 0 4px; }
  .meta, .en, figcaption, .source { color: #777; font-size: 13px; }
  .panel { background: #fff; border-radius: 8px; padding: 12px 16px; margin: 16px 0; max-width: 1200px; }
  .ok { color: #1a7f37; } .warn { color: #b35900; }
  .grid { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
  .card { background: #fff; border-radius: 8px; padding: 12px; margin: 0; width: 375px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
  .card h2 { font-size: 17px; margin: 0; } .card .en { margin: 2px 0 8px; }
  .card img { display: block; width: 375px; height: auto; border: 1px solid #eee; }
  .card--skipped .note { color: #777; }
  figcaption { margin-top: 6px; word-break: break-all; }
  pre { white-space: pre-wrap; font-size: 12px; }
</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${meta}</p>
${report.clockNote ? `<p class="meta">🕒 ${escapeHtml(report.clockNote)}</p>` : ''}
<section class="panel"><h3>合规检查 · Compliance check</h3>${warnings(report)}</section>
${report.simulator ? `<section class="panel">${simulator(report.simulator)}</section>` : ''}
<section class="grid">
${states.map(card).join('\n')}
</section>
</body>
</html>
`;
}
