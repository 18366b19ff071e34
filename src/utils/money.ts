/** Prices print the same on every page and in every message the server sends. */
export { fenFormatter, formatFen } from '../../cloudfunctions/contracts/money';
