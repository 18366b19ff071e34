import { useRef, useState } from 'react';
import Taro, { usePageScroll } from '@tarojs/taro';

// Used when the node cannot be measured: roughly where a first screen's CTA ends.
const FALLBACK_PX = 400;

interface Rect {
  bottom: number;
}
interface Offset {
  scrollTop: number;
}

/**
 * True once the page has scrolled past the bottom of the first node matching `selector`
 * (the hook's CTA): the sticky action bar shows then, and not while the real button is in
 * view. The node is measured once, on the first scroll, in page coordinates; later scrolls
 * compare numbers only, so the scroll handler sets state only when the answer flips.
 */
export function useScrolledPast(selector: string, enabled: boolean): boolean {
  const [past, setPast] = useState(false);
  const threshold = useRef<number | null>(null);
  const measuring = useRef(false);

  usePageScroll(({ scrollTop }) => {
    if (!enabled) return;
    if (threshold.current !== null) {
      setPast(scrollTop > threshold.current);
      return;
    }
    if (measuring.current) return;
    measuring.current = true;
    Taro.createSelectorQuery()
      .select(selector)
      .boundingClientRect()
      .selectViewport()
      .scrollOffset()
      .exec((results: [Rect | null, Offset | null]) => {
        const [rect, viewport] = results ?? [];
        const at = viewport?.scrollTop ?? scrollTop;
        threshold.current = rect ? rect.bottom + at : FALLBACK_PX;
        measuring.current = false;
        setPast(at > threshold.current);
      });
  });

  return enabled && past;
}
