-- WeChat's own notices about this mini-program (message push → the `push` cloud function):
-- a violation warning or punishment, recorded once per punish_id — WeChat may push the same
-- notice again, and the primary key makes that a no-op — with what it paused, in the same
-- transaction as the pauses.
create table wechat_notice (
  punish_id text primary key,
  -- 1 警告, 2 功能封禁, 3 下架, 4 账号封禁, 10 页面封禁; others are kept as they come.
  event_type integer not null,
  appid text not null default '',
  punished_at timestamptz,
  illegal_reason text not null default '',
  illegal_content text not null default '',
  rule_name text not null default '',
  rule_url text not null default '',
  adjust_guide_url text not null default '',
  -- The detail JSON string, parsed; null when it was not an object.
  detail jsonb,
  warned_type integer,
  rectify_deadline timestamptz,
  -- [{ "name": "分享", "days": 7 }]: the functions banned or warned of, with their days.
  functions jsonb not null default '[]',
  ban_days integer,
  -- The detail as WeChat wrote it, when its shape is not one the code reads.
  detail_text text,
  raw_event jsonb not null,
  received_at timestamptz not null,
  -- The merchant's setting in force when the notice arrived, and what it paused then.
  auto_pause text not null check (auto_pause in ('off', 'bans', 'all')),
  paused_campaign_ids text[] not null default '{}'
);

create index wechat_notice_latest on wechat_notice (received_at desc, punish_id);
