import type { CopyRuleId } from '../rule-ids';
import { CLAIM_RULES } from './claim-rules';
import type { CopyRule } from './copy-rule';
import { PRESSURE_RULES } from './pressure-rules';
import { PROMISE_RULES } from './promise-rules';
import { SHARING_RULES } from './sharing-rules';

/** Every copy rule, by id: a `Record` over the closed union, so none can be named and missing. */
export const COPY_RULES: Record<CopyRuleId, CopyRule> = {
  ...SHARING_RULES,
  ...PRESSURE_RULES,
  ...CLAIM_RULES,
  ...PROMISE_RULES,
};
