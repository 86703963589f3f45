// Full Unicode case mappings JS applies without a locale: ß -> SS, İ -> i̇, final sigma, ŉ, ǅ titlecase.
// Pitfall: .NET ToUpperInvariant maps characters one-to-one (ß stays ß, length never changes).
export function main(): { up: string[]; low: string[]; lens: number[] } {
  const s = ['ß', 'straße', 'İ', 'ΌΣΟΣ', 'ŉ', 'ǅ', 'ﬁ', 'ı'];
  const up: string[] = [];
  const low: string[] = [];
  const lens: number[] = [];
  for (const x of s) {
    up.push(x.toUpperCase());
    low.push(x.toLowerCase());
    lens.push(x.toUpperCase().length, x.toLowerCase().length);
  }
  return { up, low, lens };
}
