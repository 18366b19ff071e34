import { Text, View } from '@tarojs/components';
import type {
  FcodeStats as FcodeStatsView,
  FcodeTreeNode,
} from '../../../../../cloudfunctions/contracts/fcode';
import { formatPercent } from '../../format-percent';
import './index.scss';

export interface FcodeStatsProps {
  stats: FcodeStatsView;
}

const COLUMNS = [
  ['issued', '发出'],
  ['reserved', '保留中'],
  ['accepted', '接受'],
  ['redeemed', '已用'],
  ['expired', '过期'],
] as const;

function Branch({ node, depth }: { node: FcodeTreeNode; depth: number }) {
  return (
    <>
      <View
        className="fcode-stats__node"
        style={{ paddingLeft: `${depth * 32}rpx` }}
        data-testid="fcode-stats-node"
      >
        <Text className="fcode-stats__node-name">{`${depth > 0 ? '└ ' : ''}${node.name}`}</Text>
        <Text className="fcode-stats__node-meta">
          {`${node.generation === 0 ? '种子' : `第${node.generation}代`}${node.bought ? ' · 已购' : ''} · 本支 ${node.orders} 单`}
        </Text>
      </View>
      {node.children.map((child, i) => (
        <Branch key={i} node={child} depth={depth + 1} />
      ))}
    </>
  );
}

/** An F码 campaign's batches, waitlist, hand-off tree and the key people behind its orders. */
export function FcodeStats({ stats }: FcodeStatsProps) {
  return (
    <View className="fcode-stats" data-testid="fcode-stats">
      <Text className="fcode-stats__title">F码批次</Text>
      {stats.batches.map((b) => (
        <View key={b.number} className="fcode-stats__batch" data-testid="fcode-stats-batch">
          <Text className="fcode-stats__batch-title">{`${b.title} · ${b.size} 个`}</Text>
          <View className="fcode-stats__cells">
            {COLUMNS.map(([key, label]) => (
              <View key={key} className="fcode-stats__cell">
                <Text className="fcode-stats__value">{b[key]}</Text>
                <Text className="fcode-stats__label">{label}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <Text className="fcode-stats__line" data-testid="fcode-stats-waitlist">
        {`排队 ${stats.waitlist.waiting} 人 · 已从排队发放 ${stats.waitlist.promoted} 个`}
      </Text>
      <Text className="fcode-stats__title">{`传码关系（凭码成交 ${stats.orders} 单）`}</Text>
      {stats.tree.map((root, i) => (
        <Branch key={i} node={root} depth={0} />
      ))}
      <Text className="fcode-stats__title">关键传播者</Text>
      {stats.keyPeople.map((k, i) => (
        <Text key={i} className="fcode-stats__line" data-testid="fcode-stats-key">
          {`${k.name} 带来 ${k.orders} 单，占 ${formatPercent(k.share)}`}
        </Text>
      ))}
      <Text className="fcode-stats__line" data-testid="fcode-stats-fifth">
        {`前 20% 的种子用户带来 ${formatPercent(stats.topFifthShare)} 的成交`}
      </Text>
    </View>
  );
}
