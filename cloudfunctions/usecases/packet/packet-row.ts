import type { PacketSettings } from '../../contracts/campaign-config';

export interface PacketRow {
  id: string;
  campaign_id: string;
  order_id: string;
  sharer_openid: string;
  template_id: string;
  settings: PacketSettings;
  slots: number;
  claimed: number;
  created_at: Date;
  ends_at: Date;
}

export const PACKET_COLUMNS = `id, campaign_id, order_id, sharer_openid, template_id, settings, slots,
  claimed, created_at, ends_at`;

/** Server-side messages (for logs and developers; the page words each code itself). */
export const PACKET_MESSAGES = {
  SELF_CLAIM: 'the sharer cannot claim from their own packet',
  PACKET_EMPTY: 'every coupon in the packet has been claimed',
  EXPIRED: 'the packet has expired',
  CLAIM_LIMIT: 'daily claim limit reached for this campaign',
} as const;
