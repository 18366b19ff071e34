import { orderActions, orderResults } from '../../contracts/order';
import { reportOrder } from '../../usecases/order/report-order';
import { defineAction, defineFunction } from '../define-function';

export const orderFunction = defineFunction('order', {
  report: defineAction({
    input: orderActions.report,
    output: orderResults.report,
    role: 'merchant',
    run: (input, { deps }) => reportOrder(input, deps),
  }),
});
