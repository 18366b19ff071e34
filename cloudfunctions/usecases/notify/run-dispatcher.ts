import { dispatchOnce, type DispatchDeps, type DispatchPass } from './dispatch-outbox';

export interface RunningDispatcher {
  /** Runs one pass now (after the one in flight, if any) and answers what it did. */
  kick(): Promise<DispatchPass>;
  stop(): Promise<void>;
}

/**
 * The in-process dispatcher of the local host: one pass every `intervalMs`, never two at
 * once in this process (other processes may run their own: leases keep them apart). A pass
 * that fails is logged and the next one tries again.
 */
export function runDispatcher(deps: DispatchDeps, intervalMs: number): RunningDispatcher {
  let running: Promise<DispatchPass> | null = null;
  let stopped = false;
  const pass = (): Promise<DispatchPass> => {
    const previous = running ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(() => dispatchOnce(deps))
      .finally(() => {
        if (running === next) running = null;
      });
    running = next;
    return next;
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    pass().catch((error: unknown) => console.error('[dispatcher] pass failed', error));
  }, intervalMs);
  timer.unref();
  return {
    kick: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
