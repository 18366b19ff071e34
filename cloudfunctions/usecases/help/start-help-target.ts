import { AppError } from '../../contracts/errors';
import type { Caller, Deps } from '../deps';
import type { Sql } from '../../store/store';
import type { CampaignConfig } from '../../contracts/campaign-config';
import type { StoredCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditParticipation } from '../invite/credit-conversion';
import { decideStartIn } from './decide-start-in';
import { countStart, lapsedStartsOf } from './help-facts';
import { HELP_MESSAGES } from './help-messages';
import type { HelpTargetRow } from './help-target-row';
import { campaignOfKind, type ReadKind } from './read-help-target';

/** What a start needs of the kind's settings. */
export interface StartSettings {
  maxStartsPerUser: number;
  durationHours: number;
  restartAfterExpiry?: boolean;
}

/** What starting a bargain and starting an assist do differently: their table and their row. */
export interface StartKind<
  C extends CampaignConfig,
  S extends StartSettings,
  R extends HelpTargetRow,
  V,
> extends ReadKind<C, R, V> {
  settingsOf(config: C): S;
  /** Marks the caller's lapsed ones in this campaign expired (and releases what they held). */
  expireOwn(tx: Sql, campaignId: string, openid: string, now: Date): Promise<unknown>;
  /** The new row, or undefined when a concurrent start by the same person won the active slot. */
  insert(
    tx: Sql,
    start: { campaign: StoredCampaign; settings: S; caller: Caller; now: Date },
    endsAt: Date,
  ): Promise<R | undefined>;
  /** What else a counted start takes (the assist reserves its reward); it may refuse. */
  afterCounted?(tx: Sql, settings: S, now: Date): Promise<void>;
}

/**
 * Starts a bargain or an assist, or hands back the caller's active one. The partial unique
 * index (one active per person and campaign) decides between concurrent starts, and the start
 * count moves only by a conditional upsert, so neither a double tap nor a storm of retries
 * starts twice or passes the limit.
 */
export async function startHelpTarget<
  C extends CampaignConfig,
  S extends StartSettings,
  R extends HelpTargetRow,
  V,
>(
  kind: StartKind<C, S, R, V>,
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<{ view: V; created: boolean }> {
  const now = clock();
  return store.transaction(async (tx) => {
    const { campaign, config } = await campaignOfKind(tx, kind, input.campaignId);
    const settings = kind.settingsOf(config);
    await seeUser(tx, caller.openid, campaign.id, now);
    await kind.expireOwn(tx, campaign.id, caller.openid, now);
    const findActive = async () =>
      (
        await tx.query<R>(
          `select ${kind.columns} from ${kind.kind}
            where campaign_id = $1 and initiator_openid = $2 and status = 'active'`,
          [campaign.id, caller.openid],
        )
      )[0];
    const lapsed = lapsedStartsOf(kind.kind, settings, now);
    const decision = await decideStartIn(
      tx,
      campaign,
      settings,
      caller,
      await findActive(),
      now,
      lapsed,
    );
    if (decision.action === 'reuse') {
      return {
        view: await kind.view(tx, decision.existing, config, caller, now),
        created: false,
      };
    }

    const created = await kind.insert(tx, { campaign, settings, caller, now }, decision.endsAt);
    if (!created) {
      // A concurrent start by the same person won; theirs is the active one.
      const winner = await findActive();
      if (!winner) throw new Error(`${kind.kind} start conflicted but no active one was found`);
      return { view: await kind.view(tx, winner, config, caller, now), created: false };
    }
    if (!(await countStart(tx, campaign.id, caller.openid, settings.maxStartsPerUser, lapsed))) {
      throw new AppError('START_LIMIT', HELP_MESSAGES.START_LIMIT);
    }
    await kind.afterCounted?.(tx, settings, now);
    await creditParticipation(tx, {
      campaign: campaign.config,
      caller,
      stage: 'started',
      refId: created.id,
      now,
    });
    return { view: await kind.view(tx, created, config, caller, now), created: true };
  });
}
