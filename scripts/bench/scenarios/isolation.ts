import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { benchCampaignId, budgetCouponCampaign } from '../lib/bench-campaigns';
import { helpOnce, hotTarget } from '../lib/help-op';
import { prepareBargains } from '../lib/prepare-bargains';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runLoad, type LoadResult } from '../lib/run-load';
import { median, ratio, summarizeLatencies } from '../lib/stats';

/** The host's pool: stormers and bystanders share it, as they do in one host or instance. */
export const ISOLATION_POOL = 10;
const STORMERS = 16;
const BYSTANDERS = 4;
/** Other campaigns a bystander opens, round-robin. */
const OTHER_CAMPAIGNS = 8;

const shopper = (openid: string) => ({ openid, role: 'shopper' as const });

/**
 * Bystanders: people who have nothing to do with the stormed bargain, reading their wallet
 * (coupon.list) and opening other campaigns (campaign.get), one after the other.
 */
function bystanders(deps: Deps, campaignIds: string[], tag: string, durationMs: number) {
  return runLoad({
    workers: BYSTANDERS,
    durationMs,
    async op(i) {
      const who = shopper(`${tag}-b${i % 40}`);
      const result =
        i % 2 === 0
          ? await functionHandlers.coupon({ action: 'list' }, who, deps)
          : await functionHandlers.campaign(
              { action: 'get', campaignId: campaignIds[i % campaignIds.length] as string },
              who,
              deps,
            );
      return result.ok ? 'ok' : result.error.code;
    },
  });
}

/**
 * Scenario 8 (server only): bystanders' latency on a quiet store, then while 16 workers storm
 * one bargain. A short lock on the hot row keeps the storm's queue on that row, away from
 * everyone else's reads.
 */
export async function isolation(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  if (!stores.kinds.includes('pg')) {
    return {
      name: 'isolation',
      sections: [
        {
          title: '8. isolation: bystanders during a storm on one bargain',
          columns: ['metric', 'value'],
          rows: [],
          notes: ['needs the PostgreSQL server: set DATABASE_URL.'],
        },
      ],
      data: { skipped: true },
    };
  }
  const durationMs = options.quick ? 1500 : 4000;
  const store = await stores.open('pg', ISOLATION_POOL);
  const deps: Deps = { store, clock: systemClock };
  const campaignIds: string[] = [];
  for (let i = 0; i < OTHER_CAMPAIGNS; i += 1) {
    const config = budgetCouponCampaign(benchCampaignId(`iso${i}`), 1000);
    await saveCampaign(store, config, 'live', deps.clock());
    campaignIds.push(config.id);
  }
  const runs: { rep: number; quiet: LoadResult; storm: LoadResult; storming: LoadResult }[] = [];
  for (let rep = 1; rep <= options.repetitions; rep += 1) {
    const tag = `iso${rep}r${Date.now().toString(36)}`;
    // Each bystander holds a coupon or two, so the wallet read has rows to return.
    for (let b = 0; b < 40; b += 1) {
      await functionHandlers.coupon(
        { action: 'claim', templateId: campaignIds[b % campaignIds.length] as string },
        shopper(`${tag}-b${b}`),
        deps,
      );
    }
    const quiet = await bystanders(deps, campaignIds, tag, durationMs);
    const { bargainIds, startOne } = await prepareBargains(deps, 60, `${tag}s`);
    const hot = hotTarget(bargainIds, startOne);
    let stop = false;
    const storming = runLoad({
      workers: STORMERS,
      durationMs: durationMs + 500,
      async op(i) {
        if (stop) return 'stopped';
        const id = await hot.current();
        const { outcome, completed } = await helpOnce(deps, id, `${tag}-h${i}`);
        if (completed || outcome === 'CLOSED') hot.moveOnFrom(id);
        return outcome;
      },
    });
    // Let the storm build its queue before the bystanders are timed.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const storm = await bystanders(deps, campaignIds, tag, durationMs);
    stop = true;
    const stormResult = await storming;
    runs.push({ rep, quiet, storm, storming: stormResult });
    const q = summarizeLatencies(quiet.latencies.ok ?? []);
    const s = summarizeLatencies(storm.latencies.ok ?? []);
    const helps = stormResult.latencies.ok?.length ?? 0;
    log(
      `isolation rep ${rep}/${options.repetitions}: bystanders quiet p50 ${fmt.ms(q.p50)} p99 ${fmt.ms(q.p99)} ms; ` +
        `storm p50 ${fmt.ms(s.p50)} p99 ${fmt.ms(s.p99)} ms; storm ${fmt.ops(helps / (stormResult.elapsedMs / 1000))} helps/s`,
    );
  }
  const per = runs.map((r) => {
    const quiet = summarizeLatencies(r.quiet.latencies.ok ?? []);
    const storm = summarizeLatencies(r.storm.latencies.ok ?? []);
    const refusedBystanders =
      Object.values(r.storm.outcomes).reduce((a, b) => a + b, 0) - storm.count;
    return {
      quietP50: quiet.p50,
      quietP99: quiet.p99,
      stormP50: storm.p50,
      stormP99: storm.p99,
      p99Ratio: ratio(storm.p99, quiet.p99),
      refusedBystanders,
      stormHelpsPerSec: (r.storming.latencies.ok?.length ?? 0) / (r.storming.elapsedMs / 1000),
      stormOutcomes: r.storming.outcomes,
    };
  });
  const summary = {
    quietP50: median(per.map((p) => p.quietP50)),
    quietP99: median(per.map((p) => p.quietP99)),
    stormP50: median(per.map((p) => p.stormP50)),
    stormP99: median(per.map((p) => p.stormP99)),
    p99Ratio: median(per.map((p) => p.p99Ratio)),
    stormHelpsPerSec: median(per.map((p) => p.stormHelpsPerSec)),
    refusedBystanders: per.reduce((n, p) => n + p.refusedBystanders, 0),
  };
  return {
    name: 'isolation',
    sections: [
      {
        title: `8. isolation: ${BYSTANDERS} bystanders (wallet, other campaigns) while ${STORMERS} workers storm one bargain; pool ${ISOLATION_POOL} (median of ${options.repetitions})`,
        columns: ['metric', 'quiet', 'during the storm', 'storm / quiet'],
        rows: [
          [
            'bystander p50 ms',
            fmt.ms(summary.quietP50),
            fmt.ms(summary.stormP50),
            fmt.ratio(ratio(summary.stormP50, summary.quietP50)),
          ],
          [
            'bystander p99 ms',
            fmt.ms(summary.quietP99),
            fmt.ms(summary.stormP99),
            fmt.ratio(summary.p99Ratio),
          ],
          ['storm helps/s', '–', fmt.ops(summary.stormHelpsPerSec), '–'],
          ['bystander calls refused', '–', fmt.count(summary.refusedBystanders), '–'],
        ],
        notes: [
          'one store (one pool) for everyone, as in one host; the ratio is the median of per-repetition ratios.',
        ],
      },
    ],
    data: { durationMs, pool: ISOLATION_POOL, runs: per, summary },
  };
}
