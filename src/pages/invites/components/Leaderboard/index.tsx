import { Text, View } from '@tarojs/components';
import type { InviteLeaderboardResult } from '../../../../../cloudfunctions/contracts/invite';
import { formatExperience } from '../../../../utils/experience';
import './index.scss';

export interface LeaderboardProps {
  board: InviteLeaderboardResult;
  /** How many entries to show; the board may hold more. */
  top?: number;
}

export function Leaderboard({ board, top = 10 }: LeaderboardProps) {
  const entries = board.entries.slice(0, top);
  const meShown = entries.some((entry) => entry.isMe);
  return (
    <View className="leaderboard" data-testid="leaderboard">
      <Text className="leaderboard__title">本周邀请榜</Text>
      {entries.length === 0 && <Text className="leaderboard__empty">本周还没有人上榜</Text>}
      {entries.map((entry) => (
        <View
          key={`${entry.rank}-${entry.name}`}
          className={`leaderboard__row${entry.isMe ? ' leaderboard__row--me' : ''}`}
          data-testid={entry.isMe ? 'leaderboard-me' : 'leaderboard-row'}
        >
          <Text className={`leaderboard__rank${entry.rank <= 3 ? ' leaderboard__rank--top' : ''}`}>
            {entry.rank}
          </Text>
          <Text className="leaderboard__name">{entry.isMe ? '我' : entry.name}</Text>
          <Text className="leaderboard__xp">{formatExperience(entry)}</Text>
        </View>
      ))}
      {!meShown && board.me && (
        <View className="leaderboard__row leaderboard__row--me" data-testid="leaderboard-me">
          <Text className="leaderboard__rank">{board.me.rank}</Text>
          <Text className="leaderboard__name">我</Text>
          <Text className="leaderboard__xp">{formatExperience(board.me)}</Text>
        </View>
      )}
    </View>
  );
}
