// Must not compile: bargain.get answers `{ bargain }`, which has no `cutFen`.
import { call } from '../../../../src/services/call-function';

export async function wrongOutput(): Promise<number> {
  const got = await call('bargain', 'get', { bargainId: 'brg_0000000000000000' });
  return got.ok ? got.data.cutFen : 0;
}
