/**
 * What a WeChat function instance needs to reach PostgreSQL, bundled apart from the entry
 * (dist/cloudfunctions/<name>/store.js): pg and the migrations are compiled and loaded by the
 * first call that needs the database, not by every cold start.
 */
export { openPgStore, pgTimeoutsFromEnv, WECHAT_PG_TIMEOUTS } from '../store/pg-store';
export { migrate } from '../store/migrate';
