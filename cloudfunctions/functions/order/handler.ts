import { orderContract } from '../../contracts/order';
import { reportOrder } from '../../usecases/order/report-order';
import { defineFunction } from '../define-function';

export const orderFunction = defineFunction(orderContract, {
  report: (input, { deps }) => reportOrder(input, deps),
});
