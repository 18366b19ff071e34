import { formatPath, type Finding } from '../../cloudfunctions/domain/compliance/finding';

/** One finding as the merchant reads it in a terminal: where, what, the words, a way out, why. */
export function findingLines(f: Finding): string[] {
  const mark = f.severity === 'error' ? '✖ error  ' : '⚠ warning';
  return [
    `${mark}  ${formatPath(f.path)}`,
    `           ${f.message}`,
    ...(f.quote !== undefined ? [`           原文：“${f.quote}”`] : []),
    ...(f.rewrite !== undefined ? [`           建议：${f.rewrite}`] : []),
    `           [${f.ruleId}] ${f.source}`,
  ];
}
