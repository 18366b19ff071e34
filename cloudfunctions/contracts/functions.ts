import { assistContract } from './assist';
import { bargainContract } from './bargain';
import { campaignContract } from './campaign';
import { circleContract } from './circle';
import { couponContract } from './coupon';
import { fcodeContract } from './fcode';
import { groupContract } from './group';
import { inviteContract } from './invite';
import { notifyContract } from './notify';
import { orderContract } from './order';
import { packetContract } from './packet';

/**
 * Every function shoppers and merchants call. The server's registry, the client's typed
 * `call` and the reliability fuzzer all take their function and action names from here.
 * (`push`, WeChat's message push, and the timer `dispatch` have no caller and no contract.)
 */
const CONTRACTS = [
  campaignContract,
  bargainContract,
  assistContract,
  couponContract,
  inviteContract,
  orderContract,
  groupContract,
  packetContract,
  fcodeContract,
  notifyContract,
  circleContract,
] as const;

export type FunctionContracts = {
  [C in (typeof CONTRACTS)[number] as C['name']]: C;
};

export type FunctionName = keyof FunctionContracts;

export const functionContracts = Object.fromEntries(
  CONTRACTS.map((contract) => [contract.name, contract]),
) as FunctionContracts;

export const FUNCTION_NAMES = CONTRACTS.map((contract) => contract.name) as FunctionName[];
