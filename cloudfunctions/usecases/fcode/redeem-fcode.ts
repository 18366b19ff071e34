import { AppError } from '../../contracts/errors';
import type { FcodeQuote } from '../../contracts/fcode';
import { fcodePriceFen, passOnCount, redeemRefusal } from '../../domain/fcode/decide-fcode';
import { parseFcode } from '../../domain/fcode/fcode-code';
import type { Deps } from '../deps';
import type { Sql } from '../../store/store';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { FCODE_MESSAGES } from './fcode-messages';
import { findCode, settleIfDue, type CodeRow, type FcodeCampaignRow } from './fcode-row';
import { giveCodes } from './give-codes';

export interface FcodeBasket {
  code: string;
  buyerOpenid: string;
  campaignId: string;
  productIds?: string[];
}

async function codeFor(
  sql: Sql,
  basket: FcodeBasket,
  now: Date,
): Promise<{ row: CodeRow; campaign: FcodeCampaignRow }> {
  const code = parseFcode(basket.code);
  if (!code) throw new AppError('INVALID_INPUT', FCODE_MESSAGES.MALFORMED);
  const found = await findCode(sql, code);
  if (!found) throw new AppError('NOT_FOUND', FCODE_MESSAGES.NOT_FOUND);
  const campaign = await findCampaignOfKind(sql, found.campaign_id, 'fcode');
  await settleIfDue(sql, campaign, now);
  return { row: (await findCode(sql, code))!, campaign };
}

function refusalOf(row: CodeRow, campaign: FcodeCampaignRow, basket: FcodeBasket, now: Date) {
  return redeemRefusal(
    {
      status: row.status,
      holderOpenid: row.holder_openid,
      acceptorOpenid: row.acceptor_openid,
      heldUntil: row.held_until,
      reservedUntil: row.reserved_until,
      campaignId: row.campaign_id,
    },
    basket,
    {
      productId: campaign.config.product.id,
      validFrom: campaign.config.fcode.validFrom,
      validUntil: campaign.config.fcode.validUntil,
    },
    now,
  );
}

/** The checkout asks whether a code applies to a basket and what the product then costs. */
export async function quoteFcode(
  quoted: Omit<FcodeBasket, 'productIds'> & { productId?: string },
  { store, clock }: Deps,
): Promise<{ quote: FcodeQuote }> {
  const now = clock();
  const input: FcodeBasket = {
    ...quoted,
    productIds: quoted.productId ? [quoted.productId] : [],
  };
  return store.transaction(async (tx) => {
    const { row, campaign } = await codeFor(tx, input, now);
    const refusal = refusalOf(row, campaign, input, now);
    return {
      quote: refusal
        ? { applies: false, priceFen: null, refusal }
        : { applies: true, priceFen: fcodePriceFen(campaign.config), refusal: null },
    };
  });
}

/**
 * Marks the buyer's code used by this order, inside order.report's transaction (after its
 * shop_order row, so a replayed report never gets here): one conditional update from
 * 'reserved' for this buyer, so a code is redeemed at most once and a batch of N codes never
 * yields more than N orders. A buyer close enough to a seed then receives codes to pass on.
 */
export async function redeemFcodeIn(
  tx: Sql,
  input: FcodeBasket & { orderId: string },
  now: Date,
): Promise<void> {
  const { row, campaign } = await codeFor(tx, input, now);
  const refusal = refusalOf(row, campaign, input, now);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const [used] = await tx.query<{ generation: number }>(
    `update fcode_code set status = 'redeemed', order_id = $3, redeemed_at = $4,
            reserved_until = null, updated_at = $4
      where code = $1 and status = 'reserved' and acceptor_openid = $2 and reserved_until > $4
      returning generation`,
    [row.code, input.buyerOpenid, input.orderId, now],
  );
  if (!used) throw new AppError('ALREADY_REDEEMED', 'the code has been used');
  await tx.query(
    `insert into fcode_event (code, campaign_id, batch_id, kind, from_openid, to_openid, generation, at)
     values ($1, $2, $3, 'redeemed', $4, $5, $6, $7)`,
    [
      row.code,
      campaign.id,
      row.batch_id,
      row.holder_openid,
      input.buyerOpenid,
      used.generation,
      now,
    ],
  );
  const passOn = passOnCount(campaign.config.fcode.passOn, used.generation);
  await giveCodes(
    tx,
    campaign,
    { openid: input.buyerOpenid, generation: used.generation, kind: 'passed_on' },
    passOn,
    now,
  );
}
