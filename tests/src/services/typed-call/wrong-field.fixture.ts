// Must not compile: `bargainid` is not a field of bargain.help (it takes `bargainId`).
import { call } from '../../../../src/services/call-function';

export const wrongField = () => call('bargain', 'help', { bargainid: 'brg_0000000000000000' });
