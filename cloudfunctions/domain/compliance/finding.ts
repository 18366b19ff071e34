/** One problem found in a campaign config: where it is, how bad, why, and which rule says so. */
export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning';
  /** The JSON path of the offending value, e.g. ['mechanics', 'rewards', 0, 'trigger']. */
  path: (string | number)[];
  /** A plain explanation for the merchant (Chinese, like the rest of the merchant's UI). */
  message: string;
  /** The platform rule it comes from. */
  source: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
      '',
    ) || '(root)'
  );
}
