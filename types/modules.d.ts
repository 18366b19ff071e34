// Plain-SQL migrations are imported as text: esbuild's `text` loader in bundles, a tiny
// transform in jest (tests/support/sql-transform.cjs).
declare module '*.sql' {
  const text: string;
  export default text;
}

declare module '*.scss';
declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
