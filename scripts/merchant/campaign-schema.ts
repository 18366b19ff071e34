import * as z from 'zod';
import { campaignConfigSchema } from '../../cloudfunctions/contracts/campaign-config';

export const SCHEMA_FILE = 'cloudfunctions/contracts/campaign-config.schema.json';

/**
 * The contract as JSON Schema (input side: defaults may be omitted), for editors to
 * autocomplete and flag mistakes. Cross-field rules (floor below price…) are only in the
 * contract; `npm run campaign -- check` applies them.
 */
export function campaignJsonSchema(): string {
  const schema = z.toJSONSchema(campaignConfigSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'Fission campaign config', ...schema }, null, 2)}\n`;
}
