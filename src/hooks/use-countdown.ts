import { useEffect, useMemo, useState } from 'react';
import { formatMinutes, formatRemaining, remainingMs, serverOffsetMs } from '../utils/countdown';

/**
 * A ticking countdown to the server's `endsAt`, corrected by the server clock reported in the
 * same response (`serverNow`), never by the phone's clock alone.
 */
export function useCountdown(endsAt: string | null, serverNow: string | null) {
  const offset = useMemo(
    () => (serverNow ? serverOffsetMs(serverNow, Date.now()) : 0),
    [serverNow],
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  const ms = endsAt ? remainingMs(endsAt, offset, now) : 0;
  return {
    ms,
    text: formatRemaining(ms),
    minutes: formatMinutes(ms),
    over: endsAt !== null && ms === 0,
  };
}
