import type { Section } from './report';

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, w: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
};

/** A plain-text table: first column left-aligned, numbers right-aligned, notes below. */
export function renderSection(section: Section): string {
  const widths = section.columns.map((c, i) =>
    Math.max(width(c), ...section.rows.map((r) => width(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, i > 0))
      .join('  ')
      .trimEnd();
  const out = [
    section.title,
    line(section.columns),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...section.rows.map(line),
    ...section.notes.map((n) => `  ${n}`),
  ];
  return out.join('\n');
}
