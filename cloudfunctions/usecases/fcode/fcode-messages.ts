/** Refusals as the shopper reads them (the pages map codes to their own words too). */
export const FCODE_MESSAGES = {
  MALFORMED: 'not a valid F码: a character is missing, extra or mistyped',
  NOT_FOUND: 'no such F码',
  SELF_ACCEPT: 'this is your own code: pass it to a friend',
  CODE_TAKEN: 'someone else accepted this code first',
  ONE_PER_BATCH: 'you already hold a code of this batch',
  EXPIRED: 'this code was not passed on in time and has gone to the waitlist',
  NOT_LIVE: 'the campaign is not running',
  CAMPAIGN_PAUSED: 'the campaign is paused: nothing new starts, codes already given out go on',
} as const;
