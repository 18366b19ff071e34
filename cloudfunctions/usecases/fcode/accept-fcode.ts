import { AppError } from '../../contracts/errors';
import type { FcodeAcceptResult } from '../../contracts/fcode';
import { acceptRefusal, reservedUntil } from '../../domain/fcode/decide-fcode';
import { isCampaignLiveAt } from '../../domain/shared/is-campaign-live-at';
import type { Caller, Deps } from '../deps';
import { campaignWindowOf } from '../campaign/find-campaign';
import { markParticipant, seeUser } from '../campaign/see-user';
import { findSettledCode, parseCodeOrThrow } from './find-fcode-campaign';
import { FCODE_MESSAGES } from './fcode-messages';
import { fcodeView } from './fcode-view';

/**
 * A friend accepts a shared code: it is reserved for them for `reserveHours`, then returns to
 * its giver if they have not bought. Exactly once under any concurrency: the person's one
 * code per batch is a primary key (fcode_holding), and the code moves by one conditional
 * update (`status = 'held'`, not the holder's, not past its hand-on time), so of 200 friends tapping at once exactly one
 * gets it and everyone else is told it was taken, with nothing of theirs written. The code's
 * row is taken first, then the holding (a person accepting two codes at once keeps one). Accepting
 * earns nobody experience: only a friend's purchase does (order.report).
 */
export async function acceptFcode(
  input: { code: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<FcodeAcceptResult> {
  const now = clock();
  const code = parseCodeOrThrow(input.code);
  return store.transaction(async (tx) => {
    const { campaign, row } = await findSettledCode(tx, code, now);
    const refusal = acceptRefusal(
      {
        status: row.status,
        holderOpenid: row.holder_openid,
        acceptorOpenid: row.acceptor_openid,
        heldUntil: row.held_until,
        reservedUntil: row.reserved_until,
      },
      caller.openid,
      {
        // A code already given out is a promise: a paused campaign still lets it be passed on.
        campaignLive: isCampaignLiveAt(
          {
            status: campaign.status === 'paused' ? 'live' : campaign.status,
            window: campaignWindowOf(campaign.config),
          },
          now,
        ),
        now,
      },
    );
    if (refusal === 'mine') {
      return { fcode: await fcodeView(tx, campaign, caller, now), accepted: false };
    }
    if (refusal) throw new AppError(refusal, FCODE_MESSAGES[refusal]);

    const [taken] = await tx.query<{ holder_openid: string; generation: number }>(
      `update fcode_code
          set status = 'reserved', acceptor_openid = $2, generation = holder_generation + 1,
              via = 'friend', reserved_until = $3, updated_at = $4
        where code = $1 and status = 'held' and holder_openid <> $2 and held_until > $4
        returning holder_openid, generation`,
      [code, caller.openid, reservedUntil(now, campaign.config.fcode.reserveHours), now],
    );
    if (!taken) throw new AppError('CODE_TAKEN', FCODE_MESSAGES.CODE_TAKEN);
    const [holding] = await tx.query(
      `insert into fcode_holding (batch_id, openid, code) values ($1, $2, $3)
       on conflict (batch_id, openid) do nothing returning code`,
      [row.batch_id, caller.openid, code],
    );
    if (!holding) throw new AppError('ONE_PER_BATCH', FCODE_MESSAGES.ONE_PER_BATCH);
    await tx.query(
      `insert into fcode_event (code, campaign_id, batch_id, kind, from_openid, to_openid, generation, at)
       values ($1, $2, $3, 'accepted', $4, $5, $6, $7)`,
      [code, campaign.id, row.batch_id, taken.holder_openid, caller.openid, taken.generation, now],
    );
    await seeUser(tx, caller.openid, campaign.id, now);
    await markParticipant(tx, caller.openid, campaign.id, now);
    return { fcode: await fcodeView(tx, campaign, caller, now), accepted: true };
  });
}
