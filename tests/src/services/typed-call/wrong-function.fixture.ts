// Must not compile: there is no function `bargains`.
import { call } from '../../../../src/services/call-function';

export const wrongFunction = () => call('bargains', 'help', { bargainId: 'brg_0000000000000000' });
