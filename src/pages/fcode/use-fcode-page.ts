import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import type { FcodeLookup, FcodeView } from '../../../cloudfunctions/contracts/fcode';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { useLaunchVisit } from '../../hooks/use-launch-visit';
import { errorMessage } from '../../services/error-message';
import { acceptFcode, getFcode, joinWaitlist, lookupFcode } from '../../services/fcode';
import { shareInvite } from '../../services/invite';
import { payWithFcode } from '../../services/pay';
import { launchCode } from './launch-code';

/**
 * Everything the F码 page knows and does: the shared code a friend opened (if any), the
 * campaign's batch and the viewer's codes, the holder's share token, and the taps — accept,
 * join the waitlist, buy. Answers from an earlier persona or query never overwrite the current.
 */
export function useFcodePage(params: Record<string, string | undefined>) {
  const { code, token } = launchCode(params);
  const [lookup, setLookup] = useState<FcodeLookup | null>(null);
  const [view, setView] = useState<FcodeView | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [shareToken, setShareToken] = useState<string | null>(null);
  const inFlight = useRef(false);
  const generation = useRef(0);
  const campaignId = params.campaignId ?? lookup?.campaignId ?? null;
  const ensureVisited = useLaunchVisit(campaignId, token ? { token } : {});

  useEffect(() => {
    setLookup(null);
    setError(null);
    if (!code) return undefined;
    let current = true;
    void lookupFcode(code).then((result) => {
      if (!current) return;
      if (result.ok) setLookup(result.data.lookup);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [code, attempt]);

  const loadView = useCallback(async (id: string) => {
    const mine = ++generation.current;
    const result = await getFcode(id);
    if (mine !== generation.current) return;
    if (result.ok) setView(result.data.fcode);
    else setError(result.error);
  }, []);

  useEffect(() => {
    setView(null);
    if (campaignId) void loadView(campaignId);
  }, [campaignId, attempt, loadView]);

  const holds = Boolean(view?.viewer.holding.some((c) => c.status === 'held'));
  useEffect(() => {
    setShareToken(null);
    if (!campaignId || !holds) return undefined;
    let current = true;
    void shareInvite(campaignId).then((result) => {
      if (current && result.ok) setShareToken(result.data.token);
    });
    return () => {
      current = false;
    };
  }, [campaignId, holds, attempt]);

  const run = useCallback(
    async <T>(call: () => Promise<FunctionResult<T>>, onOk: (data: T) => void) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) onOk(result.data);
        else void Taro.showToast({ title: errorMessage(result.error), icon: 'none' });
        return result;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [],
  );

  const accept = useCallback(async () => {
    if (!code) return;
    // The friend's purchase is credited to the giver only if the visit was recorded first.
    await ensureVisited();
    const result = await run(
      () => acceptFcode(code),
      (data) => {
        generation.current++;
        setView(data.fcode);
        setLookup((l) => (l ? { ...l, state: 'mine' } : l));
      },
    );
    if (result && !result.ok) setAttempt((n) => n + 1);
  }, [code, ensureVisited, run]);

  const join = useCallback(async () => {
    if (!campaignId) return;
    await run(
      () => joinWaitlist(campaignId),
      (data) => {
        generation.current++;
        setView(data.fcode);
      },
    );
  }, [campaignId, run]);

  const buy = useCallback(async () => {
    const mine = view?.viewer.mine;
    if (!campaignId || !mine) return;
    await run(
      () => payWithFcode(campaignId, mine.code),
      () => {
        void Taro.showToast({ title: '购买成功', icon: 'success' });
        void loadView(campaignId);
      },
    );
  }, [campaignId, view, run, loadView]);

  const refresh = useCallback(() => {
    if (campaignId) void loadView(campaignId);
  }, [campaignId, loadView]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { code, lookup, view, error, busy, shareToken, accept, join, buy, refresh, reload };
}
