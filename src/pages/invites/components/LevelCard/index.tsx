import { Text, View } from '@tarojs/components';
import type { InviteProgressResult } from '../../../../../cloudfunctions/contracts/invite';
import { ProgressBar } from '../../../../components/ProgressBar';
import { formatExperience } from '../../../../utils/experience';
import { perkWords } from '../../../../utils/level-perks';
import './index.scss';

export interface LevelCardProps {
  level: InviteProgressResult['level'];
  /** What the level unlocked and what the next adds (the campaign's disclosed table). */
  perks?: InviteProgressResult['perks'];
  /** This week's rank; undefined when the page has no campaign (the board is per campaign). */
  rank?: number | null;
}

/** The sharer's standing: level and experience rather than cash, and this week's rank. */
export function LevelCard({ level, rank, perks }: LevelCardProps) {
  const next = level.nextLevel;
  const unlocked = (perks?.unlocked ?? []).map(perkWords).filter(Boolean);
  const upcoming = (perks?.next ?? []).map(perkWords).filter(Boolean);
  return (
    <View className="level-card" data-testid="level-card">
      <View className="level-card__top">
        <View className="level-card__badge">
          <Text className="level-card__lv">{`Lv.${level.level}`}</Text>
        </View>
        <View className="level-card__who">
          <Text className="level-card__name" data-testid="level-name">
            {level.name}
          </Text>
          <Text className="level-card__xp">{formatExperience(level)}</Text>
        </View>
        {rank !== undefined && (
          <Text
            className={`level-card__rank${rank === null ? ' level-card__rank--off' : ''}`}
            data-testid="weekly-rank"
          >
            {rank === null ? '暂未上榜' : `本周第 ${rank} 名`}
          </Text>
        )}
      </View>
      <ProgressBar className="level-card__bar" value={next ? level.progress : 1} />
      <Text className="level-card__next" data-testid="level-next">
        {next
          ? `再获得 ${Math.max(0, next.minXp - level.xp)} 经验升级到 ${next.name}`
          : '已达最高等级'}
      </Text>
      {unlocked.length > 0 && (
        <View className="level-card__perks" data-testid="level-perks">
          <Text className="level-card__perks-title">已解锁</Text>
          {unlocked.map((words) => (
            <Text key={words} className="level-card__perk">
              {words}
            </Text>
          ))}
        </View>
      )}
      {next && upcoming.length > 0 && (
        <View className="level-card__perks" data-testid="level-next-perks">
          <Text className="level-card__perks-title">{`升到 ${next.name} 解锁`}</Text>
          {upcoming.map((words) => (
            <Text key={words} className="level-card__perk">
              {words}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
