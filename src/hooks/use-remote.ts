import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody } from '../../cloudfunctions/contracts/errors';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';

export type RemoteState<T> =
  { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; value: T };

/**
 * One server value behind a page: loads when `key` changes, `reload` shows the spinner again
 * (retry, persona switch), `refresh` swaps the value in place (a countdown ran out), `set`
 * takes a value the server already returned (a help answers with the new state).
 */
export function useRemote<T>(key: string, load: () => Promise<FunctionResult<T>>) {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  // Answers from an earlier key or attempt must not overwrite the current one.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    void loadRef.current().then((result) => {
      if (mine !== generation.current) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.data }
          : { status: 'error', error: result.error },
      );
    });
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    void loadRef.current().then((result) => {
      // A failed background refresh keeps what is on screen.
      if (mine === generation.current && result.ok)
        setState({ status: 'ready', value: result.data });
    });
  }, []);

  const set = useCallback((value: T) => {
    generation.current++;
    setState({ status: 'ready', value });
  }, []);

  return { state, reload, refresh, set };
}
