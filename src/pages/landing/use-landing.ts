import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import type { InviteVisitResult } from '../../../cloudfunctions/contracts/invite';
import { getCampaign } from '../../services/campaign';
import { launchToken, visitOnce } from '../../services/launch';
import { subjectUrl } from '../../utils/routes';

/** Opened with neither a campaign nor a share token (a bare launch): show the demo. */
export const DEFAULT_CAMPAIGN_ID = 'demo-bargain';

export type InvitedBy = NonNullable<InviteVisitResult['invitedBy']>;

/** A group the visitor's card or code was shared for, shown on this page (not redirected to). */
export interface SharedGroup {
  id: string;
  /** The share token, passed on so a join from here is credited to the sharer. */
  token: string | null;
}

export type LandingState =
  | { status: 'loading' }
  | { status: 'error'; error: ErrorBody }
  | { status: 'ready'; campaign: CampaignView };

export interface LandingQuery {
  campaignId?: string;
  token?: string;
  scene?: string;
  /** '1' when a merchant previews a draft; the server checks the role. */
  preview?: string;
}

/**
 * Loads the campaign, then records the arrival. With a campaignId the page needs one call
 * before it can be used: the visit is sent once the campaign has answered, so it never
 * competes with it, and the friend who invited shows up when the visit answers; a failed
 * visit costs the banner, not the page. A mini-program code carries only the token (its
 * `scene`): the campaign then comes from the visit, so the visit goes first.
 */
export function useLanding({ campaignId, token, scene, preview }: LandingQuery) {
  const [state, setState] = useState<LandingState>({ status: 'loading' });
  const [invitedBy, setInvitedBy] = useState<InvitedBy | null>(null);
  const [sharedGroup, setSharedGroup] = useState<SharedGroup | null>(null);
  const [attempt, setAttempt] = useState(0);
  const arrivedRef = useRef<((result: Awaited<ReturnType<typeof visitOnce>>) => void) | null>(null);
  // The load that last settled, with what it was for: the visit follows each load exactly once
  // (a persona switch re-renders with the old page before the new load starts).
  const [settledLoad, setSettledLoad] = useState<{
    knownId: string | undefined;
    query: { token?: string; scene?: string };
  } | null>(null);

  useEffect(() => {
    // A slow answer for an earlier query or persona must not overwrite the current one.
    let current = true;
    setState({ status: 'loading' });
    setSettledLoad(null);
    setInvitedBy(null);
    setSharedGroup(null);
    const query = { token, scene };
    const knownId = campaignId || (launchToken(query) ? undefined : DEFAULT_CAMPAIGN_ID);

    const arrived = (result: Awaited<ReturnType<typeof visitOnce>>) => {
      if (!current || !result.ok) return;
      setInvitedBy(result.data.invitedBy);
      // A poster's code carries only the token: when it was shared for a bargain, an assist or
      // a packet, the friend belongs on that page, where they can help or claim. A group stays
      // here: the offer explains the deal, and the group's state sits under it.
      const subject = result.data.subject;
      const shared = launchToken(query);
      if (subject?.kind === 'group') {
        setSharedGroup({ id: subject.id, token: shared });
      } else if (subject) {
        void Taro.redirectTo({
          url: subjectUrl(subject.kind, subject.id, shared),
        });
      }
    };

    arrivedRef.current = arrived;
    void (async () => {
      let id = knownId;
      if (!id) {
        const visited = await visitOnce(undefined, query);
        if (!current) return;
        if (!visited.ok) {
          setState({ status: 'error', error: visited.error });
          return;
        }
        arrived(visited);
        id = visited.data.campaignId;
      }
      const result = await getCampaign(id, { preview: preview === '1' });
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', campaign: result.data.campaign }
          : { status: 'error', error: result.error },
      );
      setSettledLoad({ knownId, query });
    })();

    return () => {
      current = false;
    };
  }, [campaignId, token, scene, preview, attempt]);

  // With a campaignId the arrival is recorded once the page has drawn what the campaign
  // answered (an effect runs after that commit), so the CTA never waits on it; whatever the
  // answer was — an ended campaign still saw the arrival.
  useEffect(() => {
    if (!settledLoad?.knownId) return undefined;
    let current = true;
    void visitOnce(settledLoad.knownId, settledLoad.query).then((result) => {
      if (current) arrivedRef.current?.(result);
    });
    return () => {
      current = false;
    };
  }, [settledLoad]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, invitedBy, sharedGroup, reload };
}
