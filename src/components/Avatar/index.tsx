import { Image, Text, View } from '@tarojs/components';
import './index.scss';

export interface AvatarProps {
  /** Display name (possibly masked, e.g. "张**"): its first character stands in for a photo. */
  name: string;
  avatarUrl: string | null;
  /** Highlights the viewer themself. */
  isMe?: boolean;
}

export function Avatar({ name, avatarUrl, isMe = false }: AvatarProps) {
  if (avatarUrl)
    return <Image className="avatar avatar--image" src={avatarUrl} mode="aspectFill" />;
  const initial = Array.from(name.trim())[0] ?? '?';
  return (
    <View className={`avatar${isMe ? ' avatar--me' : ''}`}>
      <Text className="avatar__initial">{initial}</Text>
    </View>
  );
}
