/**
 * Failures of the database itself, as opposed to bugs: the caller may retry them. BUSY is a
 * bound we set ourselves running out (pool acquire, lock_timeout, statement_timeout, a
 * deadlock victim); UNAVAILABLE is the database gone (refused, dropped, shutting down, the
 * connection lost mid-call). Everything else a store throws is a bug.
 */
export type StoreFailure = 'BUSY' | 'UNAVAILABLE';

/** SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const BUSY_SQLSTATES = new Set([
  '55P03', // lock_not_available: lock_timeout ran out
  '57014', // query_canceled: statement_timeout ran out
  '40P01', // deadlock_detected
  '40001', // serialization_failure
  '53300', // too_many_connections
]);

const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown (also pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '3D000', // invalid_catalog_name: the database was dropped
  '3F000', // invalid_schema_name: the schema was dropped
]);

const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

/** Messages of node-postgres (pg, pg-pool) that carry no code. */
const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i];
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connection timeout/i,
  /not queryable/i,
  /cannot use a pool after calling end/i,
  /client was closed/i,
];

/** A store's own pool (or PGlite's single connection) stayed taken past the acquire bound. */
export class AcquireTimeoutError extends Error {
  constructor(ms: number) {
    super(`timeout exceeded when trying to connect (waited ${ms} ms for a connection)`);
    this.name = 'AcquireTimeoutError';
  }
}

/** Seconds a caller should wait before retrying, per failure (sent as `retry-after`). */
export const RETRY_AFTER_SECONDS: Record<StoreFailure, number> = { BUSY: 1, UNAVAILABLE: 5 };

export function storeFailureOf(error: unknown): StoreFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  if (error instanceof AcquireTimeoutError) return 'BUSY';
  const { code, message, errors } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (BUSY_SQLSTATES.has(code)) return 'BUSY';
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return 'UNAVAILABLE';
    if (UNAVAILABLE_ERRNOS.has(code)) return 'UNAVAILABLE';
  }
  if (typeof message === 'string') {
    if (BUSY_MESSAGES.some((m) => m.test(message))) return 'BUSY';
    if (UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return 'UNAVAILABLE';
  }
  // Node reports a refused dual-stack connect as an AggregateError of one error per address.
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const failure = storeFailureOf(inner);
      if (failure) return failure;
    }
  }
  return null;
}
