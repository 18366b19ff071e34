/**
 * A JSON syntax error as an editor would point at it: `file:line:column` and what was found
 * there, with the line itself and a caret. Node 20's JSON.parse gives only a character
 * position ("… in JSON at position 14"), or none at the end of the text.
 */
export function jsonErrorMessage(file: string, text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const offset = position === undefined ? text.length : Number(position);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const what = error.message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/^JSON\.parse: /, '');
  const source = text.split('\n')[line - 1] ?? '';
  return [
    `${file}:${line}:${column}: not valid JSON: ${what}`,
    `  ${source}`,
    `  ${' '.repeat(Math.max(0, column - 1))}^`,
  ].join('\n');
}
