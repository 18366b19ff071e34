import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { benchCampaignId, rushGroupCampaign } from '../lib/bench-campaigns';
import type { StoreKind } from '../lib/bench-stores';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runLoad } from '../lib/run-load';
import { medianOfRuns, summarizeLatencies } from '../lib/stats';

const METRICS = [
  'joinsPerSec',
  'seatP50',
  'seatP99',
  'fullP50',
  'claimsPerSec',
  'claimP50',
  'claimP99',
  'emptyP50',
] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

const GROUP_SIZE = 50;
const PACKET_SIZE = 20;

interface RushRun {
  metrics: Metrics;
  /** Seats taken and coupons claimed as the store has them: exactly the size, never more. */
  seats: number;
  claimed: number;
  ok: boolean;
}

const shopper = (openid: string) => ({ openid, role: 'shopper' as const });

async function ok<T>(
  result: Promise<{ ok: boolean; data?: unknown; error?: unknown }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`setup call failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

/**
 * One rush: `rushers` people join one 50-seat group at once, then as many claim from one
 * 20-coupon packet at once. Every call goes through its function, as WeChat would call it.
 */
async function rush(deps: Deps, rushers: number, workers: number, tag: string): Promise<RushRun> {
  const config = rushGroupCampaign(benchCampaignId(tag), GROUP_SIZE, PACKET_SIZE);
  await saveCampaign(deps.store, config, 'live', deps.clock());
  const { group } = await ok<{ group: { id: string } }>(
    functionHandlers.group({ action: 'open', campaignId: config.id }, shopper(`${tag}-lead`), deps),
  );
  const joins = await runLoad({
    workers,
    total: rushers,
    async op(i) {
      const joined = await functionHandlers.group(
        { action: 'join', groupId: group.id },
        shopper(`${tag}-j${i}`),
        deps,
      );
      return joined.ok ? 'ok' : joined.error.code;
    },
  });

  const { order } = await ok<{ order: { orderId: string } }>(
    functionHandlers.order(
      {
        action: 'report',
        orderId: `${tag}-o`,
        buyerOpenid: `${tag}-buyer`,
        amountFen: 9900,
        campaignId: config.id,
      },
      { openid: 'merchant', role: 'merchant' },
      deps,
    ),
  );
  const { packet } = await ok<{ packet: { id: string } }>(
    functionHandlers.packet(
      { action: 'share', orderId: order.orderId },
      shopper(`${tag}-buyer`),
      deps,
    ),
  );
  const claims = await runLoad({
    workers,
    total: rushers,
    async op(i) {
      const claimed = await functionHandlers.packet(
        { action: 'claim', packetId: packet.id },
        shopper(`${tag}-f${i}`),
        deps,
      );
      return claimed.ok ? 'ok' : claimed.error.code;
    },
  });

  const [stored] = await deps.store.query<{ seats: number; claimed: number; coupons: number }>(
    `select (select seats_taken from group_buy where id = $1) as seats,
            (select claimed from packet where id = $2) as claimed,
            (select count(*)::int from packet_slot where packet_id = $2 and coupon_id is not null) as coupons`,
    [group.id, packet.id],
  );
  const seat = summarizeLatencies(joins.latencies.ok ?? []);
  const full = summarizeLatencies(joins.latencies.GROUP_FULL ?? []);
  const claim = summarizeLatencies(claims.latencies.ok ?? []);
  const empty = summarizeLatencies(claims.latencies.PACKET_EMPTY ?? []);
  const expectedOutcomes = (outcomes: Record<string, number>, refusal: string, okCount: number) =>
    outcomes.ok === okCount && (outcomes[refusal] ?? 0) === rushers - okCount;
  return {
    metrics: {
      joinsPerSec: rushers / (joins.elapsedMs / 1000),
      seatP50: seat.p50,
      seatP99: seat.p99,
      fullP50: full.p50,
      claimsPerSec: rushers / (claims.elapsedMs / 1000),
      claimP50: claim.p50,
      claimP99: claim.p99,
      emptyP50: empty.p50,
    },
    seats: stored?.seats ?? -1,
    claimed: stored?.claimed ?? -1,
    ok:
      stored?.seats === GROUP_SIZE &&
      stored.claimed === PACKET_SIZE &&
      stored.coupons === PACKET_SIZE &&
      expectedOutcomes(joins.outcomes, 'GROUP_FULL', GROUP_SIZE - 1) &&
      expectedOutcomes(claims.outcomes, 'PACKET_EMPTY', PACKET_SIZE),
  };
}

/** Scenario 7: a rush on one group and one packet; neither may give out more than it holds. */
export async function fissionRush(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  const rushers = options.quick ? 100 : 400;
  const configs: { store: StoreKind; workers: number }[] = stores.kinds.map((store) => ({
    store,
    workers: store === 'pglite' ? 1 : 16,
  }));
  const runs: ({ store: StoreKind; workers: number; rep: number } & RushRun)[] = [];
  for (const { store: kind, workers } of configs) {
    const deps: Deps = { store: await stores.open(kind, workers), clock: systemClock };
    for (let rep = 1; rep <= options.repetitions; rep += 1) {
      const run = await rush(deps, rushers, workers, `r${kind}${rep}${Date.now().toString(36)}`);
      runs.push({ store: kind, workers, rep, ...run });
      log(
        `rush ${kind.padEnd(6)} ×${String(workers).padEnd(2)} rep ${rep}/${options.repetitions}: ` +
          `${fmt.ops(run.metrics.joinsPerSec)} joins/s, seat p50 ${fmt.ms(run.metrics.seatP50)} ms; ` +
          `${fmt.ops(run.metrics.claimsPerSec)} claims/s, claim p50 ${fmt.ms(run.metrics.claimP50)} ms; ` +
          `${run.seats}/${GROUP_SIZE} seats, ${run.claimed}/${PACKET_SIZE} coupons ${run.ok ? '✓' : '✗'}`,
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
      verified: mine.every((r) => r.ok),
    };
  });
  return {
    name: 'rush',
    sections: [
      {
        title: `7. A rush: ${rushers} people on one ${GROUP_SIZE}-seat group, then on one ${PACKET_SIZE}-coupon packet (median of ${options.repetitions})`,
        columns: [
          'store',
          'workers',
          'joins/s',
          'seat p50',
          'seat p99',
          'full p50',
          'claims/s',
          'claim p50',
          'claim p99',
          'empty p50',
          'held',
        ],
        rows: summary.map((s) => [
          s.store,
          String(s.workers),
          fmt.ops(s.joinsPerSec),
          fmt.ms(s.seatP50),
          fmt.ms(s.seatP99),
          fmt.ms(s.fullP50),
          fmt.ops(s.claimsPerSec),
          fmt.ms(s.claimP50),
          fmt.ms(s.claimP99),
          fmt.ms(s.emptyP50),
          s.verified ? '✓' : '✗',
        ]),
        notes: [
          'latencies in ms; full = GROUP_FULL, empty = PACKET_EMPTY. Held: the group has exactly its seats',
          '(leader + 49 joiners) and the packet exactly its coupons, in every repetition; all others were refused.',
        ],
      },
    ],
    data: { rushers, groupSize: GROUP_SIZE, packetSize: PACKET_SIZE, runs, summary },
    problems: runs
      .filter((r) => !r.ok)
      .map((r) => `${r.store} ×${r.workers} rep ${r.rep}: ${r.seats} seats, ${r.claimed} coupons`),
  };
}
