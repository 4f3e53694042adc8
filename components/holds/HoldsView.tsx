/** Placeholder until the feature lands (owned by the feature's engineer). */
export function HoldsView() {
  return null;
}
