/**
 * One contract per function: the registry, the refusals and the roles all come from
 * `contracts/`. A refusal an action does not declare is a contract bug, found by the tests.
 */
import * as z from 'zod';
import { COMMON_REFUSALS, defineContract } from '../../../cloudfunctions/contracts/contract';
import { AppError, ERROR_CODES } from '../../../cloudfunctions/contracts/errors';
import { FUNCTION_NAMES, functionContracts } from '../../../cloudfunctions/contracts/functions';
import { defineFunction } from '../../../cloudfunctions/functions/define-function';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import type { Deps } from '../../../cloudfunctions/usecases/deps';

const probeContract = defineContract('probe', {
  take: {
    input: z.object({ refuseWith: z.string() }).strict(),
    output: z.object({ took: z.boolean() }).strict(),
    refusals: ['NOT_FOUND'],
  },
  close: {
    input: z.object({}).strict(),
    output: z.object({ closed: z.boolean() }).strict(),
    refusals: [],
    role: 'merchant',
  },
});

const probe = defineFunction(probeContract, {
  take: ({ refuseWith }) => {
    if (refuseWith) throw new AppError(refuseWith as 'NOT_FOUND', `refused: ${refuseWith}`);
    return Promise.resolve({ took: true });
  },
  close: () => Promise.resolve({ closed: true }),
});

const deps = {} as Deps;
const shopper = { openid: 'u1', role: 'shopper' as const };

describe('the registry is the contracts', () => {
  test('every contract has its handler, under the contract’s name, and nothing else is served', () => {
    expect(Object.keys(functionHandlers).sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const name of FUNCTION_NAMES) {
      expect((functionHandlers[name] as { functionName?: string }).functionName).toBe(name);
    }
  });

  test('each action declares only real codes, once each, and none of the common ones', () => {
    for (const contract of Object.values(functionContracts)) {
      for (const [action, spec] of Object.entries(contract.actions)) {
        const where = `${contract.name}.${action}`;
        const refusals: readonly string[] = spec.refusals;
        expect({
          where,
          unknown: refusals.filter((c) => !ERROR_CODES.includes(c as never)),
        }).toEqual({ where, unknown: [] });
        expect({ where, twice: refusals.filter((c, i) => refusals.indexOf(c) !== i) }).toEqual({
          where,
          twice: [],
        });
        expect({
          where,
          common: refusals.filter((c) => (COMMON_REFUSALS as readonly string[]).includes(c)),
        }).toEqual({ where, common: [] });
      }
    }
  });
});

describe('defineFunction keeps to the contract', () => {
  const strict = process.env.FISSION_STRICT_CONTRACTS;
  afterEach(() => {
    process.env.FISSION_STRICT_CONTRACTS = strict;
    jest.restoreAllMocks();
  });

  test('a declared refusal is answered as it is', async () => {
    await expect(
      probe({ action: 'take', refuseWith: 'NOT_FOUND' }, shopper, deps),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'refused: NOT_FOUND' },
    });
  });

  test('in the tests, an undeclared refusal is a bug: INTERNAL, and the log names it', async () => {
    process.env.FISSION_STRICT_CONTRACTS = '1';
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await probe({ action: 'take', refuseWith: 'GROUP_FULL' }, shopper, deps);
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/probe\.take.*GROUP_FULL.*does not declare/),
    );
  });

  test('in production, the shopper still gets the real refusal, and the log says so', async () => {
    delete process.env.FISSION_STRICT_CONTRACTS;
    const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await probe({ action: 'take', refuseWith: 'GROUP_FULL' }, shopper, deps);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'GROUP_FULL', message: 'refused: GROUP_FULL' },
    });
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/probe\.take.*GROUP_FULL/));
  });

  test('the role comes from the contract', async () => {
    await expect(probe({ action: 'close' }, shopper, deps)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(
      probe({ action: 'close' }, { openid: 'm', role: 'merchant' }, deps),
    ).resolves.toEqual({
      ok: true,
      data: { closed: true },
    });
  });
});
