/**
 * What a store's failure means to a caller: BUSY (a bound we set ran out, retry soon),
 * UNAVAILABLE (the database is gone, retry later), or nothing (a bug, INTERNAL).
 */
import {
  AcquireTimeoutError,
  storeFailureOf,
  type StoreFailure,
} from '../../../cloudfunctions/store/store-failure';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('storeFailureOf', () => {
  test.each<{ label: string; error: unknown; failure: StoreFailure | null }>([
    { label: 'lock_timeout', error: pgError('55P03'), failure: 'BUSY' },
    { label: 'statement_timeout', error: pgError('57014'), failure: 'BUSY' },
    { label: 'a deadlock victim', error: pgError('40P01'), failure: 'BUSY' },
    { label: 'too many connections', error: pgError('53300'), failure: 'BUSY' },
    {
      label: "pg-pool's acquire timeout",
      error: new Error('timeout exceeded when trying to connect'),
      failure: 'BUSY',
    },
    { label: "PGlite's acquire timeout", error: new AcquireTimeoutError(50), failure: 'BUSY' },
    { label: 'connection refused', error: pgError('ECONNREFUSED'), failure: 'UNAVAILABLE' },
    {
      label: 'refused on every address',
      error: Object.assign(new AggregateError([pgError('ECONNREFUSED')]), { code: undefined }),
      failure: 'UNAVAILABLE',
    },
    { label: 'the database was dropped', error: pgError('3D000'), failure: 'UNAVAILABLE' },
    { label: 'terminated by an admin', error: pgError('57P01'), failure: 'UNAVAILABLE' },
    { label: 'the server is starting', error: pgError('57P03'), failure: 'UNAVAILABLE' },
    { label: 'a connection exception', error: pgError('08006'), failure: 'UNAVAILABLE' },
    {
      label: 'the connection ended mid-call',
      error: new Error('Connection terminated unexpectedly'),
      failure: 'UNAVAILABLE',
    },
    { label: 'a unique violation (a bug here)', error: pgError('23505'), failure: null },
    { label: 'a syntax error', error: pgError('42601'), failure: null },
    { label: 'a plain bug', error: new TypeError('x is undefined'), failure: null },
    { label: 'not an error', error: 'boom', failure: null },
  ])('$label → $failure', ({ error, failure }) => {
    expect(storeFailureOf(error)).toBe(failure);
  });
});
