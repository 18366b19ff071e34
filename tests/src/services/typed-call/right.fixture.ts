// Compiles: every call names a real function and action with the fields its contract takes.
import { call } from '../../../../src/services/call-function';

export async function right(): Promise<number> {
  const started = await call('bargain', 'start', { campaignId: 'demo-bargain' });
  const helped = await call('assist', 'help', { assistId: 'ast_0000000000000000' });
  const mine = await call('packet', 'mine', {});
  if (!started.ok || !helped.ok || !mine.ok) return 0;
  return started.data.bargain.helpsDone + mine.data.packets.length;
}
