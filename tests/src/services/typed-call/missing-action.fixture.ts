// Must not compile: the bargain contract has `mine`, and this handler does not implement it.
import { bargainContract } from '../../../../cloudfunctions/contracts/bargain';
import { defineFunction } from '../../../../cloudfunctions/functions/define-function';

const answer = () => Promise.reject(new Error('not run'));

export const incomplete = defineFunction(bargainContract, {
  start: answer,
  help: answer,
  get: answer,
});
