import { performance } from 'node:perf_hooks';
import { campaignConfigSchema } from '../../../cloudfunctions/contracts/campaign-config';
import { postSearchIndex } from '../../../cloudfunctions/domain/circle/search-grams';
import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import type { Store } from '../../../cloudfunctions/store/store';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { benchCampaignId } from '../lib/bench-campaigns';
import type { StoreKind } from '../lib/bench-stores';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { summarizeLatencies } from '../lib/stats';

const PRODUCTS = [
  '316 不锈钢真空保温杯',
  '明前龙井',
  '云南普洱熟茶饼',
  '帆布托特包',
  '无线降噪耳机',
  '手冲咖啡壶',
  '纯棉四件套',
  '儿童保温水壶',
  '空气炸锅',
  '蓝牙音箱',
  '山茶花护手霜',
  '羊毛围巾',
];
const PHRASES = [
  '用了一个月',
  '质量很好',
  '物流很快',
  '包装精致',
  '送人很有面子',
  '性价比高',
  '颜色和图片一样',
  '家里人都说好',
  '第二次回购了',
  '比实体店便宜',
  '客服态度好',
  '做工细致',
  '味道不错',
  '保温效果好',
  '推荐给朋友',
  '冬天必备',
];

/** A deterministic stream of numbers in [0, 1), so every run indexes the same texts. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const QUERIES = ['保温杯', '茶', '龙井', '不锈钢 保温', '咖啡', '降噪耳机', '没有这个词'];

/**
 * Seeds `posts` circle posts (and their orders) straight into the tables in batches, with the
 * grams built by the same function the use case uses: going through circle.post 100,000
 * times would bench the compliance checker, not the search.
 */
async function seedPosts(store: Store, posts: number, tag: string, log: (l: string) => void) {
  const config = campaignConfigSchema.parse({
    id: benchCampaignId(tag),
    kind: 'coupon',
    title: '压测购物圈',
    rules: ['压测用活动'],
    claimTemplateId: `${tag}-claim`,
    coupons: [
      {
        id: `${tag}-claim`,
        title: '压测券',
        valueFen: 100,
        validity: { kind: 'days', days: 30 },
        budget: 10,
        claimable: true,
      },
      {
        id: `${tag}-friend`,
        title: '好友专享',
        valueFen: 1000,
        minSpendFen: 5000,
        validity: { kind: 'days', days: 14 },
        budget: 10_000_000,
      },
    ],
    circle: { templateId: `${tag}-friend`, poolSize: 5 },
  });
  await saveCampaign(store, config, 'live', new Date());
  const random = seeded(19);
  const start = Date.now() - posts * 60_000;
  const BATCH = 1000;
  const began = performance.now();
  for (let from = 0; from < posts; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, posts - from) }, (_, k) => {
      const i = from + k;
      const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)]!;
      const words = Array.from(
        { length: 3 + Math.floor(random() * 4) },
        () => PHRASES[Math.floor(random() * PHRASES.length)],
      ).join('，');
      const index = postSearchIndex(product, `${words}。`);
      return { i, product, words: `${words}。`, index, at: new Date(start + i * 60_000) };
    });
    await store.transaction(async (tx) => {
      await tx.query(
        `insert into shop_order (order_id, buyer_openid, amount_fen, campaign_id, reported_at)
         select o, b, 6900, $3, t from unnest($1::text[], $2::text[], $4::timestamptz[]) as x(o, b, t)`,
        [
          rows.map((r) => `${tag}-o${r.i}`),
          rows.map((r) => `${tag}-u${r.i}`),
          config.id,
          rows.map((r) => r.at),
        ],
      );
      await tx.query(
        `insert into circle_post (id, campaign_id, order_id, poster_openid, product_name, words,
           template_id, pool, status, featured, ordered_at, created_at, search_text, grams)
         select 'pst_' || lpad(x.i::text, 16, '0'), $1, $2 || '-o' || x.i, $2 || '-u' || x.i, x.product,
                x.words, $3, 5, 'shown', x.i % 500 = 0, x.at, x.at, x.text, x.grams::text[]
           from unnest($4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[])
                as x(i, product, words, at, text, grams)`,
        [
          config.id,
          tag,
          `${tag}-friend`,
          rows.map((r) => r.i),
          rows.map((r) => r.product),
          rows.map((r) => r.words),
          rows.map((r) => r.at),
          rows.map((r) => r.index.text),
          // A text[] per row cannot go through unnest as a 2-D array of ragged rows: pass each
          // row's grams as an array literal and cast it back.
          rows.map(
            (r) => `{${r.index.grams.map((g) => `"${g.replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
          ),
        ],
      );
    });
    if ((from / BATCH) % 20 === 19) log(`circle: seeded ${from + BATCH} posts`);
  }
  await store.query('analyze circle_post');
  return { seconds: (performance.now() - began) / 1000 };
}

