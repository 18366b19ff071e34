import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { benchCampaignId, budgetCouponCampaign } from '../lib/bench-campaigns';
import type { StoreKind } from '../lib/bench-stores';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runLoad } from '../lib/run-load';
import { medianOfRuns, summarizeLatencies } from '../lib/stats';

const METRICS = ['opsPerSec', 'okP50', 'okP99', 'refusedP50', 'refusedP99'] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

interface Verification {
  ok: boolean;
  issuedResponses: number;
  couponRows: number;
  templateIssued: number;
  otherOutcomes: Record<string, number>;
}

interface ClaimRun {
  metrics: Metrics;
  verification: Verification;
  outcomes: Record<string, number>;
}

/** Every claimer once, through coupon.claim; then what the store says was issued. */
async function claimAll(
  deps: Deps,
  budget: number,
  claimers: number,
  workers: number,
  tag: string,
): Promise<ClaimRun> {
  const config = budgetCouponCampaign(benchCampaignId(tag), budget);
  await saveCampaign(deps.store, config, 'live', deps.clock());
  const templateId = config.id;
  const result = await runLoad({
    workers,
    total: claimers,
    async op(i) {
      const claimed = await functionHandlers.coupon(
        { action: 'claim', templateId, requestId: `req-${tag}-${i}` },
        { openid: `${tag}-c${i}`, role: 'shopper' },
        deps,
      );
      return claimed.ok ? 'ok' : claimed.error.code;
    },
  });
  const [rows] = await deps.store.query<{ n: number }>(
    'select count(*)::int as n from coupon where template_id = $1',
    [templateId],
  );
  const [template] = await deps.store.query<{ issued: number }>(
    'select issued from coupon_template where id = $1',
    [templateId],
  );
  const {
    ok: issuedResponses = 0,
    BUDGET_EXHAUSTED: _refused = 0,
    ...otherOutcomes
  } = result.outcomes;
  const verification: Verification = {
    issuedResponses,
    couponRows: rows?.n ?? -1,
    templateIssued: template?.issued ?? -1,
    otherOutcomes,
    ok:
      issuedResponses === budget &&
      rows?.n === budget &&
      template?.issued === budget &&
      Object.keys(otherOutcomes).length === 0,
  };
  const ok = summarizeLatencies(result.latencies.ok ?? []);
  const refused = summarizeLatencies(result.latencies.BUDGET_EXHAUSTED ?? []);
  return {
    metrics: {
      opsPerSec: claimers / (result.elapsedMs / 1000),
      okP50: ok.p50,
      okP99: ok.p99,
      refusedP50: refused.p50,
      refusedP99: refused.p99,
    },
    verification,
    outcomes: result.outcomes,
  };
}

const verdict = (v: Verification, budget: number) =>
  v.ok
    ? `✓ exactly ${budget} issued`
    : `✗ ${v.issuedResponses} ok responses, ${v.couponRows} coupon rows, template issued ${v.templateIssued}, budget ${budget}` +
      (Object.keys(v.otherOutcomes).length
        ? `, other outcomes ${JSON.stringify(v.otherOutcomes)}`
        : '');

/** Scenario 2: twice as many claimers as budget; the budget must hold exactly. */
export async function couponClaims(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  const budget = options.quick ? 100 : 1000;
  const claimers = 2 * budget;
  const configs: { store: StoreKind; workers: number }[] = stores.kinds.map((store) => ({
    store,
    workers: store === 'pglite' ? 1 : 16,
  }));
  const runs: ({ store: StoreKind; workers: number; rep: number } & ClaimRun)[] = [];

  for (const { store: kind, workers } of configs) {
    const deps: Deps = { store: await stores.open(kind, workers), clock: systemClock };
    await claimAll(deps, 20, 40, workers, `cw${kind}`);
    for (let rep = 1; rep <= options.repetitions; rep += 1) {
      const run = await claimAll(
        deps,
        budget,
        claimers,
        workers,
        `c${kind}${rep}r${Date.now().toString(36)}`,
      );
      runs.push({ store: kind, workers, rep, ...run });
      log(
        `coupon ${kind.padEnd(6)} ×${String(workers).padEnd(2)} rep ${rep}/${options.repetitions}: ` +
          `${fmt.ops(run.metrics.opsPerSec)} claims/s  issued p50 ${fmt.ms(run.metrics.okP50)} ms  ` +
          `refused p50 ${fmt.ms(run.metrics.refusedP50)} ms  ${verdict(run.verification, budget)}`,
      );
    }
  }

  const summary = configs.map(({ store, workers }) => {
    const mine = runs.filter((r) => r.store === store && r.workers === workers);
    return {
      store,
      workers,
      ...medianOfRuns(
        mine.map((r) => r.metrics),
        METRICS,
      ),
      verified: mine.every((r) => r.verification.ok),
    };
  });

  return {
    name: 'coupon',
    sections: [
      {
        title: `2. coupon.claim, budget ${budget}, ${claimers} claimers (median of ${options.repetitions})`,
        columns: [
          'store',
          'workers',
          'claims/s',
          'issued p50',
          'issued p99',
          'refused p50',
          'refused p99',
          'budget held',
        ],
        rows: summary.map((s) => [
          s.store,
          String(s.workers),
          fmt.ops(s.opsPerSec),
          fmt.ms(s.okP50),
          fmt.ms(s.okP99),
          fmt.ms(s.refusedP50),
          fmt.ms(s.refusedP99),
          s.verified ? `✓ ${budget}/${budget}` : '✗',
        ]),
        notes: [
          'latencies in ms; refused = BUDGET_EXHAUSTED. Budget held: ok responses, coupon rows and the',
          "template's issued count all equal the budget in every repetition, and nothing else was answered.",
        ],
      },
    ],
    data: { budget, claimers, runs, summary },
    problems: runs
      .filter((r) => !r.verification.ok)
      .map((r) => `${r.store} ×${r.workers} rep ${r.rep}: ${verdict(r.verification, budget)}`),
  };
}
