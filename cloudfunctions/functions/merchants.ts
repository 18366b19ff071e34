/** Merchant openids come from configuration (`FISSION_MERCHANTS`), never from the caller. */
export function parseMerchants(value: string | undefined): Set<string> {
  return new Set(
    (value ?? 'merchant')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}
