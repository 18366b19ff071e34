import { useEffect, useState } from 'react';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import type { GroupView } from '../../../cloudfunctions/contracts/group';
import { getGroup, myGroups } from '../../services/group';
import type { SharedGroup } from './use-landing';

export interface LandingGroup {
  group: GroupView;
  /** The visitor holds or paid a seat in it. */
  mine: boolean;
  /** The share token the visitor came with, passed on to the group page. */
  token: string | null;
}

const isMember = (group: GroupView) => group.viewer.seat === 'paid' || group.viewer.seat === 'held';

async function findGroup(
  campaignId: string,
  shared: SharedGroup | null,
): Promise<LandingGroup | null> {
  if (shared) {
    const result = await getGroup(shared.id);
    return result.ok
      ? { group: result.data.group, mine: isMember(result.data.group), token: shared.token }
      : null;
  }
  const result = await myGroups(campaignId);
  if (!result.ok) return null;
  const latestOpen = result.data.groups
    .filter((group) => group.status === 'open' && isMember(group))
    .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt))[0];
  return latestOpen ? { group: latestOpen, mine: true, token: null } : null;
}

/**
 * The group the landing page shows under its hook: the one the visitor's card or code was
 * shared for, else (on a group campaign) the visitor's own open group. Optional by design: a
 * failed call costs the block, not the page.
 */
export function useLandingGroup(
  campaign: CampaignView,
  shared: SharedGroup | null,
): LandingGroup | null {
  const isGroupCampaign = campaign.config.kind === 'group';
  const key = `${campaign.id}|${shared?.id ?? ''}`;
  const [found, setFound] = useState<{ key: string; value: LandingGroup | null } | null>(null);

  useEffect(() => {
    if (!shared && !isGroupCampaign) return undefined;
    let current = true;
    void findGroup(campaign.id, shared).then((value) => {
      if (current) setFound({ key, value });
    });
    return () => {
      current = false;
    };
  }, [campaign.id, shared, isGroupCampaign, key]);

  return found?.key === key ? found.value : null;
}
