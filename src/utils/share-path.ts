/**
 * The path a share card opens: the subject's own page, with the sharer's token riding along so
 * the friend's visit and what they do there are credited to the sharer.
 */
export function withShareToken(url: string, token: string | null): string {
  return token ? `${url}&token=${token}` : url;
}
