import type { Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import type { Outcome } from './run-load';

let loggedInternal = false;

/** bargain.help through the function handler, as `helper`; 'ok' or the refusal's code. */
export async function helpOnce(
  deps: Deps,
  bargainId: string,
  helper: string,
): Promise<{ outcome: Outcome; completed: boolean }> {
  const result = await functionHandlers.bargain(
    { action: 'help', bargainId },
    { openid: helper, role: 'shopper' },
    deps,
  );
  if (result.ok) {
    const { bargain } = result.data as { bargain: { status: string } };
    return { outcome: 'ok', completed: bargain.status === 'completed' };
  }
  if (result.error.code === 'INTERNAL' && !loggedInternal) {
    loggedInternal = true;
    console.error(`  bargain.help answered INTERNAL: ${result.error.message}`);
  }
  return { outcome: result.error.code, completed: false };
}

/**
 * Everyone helps the same bargain until it completes, then the next one: the pointer moves
 * on the completing help, or on a CLOSED refusal from a help that queued behind it. When the
 * prepared bargains run out, one more is started (once, however many workers are waiting).
 */
export function hotTarget(prepared: readonly string[], startOne: () => Promise<string>) {
  const ids = [...prepared];
  let index = 0;
  let starting: Promise<void> | undefined;
  return {
    async current(): Promise<string> {
      while (ids[index] === undefined) {
        starting ??= startOne().then((id) => {
          ids.push(id);
          starting = undefined;
        });
        await starting;
      }
      return ids[index] as string;
    },
    moveOnFrom(id: string): void {
      if (ids[index] === id) index += 1;
    },
    get started(): number {
      return ids.length - prepared.length;
    },
  };
}
