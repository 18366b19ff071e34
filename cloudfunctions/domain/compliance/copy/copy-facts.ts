/** A count of something limited that the config really has, which copy may claim. */
export interface StockFact {
  count: number;
  /** What it counts, for the merchant: 库存, 券的数量, 本批邀请码… */
  what: string;
}

/** What a config backs, for the copy rules to compare the copy with. */
export interface CopyFacts {
  /** Whether a shopper still pays something: then 免费 / 0元 about the product is false. */
  shopperPays: boolean;
  /** Limited quantities the config sets; empty means no stock is configured at all. */
  stock: readonly StockFact[];
  /** Whether helpers get a reward of their own. */
  helperReward: boolean;
  /** How many friends the campaign needs, when it needs a number of them. */
  friendCounts?: readonly number[];
  /** How many people make a group, for a group buy. */
  groupSizes?: readonly number[];
  /** Whether the config discloses a random outcome's range or odds (on the page, up front). */
  randomDisclosed: boolean;
}
