import type { FcodeGetResult, FcodeLookupResult } from '../../contracts/fcode';
import { acceptRefusal } from '../../domain/fcode/decide-fcode';
import { isCampaignLiveAt } from '../../domain/shared/is-campaign-live-at';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller, Deps } from '../deps';
import { campaignWindowOf } from '../campaign/find-campaign';
import { findFcodeCampaign, findSettledCode, parseCodeOrThrow } from './find-fcode-campaign';
import { batchNumberOf, settleIfDue } from './fcode-row';
import { fcodeView } from './fcode-view';

/**
 * The campaign's batch and the viewer's codes. Moves what time has moved first (WeChat has no
 * background job), taking the waitlist's lock only when something is due.
 */
export async function getFcode(
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<FcodeGetResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findFcodeCampaign(tx, input.campaignId);
    await settleIfDue(tx, campaign, now);
    return { fcode: await fcodeView(tx, campaign, caller, now) };
  });
}

/** A shared code as the friend who opened it sees it: whose it is and whether it is open. */
export async function lookupFcode(
  input: { code: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<FcodeLookupResult> {
  const now = clock();
  const code = parseCodeOrThrow(input.code);
  return store.transaction(async (tx) => {
    const { campaign, row } = await findSettledCode(tx, code, now);
    const facts = {
      status: row.status,
      holderOpenid: row.holder_openid,
      acceptorOpenid: row.acceptor_openid,
      heldUntil: row.held_until,
      reservedUntil: row.reserved_until,
    };
    const refusal = acceptRefusal(facts, caller.openid, {
      // A code already given out is a promise: a paused campaign still lets it be passed on.
      campaignLive: isCampaignLiveAt(
        {
          status: campaign.status === 'paused' ? 'live' : campaign.status,
          window: campaignWindowOf(campaign.config),
        },
        now,
      ),
      now,
    });
    // A code that left its holder for the waitlist reads as expired to the friend who has it.
    const state =
      refusal === null
        ? 'open'
        : refusal === 'mine'
          ? 'mine'
          : refusal === 'SELF_ACCEPT'
            ? 'own'
            : refusal === 'CODE_TAKEN'
              ? 'taken'
              : 'expired';
    return {
      lookup: {
        code,
        campaignId: campaign.id,
        batch: batchNumberOf(row.batch_id),
        giver: row.holder_openid ? maskName(row.holder_openid) : null,
        state,
        heldUntil: row.held_until ? row.held_until.toISOString() : null,
        serverNow: now.toISOString(),
      },
    };
  });
}
