import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../domain/notify/retry-schedule';

/** The fields of the subscribe template, by role: campaign name, what happened, when. */
export interface TemplateFields {
  campaign: string;
  progress: string;
  time: string;
}

/** How the dispatcher tells: WeChat's side (template) and ours (hold, retries, leases). */
export interface NotifySettings {
  /** The subscribe template the client asks for; null: no subscribe messages are sent. */
  templateId: string | null;
  fields: TemplateFields;
  /** How long an event that may be bettered waits for a better one on its target. */
  holdMs: number;
  /** How long a dispatcher owns a delivery while it sends; after that anyone may retry it. */
  leaseMs: number;
  /** Deliveries a dispatcher takes per pass. */
  batch: number;
  /** A webhook receiver that has not answered by then counts as failed (and is retried). */
  webhookTimeoutMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_TEMPLATE_FIELDS: TemplateFields = {
  campaign: 'thing1',
  progress: 'thing2',
  time: 'time3',
};

export const DEFAULT_NOTIFY_SETTINGS: NotifySettings = {
  templateId: null,
  fields: DEFAULT_TEMPLATE_FIELDS,
  holdMs: 120_000,
  leaseMs: 30_000,
  batch: 50,
  webhookTimeoutMs: 10_000,
  retry: DEFAULT_RETRY_POLICY,
};

/**
 * From the environment: `FISSION_SUBSCRIBE_TEMPLATE_ID` (the same id the client build has as
 * TARO_APP_SUBSCRIBE_TEMPLATE_ID), `FISSION_SUBSCRIBE_FIELDS` ("thing1,thing2,time3": the
 * template's keywords for the campaign, the progress and the time), `FISSION_NOTIFY_HOLD_MS`,
 * `FISSION_WEBHOOK_TIMEOUT_MS` and the retry policy's `FISSION_RETRY_*`.
 */
export function notifySettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaults: NotifySettings = DEFAULT_NOTIFY_SETTINGS,
): NotifySettings {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const [campaign, progress, time] = (env.FISSION_SUBSCRIBE_FIELDS ?? '')
    .split(',')
    .map((s) => s.trim());
  return {
    ...defaults,
    templateId: env.FISSION_SUBSCRIBE_TEMPLATE_ID?.trim() || defaults.templateId,
    fields: campaign && progress && time ? { campaign, progress, time } : defaults.fields,
    holdMs: number('FISSION_NOTIFY_HOLD_MS', defaults.holdMs),
    webhookTimeoutMs: number('FISSION_WEBHOOK_TIMEOUT_MS', defaults.webhookTimeoutMs),
    retry: retryPolicyFromEnv(env, defaults.retry),
  };
}

/** A policy from the environment (`FISSION_RETRY_BASE_MS`, `_CAP_MS`, `_HORIZON_MS`). */
export function retryPolicyFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  fallback: RetryPolicy = DEFAULT_RETRY_POLICY,
): RetryPolicy {
  const read = (name: string, otherwise: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : otherwise;
  };
  return {
    baseMs: read('FISSION_RETRY_BASE_MS', fallback.baseMs),
    capMs: read('FISSION_RETRY_CAP_MS', fallback.capMs),
    horizonMs: read('FISSION_RETRY_HORIZON_MS', fallback.horizonMs),
  };
}
