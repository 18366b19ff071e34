import type { FindingRuleId } from './rule-ids';

/** One problem found in a campaign config: where it is, how bad, why, and which rule says so. */
export interface Finding {
  ruleId: FindingRuleId;
  severity: 'error' | 'warning';
  /** The JSON path of the offending value, e.g. ['mechanics', 'rewards', 0, 'trigger']. */
  path: (string | number)[];
  /** A plain explanation for the merchant (Chinese, like the rest of the merchant's UI). */
  message: string;
  /** The platform rule it comes from. */
  source: string;
  /** For copy: the merchant's own words that cross the line, exactly as written. */
  quote?: string;
  /** A compliant way to say it, or to fix the config. */
  rewrite?: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
      '',
    ) || '(root)'
  );
}
