import * as z from 'zod';
import { positiveFen, text, url } from './primitives';

export const productSchema = z
  .object({
    id: text(64),
    name: text(60),
    imageUrl: url.optional(),
    priceFen: positiveFen.describe('Original price, in fen'),
  })
  .strict();

export type Product = z.output<typeof productSchema>;