interface QueryRun {
  query: string;
  hits: number;
  p50: number;
  p99: number;
  usesIndex: boolean;
}

async function measure(deps: Deps, query: string, runs: number): Promise<QueryRun> {
  const latencies: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    const result = await functionHandlers.circle(
      { action: 'search', query },
      { openid: 'bench-viewer', role: 'shopper' },
      deps,
    );
    latencies.push(performance.now() - began);
    if (!result.ok)
      throw new Error(`circle.search ${query}: ${result.error.code} ${result.error.message}`);
    hits = (result.data as { posts: unknown[] }).posts.length;
  }
  const s = summarizeLatencies(latencies);
  return { query, hits, p50: s.p50, p99: s.p99, usesIndex: false };
}

/** Whether the planner answers the query's grams through the GIN index. */
async function usesGramIndex(store: Store, query: string): Promise<boolean> {
  const { parseSearchQuery } = await import('../../../cloudfunctions/domain/circle/search-grams');
  const parsed = parseSearchQuery(query);
  if (!parsed) return false;
  const plan = await store.query<{ 'QUERY PLAN': string }>(
    `explain select id from circle_post where grams @> $1::text[] and status = 'shown'`,
    [parsed.grams],
  );
  return plan.some((row) => row['QUERY PLAN'].includes('circle_post_grams'));
}

/** Scenario: circle.search over 100,000 posts (10,000 with --quick), on each store. */
export async function circleSearch(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  const posts = options.quick ? 10_000 : 100_000;
  const runs = options.quick ? 5 : 20;
  const results: { store: StoreKind; seedSeconds: number; queries: QueryRun[] }[] = [];
  for (const kind of stores.kinds) {
    const store = await stores.open(kind, 4);
    const deps: Deps = { store, clock: systemClock };
    const { seconds } = await seedPosts(store, posts, `cs${kind}${Date.now().toString(36)}`, log);
    log(`circle ${kind}: ${posts} posts seeded in ${seconds.toFixed(1)} s`);
    const queries: QueryRun[] = [];
    for (const query of QUERIES) {
      const run = await measure(deps, query, runs);
      run.usesIndex = await usesGramIndex(store, query);
      queries.push(run);
      log(
        `circle ${kind.padEnd(6)} 「${query}」: ${run.hits} on the first page, p50 ${fmt.ms(run.p50)} ms, p99 ${fmt.ms(run.p99)} ms${run.usesIndex ? ', GIN index' : ''}`,
      );
    }
    results.push({ store: kind, seedSeconds: seconds, queries });
  }
  return {
    name: 'circle',
    sections: [
      {
        title: `circle.search over ${posts.toLocaleString('en-US')} posts (${runs} runs per query)`,
        columns: ['store', 'query', 'first page', 'p50', 'p99', 'index'],
        rows: results.flatMap((r) =>
          r.queries.map((q) => [
            r.store,
            q.query,
            String(q.hits),
            fmt.ms(q.p50),
            fmt.ms(q.p99),
            q.usesIndex ? 'GIN' : '–',
          ]),
        ),
        notes: [
          'latencies in ms, through the circle function (parse, search, rank, views of one page of 20).',
          '茶 is a 1-character query (the unigram path); 不锈钢 保温 two terms; the last finds nothing.',
        ],
      },
    ],
    data: { posts, runs, results },
    problems: results.flatMap((r) =>
      r.queries
        .filter((q) => q.query !== '没有这个词' && q.hits === 0)
        .map((q) => `${r.store}: 「${q.query}」 found nothing`),
    ),
  };
}
