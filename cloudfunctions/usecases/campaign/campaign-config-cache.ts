import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Store } from '../../store/store';

/**
 * Configs of the campaigns this instance has served, keyed by the campaign row's version
 * (its `xmin`: any update of the row — a new config, a new status — gives a new one). A hot
 * action sends the versions it holds and the store answers the config only when it changed,
 * so a rush does not ship the same jsonb thousands of times. The status is never cached: it is
 * a column read fresh by every action, and re-checked by the action's guarded write.
 */
const MAX_CAMPAIGNS = 200;
const caches = new WeakMap<Store, Map<string, { version: string; config: CampaignConfig }>>();

function cacheOf(store: Store) {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/** Bind as jsonb; the SQL answers `config` only when `($n::jsonb ->> c.id) <> c.xmin::text`. */
export function cachedVersions(store: Store): string {
  const versions: Record<string, string> = {};
  for (const [id, { version }] of cacheOf(store)) versions[id] = version;
  return JSON.stringify(versions);
}

/** The SQL for a campaign `c`'s config, null when the caller's cached version is current. */
export const configUnlessCached = (versionsParam: string, alias = 'c') =>
  `case when ${alias}.xmin::text = (${versionsParam}::jsonb ->> ${alias}.id) then null else ${alias}.config end`;

export const campaignVersion = (alias = 'c') => `${alias}.xmin::text`;

/**
 * The config a row answered with, or the cached one it left out. Should the cache have moved
 * on meanwhile (a concurrent call cached a newer version), the config is read once more.
 */
export async function configOf(
  store: Store,
  campaignId: string,
  version: string,
  config: CampaignConfig | null,
): Promise<CampaignConfig> {
  const cache = cacheOf(store);
  if (config) {
    if (cache.size >= MAX_CAMPAIGNS && !cache.has(campaignId)) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(campaignId, { version, config });
    return config;
  }
  const cached = cache.get(campaignId);
  if (cached && cached.version === version) return cached.config;
  const [row] = await store.query<{ config: CampaignConfig }>(
    'select config from campaign where id = $1',
    [campaignId],
  );
  if (!row) throw new Error(`campaign ${campaignId} vanished`);
  return row.config;
}
