// Must not compile: bargain has no action `cut`.
import { call } from '../../../../src/services/call-function';

export const wrongAction = () => call('bargain', 'cut', { bargainId: 'brg_0000000000000000' });
