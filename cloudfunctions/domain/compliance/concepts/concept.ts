/**
 * A concept: the words merchants use for one idea, and the longer words that contain one of
 * them but mean something else (送 is a gift, 送达 is delivery). Terms are written in
 * simplified characters; the matcher normalises them exactly as it normalises copy, so 三 and
 * 3, 轉發 and 转发 compare alike. Inside a term:
 * - `#` stands for a number (3, 3.5, or 三 after normalising),
 * - `…` for up to ten characters of anything,
 * - `{name}` for any term of the concept `name` (its exceptions do not apply inside),
 * - a term starting `re:` is a raw regular expression over the normalised text.
 */
export interface Concept {
  terms: readonly string[];
  except?: readonly string[];
}
